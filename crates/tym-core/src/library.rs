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

/// Earlier versions of one draft, kept beside its record (IndexedDB `meta` store, key
/// `history:<draft id>`): the version each copy was sent as (saved as a file), which a returned copy
/// is merged against and the comparison offers as an earlier version ("since last year": the copy
/// sent round last year). Bounded: the newest `MAX_SENT`. An entry's `sent` is always true today; it
/// leaves room for other kinds of earlier versions (checkpoints) without a new record format.
// Read and written through `Value`, not serde's derive: the browser app already carries those
// routines, a derived reader would add its own (download budget).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    pub entries: Vec<Earlier>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Earlier {
    /// The draft's revision the version was taken at.
    pub revision: u64,
    /// ISO 8601 time it was taken.
    pub at: String,
    /// Sent as a file.
    pub sent: bool,
    /// The agreement file as it was.
    pub file: serde_json::Value,
}

pub const MAX_SENT: usize = 8;

/// The key of a draft's history in the `meta` store.
pub fn history_key(id: &str) -> String {
    format!("history:{id}")
}

impl History {
    /// A stored history; a damaged one reads as empty (it only ever offers extra versions).
    pub fn parse(text: &str) -> History {
        let v: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
        let entry = |e: &serde_json::Value| {
            Some(Earlier {
                revision: e["revision"].as_u64()?,
                at: e["at"].as_str()?.to_string(),
                sent: e["sent"].as_bool()?,
                file: e["file"].clone(),
            })
        };
        History { entries: v["entries"].as_array().into_iter().flatten().filter_map(entry).collect() }
    }

    pub fn to_json(&self) -> String {
        let entries = self.entries.iter().map(|e| {
            let mut m = serde_json::Map::new();
            m.insert("revision".into(), e.revision.into());
            m.insert("at".into(), e.at.clone().into());
            m.insert("sent".into(), e.sent.into());
            m.insert("file".into(), e.file.clone());
            serde_json::Value::Object(m)
        });
        let mut m = serde_json::Map::new();
        m.insert("entries".into(), serde_json::Value::Array(entries.collect()));
        format::json_text(&serde_json::Value::Object(m))
    }

    /// Keeps the version a copy was sent as (replacing one sent at the same revision).
    pub fn add_sent(&mut self, revision: u64, at: &str, file: &AgreementFile) {
        self.entries.retain(|e| !(e.sent && e.revision == revision));
        self.entries.push(Earlier { revision, at: at.to_string(), sent: true, file: file.write() });
        let sent = self.entries.iter().filter(|e| e.sent).count();
        let mut extra = sent.saturating_sub(MAX_SENT);
        self.entries.retain(|e| {
            let drop = e.sent && extra > 0;
            extra -= usize::from(drop);
            !drop
        });
    }

    /// The version sent at `revision`, as the file's JSON text (read by whoever merges it).
    pub fn sent_text(&self, revision: u64) -> Option<String> {
        let e = self.entries.iter().rev().find(|e| e.sent && e.revision == revision)?;
        Some(e.file.to_string())
    }
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
    fn the_history_keeps_the_newest_sent_versions() {
        let f = crate::presets::blank();
        let mut h = History::default();
        for r in 0..12 {
            h.add_sent(r, "2026-11-01T10:00:00Z", &f);
        }
        h.add_sent(11, "2026-11-02T10:00:00Z", &f);
        assert_eq!(h.entries.iter().filter(|e| e.sent).count(), MAX_SENT);
        assert!(h.sent_text(11).is_some_and(|t| format::load(&t).is_ok()) && h.sent_text(3).is_none());
        assert_eq!(h.entries.last().unwrap().at, "2026-11-02T10:00:00Z");
        assert_eq!(History::parse(&h.to_json()), h);
        assert_eq!(History::parse("{"), History::default());
    }

    #[test]
    fn a_tab_never_overwrites_a_newer_revision() {
        assert!(may_overwrite(4, None));
        assert!(may_overwrite(4, Some(4)));
        assert!(!may_overwrite(4, Some(5)));
    }
}
