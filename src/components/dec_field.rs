//! A labelled decimal input (FTE, per cent, euros) that accepts "1,5" and "1.5", keeps what the user
//! typed while it is not a number, and shows the problem next to the field instead of losing input.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DecFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The value as the model holds it, formatted for display.
    pub value: AttrValue,
    /// Parses the text; `Err` carries the message shown next to the field.
    pub parse: Callback<String, Result<(), String>>,
    /// In a table: named by `aria-label`, as `TextField`.
    #[prop_or_default]
    pub in_table: bool,
    #[prop_or_default]
    pub unit: Option<AttrValue>,
}

#[function_component(DecField)]
pub fn dec_field(p: &DecFieldProps) -> Html {
    let text = use_state(|| p.value.to_string());
    let error = use_state(|| None::<String>);
    {
        // An outside change (undo, another field) replaces the text unless the user is mid-correction.
        let text = text.clone();
        let error = error.clone();
        use_effect_with(p.value.clone(), move |v| {
            if error.is_none() {
                text.set(v.to_string());
            }
        });
    }
    let oninput = {
        let text = text.clone();
        let error = error.clone();
        let parse = p.parse.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let v = input.value();
            text.set(v.clone());
            error.set(parse.emit(v).err());
        })
    };
    let err_id = format!("{}-error", p.id);
    // In a table the column header is the visible label; the field names itself with the row number.
    let in_table_label = p.in_table.then(|| p.label.clone());
    html! {
        <div class={classes!("field", p.in_table.then_some("in-table"))}>
            if !p.in_table { <label for={p.id.clone()}>{ &p.label }</label> }
            <span class="with-unit">
                <input id={p.id.clone()} aria-label={in_table_label.clone()} type="text" inputmode="decimal" value={(*text).clone()} {oninput}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| err_id.clone())} />
                if let Some(u) = &p.unit { <span class="unit" aria-hidden="true">{ u }</span> }
            </span>
            if let Some(e) = &*error { <p class="field-error" id={err_id}>{ e }</p> }
        </div>
    }
}
