//! R14: the costs (381/2023 10 §; 388/2024 3 § 4–5 kohta). Each party pays its own staff's salary and
//! staff costs (10 § 1 mom.); the other common costs are split between the employment authority and
//! the county in proportion to their participating staff unless those two agree otherwise (10 § 2
//! mom.), and the agreement states the split and Kela's participation (3 § 4–5 kohta). Only a split by
//! staff between authority and county, without Kela, is the default; by participants, fixed, equal,
//! one payer or a by-staff list that includes Kela are agreements otherwise, which the agreement must
//! record. The Swedish text says "antalet anställda", which weighs toward headcount.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::{
    Arg,
    Severity::{Law, StatutoryDuty},
};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::{Agreement, PartyKind, SplitRule};
use crate::path::F;

const OWN: &[Prov] = &[Prov::Act381S10M1];
const SPLIT: &[Prov] = &[Prov::Act381S10M2, Prov::Decree388S3K4];
const KELA: &[Prov] = &[Prov::Decree388S3K5, Prov::Act381S10M2];

pub const RULE: Rule = Rule {
    id: RuleId::R14,
    title: Msg::RuleT14,
    #[cfg(feature = "all-languages")]
    summary: "Each pays its own staff's costs; other common costs are split between the authority and the county by staff unless they agree otherwise; Kela's participation is agreed.",
    severities: &[Law, StatutoryDuty],
    basis: &[Prov::Act381S10M1, Prov::Act381S10M2, Prov::Decree388S3K4, Prov::Decree388S3K5],
    check,
};

/// The statutory default: by staff between the employment authority and the county, Kela not paying.
fn is_default(a: &Agreement, rule: &SplitRule) -> bool {
    match rule {
        SplitRule::ByStaff { parties, .. } => parties.iter().all(|id| {
            a.party(id).is_some_and(|p| matches!(p.kind, PartyKind::EmploymentAuthority | PartyKind::WellbeingCounty))
        }),
        _ => false,
    }
}

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let c = &a.costs;
    if !c.own_staff_costs_own {
        o.add(StatutoryDuty, OWN, Msg::R14OwnCostsMissing, &[], F::CostsOwnStaffCostsOwn);
    }
    let worded = crate::wording::has_own_wording(a, crate::wording::Topic::Costs);
    if c.items.is_empty() && !worded {
        o.add(Law, SPLIT, Msg::R14NoSplit, &[], F::CostsItems);
    }
    for (i, item) in c.items.iter().enumerate() {
        // The agreement holding the item is where the authority and the county agree otherwise, so an
        // unticked "agreed otherwise" is a duty to confirm, not a breach.
        if !is_default(a, &item.rule) && !c.override_recorded {
            o.add(StatutoryDuty, SPLIT, Msg::R14OverrideNotRecorded, &[&item.name], F::CostsItemsRule.at(i));
        }
    }
    if a.parties_of(PartyKind::Kela).next().is_some() {
        if c.kela_participation.trim().is_empty() {
            o.add(Law, KELA, Msg::R14KelaNotStated, &[], F::CostsKelaParticipation);
        } else if !super::in_document(a, crate::wording::ClauseId::CostsKela) {
            o.add_args(Law, KELA, Msg::NotPrinted, vec![Arg::Msg(Msg::UiKelaParticipation)], F::CostsKelaParticipation);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, own, quiet};
    use super::*;
    use crate::model::{PartyCount, StaffBasis};

    #[test]
    fn fires_on_a_split_otherwise_not_recorded_and_kela_not_stated() {
        fires(RuleId::R14, StatutoryDuty, |a| a.costs.own_staff_costs_own = false);
        fires(RuleId::R14, StatutoryDuty, |a| {
            a.costs.items[0].rule = SplitRule::Equal { parties: vec!["ea".into(), "wc".into()] }
        });
        fires(RuleId::R14, StatutoryDuty, |a| {
            a.costs.items[0].rule =
                SplitRule::ByParticipants { counts: vec![PartyCount { party: "kela".into(), count: 2 }] }
        });
        fires(RuleId::R14, StatutoryDuty, |a| {
            a.costs.items[0].rule = SplitRule::ByStaff {
                basis: StaffBasis::Persons,
                parties: vec!["ea".into(), "wc".into(), "kela".into()],
            }
        });
        fires(RuleId::R14, Law, |a| a.costs.kela_participation.clear());
        fires(RuleId::R14, Law, |a| a.costs.items.clear());
    }

    #[test]
    fn quiet_on_the_default_or_a_recorded_agreement() {
        quiet(RuleId::R14, |a| {
            a.costs.items[0].rule =
                SplitRule::ByStaff { basis: StaffBasis::Persons, parties: vec!["ea".into(), "wc".into()] }
        });
        quiet(RuleId::R14, |a| {
            a.costs.items[0].rule = SplitRule::Equal { parties: vec!["ea".into(), "wc".into()] };
            a.costs.override_recorded = true;
        });
        quiet(RuleId::R14, |a| {
            a.costs.items.clear();
            own(
                a,
                crate::wording::Topic::Costs,
                "Kukin osapuoli vastaa omista kustannuksistaan; yhteisiä kustannuksia ei ole.",
            );
        });
    }
}
