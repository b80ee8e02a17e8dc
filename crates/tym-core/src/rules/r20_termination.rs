//! R20: termination, notice and disputes are complete — the notice period, when a termination takes
//! effect, and the court for an administrative dispute (808/2019 20 §, as the agreements word it).
//! No statute requires these terms in the agreement: practice of the real agreements.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Severity::Practice;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::TerminationEffect;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Seeds];
const COURT: &[Prov] = &[Prov::Seeds, Prov::Act808S20];

pub const RULE: Rule = Rule {
    id: RuleId::R20,
    title: Msg::RuleT20,
    #[cfg(feature = "all-languages")]
    summary:
        "Notice, when termination takes effect and the court are stated; no statute requires them of the agreement.",
    severities: &[Practice],
    basis: &[Prov::Seeds, Prov::Act808S20],
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let v = &cx.a.validity;
    let t = &v.termination;
    if t.allowed == Some(true) {
        if t.notice_months.is_none() && t.effect != TerminationEffect::HalfYearRule {
            o.add(Practice, BASIS, Msg::R20NoNotice, &[], F::ValidityTerminationNoticeMonths);
        }
        if t.effect == TerminationEffect::NotStated {
            o.add(Practice, BASIS, Msg::R20NoEffect, &[], F::ValidityTerminationEffect);
        }
    } else if t.effect == TerminationEffect::NotStated && t.notice_months.is_none() {
        o.add(Practice, BASIS, Msg::R20NoNotice, &[], F::ValidityTerminationNoticeMonths);
    }
    if v.dispute.court.trim().is_empty() {
        o.add(Practice, COURT, Msg::R20NoCourt, &[], F::ValidityDisputeCourt);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn fires_on_missing_notice_effect_or_court() {
        fires(RuleId::R20, Practice, |a| a.validity.termination.notice_months = None);
        fires(RuleId::R20, Practice, |a| a.validity.termination.effect = TerminationEffect::NotStated);
        fires(RuleId::R20, Practice, |a| a.validity.dispute.court.clear());
    }

    #[test]
    fn quiet_on_the_half_year_rule_without_months() {
        quiet(RuleId::R20, |a| {
            a.validity.termination.notice_months = None;
            a.validity.termination.effect = TerminationEffect::HalfYearRule;
        });
    }
}
