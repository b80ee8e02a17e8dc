//! The agreement file format: JSON with `format` and `version`, forward migration, and load errors that
//! name the field path and what is wrong, in Finnish, Swedish and English. Loading never panics.

use crate::i18n::{Lang, Msg};
use crate::json::{At, Json};
use crate::json_struct;
use crate::model::Agreement;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;
use std::rc::Rc;

/// The `format` field of every agreement file.
pub const FORMAT: &str = "tym-agreement";
/// The version this build writes. Older versions are migrated forward on load.
pub const VERSION: u32 = 2;
/// Largest file accepted: 5 MiB.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// A file as stored: the agreement and the named variants drafted beside it.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct AgreementFile {
    /// Always "tym-agreement".
    pub format: String,
    /// Format version; see docs/file-format.md.
    pub version: u32,
    /// The open variant.
    pub agreement: Agreement,
    /// Name of the open variant ("A: kulut htv:n mukaan"); empty when the draft has a single variant.
    #[serde(default)]
    pub variant_name: String,
    /// The draft's other variants.
    #[serde(default)]
    pub variants: Vec<Variant>,
    /// Where a copy sent as a file comes from: the draft and the revision it was saved as. Written
    /// when a draft is saved as a file, so that the copy, returned, can be merged with the draft
    /// (`merge`); absent in a file that was never sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lineage: Option<Lineage>,
}

/// A copy's origin: the library draft's id, its revision when the copy was saved as a file, and when
/// it was saved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Lineage {
    pub draft: String,
    pub revision: u64,
    /// When the copy was saved (ISO 8601, the sending browser's clock), which names the one copy kept
    /// for it (`library::sent_key`): a draft sent twice at one revision (to Kela, then to the county;
    /// or once with edits not yet saved) keeps two copies, and each returned copy is merged against
    /// its own. Empty in a file saved before copies had it: such a copy is merged against the newest
    /// copy kept of its revision.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sent: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct Variant {
    pub name: String,
    // Shared, because every edit of the open variant copies the file for undo: the other variants
    // are then a pointer copy, and comparing unchanged ones is a pointer comparison.
    pub agreement: Rc<Agreement>,
}

// A lineage read from an older file has no `sent`, and a file never sent has no lineage: each is
// written back as it was.
json_struct!(Lineage { required: [draft, revision], optional: [], unless_default: [sent] });
json_struct!(AgreementFile {
    required: [format, version, agreement],
    optional: [variant_name, variants],
    unless_default: [lineage],
});
json_struct!(Variant { required: [name, agreement], optional: [] });

impl AgreementFile {
    pub fn new(agreement: Agreement) -> Self {
        AgreementFile {
            format: FORMAT.into(),
            version: VERSION,
            agreement,
            variant_name: String::new(),
            variants: Vec::new(),
            lineage: None,
        }
    }

    /// The file as sent from draft `id` at `revision` at time `sent`: a copy keeps the lineage it
    /// arrived with (a draft opened from someone else's copy sends their draft's lineage on), else it
    /// names this draft and this sending.
    pub fn sent_from(&self, id: &str, revision: u64, sent: &str) -> AgreementFile {
        let mut f = self.clone();
        if f.lineage.as_ref().is_none_or(|l| l.draft.is_empty()) {
            f.lineage = Some(Lineage { draft: id.to_string(), revision, sent: sent.to_string() });
        }
        f
    }

    /// Adds a copy of the open variant under `name` and opens it; the previous one keeps its name
    /// (or gets `first_name` if it had none).
    pub fn new_variant(&mut self, name: &str, first_name: &str) {
        let current = if self.variant_name.is_empty() { first_name.to_string() } else { self.variant_name.clone() };
        self.variants.push(Variant { name: current, agreement: Rc::new(self.agreement.clone()) });
        self.variant_name = name.to_string();
    }

