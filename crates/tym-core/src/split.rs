//! The cost split engine: each cost item's shares per party (and per municipality for sub-splits) in
//! whole cents, by largest remainder with ties to the party listed first, so that every item's shares
//! add up exactly to its total (Act 381/2023 10 §; semantics in shared/domain/README.md).
//!
//! All weights are integers (persons, FTE thousandths, participants, population, per cent thousandths)
//! and all arithmetic is in `u128`, so the split is exact rational arithmetic with no float anywhere.

use crate::i18n::{Lang, Msg};
use crate::model::{Agreement, CostItem, PartyId, PartyKind, SplitRule, StaffBasis, SubSplitRule};
use crate::num::{Cents, MAX_CENTS};
use serde::Serialize;

/// Why an item cannot be split. Every case has a message; none panics.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum SplitError {
    AllWeightsZero,
    Negative,
    UnknownParty {
        party: String,
    },
    NoParties,
    TooLarge,
    /// The item would take a total past what the arithmetic holds; it is left out of the totals.
    SumTooLarge,
    PercentSum {
        milli: i64,
    },
    MissingPopulation {
        municipality: String,
    },
    MissingClients {
        municipality: String,
    },
    NoMunicipalities {
        party: crate::model::PartyName,
    },
    UnknownMunicipality {
        municipality: String,
    },
}

impl SplitError {
    pub fn message(&self, lang: Lang, item: &str) -> String {
        match self {
            SplitError::AllWeightsZero => lang.fmt(Msg::SplitAllZero, &[item]),
            SplitError::Negative => lang.fmt(Msg::SplitNegative, &[item]),
            SplitError::UnknownParty { party } => lang.fmt(Msg::SplitUnknownParty, &[item, party]),
            SplitError::NoParties => lang.fmt(Msg::SplitNoParties, &[item]),
            SplitError::TooLarge => lang.fmt(Msg::SplitTooLarge, &[item]),
            SplitError::SumTooLarge => lang.fmt(Msg::SplitSumTooLarge, &[item]),
            SplitError::PercentSum { milli } => {
                lang.fmt(Msg::SplitPercentSum, &[item, &lang.dec(crate::num::Dec(*milli))])
            }
            SplitError::MissingPopulation { municipality } => {
                lang.fmt(Msg::SplitMissingPopulation, &[item, municipality])
            }
            SplitError::MissingClients { municipality } => lang.fmt(Msg::SplitMissingClients, &[item, municipality]),
            SplitError::NoMunicipalities { party } => lang.fmt(Msg::SplitNoMunicipalities, &[item, &party.show(lang)]),
            SplitError::UnknownMunicipality { municipality } => {
                lang.fmt(Msg::SplitUnknownMunicipality, &[item, municipality])
            }
        }
    }
}

