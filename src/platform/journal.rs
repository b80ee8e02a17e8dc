//! The journal's storage (`tym_core::journal` owns its format and replay): localStorage, which the
//! browser writes synchronously from the page's point of view, so an entry made right after a
//! keystroke's frame is there after a reload or a closed tab 50 ms later. One journal per draft and
//! per tab: `tym.j.<draft>.<tab>.h` (header) and `.s.<section>` (entries). The tab's id lives in
//! sessionStorage, which a reload keeps and a new tab does not.
//!
//! Every key is also written, under the same name, to IndexedDB (`idb::META`) without waiting, one
//! transaction per entry: Chromium writes localStorage to disk in batches, so a browser killed 300 ms
//! after a keystroke lost it in 10 of 10 runs, while an IndexedDB commit is on disk at once. IndexedDB
//! runs writes in the order they are made, so the copy ends as localStorage does. On start the newer
//! of the two is replayed.

use super::idb;
use tym_core::journal::Header;

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
    if entries.iter().any(|(_, text)| text.len() > tym_core::journal::MAX_BYTES) {
        return Err(WriteError::Full);
    }
    let tab = tab_id();
    let header = header.to_json();
    let mut keys: Vec<(String, &str)> =
        entries.iter().map(|(section, text)| (key(draft, &tab, &format!("s.{section}")), text.as_str())).collect();
    keys.push((key(draft, &tab, "h"), &header));
    if let Some(db) = idb::opened() {
        db.put_all_soon(idb::META, &keys);
    }
    for (k, v) in &keys {
        s.set_item(k, v).map_err(|_| WriteError::Full)?;
    }
    Ok(())
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
    if let Some(db) = idb::opened() {
        db.delete_soon(idb::META, start);
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
