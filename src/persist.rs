//! Crash-safe drafts: the local library in IndexedDB, written within a second of the last edit and when
//! the tab is hidden, one editing tab per draft, and never a silent overwrite of a newer revision.
//! Between two checkpoints every edit is in the tab's journal (`journal`, written by
//! `use_persistence` after the frame that shows the edit); opening a draft or taking it over
//! replays a journal newer than the checkpoint.
//!
//! Saves go through one queue per tab (`request_save`): the newest snapshot waits while a write is in
//! flight, so two writes of the same tab never race and each one starts from the revision the previous
//! one wrote.

use crate::hooks::WorkbenchHandle;
use crate::platform::{self, channel, idb, journal, locks};
use crate::state::ReadOnly;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use tym_core::format::AgreementFile;
use tym_core::library::{may_overwrite, sent_key, sent_prefix, DraftRecord, DraftSummary, RecordError, MAX_SENT};
use tym_core::{Lang, Msg};

const LAST_KEY: &str = "last";

/// What one save writes: the draft, its id and the revision it was loaded or last saved at.
#[derive(Clone)]
pub struct Snapshot {
    pub id: String,
    pub revision: u64,
    pub file: Rc<AgreementFile>,
}

thread_local! {
    static PENDING: RefCell<Option<(Snapshot, WorkbenchHandle)>> = const { RefCell::new(None) };
    static WRITING: Cell<bool> = const { Cell::new(false) };
    /// The revision this tab wrote last, per draft, ahead of the state catching up.
    static WRITTEN: RefCell<Option<(String, u64)>> = const { RefCell::new(None) };
    /// The draft whose journal may be written: its stored journals have been replayed (or there
    /// were none to look for). Until then the journal of the draft is left as it is.
    static SETTLED: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The draft whose lock another tab took: no write of this tab may land after that.
    static LOST: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether the last checkpoint failed (storage full or broken).
    static FAILED: Cell<bool> = const { Cell::new(false) };
}

/// Whether this tab may write the journal of `id` (its stored journals are replayed).
pub fn journal_settled(id: &str) -> bool {
    SETTLED.with(|s| s.borrow().as_deref() == Some(id))
}

/// The draft's stored journals are dealt with: from now on this tab journals its edits, starting
/// afresh from the checkpoint (what it journaled of the draft before, as another tab took it over,
/// may have been replayed and removed since).
pub fn settle(id: &str) {
    crate::hooks::restart_journal();
    SETTLED.with(|s| *s.borrow_mut() = Some(id.to_string()));
}

/// Whether the last write to IndexedDB failed.
pub fn checkpoint_failed() -> bool {
    FAILED.with(Cell::get)
}

/// Replays the newest journal written against the stored revision (a reload, a closed tab, a crash,
/// or the tab this one took the draft from) and says what it recovered. Journals written against
/// another revision are out of date (the draft was saved since) and are dropped.
async fn recover(wb: &WorkbenchHandle, id: &str, checkpoint: &AgreementFile, revision: u64) {
    let found = journal::find(id, &journal_copies(id).await);
    let best = found.iter().filter(|f| f.header.revision == revision).max_by_key(|f| f.header.at_ms);
    if let Some(best) = best {
        if let Ok(file) = tym_core::journal::replay(checkpoint, &best.entries) {
            if file != *checkpoint {
                let sections: Vec<String> = best.header.sections.clone();
                wb.edit_file(move |f| *f = file.clone());
                wb.info(move |l| {
                    let names: Vec<&str> = sections.iter().map(|s| l.t(section_label(s))).collect();
                    l.fmt(Msg::UiRecovered, &[&names.join(", ")])
                });
            }
        }
    }
    // This tab's own journal is rewritten from the recovered state by the next render.
    let own = journal::tab_id();
    for f in found.iter().filter(|f| f.tab != own) {
        journal::discard(id, &f.tab);
    }
    settle(id);
}

/// The copies of journals in IndexedDB (none when it cannot be read: localStorage still has them).
async fn journal_copies(id: &str) -> Vec<(String, String)> {
    match idb::opened() {
        Some(db) => db.entries(idb::META, &format!("{}{id}.", journal::PREFIX)).await.unwrap_or_default(),
        None => Vec::new(),
    }
}