/// Divides `total` cents in proportion to `weights`: exact shares floored to cents, then the cents left
/// over one each to the largest remainders, equal remainders to the earlier weight.
pub fn allocate(total: Cents, weights: &[u128]) -> Result<Vec<Cents>, SplitError> {
    if weights.is_empty() {
        return Err(SplitError::NoParties);
    }
    if total < 0 {
        return Err(SplitError::Negative);
    }
    if total > MAX_CENTS {
        return Err(SplitError::TooLarge);
    }
    let sum = weights.iter().try_fold(0u128, |a, &w| a.checked_add(w)).ok_or(SplitError::TooLarge)?;
    if sum == 0 {
        return Err(SplitError::AllWeightsZero);
    }
    let t = total as u128;
    let mut shares = Vec::with_capacity(weights.len());
    let mut rems = Vec::with_capacity(weights.len());
    let mut given: u128 = 0;
    for &w in weights {
        let p = t.checked_mul(w).ok_or(SplitError::TooLarge)?;
        shares.push(p / sum);
        rems.push(p % sum);
        given += p / sum;
    }
    let mut order: Vec<usize> = (0..weights.len()).collect();
    // Largest remainder first; the stable sort keeps earlier parties first among equal remainders.
    crate::order::sort_by_key(&mut order, |&i| std::cmp::Reverse(rems[i]));
    for &i in order.iter().take((t - given) as usize) {
        shares[i] += 1;
    }
    Ok(shares.into_iter().map(|s| s as Cents).collect())
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Share {
    pub party: PartyId,
    /// The weight the share was computed from, in the rule's unit (persons, FTE thousandths, …).
    pub weight: u128,
    pub cents: Cents,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MunicipalShare {
    pub municipality: String,
    pub cents: Cents,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SubSplitResult {
    pub party: PartyId,
    pub shares: Vec<MunicipalShare>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ItemSplit {
    pub name: String,
    pub total: Cents,
    pub shares: Vec<Share>,
    pub sub_splits: Vec<Result<SubSplitResult, SplitError>>,
}

/// Which reading of "staff amount" to use for by-staff items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BasisChoice {
    /// The basis in force: the agreement's (`costs.staff_basis`) where it sets one, else each item's own.
    AsAgreed,
    Override(StaffBasis),
}

/// The parties of a by-staff split that names none: the law's default (381/2023 10 §), every
/// employment authority and wellbeing county, Kela excluded, in the agreement's order.
pub fn law_default_parties(a: &Agreement) -> Vec<PartyId> {
    a.parties
        .iter()
        .filter(|p| matches!(p.kind, PartyKind::EmploymentAuthority | PartyKind::WellbeingCounty))
        .map(|p| p.id.clone())
        .collect()
}

/// The split of one item.
pub fn split_item(a: &Agreement, item: &CostItem, basis: BasisChoice) -> Result<ItemSplit, SplitError> {
    if item.amount < 0 {
        return Err(SplitError::Negative);
    }
    let weighted: Vec<(PartyId, u128)> = match &item.rule {
        SplitRule::ByStaff { basis: own, parties } => {
            let basis = match basis {
                BasisChoice::AsAgreed => a.costs.staff_basis.unwrap_or(*own),
                BasisChoice::Override(b) => b,
            };
            let ids = if parties.is_empty() { law_default_parties(a) } else { in_agreement_order(a, parties.iter())? };
            ids.into_iter()
                .map(|id| {
                    let w = match basis {
                        StaffBasis::Persons => u128::from(a.party_persons(&id)),
                        StaffBasis::Fte => staff_fte_weight(a, &id)?,
                    };
                    Ok((id, w))
                })
                .collect::<Result<_, SplitError>>()?
        }
        // No counts yet ("jaetaan ilmoittautuneiden määrän mukaan", the numbers come later): the item is
        // stated but not yet divided, which is not an error.
        SplitRule::ByParticipants { counts } if counts.is_empty() => {
            return Ok(ItemSplit {
                name: item.name.clone(),
                total: item.amount,
                shares: Vec::new(),
                sub_splits: Vec::new(),
            });
        }
        SplitRule::ByParticipants { counts } => {
            let ids = in_agreement_order(a, counts.iter().map(|c| &c.party))?;
            ids.into_iter()
                .map(|id| {
                    let n = counts.iter().filter(|c| c.party == id).map(|c| u128::from(c.count)).sum();
                    (id, n)
                })
                .collect()
        }
        SplitRule::OnePayer { party } => {
            in_agreement_order(a, [party].into_iter())?.into_iter().map(|id| (id, 1)).collect()
        }
        SplitRule::Equal { parties } => in_agreement_order(a, parties.iter())?.into_iter().map(|id| (id, 1)).collect(),
        SplitRule::FixedPercent { shares } => {
            if shares.iter().any(|s| s.percent.0 < 0) {
                return Err(SplitError::Negative);
            }
            let sum = percent_sum(shares.iter().map(|s| s.percent))?;
            if sum != 100_000 {
                return Err(SplitError::PercentSum { milli: sum });
            }
            let ids = in_agreement_order(a, shares.iter().map(|s| &s.party))?;
            // Each party's shares sum to at most the whole sum, which fitted.
            ids.into_iter()
                .map(|id| {
                    let p = shares.iter().filter(|s| s.party == id).map(|s| s.percent.0 as u128).sum();
                    (id, p)
                })
                .collect()
        }
    };
    let weights: Vec<u128> = weighted.iter().map(|(_, w)| *w).collect();
    let cents = allocate(item.amount, &weights)?;
    let shares: Vec<Share> =
        weighted.into_iter().zip(cents).map(|((party, weight), cents)| Share { party, weight, cents }).collect();
    let sub_splits = item
        .sub_splits
        .iter()
        .map(|sub| {
            let share = shares
                .iter()
                .find(|s| s.party == sub.party)
                .ok_or_else(|| SplitError::UnknownParty { party: sub.party.clone() })?;
            sub_split(a, &sub.party, share.cents, &sub.rule)
        })
        .collect();
    Ok(ItemSplit { name: item.name.clone(), total: item.amount, shares, sub_splits })
}

/// Whether a party's persons (first) and its FTE (second) are missing for the by-staff items: it is
/// one of their parties and has no staff row, or a row without the figure. Its share by that reading
/// would be worked out from a zero or from part of its staff, so the costs view's persons-vs-FTE
/// comparison says "missing" instead. Both `false` for a party no by-staff item splits to.
pub fn staff_missing(a: &Agreement, party: &str) -> [bool; 2] {
    let by_law = || {
        a.party(party).is_some_and(|p| matches!(p.kind, PartyKind::EmploymentAuthority | PartyKind::WellbeingCounty))
    };
    let split = a.costs.items.iter().any(|item| match &item.rule {
        SplitRule::ByStaff { parties, .. } if parties.is_empty() => by_law(),
        SplitRule::ByStaff { parties, .. } => parties.iter().any(|p| p == party),
        _ => false,
    });
    // Without a row, both are missing; a row without the figure makes it missing too.
    let mut missing = [split; 2];
    let mut rows = 0;
    for r in a.staffing.rows.iter().filter(|r| split && r.party == party) {
        rows += 1;
        if rows == 1 {
            missing = [false; 2];
        }
        missing[0] |= r.persons.is_none();
        missing[1] |= r.fte.is_none();
    }
    missing
}

/// Per cent shares summed, or `TooLarge` when the sum does not fit.
fn percent_sum(shares: impl Iterator<Item = crate::num::Dec>) -> Result<i64, SplitError> {
    crate::num::Dec::checked_sum(shares).map(|d| d.0).ok_or(SplitError::TooLarge)
}

fn staff_fte_weight(a: &Agreement, id: &str) -> Result<u128, SplitError> {
    let mut sum: u128 = 0;
    for r in a.staff_of(id) {
        if let Some(f) = r.fte {
            if f.0 < 0 {
                return Err(SplitError::Negative);
            }
            sum += f.0 as u128;
        }
    }
    Ok(sum)
}

/// The rule's parties, deduplicated, in the order the agreement lists its parties (which decides ties).
fn in_agreement_order<'a>(a: &Agreement, ids: impl Iterator<Item = &'a PartyId>) -> Result<Vec<PartyId>, SplitError> {
    let ids: Vec<&PartyId> = ids.collect();
    if let Some(unknown) = ids.iter().find(|id| a.party(id).is_none()) {
        return Err(SplitError::UnknownParty { party: (*unknown).clone() });
    }
    let ordered: Vec<PartyId> =
        a.parties.iter().filter(|p| ids.iter().any(|id| **id == p.id)).map(|p| p.id.clone()).collect();
    if ordered.is_empty() {
        return Err(SplitError::NoParties);
    }
    Ok(ordered)
}

/// Municipalities of an employment authority: those assigned to it, or all of the area when the
/// agreement has a single employment authority and assigns none.
pub fn municipalities_of<'a>(a: &'a Agreement, party: &str) -> Vec<&'a crate::model::Municipality> {
    let assigned: Vec<_> = a.area.municipalities.iter().filter(|m| m.authority.as_deref() == Some(party)).collect();
    if !assigned.is_empty() {
        return assigned;
    }
    let single_authority = a.parties_of(PartyKind::EmploymentAuthority).count() == 1
        && a.party(party).map(|p| p.kind) == Some(PartyKind::EmploymentAuthority);
    if single_authority {
        a.area.municipalities.iter().filter(|m| m.authority.is_none()).collect()
    } else {
        Vec::new()
    }
}

