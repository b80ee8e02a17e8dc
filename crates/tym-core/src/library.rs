//! The local library of drafts as stored in the browser: one record per draft with a schema version and
//! a revision, so that a tab never overwrites a newer revision written by another tab, and a record
//! written by a newer app is recognised instead of misread.

use crate::format::{self, AgreementFile, LoadError};
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
/// per copy: `sent:<draft id>:<revision, 20 digits>:<day sent>`, the file as sent as its value), so
/// that a returned copy is merged against the version it was sent as and the comparison offers the
/// copies sent ("since last year"). The keys sort by revision; the newest `MAX_SENT` are kept. One
/// key per copy, not one record of them all: storing and finding one is a key, not a JSON document
/// to read and rewrite (download budget).
pub const MAX_SENT: usize = 8;

/// The key of the copy of draft `id` sent at `revision` on `at` (ISO 8601; its day is kept).
pub fn sent_key(id: &str, revision: u64, at: &str) -> String {
    format!("{}{}", sent_prefix(id, Some(revision)), at.get(..10).unwrap_or(at))
}

/// The prefix of the keys of the copies of draft `id`, or of the one sent at `revision`.
pub fn sent_prefix(id: &str, revision: Option<u64>) -> String {
    match revision {
        Some(r) => format!("sent:{id}:{r:020}:"),
        None => format!("sent:{id}:"),
    }
}

/// The day (`YYYY-MM-DD`) a copy was sent, from its key.
pub fn sent_day(key: &str) -> &str {
    key.get(key.len().saturating_sub(10)..).unwrap_or_default()
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
    fn a_sent_copy_is_found_by_its_revision_and_keys_sort_by_revision() {
        let (k9, k10) = (sent_key("d1", 9, "2026-11-01T10:00:00Z"), sent_key("d1", 10, "2025-12-24T08:00:00Z"));
        assert_eq!(k9, "sent:d1:00000000000000000009:2026-11-01");
        assert!(k9 < k10 && k10.starts_with(&sent_prefix("d1", Some(10))) && k10.starts_with(&sent_prefix("d1", None)));
        assert!(!k9.starts_with(&sent_prefix("d1", Some(1))) && !k9.starts_with(&sent_prefix("d", None)));
        assert_eq!(sent_day(&k10), "2025-12-24");
    }

    #[test]
    fn a_tab_never_overwrites_a_newer_revision() {
        assert!(may_overwrite(4, None));
        assert!(may_overwrite(4, Some(4)));
        assert!(!may_overwrite(4, Some(5)));
    }
}