    /// Opens variant `i`; the open one takes its place in the list.
    pub fn switch_variant(&mut self, i: usize) -> bool {
        let Some(v) = self.variants.get_mut(i) else { return false };
        let open = std::mem::take(&mut self.agreement);
        self.agreement = Rc::unwrap_or_clone(std::mem::replace(&mut v.agreement, Rc::new(open)));
        std::mem::swap(&mut v.name, &mut self.variant_name);
        true
    }

    pub fn delete_variant(&mut self, i: usize) -> bool {
        if i < self.variants.len() {
            self.variants.remove(i);
            true
        } else {
            false
        }
    }
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    WrongType {
        detail: String,
    },
    Missing,
    UnknownValue {
        detail: String,
    },
    OutOfRange {
        detail: String,
    },
    Invalid {
        detail: String,
    },
    /// A list longer than `crate::limits` allows.
    TooMany {
        max: usize,
    },
    /// An object with more keys than `crate::limits::OBJECT_KEYS`.
    TooManyKeys {
        max: usize,
    },
    /// A text longer than `crate::limits::TEXT_CHARS` characters.
    TooLong {
        max: usize,
    },
    /// Nesting deeper than `crate::limits::DEPTH`.
    TooDeep {
        max: usize,
    },
}

/// Why a file could not be loaded. Nothing is partially loaded: the caller's state stays as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    TooLarge {
        bytes: usize,
    },
    Malformed {
        line: usize,
        column: usize,
    },
    NotAgreement,
    NewerVersion {
        found: u64,
    },
    UnknownVersion {
        found: String,
    },
    Field {
        path: String,
        problem: FieldProblem,
    },
    /// More values (lists, objects and their items) than any agreement file has (`limits::VALUES`).
    TooManyValues {
        max: usize,
    },
    /// UTF-16 text (a byte-order mark or the zero bytes of ASCII in UTF-16).
    Utf16,
    /// Bytes that are not UTF-8, from this offset.
    NotUtf8 {
        at: usize,
    },
}

impl LoadError {
    /// The message shown to the user, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::TooLarge { bytes } => {
                {
                    // MiB with one decimal, in integers (no float formatting code in the WebAssembly build).
                    let tenths = (*bytes as u64 * 10 + 524_288) / 1_048_576;
                    lang.fmt(Msg::ErrTooLarge, &[&lang.dec(crate::num::Dec(tenths as i64 * 100)), "5"])
                }
            }
            LoadError::Malformed { line, column } => {
                lang.fmt(Msg::ErrMalformed, &[&line.to_string(), &column.to_string()])
            }
            LoadError::NotAgreement => lang.fmt(Msg::ErrNotAgreement, &[FORMAT]),
            LoadError::NewerVersion { found } => {
                lang.fmt(Msg::ErrNewerVersion, &[&found.to_string(), &VERSION.to_string()])
            }
            LoadError::UnknownVersion { found } => lang.fmt(Msg::ErrUnknownVersion, &[found]),
            LoadError::TooManyValues { max } => lang.fmt(Msg::ErrTooManyValues, &[&max.to_string()]),
            LoadError::Utf16 => lang.t(Msg::ErrUtf16).to_string(),
            LoadError::NotUtf8 { at } => lang.fmt(Msg::ErrNotUtf8, &[&at.to_string()]),
            LoadError::Field { path, problem } => {
                let max;
                let (key, detail) = match problem {
                    FieldProblem::WrongType { detail } => (Msg::ErrWrongType, detail.as_str()),
                    FieldProblem::Missing => (Msg::ErrMissing, ""),
                    FieldProblem::UnknownValue { detail } => (Msg::ErrUnknownValue, detail.as_str()),
                    FieldProblem::OutOfRange { detail } => (Msg::ErrOutOfRange, detail.as_str()),
                    FieldProblem::Invalid { detail } => (Msg::ErrInvalid, detail.as_str()),
                    FieldProblem::TooMany { max: m }
                    | FieldProblem::TooManyKeys { max: m }
                    | FieldProblem::TooLong { max: m }
                    | FieldProblem::TooDeep { max: m } => {
                        max = m.to_string();
                        let key = match problem {
                            FieldProblem::TooMany { .. } => Msg::ErrTooMany,
                            FieldProblem::TooManyKeys { .. } => Msg::ErrTooManyKeys,
                            FieldProblem::TooLong { .. } => Msg::ErrTooLong,
                            _ => Msg::ErrTooDeep,
                        };
                        (key, max.as_str())
                    }
                };
                // The file's top level has no path of its own.
                let path = if path.is_empty() { "/" } else { path.as_str() };
                lang.fmt(key, &[path, detail])
            }
        }
    }
}

