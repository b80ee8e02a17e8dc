//! The local library of drafts as stored in the browser: one record per draft with a schema version and
//! a revision, so that a tab never overwrites a newer revision written by another tab, and a record
//! written by a newer app is recognised instead of misread.

use crate::format::{self, AgreementFile, Lineage, LoadError};
use crate::json::Json;
use serde::{Deserialize, Serialize};

/// Schema version of a stored record. Bump it with a migration in `DraftRecord::parse`.
pub const RECORD_SCHEMA: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftRecord {
    pub schema: u32,
    pub id: String,
    /// Incremented by every save; a save expects the stored revision to be the one it started from.
    pub revision: u64,
    /// ISO 8601 time of the last save, as the browser's clock gives it.
    pub updated: String,
    /// The agreement file in the file format (so a record is also a valid file).
    pub file: serde_json::Value,
}

/// What the library lists without parsing the whole agreement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftSummary {
    pub id: String,
    pub title: String,
    pub area: String,
    pub updated: String,
    pub revision: u64,
}

impl DraftSummary {
    /// The line for a draft just saved, from the file in memory: the same fields `DraftRecord::summary`
    /// reads from a stored record, so a save does not have to read the library back.
    pub fn of(id: &str, revision: u64, updated: &str, file: &AgreementFile) -> DraftSummary {
        let meta = &file.agreement.meta;
        DraftSummary {
            id: id.to_string(),
            title: meta.title.clone(),
            area: meta.area_name.clone(),
            updated: updated.to_string(),
            revision,
        }
    }
}

/// Sorts the library's lines as it lists them: the most recently saved first.
pub fn newest_first(list: &mut Vec<DraftSummary>) {
    crate::order::sort_by_key(list, |d| std::cmp::Reverse(d.updated.clone()));
}

/// The library's lines with `line` in place of the one for the same draft (or added).
pub fn with_line(list: &[DraftSummary], line: DraftSummary) -> Vec<DraftSummary> {
    let mut v: Vec<DraftSummary> = list.iter().filter(|d| d.id != line.id).cloned().collect();
    v.push(line);
    newest_first(&mut v);
    v
}

/// What a save reads from the stored record before writing: serde skips the agreement in it without
/// building it, so the check stays cheap however large the draft is.
#[derive(Deserialize)]
struct Head {
    revision: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    Malformed,
    NewerSchema(u32),
    File(LoadError),
}

impl DraftRecord {
    pub fn new(id: &str, revision: u64, updated: &str, file: &AgreementFile) -> DraftRecord {
        DraftRecord {
            schema: RECORD_SCHEMA,
            id: id.to_string(),
            revision,
            updated: updated.to_string(),
            file: file.write(),
        }
    }

    pub fn to_json(&self) -> String {
        format::json_text(self)
    }

    pub fn parse(text: &str) -> Result<DraftRecord, RecordError> {
        let r: DraftRecord = serde_json::from_str(text).map_err(|_| RecordError::Malformed)?;
        if r.schema > RECORD_SCHEMA {
            return Err(RecordError::NewerSchema(r.schema));
        }
        Ok(r)
    }

    /// The revision of a stored record's text, without reading the agreement in it.
    pub fn revision_of(text: &str) -> Result<u64, RecordError> {
        serde_json::from_str::<Head>(text).map(|h| h.revision).map_err(|_| RecordError::Malformed)
    }

    /// The agreement file, validated by the file format like any file the user opens. Takes the
    /// record, so that its parsed file is read as it is rather than copied first.
    pub fn into_agreement_file(self) -> Result<AgreementFile, RecordError> {
        format::from_value(self.file).map_err(RecordError::File)
    }

    pub fn summary(&self) -> DraftSummary {
        let meta = &self.file["agreement"]["meta"];
        DraftSummary {
            id: self.id.clone(),
            title: meta["title"].as_str().unwrap_or_default().to_string(),
            area: meta["area_name"].as_str().unwrap_or_default().to_string(),
            updated: self.updated.clone(),
            revision: self.revision,
        }
    }
}

/// A copy of a draft sent as a file is kept beside the draft's record (IndexedDB `meta` store, one key
/// per copy: `sent:<draft id>:<revision, 20 digits>:<when sent>`, the file as sent as its value), so
/// that a returned copy is merged against the version it was sent as and the comparison offers the
/// copies sent ("since last year"). The time sent is the copy's `Lineage::sent`, so each sending has a
/// key of its own: two copies sent at one revision (to Kela, then to the county) are both kept, and
/// a returned copy finds exactly its own (`sent_key`). Copies kept before lineages named their time
/// have the day sent there instead. The keys sort by revision, then by time; the newest `MAX_SENT` are
/// kept. One key per copy, not one record of them all: storing and finding one is a key, not a JSON
/// document to read and rewrite (download budget).
pub const MAX_SENT: usize = 8;

/// The key of the copy of draft `id` sent at `revision` at time `sent` (`Lineage::sent`).
pub fn sent_key(id: &str, revision: u64, sent: &str) -> String {
    format!("{}{sent}", sent_prefix(id, Some(revision)))
}

/// The prefix of the keys of the copies of draft `id`, or of the ones sent at `revision`.
pub fn sent_prefix(id: &str, revision: Option<u64>) -> String {
    match revision {
        Some(r) => format!("sent:{id}:{r:020}:"),
        None => format!("sent:{id}:"),
    }
}

/// Where the version a returned copy was sent as is kept: the key prefix of the copy of its sending
/// (`Lineage::sent`), or, for a copy saved before lineages named their sending, of the copies of its
/// revision, of which the newest (the last) is taken.
pub fn sent_lookup(l: &Lineage) -> String {
    if l.sent.is_empty() {
        sent_prefix(&l.draft, Some(l.revision))
    } else {
        sent_key(&l.draft, l.revision, &l.sent)
    }
}

