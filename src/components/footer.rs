//! The footer: the accessibility statement and the privacy note.

use crate::hooks::use_workbench;
use crate::state::View;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(Footer)]
pub fn footer() -> Html {
    let wb = use_workbench();
    let go = {
        let wb = wb.clone();
        Callback::from(move |_| wb.go(View::Accessibility))
    };
    html! {
        <footer class="site-footer no-print">
            <button type="button" class="link" id="accessibility-link" onclick={go}>{ wb.t(Msg::UiAccessibility) }</button>
            <span>{ wb.t(Msg::UiPrivacyPromise) }</span>
        </footer>
    }
}
