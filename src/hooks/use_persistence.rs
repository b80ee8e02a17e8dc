//! `use_persistence`: starts the library, writes every edit to the tab's journal right after the
//! frame that shows it (and at once when the tab is hidden or closed, or another tab takes the draft
//! over), autosaves the open draft within a second of the last edit and at once when the tab is
//! hidden or closed, and lets a read-only tab follow the editing tab's saves.
//!
//! The journal entry waits for the paint because writing it is the largest part of a keystroke in a
//! large agreement (the staffing section is 40 kB of JSON: about 2 ms, docs/performance.md); after
//! the paint it costs the user nothing. localStorage holds it one frame later, and `pagehide` writes
//! it at once, so a reload or a closed tab still loses nothing.

use crate::hooks::WorkbenchHandle;
use crate::persist::{self, Snapshot};
use crate::platform::{self, channel};
use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use tym_core::format::AgreementFile;
use tym_core::journal::{self, Header};
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
    /// What the journal holds: of which draft, written from which file, which sections, against
    /// which revision, and whether the last write succeeded.
    static JOURNALED: RefCell<Option<Journaled>> = const { RefCell::new(None) };
}

/// Writes to the journal the edits it does not hold yet.
pub fn journal_now() {
    if let Some(wb) = LATEST.with(|l| l.borrow().clone()) {
        record(&wb);
    }
}

struct Journaled {
    id: String,
    file: Rc<AgreementFile>,
    sections: Vec<&'static str>,
    revision: u64,
    ok: bool,
}

/// Forgets what the journal was written from: the next entry is made against the checkpoint.
pub fn restart_journal() {
    JOURNALED.with(|j| j.borrow_mut().take());
}

/// Whether every edit not yet checkpointed is in the journal (the alert of a full disk says so).
pub fn journal_holds_edits() -> bool {
    JOURNALED.with(|j| j.borrow().as_ref().is_some_and(|j| j.ok))
}

/// Writes to the journal the sections that changed since its last entry (nothing when the file is
/// as stored: then the journal is cleared). Synchronous: done when it returns.
fn record(wb: &WorkbenchHandle) {
    let (Some(id), Some(file)) = (wb.draft_id.clone(), wb.file.clone()) else { return };
    if !wb.loaded || wb.read_only.is_some() || !persist::journal_settled(&id) {
        return;
    }
    JOURNALED.with(|cell| {
        let mut slot = cell.borrow_mut();
        let previous = slot.take().filter(|j| j.id == id);
        let revision_moved = previous.as_ref().is_none_or(|j| j.revision != wb.revision);
        if !wb.unsaved() {
            // The checkpoint holds everything on screen.
            if previous.as_ref().is_none_or(|j| !j.sections.is_empty()) {
                platform::journal::clear(&id);
            }
            *slot = Some(Journaled { id, file, sections: Vec::new(), revision: wb.revision, ok: true });
            return;
        }
        let (from, mut sections, ok) = match previous {
            Some(j) => (Some(j.file), j.sections, j.ok),
            None => (wb.saved.clone(), Vec::new(), true),
        };
        let changed = match &from {
            Some(f) if Rc::ptr_eq(f, &file) => Vec::new(),
            Some(f) => journal::changed(f, &file),
            None => journal::SECTIONS.to_vec(),
        };
        if changed.is_empty() && !revision_moved && from.is_some() {
            *slot = Some(Journaled { id, file, sections, revision: wb.revision, ok });
            return;
        }
        for s in &changed {
            if !sections.contains(s) {
                sections.push(s);
            }
        }
        let entries: Vec<(&str, String)> = changed.iter().map(|s| (*s, journal::entry(&file, s))).collect();
        let header = Header {
            revision: wb.revision,
            sections: sections.iter().map(|s| s.to_string()).collect(),
            at_ms: js_sys::Date::now() as u64,
        };
        // A failed write leaves the journal incomplete until the next checkpoint clears it.
        let ok = platform::journal::write(&id, &header, &entries).is_ok() && (ok || from.is_none());
        *slot = Some(Journaled { id, file, sections, revision: wb.revision, ok });
    });
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
            // Hidden or closed: the journal is complete (it is written at each edit; this is for an
            // edit whose render has not run yet) and the checkpoint starts.
            let flush = || {
                journal_now();
                if let Some(wb) = LATEST.with(|l| l.borrow().clone()) {
                    if let Some(s) = snapshot(&wb) {
                        persist::request_save(s, wb);
                    }
                }
            };
            let hidden = EventListener::new(&document, "visibilitychange", move |_| {
                if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
                    flush();
                }
            });
            let window = gloo::utils::window();
            let pagehide = EventListener::new(&window, "pagehide", move |_| flush());
            // Closing a tab whose edits are neither checkpointed nor journaled asks first.
            let unload = EventListener::new(&window, "beforeunload", |e| {
                journal_now();
                let at_risk = LATEST.with(|l| l.borrow().as_ref().is_some_and(|wb| wb.unsaved()))
                    && persist::checkpoint_failed()
                    && !journal_holds_edits();
                if at_risk {
                    e.prevent_default();
                    if let Some(e) = e.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                        e.set_return_value("unsaved");
                    }
                }
            });
            let channel = channel::listen(|id, revision| {
                if let Some(wb) = LATEST.with(|l| l.borrow().clone()) {
                    wasm_bindgen_futures::spawn_local(persist::follow(wb, id, revision));
                }
            });
            move || drop((hidden, pagehide, unload, channel))
        });
    }
    let pending = snapshot(wb);
    let key = (
        wb.file.clone().map(|f| std::rc::Rc::as_ptr(&f) as usize),
        wb.saved.clone().map(|f| std::rc::Rc::as_ptr(&f) as usize),
        wb.loaded,
        wb.read_only,
        wb.revision,
        wb.draft_id.clone(),
    );
    let wb = wb.clone();
    use_effect_with(key, move |_| {
        platform::paint::after_paint(journal_now);
        save_when_idle(pending, wb)
    });
}
