//! The two live regions, present from page load: `role="alert"` for errors, `role="status"` for
//! information and announced results.

use crate::hooks::use_workbench;
use crate::state::Notice;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(NoticeRegion)]
pub fn notice_region() -> Html {
    let wb = use_workbench();
    let dismiss = {
        let wb = wb.clone();
        Callback::from(move |_| wb.dismiss())
    };
    let (error, info) = match &wb.notice {
        Some(Notice::Error(e)) => (Some(e.clone()), None),
        Some(Notice::Info(i)) => (None, Some(i.clone())),
        None => (None, None),
    };
    html! {
        <div class="notices">
            <div role="alert" id="alert" class={classes!("alert", error.is_some().then_some("shown"))}>
                if let Some(e) = error {
                    <p>{ e }</p>
                    <button type="button" onclick={dismiss}>{ wb.t(Msg::UiDismiss) }</button>
                }
            </div>
            <div role="status" id="status" class="status">{ info.unwrap_or_default() }</div>
        </div>
    }
}
