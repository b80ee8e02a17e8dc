//! R4: the employment authority names the chair and the wellbeing services county the vice-chair
//! (388/2024 1 § 3 mom.); with several employment authorities, the one they agreed on names the chair
//! (381/2023 9 § 1 mom. as amended by 437/2024). The rule tests who names, not whom the chair
//! represents: silence is a duty to check, a naming party of the wrong kind contradicts the decree.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::{Law, StatutoryDuty};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::{PartyKind, SeatRole};
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Decree388S1M3, Prov::Act381S9M1];

pub const RULE: Rule = Rule {
    id: RuleId::R4,
    title: Msg::RuleT4,
    #[cfg(feature = "all-languages")]
    summary: "The employment authority names the chair, the county the vice-chair; the rule tests who names, not whom the chair represents.",
    severities: &[Law, StatutoryDuty],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let sg = &a.steering_group;
    let several = a.parties_of(PartyKind::EmploymentAuthority).count() > 1;
    let chair_basis: &'static [Prov] = if several { BASIS } else { &BASIS[..1] };
    for (named_by, kind, path, unstated, wrong) in [
        (
            &sg.chair_named_by,
            PartyKind::EmploymentAuthority,
            F::SteeringGroupChairNamedBy,
            Msg::R4ChairNamerNotStated,
            Msg::R4ChairNamedByOther,
        ),
        (
            &sg.vice_chair_named_by,
            PartyKind::WellbeingCounty,
            F::SteeringGroupViceChairNamedBy,
            Msg::R4ViceNamerNotStated,
            Msg::R4ViceNamedByOther,
        ),
    ] {
        let basis = if kind == PartyKind::EmploymentAuthority { chair_basis } else { &BASIS[..1] };
        match named_by.as_deref().filter(|id| !id.is_empty()) {
            None => o.add(StatutoryDuty, basis, unstated, &[], path),
            Some(id) if a.party(id).is_none_or(|p| p.kind != kind) => {
                o.add_args(Law, basis, wrong, vec![Arg::party(a, id)], path)
            }
            Some(_) => {}
        }
    }
    // With several authorities, the one agreed names both the lead person and the chair (9 § 1 mom.:
    // "johtavan henkilön ja johtoryhmän puheenjohtajan nimeävästä työvoimaviranomaisesta").
    let lead_by = a.lead_person.named_by.as_deref().filter(|id| !id.is_empty());
    if let (true, Some(chair_by), Some(lead_by)) = (several, sg.chair_named_by.as_deref(), lead_by) {
        if chair_by != lead_by && a.party(chair_by).is_some_and(|p| p.kind == PartyKind::EmploymentAuthority) {
            let args = vec![Arg::party(a, chair_by), Arg::party(a, lead_by)];
            o.add_args(Law, &BASIS[1..], Msg::R4ChairLeadDifferent, args, F::SteeringGroupChairNamedBy);
        }
    }
    // A composition without a chair or vice-chair: the naming is a duty the draft does not record.
    if !sg.seats.is_empty() {
        for (role, msg) in [(SeatRole::Chair, Msg::R4NoChairSeat), (SeatRole::ViceChair, Msg::R4NoViceChairSeat)] {
            if !sg.seats.iter().any(|s| s.role == role) {
                o.add(StatutoryDuty, &BASIS[..1], msg, &[], F::SteeringGroupSeats);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn fires_on_silence_and_on_the_wrong_naming_party() {
        fires(RuleId::R4, StatutoryDuty, |a| a.steering_group.chair_named_by = None);
        fires(RuleId::R4, Law, |a| a.steering_group.chair_named_by = Some("wc".into()));
        fires(RuleId::R4, Law, |a| a.steering_group.vice_chair_named_by = Some("kela".into()));
        // Keski-Pohjanmaa: the composition marks no chair or vice-chair.
        let f = fires(RuleId::R4, StatutoryDuty, |a| {
            a.steering_group.seats.iter_mut().for_each(|s| s.role = SeatRole::Member)
        });
        assert_eq!(f.len(), 2);
    }

    #[test]
    fn with_several_authorities_the_agreed_one_names_the_chair_and_the_lead_person() {
        let second = |a: &mut crate::model::Agreement| {
            a.parties.push(crate::model::Party {
                id: "ea2".into(),
                kind: PartyKind::EmploymentAuthority,
                ..Default::default()
            });
            a.steering_group.authorities_agreed = true;
        };
        let f = fires(RuleId::R4, Law, |a| {
            second(a);
            a.steering_group.chair_named_by = Some("ea2".into());
        });
        assert_eq!(f[0].citation(crate::Lang::Fi), "laki 381/2023 9 § 1 mom. (437/2024)");
        quiet(RuleId::R4, second);
    }

    #[test]
    fn quiet_whoever_the_chair_represents() {
        // The chair may be a county's representative: the employment authority still names the chair.
        quiet(RuleId::R4, |a| {
            a.steering_group.seats[0].role = SeatRole::Member;
            a.steering_group.seats[2].role = SeatRole::Chair;
        });
    }
}
