//! The local library of drafts: open, rename, duplicate as a new variant, delete (with confirmation),
//! and delete everything the app stored in this browser. The rename form is rendered by the lazy
//! module (`tym_lazy::views::library`, through `LazyHtml`), loaded when a draft is first renamed.

use crate::components::{confirm_dialog::ConfirmDialog, lazy_html::LazyHtml};
use crate::hooks::use_workbench;
use std::rc::Rc;
use tym_core::Msg;
use yew::prelude::*;

/// "2026-11-24T10:05:00.000Z" → "24.11.2026 10.05" (UTC as stored; minutes are enough to tell drafts apart).
fn when(iso: &str) -> String {
    let date = iso.get(..10).and_then(tym_core::num::iso_date::parse);
    match (date, iso.get(11..16)) {
        (Some(d), Some(time)) => format!("{} {}", tym_core::Lang::Fi.date(d), time.replace(':', ".")),
        _ => iso.to_string(),
    }
}

#[function_component(Library)]
pub fn library() -> Html {
    let wb = use_workbench();
    let renaming = use_state(|| None::<String>);
    let deleting = use_state(|| None::<(String, String)>);
    let deleting_all = use_state(|| false);
    let lang = wb.lang;
    let rows = wb.library.iter().enumerate().map(|(i, d)| {
        let id = d.id.clone();
        let title = if d.title.is_empty() { "–".to_string() } else { d.title.clone() };
        let open = {
            let (wb, id) = (wb.clone(), id.clone());
            Callback::from(move |_| wb.open_draft(id.clone()))
        };
        let start_rename = {
            let (renaming, id) = (renaming.clone(), id.clone());
            Callback::from(move |_| renaming.set(Some(id.clone())))
        };
        let duplicate = {
            let (wb, id) = (wb.clone(), id.clone());
            Callback::from(move |_| wb.duplicate_draft(id.clone()))
        };
        let delete = {
            let (deleting, id, t) = (deleting.clone(), id.clone(), title.clone());
            Callback::from(move |_| deleting.set(Some((id.clone(), t.clone()))))
        };
        let current = wb.draft_id.as_deref() == Some(d.id.as_str());
        let rename_form = if renaming.as_deref() == Some(d.id.as_str()) {
            // Save sends the form's `title`; Save and Cancel both end the renaming.
            let onaction = {
                let (wb, renaming, id) = (wb.clone(), renaming.clone(), id.clone());
                Callback::from(move |(action, form): (String, String)| {
                    if action == "save" {
                        let form = serde_json::from_str::<serde_json::Value>(&form).unwrap_or_default();
                        // As every text field: no control characters, no more than a text holds.
                        let title = tym_core::escape::clean_text(form["title"].as_str().unwrap_or_default())
                            .chars()
                            .take(tym_core::limits::TEXT_CHARS)
                            .collect();
                        wb.rename_draft(id.clone(), title);
                    }
                    renaming.set(None);
                })
            };
            let input = crate::platform::lazy::input(vec![("id", format!("rename-{i}").into()), ("title", d.title.as_str().into())]);
            html! { <LazyHtml kind="rename" input={Rc::<str>::from(input)} {onaction} /> }
        } else {
            html! {}
        };
        html! {
            <tr key={d.id.clone()}>
                <th scope="row">{ &title }{ if current { format!(" {}", lang.t(Msg::UiCurrentDraft)) } else { String::new() } }{ rename_form }</th>
                <td>{ &d.area }</td>
                <td>{ when(&d.updated) }</td>
                <td class="actions">
                    <button type="button" onclick={open} aria-label={format!("{} {title}", lang.t(Msg::UiOpen))}>{ lang.t(Msg::UiOpen) }</button>
                    <button type="button" onclick={start_rename} aria-label={format!("{} {title}", lang.t(Msg::UiRename))}>{ lang.t(Msg::UiRename) }</button>
                    <button type="button" onclick={duplicate} aria-label={format!("{}: {title}", lang.t(Msg::UiDuplicate))}>{ lang.t(Msg::UiDuplicate) }</button>
                    <button type="button" class="remove" onclick={delete} aria-label={format!("{} {title}", lang.t(Msg::UiDelete))}>{ lang.t(Msg::UiDelete) }</button>
                </td>
            </tr>
        }
    });
    let confirm_delete = {
        let (wb, deleting) = (wb.clone(), deleting.clone());
        Callback::from(move |_| {
            if let Some((id, _)) = &*deleting {
                wb.delete_draft(id.clone());
            }
            deleting.set(None);
        })
    };
    let cancel_delete = {
        let deleting = deleting.clone();
        Callback::from(move |_| deleting.set(None))
    };
    let confirm_all = {
        let (wb, d) = (wb.clone(), deleting_all.clone());
        Callback::from(move |_| {
            wb.delete_all_local_data();
            d.set(false);
        })
    };
    let cancel_all = {
        let d = deleting_all.clone();
        Callback::from(move |_| d.set(false))
    };
    let ask_all = {
        let d = deleting_all.clone();
        Callback::from(move |_| d.set(true))
    };
    let delete_message = deleting.as_ref().map(|(_, t)| lang.fmt(Msg::UiConfirmDelete, &[t])).unwrap_or_default();
    html! {
        <section aria-labelledby="library-heading">
            <h2 id="library-heading">{ lang.t(Msg::UiLibrary) }</h2>
            if wb.library.is_empty() {
                <p>{ lang.t(Msg::UiLibraryEmpty) }</p>
            } else {
                <table class="library" id="library-table">
                    <caption class="visually-hidden">{ lang.t(Msg::UiLibrary) }</caption>
                    <thead><tr>
                        <th scope="col">{ lang.t(Msg::UiTitle) }</th><th scope="col">{ lang.t(Msg::UiAreaName) }</th>
                        <th scope="col">{ lang.t(Msg::UiLastEdited) }</th><th scope="col">{ lang.t(Msg::UiActions) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
            <p class="hint">{ lang.t(Msg::UiStorageWhere) }</p>
            <p><button type="button" class="remove" id="delete-all" onclick={ask_all}>{ lang.t(Msg::UiDeleteAll) }</button></p>
            <ConfirmDialog id="confirm-delete" open={deleting.is_some()} message={delete_message}
                confirm_label={lang.t(Msg::UiConfirm)} cancel_label={lang.t(Msg::UiCancel)} onconfirm={confirm_delete} oncancel={cancel_delete} />
            <ConfirmDialog id="confirm-delete-all" open={*deleting_all} message={lang.t(Msg::UiConfirmDeleteAll)}
                confirm_label={lang.t(Msg::UiConfirm)} cancel_label={lang.t(Msg::UiCancel)} onconfirm={confirm_all} oncancel={cancel_all} />
        </section>
    }
}
