//! A labelled checkbox for a yes/no clause of the agreement.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckboxFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub onchange: Callback<bool>,
}

#[function_component(CheckboxField)]
pub fn checkbox_field(p: &CheckboxFieldProps) -> Html {
    let cb = p.onchange.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            cb.emit(i.checked());
        }
    });
    html! {
        <div class="field checkbox">
            <input type="checkbox" id={p.id.clone()} checked={p.checked} {onchange} />
            <label for={p.id.clone()}>{ &p.label }</label>
        </div>
    }
}