fn sub_split(a: &Agreement, party: &str, cents: Cents, rule: &SubSplitRule) -> Result<SubSplitResult, SplitError> {
    let munis = municipalities_of(a, party);
    let (names, weights): (Vec<String>, Vec<u128>) = match rule {
        SubSplitRule::FixedPercent { shares } => {
            if shares.iter().any(|s| s.percent.0 < 0) {
                return Err(SplitError::Negative);
            }
            let sum = percent_sum(shares.iter().map(|s| s.percent))?;
            if sum != 100_000 {
                return Err(SplitError::PercentSum { milli: sum });
            }
            // A set, so that a long list of shares is not compared with every municipality.
            let names: std::collections::BTreeSet<&str> = munis.iter().map(|m| m.name.as_str()).collect();
            if let Some(s) = shares.iter().find(|s| !names.contains(s.municipality.as_str())) {
                return Err(SplitError::UnknownMunicipality { municipality: s.municipality.clone() });
            }
            shares.iter().map(|s| (s.municipality.clone(), s.percent.0 as u128)).unzip()
        }
        _ => {
            if munis.is_empty() {
                return Err(SplitError::NoMunicipalities { party: a.party_label(party) });
            }
            munis
                .iter()
                .map(|m| {
                    let w = match rule {
                        SubSplitRule::Population => m
                            .population
                            .ok_or_else(|| SplitError::MissingPopulation { municipality: m.name.clone() })?,
                        SubSplitRule::Clients => {
                            m.clients.ok_or_else(|| SplitError::MissingClients { municipality: m.name.clone() })?
                        }
                        _ => 1,
                    };
                    Ok((m.name.clone(), u128::from(w)))
                })
                .collect::<Result<Vec<_>, SplitError>>()?
                .into_iter()
                .unzip()
        }
    };
    let cents = allocate(cents, &weights)?;
    Ok(SubSplitResult {
        party: party.to_string(),
        shares: names
            .into_iter()
            .zip(cents)
            .map(|(municipality, cents)| MunicipalShare { municipality, cents })
            .collect(),
    })
}

