//! R17: the youth service — "nuorten työllistymistä edistävä monialaisen tuen yhteispalvelu" (381/2023
//! 16 §, under-30s). The agreement says whether it is included or agreed separately (practice); when
//! included, the coordinator agreed for it and the split of its costs are stated, as its parties agree
//! on its organisation and cost split (16 § 3 mom.). The cooperation agreement need not hold it: kept
//! as practice.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Severity::Practice;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::YouthOneStop;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Seeds, Prov::Act381S16M1];
const INCLUDED: &[Prov] = &[Prov::Act381S16M3];

pub const RULE: Rule = Rule {
    id: RuleId::R17,
    title: Msg::RuleT17,
    #[cfg(feature = "all-languages")]
    summary: "Whether the youth service is included; when included, its coordinator and cost split.",
    severities: &[Practice],
    basis: &[Prov::Seeds, Prov::Act381S16M1, Prov::Act381S16M3],
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let s = &cx.a.services;
    match s.youth_one_stop {
        YouthOneStop::NotStated => o.add(Practice, BASIS, Msg::R17NotStated, &[], F::ServicesYouthOneStop),
        YouthOneStop::Included => {
            if s.youth_coordinator.trim().is_empty() {
                o.add(Practice, INCLUDED, Msg::R17NoCoordinator, &[], F::ServicesYouthCoordinator);
            }
            if s.youth_cost_split.trim().is_empty() {
                o.add(Practice, INCLUDED, Msg::R17NoCostSplit, &[], F::ServicesYouthCostSplit);
            }
        }
        YouthOneStop::SeparateAgreement => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn fires_when_not_stated_or_included_without_coordinator_and_cost_split() {
        fires(RuleId::R17, Practice, |a| a.services.youth_one_stop = YouthOneStop::NotStated);
        let f = fires(RuleId::R17, Practice, |a| a.services.youth_one_stop = YouthOneStop::Included);
        assert_eq!(f.len(), 2);
        assert!(f.iter().all(|x| x.citation(crate::Lang::Fi) == "laki 381/2023 16 § 3 mom."));
    }

    #[test]
    fn quiet_when_included_with_both_or_separate() {
        quiet(RuleId::R17, |a| {
            a.services.youth_one_stop = YouthOneStop::Included;
            a.services.youth_coordinator = "Ohjaamon koordinaattori".into();
            a.services.youth_cost_split = "Kukin toimija vastaa omista kustannuksistaan.".into();
        });
        quiet(RuleId::R17, |_| {});
    }
}
