//! R3: every county, employment authority and Kela names members and a personal deputy for each
//! (388/2024 1 § 2 mom.). A party with no member recorded is a duty to check; a member recorded
//! without a deputy contradicts the decree.

use super::{is_core, seat_org, Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::{Law, StatutoryDuty};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::SeatRole;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Decree388S1M2];

pub const RULE: Rule = Rule {
    id: RuleId::R3,
    title: Msg::RuleT3,
    #[cfg(feature = "all-languages")]
    summary: "Each county, employment authority and Kela names members and personal deputies; a member recorded without a deputy is law.",
    severities: &[Law, StatutoryDuty],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let seats = &a.steering_group.seats;
    for (i, p) in a.parties.iter().enumerate().filter(|(_, p)| is_core(p.kind)) {
        if !seats.iter().any(|s| s.party.as_deref() == Some(p.id.as_str())) {
            o.add_args(StatutoryDuty, BASIS, Msg::R3PartyNoMembers, vec![Arg::party(a, &p.id)], F::Parties.at(i));
        }
    }
    for (i, s) in seats.iter().enumerate() {
        let voting = !matches!(s.role, SeatRole::Secretary | SeatRole::Expert);
        if voting && s.deputy.trim().is_empty() {
            let args = vec![(&s.member).into(), seat_org(a, s)];
            o.add_args(Law, BASIS, Msg::R3NoDeputy, args, F::SteeringGroupSeatsDeputy.at(i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn fires_on_a_member_without_deputy_and_a_party_without_members() {
        fires(RuleId::R3, Law, |a| a.steering_group.seats[3].deputy.clear());
        fires(RuleId::R3, StatutoryDuty, |a| a.steering_group.seats.retain(|s| s.party.as_deref() != Some("kela")));
    }

    #[test]
    fn quiet_for_a_secretary_without_deputy() {
        quiet(RuleId::R3, |a| {
            a.steering_group.seats[3].role = SeatRole::Secretary;
            a.steering_group.seats[3].deputy.clear();
            a.steering_group.seats.push(a.steering_group.seats[2].clone());
            a.steering_group.seats.last_mut().unwrap().party = Some("kela".into());
        });
    }
}