/// Per party: its share of common costs across items and the cost of its own staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PartyTotal {
    pub party: PartyId,
    pub common: Cents,
    /// FTE × cost per FTE of its own staff rows (never split), rounded half up to the cent.
    pub own_staff: Cents,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SplitReport {
    pub items: Vec<Result<ItemSplit, SplitError>>,
    pub totals: Vec<PartyTotal>,
    /// Every item's amount, the unsplit ones included.
    pub common_total: Cents,
    /// The amounts of the items that could not be split ("jakamatta"; each one's error says why): in
    /// `common_total`, in no party's total.
    pub unsplit: Cents,
}

/// Whether two agreements agree on everything the split reads: the parties, the municipalities, the
/// staffing and the costs. Their splits are then equal (tested on every preset with every other
/// section replaced), so a caller may reuse a split while only other sections change — the app does,
/// for every keystroke in a clause.
pub fn same_inputs(a: &Agreement, b: &Agreement) -> bool {
    a.parties == b.parties
        && a.area.municipalities == b.area.municipalities
        && a.staffing == b.staffing
        && a.costs == b.costs
}

/// The staff basis in force for a by-staff item whose own basis is `own`: the agreement's where it
/// sets one (`costs.staff_basis`).
pub fn basis_in_force(a: &Agreement, own: StaffBasis) -> StaffBasis {
    a.costs.staff_basis.unwrap_or(own)
}

