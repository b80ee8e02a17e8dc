//! The few browser facilities the app uses, behind plain functions: the service worker, the remembered
//! language, the app's own files read on first use (Swedish and English, the real agreements),
//! `<html lang>`, file downloads, focus, and (in submodules) IndexedDB, Web Locks and the channel
//! between tabs. Nothing here talks to another origin. In the single-file edition (`tym.html`, written
//! by `scripts/single-file.mjs`) the app's own files are inside the page, read from there instead.

pub mod channel;
pub mod crypto;
pub mod idb;
pub mod journal;
pub mod lazy;
pub mod locks;
pub mod paint;

use tym_core::Lang;
use wasm_bindgen::JsCast;

const LANG_KEY: &str = "tym.lang";

pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Service workers need http(s); a failed registration only means no offline copy.
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol == "http:" || protocol == "https:" {
        let _ = window.navigator().service_worker().register("sw.js");
    }
}

pub fn remembered_lang() -> Option<Lang> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Lang::from_code(&storage.get_item(LANG_KEY).ok()??)
}

/// Makes a language's strings available: Finnish is built in, Swedish and English are fetched from
/// the app's own `i18n/` files (precached by the service worker, so also offline) and installed once.
pub async fn load_language(lang: Lang) -> bool {
    if tym_core::i18n::is_installed(lang) {
        return true;
    }
    match fetch_text(&format!("i18n/{}.json", lang.code())).await {
        Some(text) => tym_core::i18n::install(lang, &text).is_ok(),
        None => false,
    }
}

/// One of the five real agreements, from the app's own `presets/` files (precached by the service
/// worker); `None` when the file cannot be read or does not load.
pub async fn load_preset(preset: &tym_core::presets::Preset) -> Option<tym_core::format::AgreementFile> {
    tym_core::format::load(&fetch_text(&preset.path()).await?).ok()
}

/// Whether this is the single-file edition (`tym.html`): one page with everything inside it, opened
/// from a disk rather than served.
pub fn single_file() -> bool {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("tym-single-file")).is_some()
}

/// The text of one of the app's own files; `None` when it cannot be read. The single-file edition
/// carries them as data blocks, `<script type="application/json" id="tym-file:PATH">`.
async fn fetch_text(path: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    if let Some(embedded) = document.get_element_by_id(&format!("tym-file:{path}")) {
        return embedded.text_content();
    }
    let response = wasm_bindgen_futures::JsFuture::from(web_sys::window()?.fetch_with_str(path)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

pub fn remember_lang(lang: Lang) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        // A full or blocked storage only means the choice is not remembered.
        let _ = storage.set_item(LANG_KEY, lang.code());
    }
}

pub fn set_document_lang(lang: Lang) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", lang.code());
    }
}

/// The class of the page's root element (`projector` in projector mode, else none). The type size
/// changes with it, so the field the user is in is brought back into view (clear of projector mode's
/// band: `scroll-padding-bottom`).
pub fn set_root_class(class: &str) {
    let Some(d) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(el) = d.document_element() {
        el.set_class_name(class);
    }
    if let Some(el) = d.active_element().filter(|e| e.closest("#main").ok().flatten().is_some()) {
        el.scroll_into_view_with_bool(false);
    }
}

/// A file name from a title: letters and digits, other runs of characters become one dash.
pub fn safe_file_name(title: &str) -> String {
    let mut s = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    s.trim_matches('-').chars().take(60).collect()
}

/// Offers `content` as a file download, built from a Blob in this page (no request leaves it).
pub fn download(name: &str, mime: &str, content: &str) {
    download_part(name, mime, &wasm_bindgen::JsValue::from_str(content));
}

/// The same for binary content (DOCX).
pub fn download_bytes(name: &str, mime: &str, content: &[u8]) {
    download_part(name, mime, &js_sys::Uint8Array::from(content).into());
}

fn download_part(name: &str, mime: &str, part: &wasm_bindgen::JsValue) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(part);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Focuses the element with `id` once it has been rendered: retries for a few frames, since Yew renders
/// the state change that creates the element after the current event handler.
pub fn focus_soon(id: String) {
    fn attempt(id: String, left: u32) {
        let found = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id)).is_some();
        if found {
            focus(&id);
        } else if left > 0 {
            gloo::timers::callback::Timeout::new(20, move || attempt(id, left - 1)).forget();
        } else {
            // The target does not exist in this view: at least tell where the user is.
            focus("view-heading");
        }
    }
    gloo::timers::callback::Timeout::new(0, move || attempt(id, 25)).forget();
}

/// After a change of view: focus the view's heading, unless focus has already been placed inside the
/// new view (a finding or a document heading takes the user to a field, and that must win).
pub fn focus_view_heading() {
    let inside_main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.closest("#main").ok().flatten())
        .is_some();
    if !inside_main {
        focus("view-heading");
    }
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// A random id for a new draft (not a secret: it only has to be unique in this browser).
pub fn new_id() -> String {
    let mut bytes = [0u8; 8];
    let ok = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !ok {
        let now = js_sys::Date::now() as u64;
        bytes = now.to_le_bytes();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The browser's current time as ISO 8601.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Removes what the app keeps in localStorage (the language choice).
pub fn forget_lang() {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = storage.remove_item(LANG_KEY);
    }
}

thread_local! {
    static PERFORMANCE: Option<web_sys::Performance> = web_sys::window().and_then(|w| w.performance());
}

/// A performance mark for the in-browser measurements (bench/measure.mjs). The two of a keystroke
/// cost about 0.1 ms, most of it in Chromium's `performance.mark` (bench/profile.mjs).
pub fn mark(name: &str) {
    PERFORMANCE.with(|p| {
        if let Some(p) = p {
            let _ = p.mark(name);
        }
    });
}

/// A file's bytes (`Blob.arrayBuffer()`), or `None` when the browser cannot read it. The browser's own
/// promise, not a FileReader with a channel: less code in the first download.
pub async fn read_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
