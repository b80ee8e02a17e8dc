//! One editing tab per draft, with the Web Locks API: a tab holds the draft's lock while it edits; a
//! second tab opens read-only and may take over (steal), upon which the first tab is told it lost the
//! lock. Browsers without Web Locks edit without a lock; revisions still prevent silent overwrites.

use js_sys::{Function, Object, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Resolving this releases the lock the tab holds.
    static RELEASE: RefCell<Option<Function>> = const { RefCell::new(None) };
}

fn lock_manager() -> Option<JsValue> {
    let nav = web_sys::window()?.navigator();
    Reflect::get(&nav, &JsValue::from_str("locks")).ok().filter(|l| !l.is_undefined())
}

/// Releases the lock the tab holds, if any.
pub fn release() {
    if let Some(f) = RELEASE.with(|r| r.borrow_mut().take()) {
        let _ = f.call0(&JsValue::NULL);
    }
}

/// Asks for the draft's lock. `steal` takes it from another tab. Resolves to whether the tab now holds
/// it; `on_lost` runs if another tab later takes it over.
pub async fn acquire(draft_id: &str, steal: bool, on_lost: impl FnOnce() + 'static) -> bool {
    release();
    let Some(locks) = lock_manager() else { return true };
    let Ok(request) = Reflect::get(&locks, &JsValue::from_str("request")).and_then(|f| f.dyn_into::<Function>()) else {
        return true;
    };
    let options = Object::new();
    let key = if steal { "steal" } else { "ifAvailable" };
    let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::TRUE);
    let (granted_tx, granted_rx) = futures_channel();
    let callback = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        if lock.is_null() {
            granted_tx(false);
            return JsValue::UNDEFINED;
        }
        granted_tx(true);
        // Held until `release` resolves this promise.
        Promise::new(&mut |resolve, _| RELEASE.with(|r| *r.borrow_mut() = Some(resolve))).into()
    });
    let name = JsValue::from_str(&format!("tym-draft-{draft_id}"));
    let Ok(held) = request.call3(&locks, &name, &options, &callback) else { return true };
    if let Ok(held) = held.dyn_into::<Promise>() {
        wasm_bindgen_futures::spawn_local(async move {
            // A stolen lock rejects the held promise with an AbortError.
            if JsFuture::from(held).await.is_err() {
                RELEASE.with(|r| r.borrow_mut().take());
                on_lost();
            }
        });
    }
    granted_rx.await
}

/// A one-shot channel from a JS callback to the awaiting Rust code.
fn futures_channel() -> (impl FnOnce(bool), impl std::future::Future<Output = bool>) {
    let mut resolve_fn: Option<Function> = None;
    let promise = Promise::new(&mut |resolve, _| resolve_fn = Some(resolve));
    let tx = move |v: bool| {
        if let Some(f) = resolve_fn {
            let _ = f.call1(&JsValue::NULL, &JsValue::from_bool(v));
        }
    };
    let rx = async move { JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(true) };
    (tx, rx)
}
