//! The actions of a table row: move up, move down, remove — labelled with the row's number and the
//! list's name for screen readers, since the visible text is only an arrow or "Poista" and a view has
//! several lists (a button list must not offer two "Poista rivi 3").

use tym_core::{Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RowActionsProps {
    /// 1-based row number for the labels.
    pub n: usize,
    /// The list's name ("Kunnat").
    pub of: Msg,
    pub lang: Lang,
    pub onup: Callback<MouseEvent>,
    pub ondown: Callback<MouseEvent>,
    pub onremove: Callback<MouseEvent>,
}

#[function_component(RowActions)]
pub fn row_actions(p: &RowActionsProps) -> Html {
    let label = |m: Msg| format!("{} {} ({})", p.lang.t(m), p.n, p.lang.t(p.of));
    html! {
        <span class="row-actions">
            <button type="button" class="move" onclick={p.onup.clone()} aria-label={label(Msg::UiMoveUp)}>{ "↑" }</button>
            <button type="button" class="move" onclick={p.ondown.clone()} aria-label={label(Msg::UiMoveDown)}>{ "↓" }</button>
            <button type="button" class="remove" onclick={p.onremove.clone()} aria-label={label(Msg::UiRemoveRow)}>{ p.lang.t(Msg::UiRemove) }</button>
        </span>
    }
}
