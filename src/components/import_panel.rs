//! "Tuo oma sopimus" on the start page: a signed agreement from a Word (.docx) or text file, chosen,
//! dropped or pasted, read in this browser by `tym_core::import` (in the lazy module, `platform::lazy`, loaded on first
//! use) into a NEW draft (never over the open
//! one), and the import report — per section what was recognised (and from which words), what is
//! uncertain and what was not found — with "go to field" buttons like the checks page. Personal
//! identity codes in the source stop the import until the user chooses to remove them or keep them.
//!
//! The last report is kept for the page's life (a thread-local), so coming back from a field shows it
//! again.

use crate::components::lazy_html::LazyHtml;
use crate::hooks::{use_workbench, WorkbenchHandle};
use crate::platform::{self, lazy};
use serde_json::Value;
use std::cell::RefCell;
use std::rc::Rc;
use tym_core::Msg;
use yew::prelude::*;

thread_local! {
    /// The last import (its report), kept for the page's life.
    static LAST: RefCell<Option<Rc<Value>>> = const { RefCell::new(None) };
}

/// What the panel shows: nothing yet, an import waiting for the user's choices — remove the
/// personal identity codes (asked first, when there are some; the choice made is kept here), then
/// replace the officials' names with their titles — or the report of the last import. An import is `tym_lazy::import_json`'s answer: the
/// draft's file and its report, ready to show in the user's language.
#[derive(Clone)]
enum Stage {
    Idle,
    Reading,
    Pending(Rc<Value>, Option<bool>),
    Done(Rc<Value>),
}

fn text(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_string()
}

/// The next question about the import, or the import itself once none is left.
fn decide(
    wb: &WorkbenchHandle,
    imported: Rc<Value>,
    codes: Option<bool>,
    names: Option<bool>,
    stage: &UseStateHandle<Stage>,
) {
    let has = |k: &str| imported[k].as_u64().unwrap_or(0) > 0;
    match (codes, names) {
        (None, _) if has("codes") => stage.set(Stage::Pending(imported, None)),
        (c, None) if has("names") => stage.set(Stage::Pending(imported, Some(c.unwrap_or(false)))),
        (c, n) => finish(wb, imported, c.unwrap_or(false), n.unwrap_or(false), stage),
    }
}

fn finish(wb: &WorkbenchHandle, imported: Rc<Value>, codes: bool, names: bool, stage: &UseStateHandle<Stage>) {
    let key = match (codes, names) {
        (false, false) => "file",
        (true, false) => "without_codes",
        (false, true) => "without_names",
        (true, true) => "without_both",
    };
    // The draft goes through the app's own loader, with every limit an opened file has.
    let file = match tym_core::format::load(imported[key].as_str().unwrap_or_default()) {
        Ok(file) => file,
        Err(e) => {
            stage.set(Stage::Idle);
            wb.error(move |l| e.message(l));
            return;
        }
    };
    let title = file.agreement.meta.title.clone();
    wb.open(file);
    // Opening a draft shows the agreement view; the report is read first, on the start page, with
    // the focus on its heading (the notice announces the result).
    wb.go(crate::state::View::Start);
    platform::focus_soon("import-report-heading".into());
    let n = |i: usize| imported["counts"][i].as_u64().unwrap_or(0).to_string();
    let (r, u, m) = (n(0), n(1), n(2));
    wb.info(move |l| l.fmt(Msg::UiImportDone, &[&title, &r, &u, &m]));
    LAST.with(|c| *c.borrow_mut() = Some(imported.clone()));
    stage.set(Stage::Done(imported));
}

/// Takes the lazy module's answer (`None`: it could not be loaded).
fn take(wb: &WorkbenchHandle, name: String, answer: Option<String>, stage: &UseStateHandle<Stage>) {
    let Some(imported) = answer.and_then(|a| serde_json::from_str::<Value>(&a).ok()) else {
        stage.set(Stage::Idle);
        wb.error(|l| l.t(Msg::UiLazyUnavailable).to_string());
        return;
    };
    if let Some(e) = imported["error"].as_str() {
        // The open draft is untouched; the message says what is wrong in the user's language.
        stage.set(Stage::Idle);
        let e = e.to_string();
        wb.error(move |_| format!("{name}: {e}"));
    } else {
        decide(wb, Rc::new(imported), None, None, stage);
    }
}

fn read(wb: &WorkbenchHandle, file: web_sys::File, stage: &UseStateHandle<Stage>) {
    let name = file.name();
    if file.size() > tym_core::import::MAX_FILE_BYTES as f64 {
        let e = tym_core::import::ImportError::TooLarge { bytes: file.size() as usize };
        wb.error(move |l| format!("{name}: {}", e.message(l)));
        return;
    }
    stage.set(Stage::Reading);
    let (wb, stage) = (wb.clone(), stage.clone());
    wasm_bindgen_futures::spawn_local(async move {
        match crate::platform::read_bytes(&file).await {
            Some(bytes) => {
                let answer = lazy::import_file(&bytes, wb.lang).await;
                take(&wb, name, answer, &stage);
            }
            None => {
                stage.set(Stage::Idle);
                wb.error(move |l| l.fmt(Msg::UiFileUnreadable, &[&name]));
            }
        }
    });
}