/// A file's bytes as text: UTF-8 with or without a byte-order mark. UTF-16 and bytes that are not
/// UTF-8 are refused with a message (never read with replacement characters, which would change the
/// agreement silently). The command line and the app both read files through this.
pub fn decode(bytes: &[u8]) -> Result<&str, LoadError> {
    if bytes.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len() });
    }
    if bytes.starts_with(&[0xFE, 0xFF]) || bytes.starts_with(&[0xFF, 0xFE]) {
        return Err(LoadError::Utf16);
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        // JSON text has no NUL; ASCII written as UTF-16 without a mark has one in every pair.
        _ if bytes.len() >= 2 && (bytes[0] == 0 || bytes[1] == 0) => Err(LoadError::Utf16),
        Ok(text) => Ok(text),
        Err(e) => Err(LoadError::NotUtf8 { at: e.valid_up_to() }),
    }
}

/// `load` of a file's bytes (`decode`, then `load`).
pub fn load_bytes(bytes: &[u8]) -> Result<AgreementFile, LoadError> {
    load(decode(bytes)?)
}

/// Parses, migrates and validates a file's text. A byte-order mark at the start is skipped, as
/// `decode` does.
pub fn load(text: &str) -> Result<AgreementFile, LoadError> {
    if text.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    crate::limits::prescan(text)?;
    let value: Value =
        serde_json::from_str(text).map_err(|e| LoadError::Malformed { line: e.line(), column: e.column() })?;
    from_value(value)
}

/// Migrates and validates a file already parsed (a draft stored in the browser is one).
pub fn from_value(mut value: Value) -> Result<AgreementFile, LoadError> {
    // `format` and `version` first, to refuse foreign and newer files before reading anything else.
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(LoadError::NotAgreement);
    }
    let version = match value.get("version") {
        Some(Value::Number(n)) if n.as_u64().is_some() => n.as_u64().unwrap_or_default(),
        other => return Err(LoadError::UnknownVersion { found: other.map(json_text).unwrap_or_default() }),
    };
    if version > u64::from(VERSION) {
        return Err(LoadError::NewerVersion { found: version });
    }
    if version < u64::from(VERSION) {
        migrate(&mut value, version)?;
    }
    crate::limits::check(&value)?;
    AgreementFile::read(&value, &At::Root)
}

/// JSON text of a value. The one formatter (pretty) is used everywhere, so only one copy of the
/// serialising code ends up in the WebAssembly build.
pub(crate) fn json_text<T: Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// Serialises a file as pretty JSON, the way it is saved and exported.
pub fn save(file: &AgreementFile) -> String {
    json_text(&file.write())
}

/// Brings an older file up to `VERSION`, one step at a time. Each format change adds a step here and a
/// test with a file of the old version, so that every old version keeps loading.
fn migrate(value: &mut Value, from: u64) -> Result<(), LoadError> {
    if from == 0 {
        return Err(LoadError::UnknownVersion { found: "0".into() });
    }
    if from < 2 {
        if let Some(a) = value.get_mut("agreement").and_then(Value::as_object_mut) {
            v1_to_v2(a);
        }
        for v in value.get_mut("variants").and_then(Value::as_array_mut).into_iter().flatten() {
            if let Some(a) = v.get_mut("agreement").and_then(Value::as_object_mut) {
                v1_to_v2(a);
            }
        }
    }
    if let Some(obj) = value.as_object_mut() {
        obj.insert("version".into(), Value::from(VERSION));
    }
    Ok(())
}

