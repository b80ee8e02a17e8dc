//! "Tuo oma sopimus" on the start page: a signed agreement from a Word (.docx) or text file, chosen,
//! dropped or pasted, read in this browser by `tym_core::import` into a NEW draft (never over the open
//! one), and the import report — per section what was recognised (and from which words), what is
//! uncertain and what was not found — with "go to field" buttons like the checks page. Personal
//! identity codes in the source stop the import until the user chooses to remove them or keep them.
//!
//! The last report is kept for the page's life (a thread-local), so coming back from a field shows it
//! again.

use crate::hooks::{use_workbench, WorkbenchHandle};
use crate::pages::checks::view_of_in;
use crate::platform;
use std::cell::RefCell;
use tym_core::import::{self, Imported, Report, Status};
use tym_core::Msg;
use yew::prelude::*;

thread_local! {
    /// The report of the last import and the title of the draft it made.
    static LAST: RefCell<Option<(String, Report)>> = const { RefCell::new(None) };
}

/// What the panel shows: nothing yet, an import waiting for the user's choice about identity
/// codes, or the report of the last import.
#[derive(Clone)]
enum Stage {
    Idle,
    Reading,
    Pending(Box<Imported>),
    Done(String, Box<Report>),
}

fn finish(wb: &WorkbenchHandle, mut imported: Imported, remove_codes: bool, stage: &UseStateHandle<Stage>) {
    if remove_codes {
        import::strip_identity_codes(&mut imported.file.agreement);
        imported.report.identity_codes.clear();
    }
    let title = imported.file.agreement.meta.title.clone();
    let report = imported.report.clone();
    wb.open(imported.file);
    // Opening a draft shows the agreement view; the report is read first, on the start page, with
    // the focus on its heading (the notice announces the result).
    wb.go(crate::state::View::Start);
    platform::focus_soon("import-report-heading".into());
    let (r, u, m) = (report.count(Status::Recognised), report.count(Status::Uncertain), report.count(Status::Missing));
    let t = title.clone();
    wb.info(move |l| l.fmt(Msg::UiImportDone, &[&t, &r.to_string(), &u.to_string(), &m.to_string()]));
    LAST.with(|c| *c.borrow_mut() = Some((title.clone(), report.clone())));
    stage.set(Stage::Done(title, Box::new(report)));
}

fn take(
    wb: &WorkbenchHandle,
    name: String,
    result: Result<Imported, import::ImportError>,
    stage: &UseStateHandle<Stage>,
) {
    match result {
        Ok(imported) if !imported.report.identity_codes.is_empty() => stage.set(Stage::Pending(Box::new(imported))),
        Ok(imported) => finish(wb, imported, false, stage),
        Err(e) => {
            // The open draft is untouched; the message says what is wrong in the user's language.
            stage.set(Stage::Idle);
            wb.error(move |l| format!("{name}: {}", e.message(l)));
        }
    }
}

fn read(wb: &WorkbenchHandle, file: web_sys::File, stage: &UseStateHandle<Stage>) {
    let name = file.name();
    if file.size() > import::MAX_FILE_BYTES as f64 {
        let e = import::ImportError::TooLarge { bytes: file.size() as usize };
        wb.error(move |l| format!("{name}: {}", e.message(l)));
        return;
    }
    stage.set(Stage::Reading);
    let (wb, stage) = (wb.clone(), stage.clone());
    let file = gloo::file::File::from(file);
    wasm_bindgen_futures::spawn_local(async move {
        match gloo::file::futures::read_as_bytes(&file).await {
            Ok(bytes) => {
                let result = import::import_bytes(&bytes, wb.lang);
                take(&wb, name, result, &stage);
            }
            Err(_) => {
                stage.set(Stage::Idle);
                wb.error(move |l| l.fmt(Msg::UiFileUnreadable, &[&name]));
            }
        }
    });
}

