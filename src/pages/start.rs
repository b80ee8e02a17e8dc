//! The start page: a new draft from the blank template or one of the five real agreements, or a file.

use crate::components::library::Library;
use crate::hooks::use_workbench;
use tym_core::{presets, Msg};
use yew::prelude::*;

/// Reads a chosen or dropped file; a file over the limit is refused before it is read. The bytes are
/// decoded by the core, as the command line decodes them (UTF-8 with or without a byte-order mark;
/// UTF-16 and invalid UTF-8 are refused with a message, never read with replacement characters).
fn read_file(wb: &crate::hooks::WorkbenchHandle, file: web_sys::File) {
    let w = wb.clone();
    read_file_text(wb, file, Box::new(move |name: String, text: &str| w.open_text(&name, text)));
}

/// What is done with a file's name and text once read.
pub type WithText = Box<dyn FnOnce(String, &str)>;

/// Reads a file's text as opening one does (the size limit, the core's decoding and their messages)
/// and hands it to `then` with the file's name; the comparison reads "a file" with it too.
pub fn read_file_text(wb: &crate::hooks::WorkbenchHandle, file: web_sys::File, then: WithText) {
    let name = file.name();
    if file.size() > tym_core::format::MAX_BYTES as f64 {
        let err = tym_core::format::LoadError::TooLarge { bytes: file.size() as usize };
        wb.error(move |l| format!("{name}: {}", err.message(l)));
        return;
    }
    let wb = wb.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match crate::platform::read_bytes(&file).await {
            Some(bytes) => match tym_core::format::decode(&bytes) {
                Ok(text) => then(name, text),
                Err(e) => wb.error(move |l| format!("{name}: {}", e.message(l))),
            },
            None => wb.error(move |l| l.fmt(Msg::UiFileUnreadable, &[&name])),
        }
    });
}

#[function_component(StartPage)]
pub fn start_page() -> Html {
    let wb = use_workbench();
    let blank = {
        let wb = wb.clone();
        Callback::from(move |_| wb.open(presets::blank()))
    };
    let presets_list = presets::PRESETS.iter().map(|p| {
        let wb2 = wb.clone();
        let onclick = Callback::from(move |_| wb2.open_preset(p));
        html! {
            <li>
                <button type="button" {onclick} id={format!("preset-{}", p.id)}>{ p.name }</button>
                <span class="preset-note">{ wb.t(p.note) }</span>
            </li>
        }
    });
    let onfile = {
        let wb = wb.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|l| l.get(0)) {
                input.set_value("");
                read_file(&wb, file);
            }
        })
    };
    let dragging = use_state(|| false);
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Accepting the drop needs the default prevented here.
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let (wb, dragging) = (wb.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|l| l.get(0)) {
                read_file(&wb, file);
            }
        })
    };
    let single_file = crate::platform::single_file();
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewStart) }</h1>
            <p>{ wb.t(Msg::UiStartIntro) }</p>
            if single_file {
                <p class="note" id="single-file-note">{ wb.t(Msg::UiSingleFileText) }</p>
            }
            <Library />
            <h2>{ wb.t(Msg::UiNewDraft) }</h2>
            <p><button type="button" id="new-blank" onclick={blank}>{ wb.t(Msg::UiNewBlank) }</button></p>
            <h2>{ wb.t(Msg::UiFromPreset) }</h2>
            <ul class="presets">{ for presets_list }</ul>
            <h2>{ wb.t(Msg::UiOpenFile) }</h2>
            <div class={classes!("field", "drop-zone", dragging.then_some("dragging"))} id="drop-zone" {ondragover} {ondragleave} {ondrop}>
                <label for="open-file">{ wb.t(Msg::UiChooseFile) }</label>
                <input id="open-file" type="file" accept=".json,application/json" onchange={onfile} />
                <p class="hint">{ wb.t(Msg::UiDropHere) }</p>
            </div>
            <crate::components::import_panel::ImportPanel />
            <h2>{ wb.t(Msg::UiPrivacyHeading) }</h2>
            <p>{ wb.t(Msg::UiPrivacyText) }</p>
            if !single_file {
                <h2>{ wb.t(Msg::UiOfflineHeading) }</h2>
                <p>{ wb.t(Msg::UiOfflineText) }</p>
                // The app's own file, next to index.html; `download` saves it instead of opening it.
                <p><a id="offline-version" href="tym.html" download="tym.html">{ wb.t(Msg::UiOfflineDownload) }</a></p>
            }
        </section>
    }
}
