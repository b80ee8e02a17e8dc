//! A returned copy (issue 20, item 4): a file whose lineage names a draft of the library. The dialog
//! offers to merge it into that draft or to open it as a new one; merging opens the draft if needed,
//! reads the version the copy was sent as (`library::sent_lookup`) and shows the lazy module's merge view
//! (`tym_lazy::views::merge`: the changes taken, a radio group per conflict). "Yhdistä" sends the
//! radios (the view's form, `data-form`) to the lazy module and applies its merged agreement as one
//! undoable edit into the open variant (the view warns when the copy was sent from another, and its
//! `merge-variant` opens that one). Only this glue is in the first download (a function of `IncomingDraft`, not a component of its own);
//! the merge and its words are in the lazy module.

use crate::components::lazy_html::LazyHtml;
use crate::hooks::{Modal, WorkbenchHandle};
use crate::platform::lazy;
use std::rc::Rc;
use tym_core::format;
use tym_core::Msg;
use yew::prelude::*;

/// The returned copy's dialog, rendered by `IncomingDraft` (which holds its state: `base` is `None`
/// until "merge" is chosen, then the version sent if it is still stored).
pub fn dialog(
    wb: &WorkbenchHandle,
    modal: Modal,
    base: UseStateHandle<Option<Option<Rc<str>>>>,
    close: Callback<()>,
) -> Html {
    let Some(r) = wb.returned.clone() else {
        return html! { <dialog ref={modal.node} id="merge-dialog"></dialog> };
    };
    let lineage = r.file.lineage.clone().unwrap_or_default();
    let draft_open = wb.draft_id.as_deref() == Some(lineage.draft.as_str());
    // The files go to the lazy module as JSON values inside its input, as they are: the copy's own
    // text, the version sent as stored, the draft as saved.
    let input: Rc<str> = match (&*base, wb.file.as_ref().filter(|_| draft_open)) {
        (Some(b), Some(ours)) => format!(
            r#"{{"stage":"merge","base":{},"ours":{},"theirs":{}}}"#,
            b.as_deref().unwrap_or("null"),
            format::save(ours),
            r.text
        ),
        _ => {
            let title = wb.library.iter().find(|d| d.id == lineage.draft).map(|d| d.title.as_str()).unwrap_or("");
            format!(
                r#"{{"stage":"offer","name":{},"title":{},"revision":{}}}"#,
                serde_json::Value::from(r.name.as_str()),
                serde_json::Value::from(title),
                lineage.revision
            )
        }
    }
    .into();
    let onaction = {
        let (wb, base, input, close) = (wb.clone(), base.clone(), input.clone(), close);
        Callback::from(move |(action, arg): (String, String)| match action.as_str() {
            "merge-start" => {
                let (wb, base, lineage) = (wb.clone(), base.clone(), lineage.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if wb.draft_id.as_deref() != Some(lineage.draft.as_str()) {
                        crate::persist::open_stored(&wb, &lineage.draft).await;
                    }
                    let sent = crate::persist::sent(&tym_core::library::sent_lookup(&lineage)).await.pop();
                    base.set(Some(sent.map(|(_, t)| Rc::from(t))));
                });
            }
            "open-new" => {
                // A new draft of its own: files saved from it must not claim to be copies of the other.
                let (mut file, name) = (r.file.clone(), r.name.clone());
                file.lineage = None;
                wb.set_returned(None);
                wb.open(file);
                wb.info(move |l| l.fmt(Msg::UiOpenedFile, &[&name]));
            }
            // A tab that may not edit the draft (another tab is editing it) merges nothing, and says why.
            "merge-apply" if wb.read_only.is_some() => {
                let why = wb.read_only.map(|r| r.msg()).unwrap_or(Msg::UiReadOnlyOtherTab);
                wb.error(move |l| l.t(why).into())
            }
            "merge-apply" => {
                let (wb, input, close) = (wb.clone(), input.clone(), close.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = lazy::merge(&input, &arg, wb.lang).await.unwrap_or_default();
                    let v: serde_json::Value = serde_json::from_str(&answer).unwrap_or_default();
                    let merged = v["file"].as_str().map(format::load);
                    let message = v["message"].as_str().or(v["error"].as_str()).unwrap_or_default().to_string();
                    match merged {
                        Some(Ok(m)) => {
                            // One undoable step; the draft's variants and name stay as they are.
                            wb.edit_file(move |f| f.agreement = m.agreement.clone());
                            wb.info(move |_| message.clone());
                            close.emit(());
                        }
                        // The merged agreement is past a limit of the file (a list grown on both sides).
                        Some(Err(e)) => wb.error(move |l| l.fmt(Msg::MrgFailed, &[&e.message(l)])),
                        None if message.is_empty() => wb.error(|l| l.t(Msg::UiLazyUnavailable).into()),
                        None => wb.error(move |_| message.clone()),
                    }
                });
            }
            // The copy was sent from another variant: open it; the view is rendered again against it.
            "merge-variant" => {
                if let Ok(i) = arg.parse() {
                    wb.switch_variant(i);
                }
            }
            "cancel" => close.emit(()),
            _ => {}
        })
    };
    html! {
        <dialog ref={modal.node} id="merge-dialog" aria-labelledby="merge-heading" oncancel={modal.oncancel}>
            <LazyHtml kind="merge" {input} id="merge-view" {onaction} />
        </dialog>
    }
}
