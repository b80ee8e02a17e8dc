//! R5: the steering group is set for five years at a time (388/2024 1 § 1 mom.). A term not recorded
//! is a duty to check; another term stated contradicts the decree.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Severity::{Law, StatutoryDuty};
use crate::i18n::{Lang, Msg};
use crate::law::Prov;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Decree388S1M1];

/// The steering group's term in years (388/2024 1 § 1 mom.).
pub const TERM_YEARS: i32 = 5;

pub const RULE: Rule = Rule {
    id: RuleId::R5,
    title: Msg::RuleT5,
    #[cfg(feature = "all-languages")]
    summary: "Another term stated is law; no term recorded is a statutory duty to check.",
    severities: &[Law, StatutoryDuty],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let sg = &cx.a.steering_group;
    let (Some(start), Some(end)) = (sg.term_start, sg.term_end) else {
        match sg.term_years {
            Some(y) if y == TERM_YEARS as u32 => {}
            Some(y) => o.add(Law, BASIS, Msg::R5TermNotFiveYears, &[&y.to_string()], F::SteeringGroupTermYears),
            None => o.add(StatutoryDuty, BASIS, Msg::R5TermMissing, &[], F::SteeringGroupTermStart),
        }
        return;
    };
    use chrono::Datelike;
    let five = start.with_year(start.year() + TERM_YEARS);
    let ok = five.is_some_and(|f| end == f || end.succ_opt() == Some(f));
    if !ok {
        let text = format!("{} – {}", Lang::Fi.date(start), Lang::Fi.date(end));
        o.add(Law, BASIS, Msg::R5TermNotFiveYears, &[&text], F::SteeringGroupTermEnd);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{d, fires, quiet};
    use super::*;

    #[test]
    fn fires_on_another_term_and_on_none() {
        fires(RuleId::R5, Law, |a| a.steering_group.term_end = d(2027, 12, 31));
        fires(RuleId::R5, Law, |a| {
            a.steering_group.term_start = None;
            a.steering_group.term_years = Some(4);
        });
        fires(RuleId::R5, StatutoryDuty, |a| a.steering_group.term_start = None);
    }

    #[test]
    fn quiet_on_five_years_in_dates_or_in_words() {
        quiet(RuleId::R5, |a| a.steering_group.term_end = d(2030, 1, 1));
        quiet(RuleId::R5, |a| {
            a.steering_group.term_start = None;
            a.steering_group.term_end = None;
            a.steering_group.term_years = Some(5);
        });
    }
}
