//! What a view shows before any draft is open: a way to the start page.

use crate::hooks::use_workbench;
use crate::state::View;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(NoDraft)]
pub fn no_draft() -> Html {
    let wb = use_workbench();
    let go = {
        let wb = wb.clone();
        Callback::from(move |_| wb.go(View::Start))
    };
    html! {
        <p class="no-draft">{ wb.t(Msg::UiNoDraft) }{ " " }
            <button type="button" class="link" onclick={go}>{ wb.t(Msg::UiViewStart) }</button>
        </p>
    }
}
