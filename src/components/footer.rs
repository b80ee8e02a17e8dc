//! The footer: the accessibility statement and the privacy note.

use crate::hooks::Editor;
use crate::state::View;
use tym_core::{Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub lang: Lang,
    pub editor: Editor,
}

#[function_component(Footer)]
pub fn footer(p: &FooterProps) -> Html {
    let go = {
        let ed = p.editor.clone();
        Callback::from(move |_| ed.go(View::Accessibility))
    };
    html! {
        <footer class="site-footer no-print">
            <button type="button" class="link" id="accessibility-link" onclick={go}>{ p.lang.t(Msg::UiAccessibility) }</button>
            <span>{ p.lang.t(Msg::UiPrivacyPromise) }</span>
        </footer>
    }
}
