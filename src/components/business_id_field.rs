//! The business ID (Y-tunnus) field of a party row: what is typed or pasted ("1234567–8",
//! "1234567 8", "FI12345678", spaces around it) becomes the canonical "1234567-8" as soon as it reads
//! as a valid ID; otherwise the text stays as typed and, once the field is left, a message next to
//! it says whether the form or the check digit is wrong.

use tym_core::business_id::{self, BusinessIdError};
use tym_core::{Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BusinessIdFieldProps {
    pub id: AttrValue,
    /// The field's name with the row number (the column header is the visible label).
    pub label: AttrValue,
    pub value: AttrValue,
    pub lang: Lang,
    pub onchange: Callback<String>,
}

/// The message for a stored value, if it is not a valid ID.
fn problem(value: &str) -> Option<Msg> {
    if value.trim().is_empty() {
        return None;
    }
    match business_id::validate(value) {
        Ok(()) => None,
        Err(BusinessIdError::Shape) => Some(Msg::UiErrBusinessIdShape),
        Err(BusinessIdError::CheckDigit) => Some(Msg::UiErrBusinessId),
    }
}

#[function_component(BusinessIdField)]
pub fn business_id_field(p: &BusinessIdFieldProps) -> Html {
    // While the user is typing, a half-typed ID is not yet an error.
    let typing = use_state(|| false);
    let emit = {
        let onchange = p.onchange.clone();
        move |v: String| onchange.emit(business_id::normalize(&v).unwrap_or(v))
    };
    let oninput = {
        let (emit, typing) = (emit.clone(), typing.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                typing.set(true);
                emit(i.value());
            }
        })
    };
    let onblur = {
        let typing = typing.clone();
        let value = p.value.clone();
        Callback::from(move |_: FocusEvent| {
            typing.set(false);
            // Surrounding spaces of a value that is not an ID are dropped when the field is left.
            if value.trim() != value.as_str() {
                emit(value.trim().to_string());
            }
        })
    };
    let error = (!*typing).then(|| problem(&p.value)).flatten();
    let error_id = format!("{}-error", p.id);
    html! {
        <div class="field in-table">
            <input id={p.id.clone()} aria-label={p.label.clone()} type="text" value={p.value.clone()} {oninput} {onblur}
                autocomplete="off" spellcheck="false" inputmode="text"
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={error.is_some().then(|| error_id.clone())} />
            if let Some(m) = error { <p class="field-error" id={error_id}>{ p.lang.t(m) }</p> }
        </div>
    }
}