/// The name of the agreement's staff basis in force: persons, FTE, or each item's own ("as agreed").
pub fn basis_label(basis: Option<StaffBasis>) -> Msg {
    match basis {
        None => Msg::UiBasisAsAgreed,
        Some(StaffBasis::Persons) => Msg::BasisPersons,
        Some(StaffBasis::Fte) => Msg::BasisFte,
    }
}

/// The item's rule with the staff basis in force (`basis_in_force`), as the split reads it.
pub fn rule_in_force(a: &Agreement, rule: &SplitRule) -> SplitRule {
    match rule {
        SplitRule::ByStaff { basis, parties } => {
            SplitRule::ByStaff { basis: basis_in_force(a, *basis), parties: parties.clone() }
        }
        r => r.clone(),
    }
}

/// Splits every cost item of the agreement. An item that cannot be split is reported with its error
/// and stays in the common total as unsplit (`unsplit`), in no party's total. An item that would take
/// a party's total or the common total past what `Cents` holds is left out of the totals
/// (`SumTooLarge`, never a wrapped figure — no agreement within `crate::limits` comes near it), and so
/// is a failing item whose amount is negative or past `MAX_CENTS`.
pub fn split_all(a: &Agreement, basis: BasisChoice) -> SplitReport {
    let mut items: Vec<_> = a.costs.items.iter().map(|i| split_item(a, i, basis)).collect();
    let mut common: Vec<Cents> = vec![0; a.parties.len()];
    let mut common_total: Cents = 0;
    let mut unsplit: Cents = 0;
    for (item, r) in a.costs.items.iter().zip(&mut items) {
        let Ok(s) = r else {
            if (0..=MAX_CENTS).contains(&item.amount) {
                if let Some(t) = common_total.checked_add(item.amount) {
                    common_total = t;
                    unsplit += item.amount;
                }
            }
            continue;
        };
        let mut next = common.clone();
        let fits = s.shares.iter().all(|sh| {
            a.parties.iter().zip(&mut next).filter(|(p, _)| p.id == sh.party).all(|(_, c)| {
                match c.checked_add(sh.cents) {
                    Some(v) => {
                        *c = v;
                        true
                    }
                    None => false,
                }
            })
        });
        match common_total.checked_add(s.total).filter(|_| fits) {
            Some(t) => {
                common_total = t;
                common = next;
            }
            None => *r = Err(SplitError::SumTooLarge),
        }
    }
    let totals = a
        .parties
        .iter()
        .zip(common)
        .map(|(p, common)| PartyTotal { party: p.id.clone(), common, own_staff: own_staff_cost(a, &p.id) })
        .collect();
    SplitReport { items, totals, common_total, unsplit }
}

/// FTE × cost per FTE of the party's rows, in `i128` (each product fits; the sum is checked). Past
/// `Cents` it saturates: `PartyTotal` has no error, and `crate::limits` proves no file reaches it.
fn own_staff_cost(a: &Agreement, party: &str) -> Cents {
    let milli_cents = a
        .staffing
        .rows
        .iter()
        .filter(|r| r.party == party)
        .filter_map(|r| Some(i128::from(r.fte?.0) * i128::from(r.cost_per_fte?)))
        .try_fold(0i128, i128::checked_add);
    milli_cents.and_then(|m| Cents::try_from((m + 500) / 1000).ok()).unwrap_or(Cents::MAX)
}

