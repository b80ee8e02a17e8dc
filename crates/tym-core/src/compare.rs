//! Side-by-side comparison of two to four agreements (variants, drafts, presets): the key figures per
//! party, the money each party pays under each, and the findings each has that the others lack.

use crate::check::{check, clients_per_fte, Finding};
use crate::model::Agreement;
use crate::num::{Cents, Dec};
use crate::split::{split_all, BasisChoice};
use crate::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct PartyFigures {
    pub party: String,
    pub name: String,
    pub fte: Dec,
    pub persons: u64,
    pub common: Cents,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    pub parties: Vec<PartyFigures>,
    pub total_fte: Dec,
    pub clients_per_fte: Option<Dec>,
    pub common_total: Cents,
    /// Of `common_total`, the items that could not be split.
    pub unsplit: Cents,
    /// The staff basis in force (`costs.staff_basis`).
    pub staff_basis: Option<crate::model::StaffBasis>,
    pub findings: Vec<Finding>,
}

/// The figures of `a`, the parties named in `lang`.
pub fn figures(a: &Agreement, lang: Lang) -> Figures {
    let report = split_all(a, BasisChoice::AsAgreed);
    Figures {
        parties: a
            .parties
            .iter()
            .zip(&report.totals)
            .map(|(p, t)| PartyFigures {
                party: p.id.clone(),
                name: a.party_name(&p.id, lang),
                fte: a.party_fte(&p.id),
                persons: a.party_persons(&p.id),
                common: t.common,
            })
            .collect(),
        total_fte: a.total_fte(),
        clients_per_fte: a.staffing.clients_estimate.and_then(|c| clients_per_fte(c, a.total_fte())),
        common_total: report.common_total,
        unsplit: report.unsplit,
        staff_basis: a.costs.staff_basis,
        findings: check(a),
    }
}

/// Party ids of all compared agreements, in first-seen order, with a display name.
pub fn party_union(all: &[Figures]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for f in all {
        for p in &f.parties {
            if !out.iter().any(|(id, _)| *id == p.party) {
                out.push((p.party.clone(), p.name.clone()));
            }
        }
    }
    out
}

/// The findings of `all[i]` that no other compared agreement has (same rule and same message).
pub fn unique_findings(all: &[Figures], i: usize, lang: Lang) -> Vec<Finding> {
    let key = |f: &Finding| (f.rule, f.message(lang));
    all[i]
        .findings
        .iter()
        .filter(|f| all.iter().enumerate().all(|(j, other)| j == i || !other.findings.iter().any(|g| key(g) == key(f))))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CostItem, SplitRule, StaffBasis};

    #[test]
    fn a_persons_variant_shows_the_money_delta() {
        let mut a = crate::presets::load("lantinen-pirkanmaa").unwrap().agreement;
        // The preset's own items (the development days, with no counts yet) come first.
        let i = a.costs.items.len();
        a.costs.items.push(CostItem { name: "Johtava henkilö".into(), amount: 7_840_000, ..Default::default() });
        for r in &mut a.staffing.rows {
            r.persons = Some(1);
        }
        let mut b = a.clone();
        b.costs.items[i].rule = SplitRule::ByStaff { basis: StaffBasis::Persons, parties: vec![] };
        let (fa, fb) = (figures(&a, Lang::Fi), figures(&b, Lang::Fi));
        assert_eq!(fa.parties[0].common, 3_131_824);
        assert_eq!(fb.parties[0].common, 2_613_333);
        assert!(unique_findings(&[fa.clone(), fb], 0, Lang::Fi).is_empty());
        assert_eq!(party_union(&[fa]).len(), 3);
    }
}
