//! A labelled date input; an empty field means the date is not stated.

use chrono::NaiveDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Option<NaiveDate>,
    pub onchange: Callback<Option<NaiveDate>>,
}

#[function_component(DateField)]
pub fn date_field(p: &DateFieldProps) -> Html {
    let cb = p.onchange.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            // The browser's date input gives ISO dates or an empty string, never anything else.
            cb.emit(tym_core::num::iso_date::parse(&i.value()));
        }
    });
    let value = p.value.map(tym_core::num::iso_date::format).unwrap_or_default();
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ &p.label }</label>
            <input type="date" id={p.id.clone()} {value} {onchange} />
        </div>
    }
}