/// Version 1 had a free `text` per section that replaced the section's generated wording; version 2
/// has the document's wording as parts and blocks. A text becomes its section's own paragraphs in the
/// template, so the document reads as before. Version 1's `termination.allowed: false` also meant
/// "not stated", which version 2 tells apart (`null`).
fn v1_to_v2(a: &mut serde_json::Map<String, Value>) {
    use crate::json::Json;
    use crate::wording::{template, Block, Style, Topic};
    let mut parts = template();
    let mut changed = false;
    for topic in Topic::ALL {
        let text = a
            .get_mut(topic.path())
            .and_then(Value::as_object_mut)
            .and_then(|o| o.remove("text"))
            .and_then(|t| t.as_str().map(str::to_string))
            .unwrap_or_default();
        if text.trim().is_empty() {
            continue;
        }
        if let Some(part) = parts.iter_mut().find(|p| p.topic == topic && p.kind == crate::wording::PartKind::Section) {
            part.blocks = text
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| Block::own(Style::Paragraph, p))
                .collect();
            changed = true;
        }
    }
    if a.get("purpose").and_then(Value::as_object).is_some_and(|o| o.is_empty()) {
        a.remove("purpose");
    }
    if changed {
        let wording = crate::wording::Wording { parts, ..Default::default() };
        a.insert("wording".into(), wording.write());
    }
    if let Some(t) = a.get_mut("validity").and_then(|v| v.get_mut("termination")).and_then(Value::as_object_mut) {
        if t.get("allowed") == Some(&Value::Bool(false)) {
            t.remove("allowed");
        }
    }
}

/// FTE of one staff row can be at most this, in thousandths (a row may group many persons).
pub const MAX_ROW_FTE: i64 = crate::limits::FTE.max;

