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
    pub kind: crate::model::PartyKind,
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
                kind: p.kind,
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

/// One row of the key figures: the corresponding party of each compared agreement.
#[derive(Clone, Debug, PartialEq)]
pub struct PartyRow {
    /// The id of the row's first party (the open draft's where it has one): DOM ids only.
    pub key: String,
    pub kind: crate::model::PartyKind,
    /// For each agreement, the index of its party in `Figures::parties`, if it has one here.
    pub cells: Vec<Option<usize>>,
}

/// The parties of the compared agreements matched by kind: a party takes the row of the same kind
/// whose party has its name in another agreement, else the one with its id, else the first free one of
/// its kind. Each agreement's own party names its cell.
pub fn party_rows(all: &[Figures]) -> Vec<PartyRow> {
    let norm = |s: &str| s.trim().to_lowercase();
    let mut rows: Vec<PartyRow> = Vec::new();
    for (k, f) in all.iter().enumerate() {
        for (i, p) in f.parties.iter().enumerate() {
            let free: Vec<usize> =
                (0..rows.len()).filter(|&r| rows[r].kind == p.kind && rows[r].cells[k].is_none()).collect();
            let member = |r: usize, same: &dyn Fn(&PartyFigures) -> bool| {
                rows[r].cells.iter().enumerate().any(|(j, c)| c.is_some_and(|c| same(&all[j].parties[c])))
            };
            let pick = free
                .iter()
                .copied()
                .find(|&r| member(r, &|q| norm(&q.name) == norm(&p.name)))
                .or_else(|| free.iter().copied().find(|&r| member(r, &|q| q.party == p.party)))
                .or_else(|| free.first().copied());
            match pick {
                Some(r) => rows[r].cells[k] = Some(i),
                None => {
                    let mut cells = vec![None; all.len()];
                    cells[k] = Some(i);
                    rows.push(PartyRow { key: p.party.clone(), kind: p.kind, cells });
                }
            }
        }
    }
    rows
}

/// A row's heading: the parties' kind, numbered when several rows have it ("Hyvinvointialue 2").
pub fn row_label(rows: &[PartyRow], r: usize, lang: Lang) -> String {
    let kind = lang.t(rows[r].kind.label());
    let same: Vec<usize> = (0..rows.len()).filter(|&x| rows[x].kind == rows[r].kind).collect();
    if same.len() > 1 {
        format!("{kind} {}", same.iter().position(|&x| x == r).unwrap_or(0) + 1)
    } else {
        kind.to_string()
    }
}

/// The findings of `all[i]` that no other compared agreement has (same rule and same message).
pub fn unique_findings(all: &[Figures], i: usize, lang: Lang) -> Vec<Finding> {
    let key = |f: &Finding| (f.rule, f.message(lang));
    // Each finding's message is made once: comparing every pair made them again and again, and a
    // wording of thousands of clauses that each name another county has a finding per clause.
    let others: std::collections::HashSet<_> =
        all.iter().enumerate().filter(|(j, _)| *j != i).flat_map(|(_, other)| other.findings.iter().map(key)).collect();
    all[i].findings.iter().filter(|f| !others.contains(&key(f))).cloned().collect()
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

    #[test]
    fn parties_are_matched_by_kind_and_name_with_their_own_names() {
        let a = crate::presets::load("lantinen-pirkanmaa").unwrap().agreement;
        let b = crate::presets::load("keski-pohjanmaa").unwrap().agreement;
        let figs = [figures(&a, Lang::Fi), figures(&b, Lang::Fi)];
        let rows = party_rows(&figs);
        for r in &rows {
            // Every row holds parties of one kind, each agreement's own.
            for (k, c) in r.cells.iter().enumerate() {
                if let Some(i) = c {
                    assert_eq!(figs[k].parties[*i].kind, r.kind);
                }
            }
        }
        let county = rows.iter().find(|r| r.kind == crate::model::PartyKind::WellbeingCounty).unwrap();
        let (x, y) = (county.cells[0].unwrap(), county.cells[1].unwrap());
        assert_ne!(figs[0].parties[x].name, figs[1].parties[y].name);
        // The same agreement twice: one row per party, matched to itself.
        let same = party_rows(&[figs[0].clone(), figs[0].clone()]);
        assert_eq!(same.len(), figs[0].parties.len());
        assert!(same.iter().all(|r| r.cells[0] == r.cells[1]));
    }
}
