//! The journal's storage (`tym_core::journal` owns its format and replay): localStorage, which the
//! browser writes synchronously from the page's point of view, so an entry made right after a
//! keystroke's frame is there after a reload or a closed tab 50 ms later. One journal per draft and
//! per tab: `tym.j.<draft>.<tab>.h` (header) and `.s.<section>` (entries). The tab's id lives in
//! sessionStorage, which a reload keeps and a new tab does not.
//!
//! Every key is also written, under the same name, to IndexedDB (`idb::META`): Chromium writes
//! localStorage to disk in batches, so a browser killed 300 ms after a keystroke lost it in 10 of 10
//! runs, while an IndexedDB commit is on disk at once. The copies are made `COPY_MS` after the
//! keystroke, not in it: a transaction and a put of the large agreement's staffing entry cost about
//! 1.8 ms of the keystroke's processing (docs/performance.md), and a burst of typing is copied in one
//! transaction. The queue keeps the order of puts and removals, so the copy ends as localStorage
//! does. On start the newer of the two is replayed.

use super::idb::{self, Change};
use std::cell::{Cell, RefCell};
use tym_core::journal::Header;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub const PREFIX: &str = "tym.j.";
const TAB_KEY: &str = "tym.tab";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// This tab's id, made on its first use and kept across reloads of the tab.
pub fn tab_id() -> String {
    let session = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    if let Some(id) = session.as_ref().and_then(|s| s.get_item(TAB_KEY).ok().flatten()) {
        return id;
    }
    let id = super::new_id();
    if let Some(s) = session {
        let _ = s.set_item(TAB_KEY, &id);
    }
    id
}

fn key(draft: &str, tab: &str, part: &str) -> String {
    format!("{PREFIX}{draft}.{tab}.{part}")
}

/// How long after a keystroke its copy is made: well within the 300 ms in which a killed browser
/// loses localStorage's writes, and long enough that a burst of typing is one transaction.
const COPY_MS: i32 = 40;

thread_local! {
    /// The copies not made yet, in the order of the writes to localStorage.
    static COPIES: RefCell<Vec<Change>> = const { RefCell::new(Vec::new()) };
    /// The one timer callback, made once, and whether it is waiting.
    static TIMER: (Closure<dyn Fn()>, Cell<bool>) = (Closure::new(copy_now), Cell::new(false));
}

fn copy_soon(c: Change) {
    COPIES.with(|q| {
        let mut q = q.borrow_mut();
        let Change::Put(key, value) = c else { return q.push(c) };
        // A newer value of a key replaces one still waiting, unless a removal of it came between.
        let waiting = q
            .iter_mut()
            .rev()
            .take_while(|old| !matches!(old, Change::RemoveStarting(start) if key.starts_with(start.as_str())))
            .find_map(|old| match old {
                Change::Put(k, v) if *k == key => Some(v),
                _ => None,
            });
        match waiting {
            Some(v) => *v = value,
            None => q.push(Change::Put(key, value)),
        }
    });
    TIMER.with(|(callback, waiting)| {
        if !waiting.replace(true) {
            let _ = gloo::utils::window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(callback.as_ref().unchecked_ref(), COPY_MS);
        }
    });
}

/// Makes the waiting copies now, in order (also when the page is hidden or closed).
pub fn copy_now() {
    TIMER.with(|(_, waiting)| waiting.set(false));
    let copies = COPIES.with(|q| std::mem::take(&mut *q.borrow_mut()));
    if let Some(db) = idb::opened().filter(|_| !copies.is_empty()) {
        db.change_soon(idb::META, &copies);
    }
}

/// Sets a key in localStorage, and in its copy soon after.
fn store(s: &web_sys::Storage, key: &str, value: &str) -> Result<(), WriteError> {
    if idb::opened().is_some() {
        copy_soon(Change::Put(key.to_string(), value.to_string()));
    }
    s.set_item(key, value).map_err(|_| WriteError::Full)
}

/// Why a journal entry could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// No localStorage (blocked, or a private window that refuses it).
    Unavailable,
    /// Full, or the journal would pass `tym_core::journal::MAX_BYTES`.
    Full,
}

/// Writes the entries of `sections` and the header. Synchronous: done when this returns.
pub fn write(draft: &str, header: &Header, entries: &[(&str, String)]) -> Result<(), WriteError> {
    let s = local().ok_or(WriteError::Unavailable)?;
    let tab = tab_id();
    for (section, text) in entries {
        if text.len() > tym_core::journal::MAX_BYTES {
            return Err(WriteError::Full);
        }
        store(&s, &key(draft, &tab, &format!("s.{section}")), text)?;
    }
    store(&s, &key(draft, &tab, "h"), &header.to_json())
}

/// Forgets this tab's journal of the draft (its edits are in the checkpoint).
pub fn clear(draft: &str) {
    discard(draft, &tab_id());
}

/// Removes the journal of the draft of the given tab, and its copy (which, after a crash, may be
/// the only one).
pub fn discard(draft: &str, tab: &str) {
    remove(&key(draft, tab, ""));
}

/// Removes every journal key that starts with `start`, and their copies.
fn remove(start: &str) {
    if idb::opened().is_some() {
        copy_soon(Change::RemoveStarting(start.to_string()));
    }
    let Some(s) = local() else { return };
    for k in keys().into_iter().filter(|k| k.starts_with(start)) {
        let _ = s.remove_item(&k);
    }
}

fn keys() -> Vec<String> {
    let Some(s) = local() else { return Vec::new() };
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(PREFIX)).collect()
}

/// A journal found in storage: its tab, header and entries.
pub struct Found {
    pub tab: String,
    pub header: Header,
    pub entries: Vec<(String, String)>,
}

/// Every journal of the draft, of any tab, from localStorage or from its copy in IndexedDB
/// (`copies`: the draft's journal keys and values in `idb::META`), whichever is newer (after a crash
/// only the copy may hold the last edits).
pub fn find(draft: &str, copies: &[(String, String)]) -> Vec<Found> {
    let start = format!("{PREFIX}{draft}.");
    let s = local();
    let local: Vec<(String, String)> = keys()
        .into_iter()
        .filter(|k| k.starts_with(&start))
        .filter_map(|k| Some((k.clone(), s.as_ref()?.get_item(&k).ok()??)))
        .collect();
    let mut out: Vec<Found> = Vec::new();
    for f in journals(&start, &local).chain(journals(&start, copies)) {
        match out.iter_mut().find(|o| o.tab == f.tab) {
            Some(o) if o.header.at_ms >= f.header.at_ms => {}
            Some(o) => *o = f,
            None => out.push(f),
        }
    }
    out
}

/// The journals among one storage's keys and values.
fn journals<'a>(start: &'a str, pairs: &'a [(String, String)]) -> impl Iterator<Item = Found> + 'a {
    let get = move |k: &str| pairs.iter().find(|(p, _)| p == k).map(|(_, v)| v.clone());
    pairs.iter().filter_map(move |(k, v)| {
        let tab = k.strip_prefix(start)?.strip_suffix(".h")?;
        let header = Header::parse(v)?;
        let entries = header
            .sections
            .iter()
            .filter_map(|sec| Some((sec.clone(), get(&format!("{start}{tab}.s.{sec}"))?)))
            .collect();
        Some(Found { tab: tab.to_string(), header, entries })
    })
}

/// Removes every journal of every draft (deleting all local data; the database goes as a whole).
pub fn forget_all() {
    remove(PREFIX);
}

/// Removes every journal of one draft (the draft was deleted), with their copies.
pub fn forget_draft(draft: &str) {
    remove(&format!("{PREFIX}{draft}."));
}