/// Yearly budget over `years`, the amounts indexed by `index_milli_pct` (thousandths of a per cent)
/// each year. Returns per year the totals per party (same order as `a.parties`), each year split anew
/// so that every year's shares add up to that year's total.
pub fn multi_year(
    a: &Agreement,
    basis: BasisChoice,
    years: u32,
    index_milli_pct: i64,
) -> Vec<Result<Vec<PartyTotal>, SplitError>> {
    let mut scaled = a.clone();
    (0..years)
        .map(|year| {
            if year > 0 {
                for item in &mut scaled.costs.items {
                    // Index each year's amount from the previous year's, rounded half up to the cent.
                    let v = i128::from(item.amount) * (100_000 + i128::from(index_milli_pct));
                    let cents = (v + 50_000).div_euclid(100_000);
                    if cents > i128::from(MAX_CENTS) {
                        return Err(SplitError::TooLarge);
                    }
                    item.amount = cents as Cents;
                }
            }
            let report = split_all(&scaled, basis);
            if let Some(Err(e)) = report.items.iter().find(|r| r.is_err()) {
                return Err(e.clone());
            }
            Ok(report.totals)
        })
        .collect()
}

/// The split table as CSV for Finnish Excel: semicolon separator, decimal comma unless `decimal_point`.
pub fn to_csv(a: &Agreement, report: &SplitReport, lang: Lang, decimal_point: bool) -> String {
    let money = |c: Cents| {
        let s = crate::num::format_cents(c, '\u{0}', if decimal_point { '.' } else { ',' });
        s.replace('\u{0}', "")
    };
    let mut out = String::new();
    let header_item = match lang {
        Lang::Fi => "Kustannuserä",
        Lang::Sv => "Kostnadspost",
        Lang::En => "Cost item",
    };
    let header_total = match lang {
        Lang::Fi => "Yhteensä",
        Lang::Sv => "Totalt",
        Lang::En => "Total",
    };
    out.push_str(&csv_field(header_item));
    for p in &a.parties {
        out.push(';');
        out.push_str(&csv_field(&a.party_name(&p.id, lang)));
    }
    out.push(';');
    out.push_str(&csv_field(header_total));
    out.push_str("\r\n");
    for (item, r) in a.costs.items.iter().zip(&report.items) {
        out.push_str(&csv_field(&item.name));
        for p in &a.parties {
            out.push(';');
            if let Ok(s) = r {
                if let Some(sh) = s.shares.iter().find(|s| s.party == p.id) {
                    out.push_str(&money(sh.cents));
                }
            }
        }
        out.push(';');
        out.push_str(&money(item.amount));
        out.push_str("\r\n");
    }
    out.push_str(&csv_field(header_total));
    for t in &report.totals {
        out.push(';');
        out.push_str(&money(t.common));
    }
    out.push(';');
    out.push_str(&money(report.common_total));
    out.push_str("\r\n");
    out
}

