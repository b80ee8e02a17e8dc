//! The lazy module (`crates/tym-lazy`): importing a signed agreement and the DOCX and HTML exports,
//! loaded the first time one of them is used so that the first download stays within its budget.
//! Served, it is two of the app's own files, `lazy/tym_lazy.js` (wasm-bindgen's `no-modules` glue,
//! which sets the global `tym_lazy`) and `lazy/tym_lazy_bg.wasm`, precached for offline use like the
//! rest. The single-file edition has the glue inside the page and the WebAssembly as a base64 data
//! block (`#tym-lazy-wasm`), so nothing is fetched there. Nothing here talks to another origin.

use js_sys::{Function, Object, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const GLOBAL: &str = "tym_lazy";

thread_local! {
    /// The module once loaded, or the load under way (so two quick clicks load it once).
    static LOADING: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// The loaded module's object (its exports are its properties); `Err` when it cannot be loaded, e.g.
/// offline before it was ever cached. A failed load is tried again next time.
async fn module() -> Result<JsValue, JsValue> {
    let promise =
        LOADING.with(|l| l.borrow_mut().get_or_insert_with(|| wasm_bindgen_futures::future_to_promise(load())).clone());
    let result = JsFuture::from(promise).await;
    if result.is_err() {
        LOADING.with(|l| *l.borrow_mut() = None);
    }
    result
}

async fn load() -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let global = js_sys::global();
    if Reflect::get(&global, &GLOBAL.into())?.is_undefined() {
        let script: web_sys::HtmlScriptElement = document.create_element("script")?.dyn_into()?;
        let loaded = Promise::new(&mut |resolve, reject| {
            script.set_onload(Some(&resolve));
            script.set_onerror(Some(&reject));
        });
        // Relative to the page, so the app works in any folder.
        script.set_src("lazy/tym_lazy.js");
        document.head().ok_or(JsValue::NULL)?.append_child(&script)?;
        JsFuture::from(loaded).await?;
    }
    let init: Function = Reflect::get(&global, &GLOBAL.into())?.dyn_into()?;
    let source: JsValue = match document.get_element_by_id("tym-lazy-wasm").and_then(|e| e.text_content()) {
        Some(b64) => {
            let binary = window.atob(b64.trim())?;
            let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
            Uint8Array::from(bytes.as_slice()).into()
        }
        None => "lazy/tym_lazy_bg.wasm".into(),
    };
    let options = Object::new();
    Reflect::set(&options, &"module_or_path".into(), &source)?;
    JsFuture::from(init.call1(&JsValue::NULL, &options)?.dyn_into::<Promise>()?).await?;
    Ok(init.into())
}

async fn call(name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let module = module().await?;
    let f: Function = Reflect::get(&module, &name.into())?.dyn_into()?;
    f.apply(&JsValue::NULL, &args.iter().collect::<js_sys::Array>())
}

/// A Word or text file's bytes read into a new draft: the JSON of `tym_lazy::import_json`, or
/// `None` when the module cannot be loaded.
pub async fn import_file(bytes: &[u8], lang: tym_core::Lang) -> Option<String> {
    call("import_file", &[Uint8Array::from(bytes).into(), lang.code().into()]).await.ok()?.as_string()
}

/// Pasted text read into a new draft, as [`import_file`].
pub async fn import_text(text: &str, lang: tym_core::Lang) -> Option<String> {
    call("import_text", &[text.into(), lang.code().into()]).await.ok()?.as_string()
}

/// Why an export gave no file.
pub enum ExportError {
    /// The module could not be loaded.
    Unavailable,
    /// The module refused the file, with its message in the language.
    Refused(String),
}

/// The document of an agreement file (its JSON text) as "docx" or "html" bytes.
pub async fn export_document(kind: &str, file: &str, lang: tym_core::Lang) -> Result<Vec<u8>, ExportError> {
    let module = module().await.map_err(|_| ExportError::Unavailable)?;
    let f: Function = Reflect::get(&module, &"export_document".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or(ExportError::Unavailable)?;
    match f.call3(&JsValue::NULL, &kind.into(), &file.into(), &lang.code().into()) {
        Ok(bytes) => Ok(Uint8Array::new(&bytes).to_vec()),
        Err(e) => Err(ExportError::Refused(e.as_string().unwrap_or_default())),
    }
}

/// A view's input: a JSON object of `fields`. One routine for every view, where a `json!` at each
/// call site would be code of its own in the first download.
pub fn input(fields: Vec<(&str, serde_json::Value)>) -> std::rc::Rc<str> {
    let map: serde_json::Map<String, serde_json::Value> = fields.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    serde_json::Value::Object(map).to_string().into()
}

/// A view's HTML from the lazy module (`tym_lazy::render`); `None` when the module cannot be loaded.
pub async fn render(kind: &str, input: &str, lang: tym_core::Lang) -> Option<String> {
    call("render", &[kind.into(), input.into(), lang.code().into()]).await.ok()?.as_string()
}

/// A returned copy merged with the user's choices (`tym_lazy::merge`): its JSON answer, or `None`
/// when the module cannot be loaded.
pub async fn merge(input: &str, choices: &str, lang: tym_core::Lang) -> Option<String> {
    call("merge", &[input.into(), choices.into(), lang.code().into()]).await.ok()?.as_string()
}

/// A block pasted into the table at `path` of an agreement file, applied by the lazy module
/// (`tym_lazy::paste_apply`): the file after the paste and how many rows it writes, or `None` when
/// the block cannot be applied (a cell cannot be read; the preview says which) or the module cannot
/// be loaded.
pub async fn paste_apply(file: &str, path: &str, row: usize, field: &str, text: &str) -> Option<(String, usize)> {
    let args = [file.into(), path.into(), (row as u32).into(), field.into(), text.into()];
    let answer = call("paste_apply", &args).await.ok()?.as_string()?;
    let v = serde_json::from_str::<serde_json::Value>(&answer).ok()?;
    Some((v["file"].as_str()?.to_string(), v["rows"].as_u64()? as usize))
}
