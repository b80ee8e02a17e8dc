//! The two live regions, present from page load: `role="alert"` for errors, `role="status"` for
//! information. A storage failure's alert offers to save the draft to a file.

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
    let save = {
        let wb = wb.clone();
        Callback::from(move |_| wb.save_file())
    };
    let (error, storage, info) = match &wb.notice {
        Some(Notice::Error(e)) => (Some(e.in_lang(wb.lang)), false, None),
        Some(Notice::StorageError(e)) => (Some(e.in_lang(wb.lang)), true, None),
        Some(Notice::Info(i)) => (None, false, Some(i.in_lang(wb.lang))),
        None => (None, false, None),
    };
    html! {
        <div class="notices">
            <div role="alert" id="alert" class={classes!("alert", error.is_some().then_some("shown"))}>
                if let Some(e) = error {
                    <p>{ e }</p>
                    <div class="toolbar">
                        if storage && wb.file.is_some() {
                            <button type="button" id="alert-save-file" onclick={save}>{ wb.t(Msg::UiSaveFile) }</button>
                        }
                        <button type="button" onclick={dismiss}>{ wb.t(Msg::UiDismiss) }</button>
                    </div>
                }
            </div>
            <div role="status" id="status" class="status">{ info.unwrap_or_default() }</div>
        </div>
    }
}
