//! The free wording of a clause: when filled in, it replaces the generated text in the document.

use crate::components::text_field::TextField;
use crate::hooks::use_workbench;
use tym_core::Msg;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClauseTextProps {
    pub id: AttrValue,
    pub value: AttrValue,
    pub onchange: Callback<String>,
}

#[function_component(ClauseText)]
pub fn clause_text(p: &ClauseTextProps) -> Html {
    let wb = use_workbench();
    html! {
        <TextField id={p.id.clone()} label={wb.t(Msg::UiClauseText)} value={p.value.clone()} onchange={p.onchange.clone()}
            multiline=true hint={AttrValue::from(wb.t(Msg::UiClauseTextHint))} />
    }
}
