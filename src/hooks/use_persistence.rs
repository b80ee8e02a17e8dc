//! `use_persistence`: starts the library, autosaves the open draft within a second of the last edit
//! and at once when the tab is hidden, and lets a read-only tab follow the editing tab's saves.

use crate::hooks::WorkbenchHandle;
use crate::persist::{self, Snapshot};
use crate::platform::channel;
use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Debounce of autosave: typing bursts are written once, well within a second.
const AUTOSAVE_MS: u32 = 400;

thread_local! {
    /// The newest handle, for listeners that outlive a render.
    static LATEST: RefCell<Option<WorkbenchHandle>> = const { RefCell::new(None) };
    /// The snapshot to write once typing pauses, and the time (ms since the epoch) it is due.
    static DUE: RefCell<Option<(Snapshot, WorkbenchHandle, f64)>> = const { RefCell::new(None) };
    /// The one timer callback, made once, and whether it is waiting.
    static TIMER: (Closure<dyn Fn()>, Cell<bool>) = (Closure::new(due), Cell::new(false));
}

/// Writes the snapshot once no newer edit has come for `AUTOSAVE_MS`: one write per burst of typing.
/// A keystroke only moves the due time; making and cancelling a timer on each one cost a JS closure
/// and two timer calls per keystroke (docs/performance.md). `None` forgets a waiting snapshot.
fn save_when_idle(pending: Option<Snapshot>, wb: WorkbenchHandle) {
    let Some(s) = pending else {
        DUE.with(|d| d.borrow_mut().take());
        return;
    };
    DUE.with(|d| *d.borrow_mut() = Some((s, wb, js_sys::Date::now() + f64::from(AUTOSAVE_MS))));
    wait(f64::from(AUTOSAVE_MS));
}

fn wait(ms: f64) {
    TIMER.with(|(callback, waiting)| {
        if !waiting.replace(true) {
            let _ = gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                ms.ceil() as i32,
            );
        }
    });
}

fn due() {
    TIMER.with(|(_, waiting)| waiting.set(false));
    let left = DUE.with(|d| d.borrow().as_ref().map(|(_, _, at)| at - js_sys::Date::now()));
    match left {
        Some(ms) if ms > 0.0 => wait(ms),
        Some(_) => {
            if let Some((s, wb, _)) = DUE.with(|d| d.borrow_mut().take()) {
                persist::request_save(s, wb);
            }
        }
        None => {}
    }
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
    use_effect_with(key, move |_| save_when_idle(pending, wb));
}
