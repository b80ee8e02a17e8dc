//! The views of the app, one per navigation entry.

pub mod accessibility;
pub mod agreement;
pub mod checks;
pub mod compare;
pub mod costs;
pub mod document;
pub mod projector;
pub mod rules;
pub mod staffing;
pub mod start;

use tym_core::model::{Agreement, Sector};
use tym_core::{Lang, Msg};

/// (party id, display name) options for party selects, in the agreement's order.
pub(crate) fn party_options(a: &Agreement) -> Vec<(String, String)> {
    a.parties.iter().map(|p| (p.id.clone(), a.party_name(&p.id).to_string())).collect()
}

pub(crate) const SECTORS: [(Sector, &str, Msg); 5] = [
    (Sector::Social, "social", Msg::SectorSocial),
    (Sector::Health, "health", Msg::SectorHealth),
    (Sector::Employment, "employment", Msg::SectorEmployment),
    (Sector::Rehabilitation, "rehabilitation", Msg::SectorRehabilitation),
    (Sector::Other, "other", Msg::SectorOther),
];

pub(crate) fn sector_options(lang: Lang) -> Vec<(String, String)> {
    SECTORS.iter().map(|(_, v, m)| (v.to_string(), lang.t(*m).to_string())).collect()
}

pub(crate) fn sector_code(s: Sector) -> &'static str {
    SECTORS.iter().find(|(x, _, _)| *x == s).map(|(_, v, _)| *v).unwrap_or("other")
}

pub(crate) fn sector_from(code: &str) -> Sector {
    SECTORS.iter().find(|(_, v, _)| *v == code).map(|(s, _, _)| *s).unwrap_or(Sector::Other)
}
