//! Tells the app's other tabs that a draft was saved, so a read-only tab shows the newest revision.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const NAME: &str = "tym-workbench";

pub fn announce_saved(draft_id: &str, revision: u64) {
    if let Ok(ch) = web_sys::BroadcastChannel::new(NAME) {
        let msg = format!("{{\"id\":{},\"revision\":{revision}}}", serde_json::Value::from(draft_id));
        let _ = ch.post_message(&JsValue::from_str(&msg));
        ch.close();
    }
}

/// An open channel and its message handler; dropping it stops listening.
pub struct Listener {
    channel: web_sys::BroadcastChannel,
    _handler: Closure<dyn Fn(web_sys::MessageEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.channel.close();
    }
}

/// Listens for saves in other tabs while the returned listener is kept.
pub fn listen(on_saved: impl Fn(String, u64) + 'static) -> Option<Listener> {
    let ch = web_sys::BroadcastChannel::new(NAME).ok()?;
    let cb = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let Some(text) = e.data().as_string() else { return };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else { return };
        if let (Some(id), Some(rev)) = (v["id"].as_str(), v["revision"].as_u64()) {
            on_saved(id.to_string(), rev);
        }
    });
    ch.set_onmessage(Some(cb.as_ref().unchecked_ref()));
    Some(Listener { channel: ch, _handler: cb })
}