/// The name of a journal's section as the user knows it.
fn section_label(section: &str) -> Msg {
    match section {
        "purpose" => Msg::DocH1,
        "parties" => Msg::DocH2,
        "area" => Msg::DocH3,
        "steering_group" => Msg::DocH4,
        "objectives" => Msg::DocH5,
        "arrangement" => Msg::DocH6,
        "services" => Msg::DocH7,
        "staffing" => Msg::DocH8,
        "lead_person" => Msg::DocH9,
        "costs" => Msg::DocH10,
        "client_data" => Msg::DocH11,
        "validity" => Msg::DocH12,
        "signatures" => Msg::UiSignatures,
        "wording" => Msg::UiWording,
        "variant_name" | "variants" => Msg::UiVariants,
        _ => Msg::UiTitle,
    }
}

async fn db() -> Result<idb::Db, idb::StorageError> {
    idb::shared().await
}

/// The alert of a failed checkpoint. It says where the edits are — in the journal, or only in this
/// tab — and never that nothing was lost unless the journal holds them.
fn storage_message(e: idb::StorageError) -> impl Fn(Lang) -> String {
    FAILED.with(|f| f.set(true));
    crate::hooks::journal_now();
    let in_journal = crate::hooks::journal_holds_edits();
    move |l| {
        let what = match &e {
            // A page opened from a file (the single-file edition) may be refused storage by the browser.
            idb::StorageError::Unavailable if crate::platform::single_file() => {
                l.t(Msg::UiStorageUnavailableFile).to_string()
            }
            idb::StorageError::Unavailable => l.t(Msg::UiStorageUnavailable).to_string(),
            idb::StorageError::Quota => l.t(Msg::UiStorageFull).to_string(),
            idb::StorageError::Failed(detail) => l.fmt(Msg::UiStorageFailed, &[detail]),
        };
        let r#where = if in_journal { Msg::UiEditsInJournal } else { Msg::UiEditsOnlyHere };
        format!("{what} {}", l.t(r#where))
    }
}

fn record_message(e: RecordError) -> impl Fn(Lang) -> String {
    move |l| match &e {
        RecordError::Malformed => l.t(Msg::UiRecordDamaged).to_string(),
        RecordError::NewerSchema(_) => l.t(Msg::UiRecordNewer).to_string(),
        RecordError::File(e) => e.message(l),
    }
}

/// Reads the library and reopens the draft that was open last. Until this has finished, nothing is
/// written, so a slow start can never overwrite the stored draft with an empty one.
pub async fn start(wb: WorkbenchHandle) {
    match db().await {
        Err(e) => wb.storage_error(storage_message(e)),
        Ok(db) => {
            refresh_library(&wb).await;
            if let Ok(Some(id)) = db.get(idb::META, LAST_KEY).await {
                open_stored(&wb, &id).await;
            }
        }
    }
    wb.loaded();
}

pub async fn refresh_library(wb: &WorkbenchHandle) {
    let Ok(db) = db().await else { return };
    let mut list: Vec<DraftSummary> = match db.all(idb::DRAFTS).await {
        Ok(values) => values.iter().filter_map(|v| DraftRecord::parse(v).ok()).map(|r| r.summary()).collect(),
        Err(_) => return,
    };
    tym_core::library::newest_first(&mut list);
    wb.set_library(list);
}

async fn read(id: &str) -> Result<Option<DraftRecord>, String> {
    let db = db().await.map_err(|e| format!("{e:?}"))?;
    match db.get(idb::DRAFTS, id).await {
        Ok(Some(text)) => DraftRecord::parse(&text).map(Some).map_err(|e| format!("{e:?}")),
        Ok(None) => Ok(None),
        Err(e) => Err(format!("{e:?}")),
    }
}

/// Opens a stored draft; read-only when another tab is editing it.
pub async fn open_stored(wb: &WorkbenchHandle, id: &str) {
    let Ok(db) = db().await else { return };
    let text = match db.get(idb::DRAFTS, id).await {
        Ok(Some(t)) => t,
        _ => return,
    };
    let record = match DraftRecord::parse(&text) {
        Ok(r) => r,
        Err(e) => return wb.error(record_message(e)),
    };
    let revision = record.revision;
    match record.into_agreement_file() {
        Ok(file) => {
            wb.restore(file.clone(), id.to_string(), revision);
            let _ = db.put(idb::META, LAST_KEY, id).await;
            // Only the tab that edits the draft replays its journals; a read-only tab leaves them
            // to the tab that is writing them.
            if claim(wb, id, false).await {
                recover(wb, id, &file, revision).await;
            }
        }
        Err(e) => wb.error(record_message(e)),
    }
}

/// Takes the draft's lock; without it the tab is read-only. Returns whether the tab holds it.
pub async fn claim(wb: &WorkbenchHandle, id: &str, steal: bool) -> bool {
    let lost = wb.clone();
    let lost_id = id.to_string();
    let granted = locks::acquire(id, steal, move || {
        // The edits not yet checkpointed stay in this tab's journal, which the tab taking over
        // replays; from now on this tab writes nothing.
        crate::hooks::journal_now();
        LOST.with(|l| *l.borrow_mut() = Some(lost_id));
        lost.set_read_only(Some(ReadOnly::TakenOver));
        lost.info(|l| l.t(Msg::UiTakenOver).into());
    })
    .await;
    if granted {
        LOST.with(|l| l.borrow_mut().take());
    }
    wb.set_read_only((!granted).then_some(ReadOnly::OtherTab));
    granted
}

/// Takes the draft over from another tab, continuing from its newest stored revision and the edits
/// that tab had not yet saved (its journal, written at each of its keystrokes).
pub async fn take_over(wb: WorkbenchHandle, id: String) {
    claim(&wb, &id, true).await;
    if let Ok(Some(record)) = read(&id).await {
        let revision = record.revision;
        if let Ok(file) = record.into_agreement_file() {
            wb.restore(file.clone(), id.clone(), revision);
            recover(&wb, &id, &file, revision).await;
        }
    }
    wb.set_read_only(None);
}

/// A stored draft's file, for comparing without opening it.
pub async fn load_file(id: &str) -> Option<AgreementFile> {
    read(id).await.ok().flatten()?.into_agreement_file().ok()
}

/// A read-only tab follows the editing tab's saves.
pub async fn follow(wb: WorkbenchHandle, id: String, revision: u64) {
    if wb.draft_id.as_deref() != Some(id.as_str()) || wb.read_only.is_none() || revision <= wb.revision {
        return;
    }
    if let Ok(Some(record)) = read(&id).await {
        let revision = record.revision;
        if let Ok(file) = record.into_agreement_file() {
            wb.refresh(file, revision);
        }
    }
}

/// Queues a save of the snapshot; only the newest waiting snapshot is written.
pub fn request_save(snapshot: Snapshot, wb: WorkbenchHandle) {
    PENDING.with(|p| *p.borrow_mut() = Some((snapshot, wb)));
    if !WRITING.with(|w| w.replace(true)) {
        wasm_bindgen_futures::spawn_local(async {
            while let Some((snapshot, wb)) = PENDING.with(|p| p.borrow_mut().take()) {
                write(snapshot, &wb).await;
            }
            WRITING.with(|w| w.set(false));
        });
    }
}

async fn write(s: Snapshot, wb: &WorkbenchHandle) {
    if LOST.with(|l| l.borrow().as_deref() == Some(s.id.as_str())) {
        return;
    }
    let db = match db().await {
        Ok(db) => db,
        Err(e) => return wb.storage_error(storage_message(e)),
    };
    let base = WRITTEN.with(|w| match &*w.borrow() {
        Some((id, rev)) if *id == s.id => (*rev).max(s.revision),
        _ => s.revision,
    });
    let stored = match db.get(idb::DRAFTS, &s.id).await {
        Ok(v) => v.and_then(|t| DraftRecord::revision_of(&t).ok()),
        Err(e) => return wb.storage_error(storage_message(e)),
    };
    if !may_overwrite(base, stored) {
        wb.set_read_only(Some(ReadOnly::Conflict));
        wb.error(|l| l.t(Msg::UiConflict).into());
        return;
    }
    let revision = base + 1;
    let updated = platform::now_iso();
    let record = DraftRecord::new(&s.id, revision, &updated, &s.file);
    // The other tab may have taken the draft while this one read the stored revision.
    if LOST.with(|l| l.borrow().as_deref() == Some(s.id.as_str())) {
        return;
    }
    if let Err(e) = db.put(idb::DRAFTS, &s.id, &record.to_json()).await {
        return wb.storage_error(storage_message(e));
    }
    FAILED.with(|f| f.set(false));
    let _ = db.put(idb::META, LAST_KEY, &s.id).await;
    WRITTEN.with(|w| *w.borrow_mut() = Some((s.id.clone(), revision)));
    channel::announce_saved(&s.id, revision);
    wb.saved(s.id.clone(), revision, updated, s.file.clone());
}

/// The copies sent as files whose keys start with `prefix` (`library::sent_prefix`, or
/// `library::sent_lookup` for the one a returned copy was sent as): (key, the file's text), oldest first.
pub async fn sent(prefix: &str) -> Vec<(String, String)> {
    let Ok(db) = db().await else { return Vec::new() };
    db.entries(idb::META, prefix).await.unwrap_or_default()
}

/// Keeps the version a copy was sent as (`text`, the file saved, whose lineage was sent at `at`), for
/// merging it when it returns; the newest `MAX_SENT` copies of a draft are kept. A copy sent earlier
/// at the same revision stays: it may come back too.
pub async fn record_sent(id: String, revision: u64, at: String, text: String) {
    let Ok(db) = db().await else { return };
    let _ = db.put(idb::META, &sent_key(&id, revision, &at), &text).await;
    let all = sent(&sent_prefix(&id, None)).await;
    for (key, _) in all.iter().take(all.len().saturating_sub(MAX_SENT)) {
        db.delete_soon(idb::META, key);
    }
}

/// Renames a stored draft (`Some(title)`; not the open one, which is renamed by editing its title),
/// or copies it as a new one (`None`: "Kopio: …", e.g. to try a variant of it). One routine for both:
/// each async routine is code of its own in the first download.
pub async fn rename_or_copy(wb: WorkbenchHandle, id: String, title: Option<String>) {
    let Ok(Some(record)) = read(&id).await else { return };
    let revision = record.revision;
    let Ok(mut file) = record.into_agreement_file() else { return };
    let (id, revision) = match title {
        Some(title) => {
            file.agreement.meta.title = title;
            (id, revision + 1)
        }
        None => {
            file.agreement.meta.title = wb.lang.fmt(Msg::UiCopyOf, &[&file.agreement.meta.title]);
            // A draft of its own, not a copy sent of the original.
            file.lineage = None;
            (platform::new_id(), 1)
        }
    };
    let record = DraftRecord::new(&id, revision, &platform::now_iso(), &file);
    if let Ok(db) = db().await {
        if let Err(e) = db.put(idb::DRAFTS, &id, &record.to_json()).await {
            wb.storage_error(storage_message(e));
        }
        channel::announce_saved(&id, revision);
    }
    refresh_library(&wb).await;
}

pub async fn delete(wb: WorkbenchHandle, id: String) {
    if let Ok(db) = db().await {
        let _ = db.delete(idb::DRAFTS, &id).await;
        db.delete_soon(idb::META, &sent_prefix(&id, None));
        if db.get(idb::META, LAST_KEY).await.ok().flatten().as_deref() == Some(id.as_str()) {
            let _ = db.delete(idb::META, LAST_KEY).await;
        }
    }
    journal::forget_draft(&id);
    if wb.draft_id.as_deref() == Some(id.as_str()) {
        locks::release();
        wb.close();
    }
    refresh_library(&wb).await;
}

/// Deletes everything the app stored in this browser.
pub async fn delete_all(wb: WorkbenchHandle) {
    locks::release();
    idb::close_shared();
    let _ = idb::delete_database().await;
    journal::forget_all();
    platform::forget_lang();
    wb.close();
    wb.set_library(Vec::new());
    wb.info(|l| l.t(Msg::UiDeletedAll).into());
}