#[function_component(ImportPanel)]
pub fn import_panel() -> Html {
    let wb = use_workbench();
    let stage = use_state(|| LAST.with(|c| c.borrow().clone()).map_or(Stage::Idle, Stage::Done));
    let pasted = use_state(String::new);
    let dragging = use_state(|| false);
    let onfile = {
        let (wb, stage) = (wb.clone(), stage.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            if let Some(file) = input.files().and_then(|l| l.get(0)) {
                input.set_value("");
                read(&wb, file, &stage);
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let (wb, stage, dragging) = (wb.clone(), stage.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)) {
                read(&wb, file, &stage);
            }
        })
    };
    let oninput = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                pasted.set(t.value());
            }
        })
    };
    let onpaste_import = {
        let (wb, stage, pasted) = (wb.clone(), stage.clone(), pasted.clone());
        Callback::from(move |_| {
            stage.set(Stage::Reading);
            let (wb, stage, pasted) = (wb.clone(), stage.clone(), (*pasted).clone());
            wasm_bindgen_futures::spawn_local(async move {
                let answer = lazy::import_text(&pasted, wb.lang).await;
                take(&wb, wb.t(Msg::UiImportPaste).to_string(), answer, &stage);
            });
        })
    };
    let body = match &*stage {
        Stage::Idle => html! {},
        Stage::Reading => html! { <p>{ wb.t(Msg::UiImportReading) }</p> },
        Stage::Pending(imported, codes) => {
            // First the identity codes (when there are some), then the officials' names: the
            // question is rendered by the lazy module, loaded by now (`views::import_report`).
            let onaction = {
                let (wb, stage, imported, codes) = (wb.clone(), stage.clone(), imported.clone(), *codes);
                Callback::from(move |(action, _): (String, String)| {
                    let yes = Some(action == "yes");
                    match codes {
                        None => decide(&wb, imported.clone(), yes, None, &stage),
                        Some(_) => decide(&wb, imported.clone(), codes, yes, &stage),
                    }
                })
            };
            let (kind, warning) = if codes.is_none() { ("codes", "codes_warning") } else { ("names", "names_warning") };
            let input = format!("{{\"stage\":\"{kind}\",\"warning\":{}}}", imported[warning]);
            html! { <LazyHtml kind="import-question" input={Rc::<str>::from(input)} {onaction} /> }
        }
        Stage::Done(imported) => report_view(&wb, imported),
    };
    html! {
        <section aria-labelledby="import-heading" class="import-panel">
            <h2 id="import-heading">{ wb.t(Msg::UiImportTitle) }</h2>
            <p>{ wb.t(Msg::UiImportIntro) }</p>
            <div class={classes!("field", "drop-zone", dragging.then_some("dragging"))} id="import-drop" {ondragover} {ondragleave} {ondrop}>
                <label for="import-file">{ wb.t(Msg::UiImportFile) }</label>
                <input id="import-file" type="file"
                    accept=".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    onchange={onfile} />
                <p class="hint">{ wb.t(Msg::UiDropHere) }</p>
            </div>
            <div class="field">
                <label for="import-paste">{ wb.t(Msg::UiImportPaste) }</label>
                <textarea id="import-paste" rows="6" value={(*pasted).clone()} {oninput} />
            </div>
            <p><button type="button" id="import-paste-button" onclick={onpaste_import} disabled={pasted.trim().is_empty()}>
                { wb.t(Msg::UiImportPasteButton) }
            </button></p>
            <div id="import-result" aria-live="polite">{ body }</div>
        </section>
    }
}

fn report_view(wb: &WorkbenchHandle, imported: &Rc<Value>) -> Html {
    let go = {
        let wb = wb.clone();
        Callback::from(move |(action, arg): (String, String)| {
            if action != "go" {
                return;
            }
            crate::pages::checks::go_to_field(&wb, &arg);
        })
    };
    // The report without the drafts' texts, which it does not show.
    let mut report = (**imported).clone();
    if let Some(o) = report.as_object_mut() {
        o.remove("file");
        for k in ["without_codes", "without_names", "without_both"] {
            o.remove(k);
        }
    }
    html! {
        <section class="import-report" aria-labelledby="import-report-heading">
            <h3 id="import-report-heading" tabindex="-1">{ wb.t(Msg::UiImportReport) }{ ": " }{ text(imported, "title") }</h3>
            <LazyHtml kind="import-report" input={Rc::<str>::from(report.to_string())} onaction={go} />
        </section>
    }
}
