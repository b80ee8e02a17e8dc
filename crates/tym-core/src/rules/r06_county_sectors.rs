//! R6: each wellbeing services county is represented in the steering group from both social services
//! and health services. The real agreements agree on it; no statute requires it (practice).

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::Practice;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::{PartyKind, Sector};
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Seeds];

pub const RULE: Rule = Rule {
    id: RuleId::R6,
    title: Msg::RuleT6,
    #[cfg(feature = "all-languages")]
    summary: "Practice of the real agreements; no statute requires it.",
    severities: &[Practice],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    for (i, p) in a.parties.iter().enumerate().filter(|(_, p)| p.kind == PartyKind::WellbeingCounty) {
        let sectors: Vec<Sector> = a
            .steering_group
            .seats
            .iter()
            .filter(|s| s.party.as_deref() == Some(p.id.as_str()))
            .map(|s| s.sector)
            .collect();
        if !sectors.contains(&Sector::Social) {
            o.add_args(Practice, BASIS, Msg::R6CountyNoSocial, vec![Arg::party(a, &p.id)], F::Parties.at(i));
        }
        if !sectors.contains(&Sector::Health) {
            o.add_args(Practice, BASIS, Msg::R6CountyNoHealth, vec![Arg::party(a, &p.id)], F::Parties.at(i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn fires_when_health_is_missing() {
        fires(RuleId::R6, Practice, |a| a.steering_group.seats[2].sector = Sector::Social);
    }

    #[test]
    fn quiet_with_both_sectors() {
        quiet(RuleId::R6, |_| {});
    }
}
