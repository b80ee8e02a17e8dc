//! The journal's storage (`tym_core::journal` owns its format and replay): localStorage, which the
//! browser writes synchronously from the page's point of view, so an entry made in the event handler
//! of a keystroke is there after a reload or a closed tab 50 ms later. One journal per draft and
//! per tab: `tym.j.<draft>.<tab>.h` (header) and `.s.<section>` (entries). The tab's id lives in
//! sessionStorage, which a reload keeps and a new tab does not.

use tym_core::journal::Header;

const PREFIX: &str = "tym.j.";
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
    let tab = tab_id();
    for (section, text) in entries {
        if text.len() > tym_core::journal::MAX_BYTES {
            return Err(WriteError::Full);
        }
        s.set_item(&key(draft, &tab, &format!("s.{section}")), text).map_err(|_| WriteError::Full)?;
    }
    s.set_item(&key(draft, &tab, "h"), &header.to_json()).map_err(|_| WriteError::Full)
}

/// Forgets this tab's journal of the draft (its edits are in the checkpoint).
pub fn clear(draft: &str) {
    remove(draft, &tab_id());
}

fn remove(draft: &str, tab: &str) {
    let Some(s) = local() else { return };
    let start = key(draft, tab, "");
    for k in keys().into_iter().filter(|k| k.starts_with(&start)) {
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

/// Every journal of the draft, of any tab (`other_tabs_only` leaves out this tab's).
pub fn find(draft: &str, other_tabs_only: bool) -> Vec<Found> {
    let Some(s) = local() else { return Vec::new() };
    let own = tab_id();
    let start = format!("{PREFIX}{draft}.");
    let mut out = Vec::new();
    for k in keys() {
        let Some(rest) = k.strip_prefix(&start) else { continue };
        let Some(tab) = rest.strip_suffix(".h") else { continue };
        if tab.contains('.') || (other_tabs_only && tab == own) {
            continue;
        }
        let Some(header) = s.get_item(&k).ok().flatten().and_then(|t| Header::parse(&t)) else { continue };
        let entries = header
            .sections
            .iter()
            .filter_map(|sec| {
                s.get_item(&key(draft, tab, &format!("s.{sec}"))).ok().flatten().map(|t| (sec.clone(), t))
            })
            .collect();
        out.push(Found { tab: tab.to_string(), header, entries });
    }
    out
}

/// Removes the journals of the draft of the given tab.
pub fn discard(draft: &str, tab: &str) {
    remove(draft, tab);
}

/// Removes every journal of every draft (deleting all local data).
pub fn forget_all() {
    let Some(s) = local() else { return };
    for k in keys() {
        let _ = s.remove_item(&k);
    }
}

/// Removes every journal of one draft (the draft was deleted).
pub fn forget_draft(draft: &str) {
    let Some(s) = local() else { return };
    let start = format!("{PREFIX}{draft}.");
    for k in keys().into_iter().filter(|k| k.starts_with(&start)) {
        let _ = s.remove_item(&k);
    }
}
