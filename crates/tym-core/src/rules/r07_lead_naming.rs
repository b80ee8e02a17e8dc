//! R7: the employment authority names the lead person and the deputy, for at most the steering
//! group's term, after the group has approved them (381/2023 9 § 1 mom. as amended by 437/2024;
//! 388/2024 4 § 1 mom.). Silence is a duty to check; a lead person or deputy named by another party,
//! or for longer than the term, contradicts the law.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::{Law, StatutoryDuty};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::PartyKind;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Act381S9M1, Prov::Decree388S4M1];
const DECREE: &[Prov] = &[Prov::Decree388S4M1];
const ACT: &[Prov] = &[Prov::Act381S9M1];

pub const RULE: Rule = Rule {
    id: RuleId::R7,
    title: Msg::RuleT7,
    #[cfg(feature = "all-languages")]
    summary: "The employment authority names the lead person and the deputy for at most the group's term after the group's approval; a deputy named by another party contradicts the Decree.",
    severities: &[Law, StatutoryDuty],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let lp = &a.lead_person;
    let is_authority = |id: &str| a.party(id).is_some_and(|p| p.kind == PartyKind::EmploymentAuthority);
    let named_by = lp.named_by.as_deref().filter(|id| !id.is_empty());
    match named_by {
        None => o.add(StatutoryDuty, BASIS, Msg::R7NamerNotStated, &[], F::LeadPersonNamedBy),
        Some(id) if !is_authority(id) => {
            o.add_args(Law, BASIS, Msg::R7NamedByOther, vec![Arg::party(a, id)], F::LeadPersonNamedBy)
        }
        Some(_) => {}
    }
    if let Some(deputy_by) = lp.deputy_named_by.as_deref().filter(|id| !id.is_empty()) {
        // Named by the lead person's authority, or by an authority when the lead's namer is not recorded.
        let by_the_authority = named_by == Some(deputy_by) || (named_by.is_none() && is_authority(deputy_by));
        if !by_the_authority {
            let lead_by = named_by.map_or_else(|| "—".into(), |id| Arg::party(a, id));
            o.add_args(
                Law,
                DECREE,
                Msg::R7DeputyNamedByOther,
                vec![Arg::party(a, deputy_by), lead_by],
                F::LeadPersonDeputyNamedBy,
            );
        }
    }
    if !lp.approved_by_steering_group {
        o.add(StatutoryDuty, ACT, Msg::R7NotApproved, &[], F::LeadPersonApprovedBySteeringGroup);
    }
    if let (Some(until), Some(end)) = (lp.appointed_until, a.steering_group.term_end) {
        if until > end {
            o.add(Law, DECREE, Msg::R7BeyondTerm, &[], F::LeadPersonAppointedUntil);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{d, fires, quiet};
    use super::*;

    #[test]
    fn fires_on_the_wrong_naming_party_the_county_naming_the_deputy_and_a_long_term() {
        fires(RuleId::R7, Law, |a| a.lead_person.named_by = Some("wc".into()));
        // Läntinen Pirkanmaa: "Pirkanmaan hyvinvointialue nimeää johtavan henkilön varahenkilön."
        let f = fires(RuleId::R7, Law, |a| a.lead_person.deputy_named_by = Some("wc".into()));
        assert_eq!(f[0].path, "lead_person.deputy_named_by");
        fires(RuleId::R7, Law, |a| a.lead_person.appointed_until = d(2031, 1, 1));
        fires(RuleId::R7, StatutoryDuty, |a| a.lead_person.approved_by_steering_group = false);
        fires(RuleId::R7, StatutoryDuty, |a| a.lead_person.named_by = None);
    }

    #[test]
    fn quiet_when_the_authority_names_both_within_the_term() {
        quiet(RuleId::R7, |a| {
            a.lead_person.deputy_named_by = Some("ea".into());
            a.lead_person.appointed_until = d(2029, 12, 31);
        });
    }
}
