//! `use_persistence`: starts the library, autosaves the open draft within a second of the last edit
//! and at once when the tab is hidden, and lets a read-only tab follow the editing tab's saves.

use crate::hooks::WorkbenchHandle;
use crate::persist::{self, Snapshot};
use crate::platform::channel;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use yew::prelude::*;

/// Debounce of autosave: typing bursts are written once, well within a second.
const AUTOSAVE_MS: u32 = 400;

thread_local! {
    /// The newest handle, for listeners that outlive a render.
    static LATEST: RefCell<Option<WorkbenchHandle>> = const { RefCell::new(None) };
}

fn snapshot(wb: &WorkbenchHandle) -> Option<Snapshot> {
    if !wb.loaded || wb.read_only.is_some() || !wb.unsaved() {
        return None;
    }
    Some(Snapshot { id: wb.draft_id.clone()?, revision: wb.revision, file: wb.file.clone()? })
}

#[hook]
pub fn use_persistence(wb: &WorkbenchHandle) {
    LATEST.with(|l| *l.borrow_mut() = Some(wb.clone()));
    {
        let wb = wb.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(persist::start(wb));
            let document = gloo::utils::document();
            let hidden = EventListener::new(&document, "visibilitychange", |_| {
                if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
                    if let Some(wb) = LATEST.with(|l| l.borrow().clone()) {
                        if let Some(s) = snapshot(&wb) {
                            persist::request_save(s, wb);
                        }
                    }
                }
            });
            let channel = channel::listen(|id, revision| {
                if let Some(wb) = LATEST.with(|l| l.borrow().clone()) {
                    wasm_bindgen_futures::spawn_local(persist::follow(wb, id, revision));
                }
            });
            move || drop((hidden, channel))
        });
    }
    let pending = snapshot(wb);
    let key = (
        wb.file.clone().map(|f| std::rc::Rc::as_ptr(&f) as usize),
        wb.saved.clone().map(|f| std::rc::Rc::as_ptr(&f) as usize),
        wb.loaded,
        wb.read_only,
    );
    let wb = wb.clone();
    use_effect_with(key, move |_| {
        // A newer edit replaces this timer (the cleanup cancels it): one write per burst of typing.
        let timer = pending.map(|s| Timeout::new(AUTOSAVE_MS, move || persist::request_save(s, wb)));
        move || drop(timer)
    });
}
