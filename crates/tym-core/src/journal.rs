//! The write-ahead journal of edits (issue 17, items 1–2): what the app writes synchronously to the
//! browser's localStorage at every edit, so that a reload, a closed tab, a crash or a take-over by
//! another tab loses nothing that was on screen, while the draft itself is checkpointed to
//! IndexedDB as before. This module owns the format and the replay, so they are tested natively;
//! `src/platform/journal.rs` only stores the strings.
//!
//! The journal of one tab's draft is a header and one entry per section changed since the last
//! checkpoint, each holding the section's latest value: typing in a field rewrites its section's
//! entry only (own wording is one entry, `wording`) (small, and the order of edits is kept because each entry is the newest value). It is
//! replayed only onto the checkpoint it was written against (`Header::revision`), through the file
//! reader, so a damaged or foreign journal can never put into the model what a file could not.

use crate::format::{self, AgreementFile, LoadError};
use crate::json::Json;
use serde_json::Value;

/// The journal's entries: the agreement's sections, then the file's own fields.
pub const SECTIONS: [&str; 16] = [
    "meta",
    "parties",
    "area",
    "steering_group",
    "objectives",
    "arrangement",
    "services",
    "staffing",
    "lead_person",
    "costs",
    "client_data",
    "validity",
    "signatures",
    "wording",
    "variant_name",
    "variants",
];

/// The most a journal may hold: what localStorage can take beside other sites' data. A larger
/// draft is checkpointed as before, and the app says that its journal is off.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// What the header says of the entries beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// The stored revision the entries apply to.
    pub revision: u64,
    /// The sections with an entry.
    pub sections: Vec<String>,
    /// When the newest entry was written (ms since the epoch), to pick the newest of two journals.
    pub at_ms: u64,
}

impl Header {
    pub fn to_json(&self) -> String {
        // Built by hand and written with the pretty printer the app has anyway: `json!` and a compact
        // printer would each be more code in the WebAssembly.
        let mut m = serde_json::Map::new();
        m.insert("revision".into(), Value::from(self.revision));
        m.insert("sections".into(), Value::Array(self.sections.iter().map(|s| Value::from(s.as_str())).collect()));
        m.insert("at_ms".into(), Value::from(self.at_ms));
        format::json_text(&Value::Object(m))
    }

    pub fn parse(text: &str) -> Option<Header> {
        let v: Value = serde_json::from_str(text).ok()?;
        let sections = v.get("sections")?.as_array()?;
        Some(Header {
            revision: v.get("revision")?.as_u64()?,
            sections: sections
                .iter()
                .filter_map(Value::as_str)
                .filter(|s| SECTIONS.contains(s))
                .map(String::from)
                .collect(),
            at_ms: v.get("at_ms").and_then(Value::as_u64).unwrap_or(0),
        })
    }
}

/// The sections in which `new` differs from `old`, by comparing each section (a pointer-equal
/// variant list compares in no time).
pub fn changed(old: &AgreementFile, new: &AgreementFile) -> Vec<&'static str> {
    let (a, b) = (&old.agreement, &new.agreement);
    let same = [
        a.meta == b.meta,
        a.parties == b.parties,
        a.area == b.area,
        a.steering_group == b.steering_group,
        a.objectives == b.objectives,
        a.arrangement == b.arrangement,
        a.services == b.services,
        a.staffing == b.staffing,
        a.lead_person == b.lead_person,
        a.costs == b.costs,
        a.client_data == b.client_data,
        a.validity == b.validity,
        a.signatures == b.signatures,
        a.wording == b.wording,
        old.variant_name == new.variant_name,
        old.variants.len() == new.variants.len()
            && old.variants.iter().zip(&new.variants).all(|(x, y)| {
                x.name == y.name && (std::rc::Rc::ptr_eq(&x.agreement, &y.agreement) || x.agreement == y.agreement)
            }),
    ];
    SECTIONS.iter().zip(same).filter(|(_, same)| !same).map(|(s, _)| *s).collect()
}

/// The entry of one section: its value as the file writes it.
pub fn entry(file: &AgreementFile, section: &str) -> String {
    let a = &file.agreement;
    let v = match section {
        "meta" => a.meta.write(),
        "parties" => a.parties.write(),
        "area" => a.area.write(),
        "steering_group" => a.steering_group.write(),
        "objectives" => a.objectives.write(),
        "arrangement" => a.arrangement.write(),
        "services" => a.services.write(),
        "staffing" => a.staffing.write(),
        "lead_person" => a.lead_person.write(),
        "costs" => a.costs.write(),
        "client_data" => a.client_data.write(),
        "validity" => a.validity.write(),
        "signatures" => a.signatures.write(),
        "wording" => a.wording.write(),
        "variant_name" => file.variant_name.write(),
        "variants" => file.variants.write(),
        _ => Value::Null,
    };
    format::json_text(&v)
}

/// The checkpoint with the journal's entries put in: read as a file is, so the result obeys every
/// limit of the format. `Err` for an entry that is not what its section holds.
pub fn replay(checkpoint: &AgreementFile, entries: &[(String, String)]) -> Result<AgreementFile, LoadError> {
    let mut v = checkpoint.write();
    for (section, text) in entries {
        let value: Value =
            serde_json::from_str(text).map_err(|e| LoadError::Malformed { line: e.line(), column: e.column() })?;
        match section.as_str() {
            "variant_name" | "variants" => v[section.as_str()] = value,
            s if SECTIONS.contains(&s) => v["agreement"][s] = value,
            _ => {}
        }
    }
    format::from_value(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn a_journal_replays_the_changed_sections_onto_its_checkpoint() {
        let checkpoint = crate::presets::load("lantinen-pirkanmaa").unwrap();
        let mut edited = checkpoint.clone();
        edited.agreement.meta.title = "Kirjoitettu juuri ennen kaatumista ”lainaus”".into();
        edited.agreement.staffing.rows[0].fte = Some(crate::num::Dec(1250));
        edited.new_variant("B", "A");
        let sections = changed(&checkpoint, &edited);
        assert_eq!(sections, ["meta", "staffing", "variant_name", "variants"]);
        let entries: Vec<(String, String)> = sections.iter().map(|s| (s.to_string(), entry(&edited, s))).collect();
        assert_eq!(replay(&checkpoint, &entries).unwrap(), edited);
        assert!(entries.iter().all(|(s, e)| *s == "variants" || e.len() < 4000), "entries are small");
    }

    #[test]
    fn an_unchanged_variant_list_is_not_an_entry() {
        let mut f = crate::presets::load("satakunta").unwrap();
        f.new_variant("B", "A");
        let mut g = f.clone();
        g.variants[0].agreement = Rc::clone(&f.variants[0].agreement);
        g.agreement.meta.title = "x".into();
        assert_eq!(changed(&f, &g), ["meta"]);
    }

    #[test]
    fn a_damaged_entry_is_refused_not_half_applied() {
        let f = crate::presets::load("satakunta").unwrap();
        assert!(replay(&f, &[("meta".into(), "{\"title\": 5}".into())]).is_err());
        assert!(replay(&f, &[("staffing".into(), "{\"rows\": [".into())]).is_err());
        let header = Header { revision: 3, sections: vec!["meta".into()], at_ms: 7 };
        assert_eq!(Header::parse(&header.to_json()), Some(header));
        assert_eq!(
            Header::parse("{\"revision\": 1, \"sections\": [\"rm -rf\"]}").unwrap().sections,
            Vec::<String>::new()
        );
    }
}
