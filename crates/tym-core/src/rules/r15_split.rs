//! R15: every cost item can be split, and its shares add up exactly to its total (arithmetic).

use super::{Ctx, Out, Rule, RuleId};
use crate::check::{Arg, Severity::Consistency};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Arithmetic];

pub const RULE: Rule = Rule {
    id: RuleId::R15,
    title: Msg::RuleT15,
    #[cfg(feature = "all-languages")]
    summary: "Every item's shares add up exactly to its total.",
    severities: &[Consistency],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    for (i, (item, result)) in cx.a.costs.items.iter().zip(&cx.split.items).enumerate() {
        match result {
            Err(e) => {
                let args = vec![item.name.as_str().into(), Arg::Split(e.clone(), item.name.clone())];
                o.add_args(Consistency, BASIS, Msg::R15ItemError, args, F::CostsItemsRule.at(i));
            }
            Ok(s) => {
                for sub in s.sub_splits.iter().filter_map(|r| r.as_ref().err()) {
                    let args = vec![item.name.as_str().into(), Arg::Split(sub.clone(), item.name.clone())];
                    o.add_args(Consistency, BASIS, Msg::R15ItemError, args, F::CostsItemsSubSplits.at(i));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;
    use crate::model::{PartyShare, SplitRule, SubSplit, SubSplitRule};
    use crate::num::Dec;

    #[test]
    fn fires_on_items_that_cannot_be_split() {
        fires(RuleId::R15, Consistency, |a| {
            a.costs.override_recorded = true;
            a.costs.items[0].rule =
                SplitRule::FixedPercent { shares: vec![PartyShare { party: "ea".into(), percent: Dec(60_000) }] };
        });
        fires(RuleId::R15, Consistency, |a| {
            a.costs.items[0].sub_splits = vec![SubSplit { party: "ea".into(), rule: SubSplitRule::Clients }]
        });
    }

    #[test]
    fn quiet_on_a_split_that_adds_up() {
        quiet(RuleId::R15, |a| {
            a.costs.override_recorded = true;
            a.costs.items[0].rule = SplitRule::FixedPercent {
                shares: vec![
                    PartyShare { party: "ea".into(), percent: Dec(60_000) },
                    PartyShare { party: "wc".into(), percent: Dec(40_000) },
                ],
            };
        });
    }
}