/// JSON Schema of the file format, generated from the types.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(AgreementFile).to_value();
    crate::limits::constrain_schema(&mut schema);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> String {
        save(&AgreementFile::new(Agreement::default()))
    }

    #[test]
    fn round_trips_an_empty_agreement() {
        let f = load(&minimal()).unwrap();
        assert_eq!(f.agreement, Agreement::default());
    }

    #[test]
    fn the_staff_basis_is_saved_and_read_back_and_a_file_without_it_reads_as_each_items_own() {
        use crate::model::StaffBasis;
        let mut a = Agreement::default();
        a.costs.staff_basis = Some(StaffBasis::Persons);
        let text = save(&AgreementFile::new(a.clone()));
        assert!(text.contains("\"staff_basis\": \"persons\""), "{text}");
        assert_eq!(load(&text).unwrap().agreement, a);
        // A file written before the field: the key is missing, the basis is each item's own.
        let older =
            text.replace("\"staff_basis\": \"persons\",", "").replace(",\n    \"staff_basis\": \"persons\"", "");
        assert!(!older.contains("staff_basis"), "{older}");
        assert_eq!(load(&older).unwrap().agreement.costs.staff_basis, None);
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let e = load("{\n  \"format\": ").unwrap_err();
        assert!(matches!(e, LoadError::Malformed { line: 2, .. }), "{e:?}");
        assert!(e.message(Lang::Fi).contains("rivi 2"), "{}", e.message(Lang::Fi));
    }

    #[test]
    fn a_newer_version_is_refused_in_every_language() {
        let text = minimal().replace(&format!("\"version\": {VERSION}"), "\"version\": 7");
        let e = load(&text).unwrap_err();
        assert_eq!(e, LoadError::NewerVersion { found: 7 });
        assert!(e.message(Lang::Fi).contains('7'));
        assert!(e.message(Lang::Sv).contains("nyare"));
        assert!(e.message(Lang::En).contains("newer"));
    }

    /// The path and the problem of a file that fails on one field.
    fn field_error(text: &str) -> (String, FieldProblem) {
        match load(text) {
            Err(LoadError::Field { path, problem }) => (path, problem),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_wrong_type_names_the_field_path() {
        let text =
            r#"{"format":"tym-agreement","version":1,"agreement":{"staffing":{"rows":[{"party":"ea","fte":"x"}]}}}"#;
        assert_eq!(field_error(text).0, "agreement.staffing.rows[0].fte");
        assert!(load(text).unwrap_err().message(Lang::Fi).contains("agreement.staffing.rows[0].fte"));
    }

    #[test]
    fn an_out_of_range_value_is_refused() {
        let text =
            r#"{"format":"tym-agreement","version":1,"agreement":{"staffing":{"rows":[{"party":"ea","fte":-1}]}}}"#;
        let (path, problem) = field_error(text);
        assert_eq!(path, "agreement.staffing.rows[0].fte");
        assert!(matches!(problem, FieldProblem::OutOfRange { .. }), "{problem:?}");
    }

    #[test]
    fn a_missing_field_and_a_pretty_printed_file_name_their_paths() {
        let text = "{\n  \"format\": \"tym-agreement\",\n  \"version\": 1,\n  \"agreement\": {\n    \"parties\": [\n      {\"id\": \"ea\"},\n      {\"id\": \"wc\", \"kind\": 5}\n    ]\n  }\n}";
        assert_eq!(field_error(text).0, "agreement.parties[1].kind");
        let text =
            r#"{"format":"tym-agreement","version":1,"agreement":{"costs":{"items":[{"rule":{"kind":"one_payer"}}]}}}"#;
        assert_eq!(field_error(text), ("agreement.costs.items[0].rule.party".into(), FieldProblem::Missing));
        let text = r#"{"format":"tym-agreement","version":1}"#;
        assert_eq!(field_error(text), ("agreement".into(), FieldProblem::Missing));
    }

    #[test]
    fn an_unknown_enum_value_is_named() {
        let text = r#"{"format":"tym-agreement","version":1,"agreement":{"parties":[{"kind":"ministry"}]}}"#;
        let (path, problem) = field_error(text);
        assert_eq!(path, "agreement.parties[0].kind");
        assert!(matches!(problem, FieldProblem::UnknownValue { .. }), "{problem:?}");
        let text =
            r#"{"format":"tym-agreement","version":1,"agreement":{"costs":{"items":[{"rule":{"kind":"lottery"}}]}}}"#;
        let (path, problem) = field_error(text);
        assert_eq!(path, "agreement.costs.items[0].rule.kind");
        assert!(
            matches!(&problem, FieldProblem::UnknownValue { detail } if detail.contains("`one_payer`")),
            "{problem:?}"
        );
        let text =
            r#"{"format":"tym-agreement","version":1,"agreement":{"costs":{"items":[{"rule":{"party":"ea"}}]}}}"#;
        assert_eq!(field_error(text), ("agreement.costs.items[0].rule.kind".into(), FieldProblem::Missing));
    }

    /// Every variant of the tagged enums and a value in every optional field, on top of a preset.
    fn everything() -> Vec<AgreementFile> {
        use crate::model::*;
        use crate::num::Dec;
        use chrono::NaiveDate;
        let mut files: Vec<AgreementFile> = crate::presets::PRESETS.iter().map(|p| load(p.json).unwrap()).collect();
        files.push(crate::synth::large_file());
        let rules = [
            SplitRule::ByStaff { basis: StaffBasis::Persons, parties: vec!["ea".into()] },
            SplitRule::ByParticipants { counts: vec![PartyCount { party: "kela".into(), count: 3 }] },
            SplitRule::OnePayer { party: "wc".into() },
            SplitRule::FixedPercent { shares: vec![PartyShare { party: "ea".into(), percent: Dec(33_333) }] },
            SplitRule::Equal { parties: vec![] },
        ];
        let subs = [
            SubSplitRule::Population,
            SubSplitRule::Clients,
            SubSplitRule::Equal,
            SubSplitRule::FixedPercent {
                shares: vec![MunicipalityShare { municipality: "Testilä".into(), percent: Dec(100_000) }],
            },
        ];
        let effects = [
            TerminationEffect::NotStated,
            TerminationEffect::AfterNotice,
            TerminationEffect::EndOfYear,
            TerminationEffect::AtYearChange { notice_by: "30.6.".into() },
            TerminationEffect::HalfYearRule,
        ];
        for (i, effect) in effects.into_iter().enumerate() {
            let mut a = files[i % 5].agreement.clone();
            a.costs.items.push(CostItem {
                name: "x".into(),
                amount: 1,
                rule: rules[i].clone(),
                sub_splits: vec![SubSplit { party: "ea".into(), rule: subs[i % 4].clone() }],
            });
            a.validity.termination.effect = effect;
            a.validity.until = NaiveDate::from_ymd_opt(2030, 12, 31);
            a.costs.yearly_index_pct = Some(Dec(-1_500));
            a.costs.staff_basis = [None, Some(StaffBasis::Persons), Some(StaffBasis::Fte)][i % 3];
            a.meta.status = Status::Signed;
            a.meta.document_language = DocLang::Sv;
            files.push(AgreementFile::new(a));
        }
        // A copy sent with its sending's time, and one sent before lineages had it.
        let sent = files[0].sent_from("d1", 3, "2026-12-02T10:15:00.123Z");
        let mut older = sent.clone();
        older.lineage.as_mut().unwrap().sent.clear();
        files.extend([sent, older]);
        files
    }

    #[test]
    fn the_writer_agrees_with_serde_and_the_reader_inverts_it() {
        // serde's derive, kept for the JSON Schema, is the reference for the file's writer.
        for f in everything() {
            let written = f.write();
            assert_eq!(written, serde_json::to_value(&f).unwrap(), "{}", f.agreement.meta.title);
            assert_eq!(AgreementFile::read(&written, &At::Root).unwrap(), f, "{}", f.agreement.meta.title);
        }
    }

    #[test]
    fn the_published_schema_is_the_generated_one() {
        // docs/agreement.schema.json is what integrators read; regenerate it with `tym schema`.
        let published: Value = serde_json::from_str(include_str!("../../../docs/agreement.schema.json")).unwrap();
        let generated: Value = serde_json::from_str(&json_schema()).unwrap();
        assert_eq!(
            published, generated,
            "docs/agreement.schema.json is stale: run `tym schema > docs/agreement.schema.json`"
        );
    }

    #[test]
    fn every_kind_of_rule_and_termination_reads_back_and_a_wrong_one_is_named() {
        use crate::model::{CostItem, MunicipalityShare, PartyCount, PartyShare, SplitRule, StaffBasis};
        use crate::model::{SubSplit, SubSplitRule, TerminationEffect};
        let mut a = Agreement::default();
        let rules = [
            SplitRule::ByStaff { basis: StaffBasis::Persons, parties: vec!["ea".into()] },
            SplitRule::ByParticipants { counts: vec![PartyCount { party: "ea".into(), count: 3 }] },
            SplitRule::OnePayer { party: "wc".into() },
            SplitRule::FixedPercent {
                shares: vec![PartyShare { party: "ea".into(), percent: crate::num::Dec(100_000) }],
            },
            SplitRule::Equal { parties: vec!["ea".into(), "wc".into()] },
        ];
        let subs = [
            SubSplitRule::Population,
            SubSplitRule::Clients,
            SubSplitRule::Equal,
            SubSplitRule::FixedPercent {
                shares: vec![MunicipalityShare { municipality: "Ikaalinen".into(), percent: crate::num::Dec(100_000) }],
            },
        ];
        a.costs.items = rules
            .iter()
            .zip(subs.iter().cycle())
            .map(|(rule, sub)| CostItem {
                rule: rule.clone(),
                sub_splits: vec![SubSplit { party: "ea".into(), rule: sub.clone() }],
                ..Default::default()
            })
            .collect();
        for effect in [
            TerminationEffect::NotStated,
            TerminationEffect::AfterNotice,
            TerminationEffect::EndOfYear,
            TerminationEffect::AtYearChange { notice_by: "30.6.".into() },
            TerminationEffect::HalfYearRule,
        ] {
            a.validity.termination.effect = effect;
            let file = AgreementFile::new(a.clone());
            assert_eq!(load(&save(&file)).unwrap(), file);
        }
        let text =
            r#"{"format":"tym-agreement","version":1,"agreement":{"costs":{"items":[{"rule":{"kind":"by_mood"}}]}}}"#;
        let (path, problem) = field_error(text);
        assert_eq!(path, "agreement.costs.items[0].rule.kind");
        assert!(matches!(problem, FieldProblem::UnknownValue { .. }), "{problem:?}");
        let text = r#"{"format":"tym-agreement","version":1,"agreement":{"validity":{"termination":{"effect":{"kind":"at_year_change"}}}}}"#;
        assert_eq!(
            field_error(text),
            ("agreement.validity.termination.effect.notice_by".into(), FieldProblem::Missing)
        );
    }

    #[test]
    fn too_large_and_foreign_files_are_refused() {
        let big = " ".repeat(MAX_BYTES + 1);
        assert!(matches!(load(&big), Err(LoadError::TooLarge { .. })));
        assert_eq!(load(r#"{"hello":1}"#), Err(LoadError::NotAgreement));
        assert!(matches!(load(r#"{"format":"tym-agreement","version":"1"}"#), Err(LoadError::UnknownVersion { .. })));
        assert!(matches!(load(r#"{"format":"tym-agreement","version":0}"#), Err(LoadError::UnknownVersion { .. })));
    }

    #[test]
    fn variants_are_created_switched_and_deleted() {
        let mut f = AgreementFile::new(Agreement::default());
        f.agreement.meta.title = "A".into();
        f.new_variant("B: tasajako", "A: htv");
        f.agreement.meta.title = "B".into();
        assert_eq!((f.variant_name.as_str(), f.variants[0].name.as_str()), ("B: tasajako", "A: htv"));
        assert!(f.switch_variant(0));
        assert_eq!((f.variant_name.as_str(), f.agreement.meta.title.as_str()), ("A: htv", "A"));
        assert_eq!(f.variants[0].agreement.meta.title, "B");
        assert_eq!(load(&save(&f)).unwrap(), f);
        assert!(f.delete_variant(0) && f.variants.is_empty() && !f.switch_variant(0));
    }

    #[test]
    fn a_sent_copy_carries_its_lineage_and_a_file_without_one_reads_as_before() {
        let f = crate::presets::load("satakunta").unwrap();
        assert!(!save(&f).contains("lineage"));
        let at = "2026-12-02T10:15:00.123Z";
        let sent = f.sent_from("d1", 7, at);
        let text = save(&sent);
        assert!(text.contains("\"lineage\""), "{text}");
        let back = load(&text).unwrap();
        assert_eq!(back.lineage, Some(Lineage { draft: "d1".into(), revision: 7, sent: at.into() }));
        // Opened elsewhere and sent on, the copy still names the draft and the sending it came from.
        assert_eq!(back.sent_from("d2", 1, "2026-12-03T08:00:00.000Z").lineage, back.lineage);
        let bad = text.replace("\"revision\": 7", "\"revision\": \"x\"");
        assert!(matches!(load(&bad), Err(LoadError::Field { path, .. }) if path == "lineage.revision"));
    }

    #[test]
    fn a_lineage_without_its_sending_time_still_reads_and_is_written_back_as_it_was() {
        // A copy saved before lineages named their sending.
        let old = r#"{"format":"tym-agreement","version":2,"agreement":{},"lineage":{"draft":"d1","revision":7}}"#;
        let f = load(old).unwrap();
        assert_eq!(f.lineage, Some(Lineage { draft: "d1".into(), revision: 7, sent: String::new() }));
        let again = save(&f);
        assert!(!again.contains("\"sent\""), "{again}");
        assert_eq!(load(&again).unwrap().lineage, f.lineage);
        let bad = old.replace("\"revision\":7", "\"revision\":7,\"sent\":5");
        assert!(matches!(load(&bad), Err(LoadError::Field { path, .. }) if path == "lineage.sent"));
    }

    #[test]
    fn schema_names_the_top_level_fields() {
        let s = json_schema();
        for field in ["format", "version", "agreement", "staffing", "steering_group"] {
            assert!(s.contains(field), "{field}");
        }
    }
}
