//! The free wording of a clause: when filled in, it replaces the generated text in the document.

use crate::components::text_field::TextField;
use tym_core::{Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClauseTextProps {
    pub id: AttrValue,
    pub value: AttrValue,
    pub lang: Lang,
    pub onchange: Callback<String>,
}

#[function_component(ClauseText)]
pub fn clause_text(p: &ClauseTextProps) -> Html {
    html! {
        <TextField id={p.id.clone()} label={p.lang.t(Msg::UiClauseText)} value={p.value.clone()} onchange={p.onchange.clone()}
            multiline=true hint={AttrValue::from(p.lang.t(Msg::UiClauseTextHint))} />
    }
}