/// A text cell of the split's CSV: no formula, quoted as needed (`escape::csv_cell`).
fn csv_field(s: &str) -> String {
    crate::escape::csv_cell(s, ';')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Party, StaffRow};

    /// Two parties; the first has more persons per FTE than the second.
    fn two_parties(items: Vec<CostItem>) -> Agreement {
        let mut a = Agreement {
            parties: vec![
                Party { id: "ea".into(), kind: PartyKind::EmploymentAuthority, ..Default::default() },
                Party { id: "wc".into(), kind: PartyKind::WellbeingCounty, ..Default::default() },
            ],
            ..Default::default()
        };
        a.staffing.rows = vec![
            StaffRow { party: "ea".into(), persons: Some(3), fte: Some(crate::num::Dec(1_000)), ..Default::default() }
                .into(),
            StaffRow { party: "wc".into(), persons: Some(1), fte: Some(crate::num::Dec(1_000)), ..Default::default() }
                .into(),
        ];
        a.costs.items = items;
        a
    }

    fn item(name: &str, amount: Cents, basis: StaffBasis) -> CostItem {
        CostItem {
            name: name.into(),
            amount,
            rule: SplitRule::ByStaff { basis, parties: vec![] },
            ..Default::default()
        }
    }

    #[test]
    fn staff_missing_names_the_parties_of_a_by_staff_item_without_persons_or_fte() {
        let mut a = two_parties(vec![item("x", 10_000, StaffBasis::Fte)]);
        let missing = |a: &Agreement| ["ea", "wc", "kela"].map(|p| staff_missing(a, p));
        assert_eq!(missing(&a), [[false; 2]; 3]);
        a.staffing.rows[1].persons = None;
        a.staffing.rows.push(StaffRow { party: "ea".into(), persons: Some(1), ..Default::default() }.into());
        assert_eq!(missing(&a), [[false, true], [true, false], [false; 2]]);
        // A party with no staff row has neither; a party outside every by-staff item is not named.
        a.staffing.rows.retain(|r| r.party != "wc");
        a.parties.push(Party { id: "kela".into(), kind: PartyKind::Kela, ..Default::default() });
        assert_eq!(missing(&a), [[false, true], [true, true], [false; 2]]);
        a.costs.items[0].rule = SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec!["kela".into()] };
        assert_eq!(missing(&a), [[false; 2], [false; 2], [true, true]]);
        a.costs.items[0].rule = SplitRule::Equal { parties: vec!["ea".into()] };
        assert_eq!(missing(&a), [[false; 2]; 3]);
    }

    #[test]
    fn the_agreements_basis_is_in_force_for_every_by_staff_item() {
        let mut a = two_parties(vec![item("Johtava henkilö", 8_000_000, StaffBasis::Fte)]);
        let fte = split_all(&a, BasisChoice::AsAgreed);
        assert_eq!(fte.totals.iter().map(|t| t.common).collect::<Vec<_>>(), [4_000_000, 4_000_000]);
        a.costs.staff_basis = Some(StaffBasis::Persons);
        let persons = split_all(&a, BasisChoice::AsAgreed);
        assert_eq!(persons.totals.iter().map(|t| t.common).collect::<Vec<_>>(), [6_000_000, 2_000_000]);
        // The override of the costs view's side-by-side columns still reads either basis.
        assert_eq!(split_all(&a, BasisChoice::Override(StaffBasis::Fte)), fte);
        assert_eq!(rule_in_force(&a, &a.costs.items[0].rule), item("", 0, StaffBasis::Persons).rule);
        // The document prints the basis in force, in the item's sentence and in the cost annex.
        let doc = crate::text::to_markdown(&crate::text::generate(&a, Lang::Fi)).replace('\u{a0}', " ");
        assert!(doc.contains("henkilöstön henkilömäärän mukaisessa suhteessa"), "{doc}");
        assert!(doc.contains("60 000,00 €") && !doc.contains("40 000,00 €"), "{doc}");
        a.costs.staff_basis = Some(StaffBasis::Fte);
        a.costs.items[0].rule = item("", 0, StaffBasis::Persons).rule;
        assert_eq!(split_all(&a, BasisChoice::AsAgreed).totals, fte.totals);
    }

    #[test]
    fn an_item_that_cannot_be_split_stays_in_the_common_total_as_unsplit() {
        let mut a = two_parties(vec![
            item("Johtava henkilö", 7_500_000, StaffBasis::Persons),
            CostItem {
                name: "Tilat".into(),
                amount: 2_000_000,
                rule: SplitRule::OnePayer { party: "wc".into() },
                ..Default::default()
            },
        ]);
        for r in &mut a.staffing.rows {
            r.persons = None;
        }
        let r = split_all(&a, BasisChoice::AsAgreed);
        assert_eq!(r.items[0], Err(SplitError::AllWeightsZero));
        assert_eq!(r.common_total, 9_500_000);
        assert_eq!(r.unsplit, 7_500_000);
        assert_eq!(r.totals.iter().map(|t| t.common).sum::<Cents>() + r.unsplit, r.common_total);
        // The document says so, with the reason.
        let doc = crate::text::to_markdown(&crate::text::generate(&a, Lang::Fi));
        assert!(doc.contains("on jakamatta. Kustannuserän ”Johtava henkilö”"), "{doc}");
    }
}