#[function_component(ImportPanel)]
pub fn import_panel() -> Html {
    let wb = use_workbench();
    let stage =
        use_state(|| LAST.with(|c| c.borrow().clone()).map_or(Stage::Idle, |(t, r)| Stage::Done(t, Box::new(r))));
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
            let result = import::import_text(&pasted, wb.lang);
            take(&wb, wb.t(Msg::UiImportPaste).to_string(), result, &stage);
        })
    };
    let lang = wb.lang;
    let body = match &*stage {
        Stage::Idle => html! {},
        Stage::Reading => html! { <p>{ wb.t(Msg::UiImportReading) }</p> },
        Stage::Pending(imported) => {
            let n = imported.report.identity_codes.len();
            let choose = |remove: bool| {
                let (wb, stage, imported) = (wb.clone(), stage.clone(), imported.clone());
                Callback::from(move |_| finish(&wb, (*imported).clone(), remove, &stage))
            };
            html! {
                <div class="import-hetu" role="alert">
                    <p>{ lang.fmt(Msg::ImpWarnHetu, &[&n.to_string()]) }</p>
                    <p>
                        <button type="button" id="import-remove-hetu" onclick={choose(true)}>{ wb.t(Msg::UiRemoveHetu) }</button>
                        { " " }
                        <button type="button" id="import-keep-hetu" onclick={choose(false)}>{ wb.t(Msg::UiImportAsIs) }</button>
                    </p>
                </div>
            }
        }
        Stage::Done(title, report) => report_view(&wb, title, report),
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

fn report_view(wb: &WorkbenchHandle, title: &str, report: &Report) -> Html {
    let lang = wb.lang;
    let file = wb.file.clone();
    let go = |path: &str| {
        let (wb, path) = (wb.clone(), path.to_string());
        let file = file.clone();
        Callback::from(move |_| {
            let view = file.as_ref().map_or(crate::pages::checks::view_of(&path), |f| view_of_in(&f.agreement, &path));
            wb.go(view);
            platform::focus_soon(tym_core::check::field_id(&path));
        })
    };
    let entry = |e: &import::Entry| {
        let class = match e.status {
            Status::Recognised => "import-recognised",
            Status::Uncertain => "import-uncertain",
            Status::Missing => "import-missing",
        };
        html! {
            <li class={class}>
                <span>{ import::entry_text(e, lang) }</span>{ " " }
                <button type="button" class="link" onclick={go(&e.path)}>{ wb.t(Msg::UiGoToField) }</button>
            </li>
        }
    };
    let sections = report.sections.iter().map(|s| {
        let heading = if s.heading.is_empty() { lang.t(Msg::ImpPreamble).to_string() } else { s.heading.clone() };
        let line = if s.by.is_empty() && s.paragraphs == 0 && !s.heading.is_empty() {
            lang.fmt(Msg::ImpGroup, &[&heading])
        } else if s.by.is_empty() {
            lang.fmt(Msg::ImpSectionUnplaced, &[&heading, &s.paragraphs.to_string()])
        } else {
            lang.fmt(Msg::ImpSection, &[&heading, &s.by, &s.paragraphs.to_string()])
        };
        html! {
            <li class={classes!("import-section", s.by.is_empty().then_some("import-unplaced"))}>
                <span>{ line }</span>{ " " }
                <button type="button" class="link" onclick={go(&s.path)}>{ wb.t(Msg::UiGoToField) }</button>
                if !s.entries.is_empty() { <ul>{ for s.entries.iter().map(entry) }</ul> }
            </li>
        }
    });
    let (r, u, m) = (report.count(Status::Recognised), report.count(Status::Uncertain), report.count(Status::Missing));
    html! {
        <section class="import-report" aria-labelledby="import-report-heading">
            <h3 id="import-report-heading" tabindex="-1">{ wb.t(Msg::UiImportReport) }{ ": " }{ title }</h3>
            <p id="import-summary">{ lang.fmt(Msg::ImpSummary, &[&r.to_string(), &u.to_string(), &m.to_string()]) }</p>
            if report.cites_old_law { <p>{ lang.t(Msg::ImpWarnOldLaw) }</p> }
            <ul class="import-sections">{ for sections }</ul>
            if !report.missing.is_empty() {
                <h4>{ lang.t(Msg::ImpMissingHeading) }</h4>
                <ul class="import-missing-list">{ for report.missing.iter().map(entry) }</ul>
            }
        </section>
    }
}
