//! R9: the steering group sets the area's objectives yearly, taking the national objectives of
//! 380/2023 21 § into account (388/2024 2 § 1 mom.) — a duty of the group. An agreement that refers
//! to objectives (in an annex, or as an entry) and leaves them empty contradicts itself.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Severity::{Consistency, StatutoryDuty};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::path::F;
use crate::wording::Topic;

const BASIS: &[Prov] = &[Prov::Decree388S2M1];
const NATIONAL: &[Prov] = &[Prov::Decree388S2M1, Prov::Act380S21];

pub const RULE: Rule = Rule {
    id: RuleId::R9,
    title: Msg::RuleT9,
    #[cfg(feature = "all-languages")]
    summary: "The steering group sets objectives yearly, taking the national objectives into account; an agreement that refers to objectives it leaves empty is inconsistent.",
    severities: &[StatutoryDuty, Consistency],
    basis: NATIONAL,
    check,
};

/// Words by which a clause refers to an annex or appendix.
const ANNEX_WORDS: [&str; 4] = ["liite", "liitte", "bilag", "annex"];

fn check(cx: &Ctx, o: &mut Out) {
    let ob = &cx.a.objectives;
    if !ob.set_annually {
        o.add(StatutoryDuty, BASIS, Msg::R9NotAnnual, &[], F::ObjectivesSetAnnually);
    }
    if ob.national_considered.is_empty() {
        o.add(StatutoryDuty, NATIONAL, Msg::R9NationalMissing, &[], F::ObjectivesNationalConsidered);
    }
    if ob.items.iter().any(|s| s.trim().is_empty()) && ob.items.iter().any(|s| !s.trim().is_empty()) {
        o.add(Consistency, BASIS, Msg::R9ObjectiveEmpty, &[], F::ObjectivesItems);
    }
    if ob.items.iter().all(|s| s.trim().is_empty()) {
        for (path, text) in super::own_texts_of(cx.a, Topic::Objectives) {
            let lower = text.to_lowercase();
            if ANNEX_WORDS.iter().any(|w| lower.contains(w)) {
                o.add(Consistency, BASIS, Msg::R9ObjectivesReferredEmpty, &[], path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, own, quiet};
    use super::*;

    #[test]
    fn fires_on_duties_not_recorded_and_on_objectives_referred_to_but_empty() {
        fires(RuleId::R9, StatutoryDuty, |a| a.objectives.set_annually = false);
        fires(RuleId::R9, StatutoryDuty, |a| a.objectives.national_considered.clear());
        // Läntinen Pirkanmaa: annex 3 is to hold the objectives and is empty.
        let f = fires(RuleId::R9, Consistency, |a| {
            own(
                a,
                Topic::Objectives,
                "Asetetut tavoitteet tulevat sopimuksen liitteeksi 3, kun johtoryhmä saa ne asetettua.",
            )
        });
        assert_eq!(f[0].path.field, crate::path::F::WordingPartsBlocksFi, "{}", f[0].path);
        fires(RuleId::R9, Consistency, |a| a.objectives.items = vec!["Työllisyysaste".into(), " ".into()]);
    }

    #[test]
    fn quiet_when_the_referred_objectives_are_there() {
        quiet(RuleId::R9, |a| {
            own(a, Topic::Objectives, "Tavoitteet ovat liitteessä 3.");
            a.objectives.items = vec!["Pitkäaikaistyöttömyyden väheneminen".into()];
        });
    }
}