/// The day (`YYYY-MM-DD`) a copy of draft `id` was sent, from its key (a time or, in a key kept
/// before copies had their time, the day).
pub fn sent_day<'k>(id: &str, key: &'k str) -> &'k str {
    // The prefix of draft `id`, then the revision's 20 digits and a colon.
    let at = sent_prefix(id, None).len() + 21;
    key.get(at..at + 10).unwrap_or_default()
}

/// Whether a tab that loaded or last saved `base` may write over what is stored now.
pub fn may_overwrite(base: u64, stored: Option<u64>) -> bool {
    stored.is_none_or(|s| s <= base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_round_trips_and_summarises() {
        let f = crate::presets::load("satakunta").unwrap();
        let r = DraftRecord::new("d1", 3, "2026-11-24T10:00:00Z", &f);
        let back = DraftRecord::parse(&r.to_json()).unwrap();
        assert_eq!(back.clone().into_agreement_file().unwrap(), f);
        let s = back.summary();
        assert_eq!((s.title.as_str(), s.area.as_str(), s.revision), ("Satakunta", "Satakunnan työllisyysalue", 3));
        assert_eq!(DraftSummary::of("d1", 3, "2026-11-24T10:00:00Z", &f), s);
        assert_eq!(DraftRecord::revision_of(&r.to_json()), Ok(3));
        assert_eq!(DraftRecord::revision_of("{\"id\": \"d1\"}"), Err(RecordError::Malformed));
    }

    #[test]
    fn a_saved_line_replaces_its_draft_and_the_newest_comes_first() {
        let line = |id: &str, updated: &str| DraftSummary {
            id: id.into(),
            title: id.into(),
            area: String::new(),
            updated: updated.into(),
            revision: 1,
        };
        let list = vec![line("b", "2026-11-02"), line("a", "2026-11-01")];
        let v = with_line(&list, line("a", "2026-11-03"));
        assert_eq!(
            v.iter().map(|d| (d.id.as_str(), d.updated.as_str())).collect::<Vec<_>>(),
            [("a", "2026-11-03"), ("b", "2026-11-02")]
        );
        assert_eq!(with_line(&v, line("c", "2026-10-01")).len(), 3);
    }

    #[test]
    fn newer_schemas_and_damaged_records_are_recognised() {
        let f = crate::presets::blank();
        let mut r = DraftRecord::new("d1", 1, "", &f);
        r.schema = RECORD_SCHEMA + 1;
        assert_eq!(DraftRecord::parse(&r.to_json()), Err(RecordError::NewerSchema(RECORD_SCHEMA + 1)));
        assert_eq!(DraftRecord::parse("{not json"), Err(RecordError::Malformed));
        let mut r = DraftRecord::new("d1", 1, "", &f);
        r.file["version"] = serde_json::json!(99);
        assert!(matches!(r.into_agreement_file(), Err(RecordError::File(LoadError::NewerVersion { found: 99 }))));
    }

    #[test]
    fn a_sent_copy_is_found_by_its_revision_and_time_and_keys_sort_by_revision_then_time() {
        let (k9, k10) = (sent_key("d1", 9, "2026-11-01T10:00:00.000Z"), sent_key("d1", 10, "2025-12-24T08:00:00.000Z"));
        assert_eq!(k9, "sent:d1:00000000000000000009:2026-11-01T10:00:00.000Z");
        assert!(k9 < k10 && k10.starts_with(&sent_prefix("d1", Some(10))) && k10.starts_with(&sent_prefix("d1", None)));
        assert!(!k9.starts_with(&sent_prefix("d1", Some(1))) && !k9.starts_with(&sent_prefix("d", None)));
        assert_eq!(sent_day("d1", &k10), "2025-12-24");
        // A key kept before copies had their time ends with the day sent.
        assert_eq!(sent_day("d1", "sent:d1:00000000000000000009:2026-11-01"), "2026-11-01");
        assert_eq!(sent_day("d1", "sent:d1:9"), "");
    }

    #[test]
    fn two_copies_sent_at_one_revision_have_keys_of_their_own() {
        // Sent to Kela, then to the county, nothing edited in between: both are kept, each findable.
        let kela = sent_key("d1", 9, "2026-11-01T10:00:00.000Z");
        let county = sent_key("d1", 9, "2026-11-01T10:02:30.250Z");
        assert_ne!(kela, county);
        assert!(kela < county, "the later sending sorts last");
        let prefix = sent_prefix("d1", Some(9));
        assert!(kela.starts_with(&prefix) && county.starts_with(&prefix));
        assert!(!county.starts_with(&kela));
    }

    #[test]
    fn a_returned_copy_finds_its_own_sending_or_an_older_file_the_copies_of_its_revision() {
        let at = "2026-11-01T10:02:30.250Z";
        let l = Lineage { draft: "d1".into(), revision: 9, sent: at.into() };
        assert_eq!(sent_lookup(&l), sent_key("d1", 9, at));
        assert!(!sent_key("d1", 9, "2026-11-01T10:00:00.000Z").starts_with(&sent_lookup(&l)));
        let older = Lineage { sent: String::new(), ..l };
        assert_eq!(sent_lookup(&older), sent_prefix("d1", Some(9)));
        assert!(sent_key("d1", 9, at).starts_with(&sent_lookup(&older)));
        assert!(sent_key("d1", 9, "2026-11-01").starts_with(&sent_lookup(&older)));
    }

    #[test]
    fn a_tab_never_overwrites_a_newer_revision() {
        assert!(may_overwrite(4, None));
        assert!(may_overwrite(4, Some(4)));
        assert!(!may_overwrite(4, Some(5)));
    }
}
