//! The agreement's sections as forms, in the order of the agreement. Each section edits the open
//! agreement through `use_workbench`; input ids follow the model's field paths (`check::field_id`) so
//! a finding can take the user to its field.

pub mod area;
pub mod clause_text;
pub mod lead_person;
pub mod objectives;
pub mod parties;
pub mod signatures;
pub mod steering_group;
pub mod validity;

use tym_core::model::{Agreement, PartyKind};

/// Party options with an empty first choice ("not stated").
pub(crate) fn party_choice(a: &Agreement, only: Option<PartyKind>) -> Vec<(String, String)> {
    let mut v = vec![(String::new(), "–".to_string())];
    v.extend(
        a.parties
            .iter()
            .filter(|p| only.is_none_or(|k| p.kind == k))
            .map(|p| (p.id.clone(), a.party_name(&p.id).to_string())),
    );
    v
}

/// `Some(id)` for a chosen party, `None` for the empty choice.
pub(crate) fn chosen(v: String) -> Option<String> {
    Some(v).filter(|v| !v.is_empty())
}
