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
            cb.emit(NaiveDate::parse_from_str(&i.value(), "%Y-%m-%d").ok());
        }
    });
    let value = p.value.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ &p.label }</label>
            <input type="date" id={p.id.clone()} {value} {onchange} />
        </div>
    }
}
