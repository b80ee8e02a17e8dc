//! R2: an employment authority sets the steering group; a group with several employment authorities
//! may be formed only if they agree which one sets it and which names the lead person and the chair
//! (381/2023 9 § 1 mom. as amended by 437/2024). A duty on the authorities: silence is a statutory
//! duty to check; a setter that is not an employment authority contradicts the law.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::{Law, StatutoryDuty};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::PartyKind;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Act381S9M1];

pub const RULE: Rule = Rule {
    id: RuleId::R2,
    title: Msg::RuleT2,
    #[cfg(feature = "all-languages")]
    summary: "A duty of the employment authority; a group of several authorities requires their agreement on who sets it and names the lead person and chair. A contrary entry is law; silence is a statutory duty to check.",
    severities: &[Law, StatutoryDuty],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let sg = &a.steering_group;
    match sg.set_by.as_deref().and_then(|id| a.party(id)) {
        None => o.add(StatutoryDuty, BASIS, Msg::R2NoSetter, &[], F::SteeringGroupSetBy),
        Some(p) if p.kind != PartyKind::EmploymentAuthority => {
            o.add_args(Law, BASIS, Msg::R2SetterNotAuthority, vec![Arg::party(a, &p.id)], F::SteeringGroupSetBy)
        }
        Some(_) => {}
    }
    if a.parties_of(PartyKind::EmploymentAuthority).count() > 1 && !sg.authorities_agreed {
        o.add(StatutoryDuty, BASIS, Msg::R2SeveralNotAgreed, &[], F::SteeringGroupAuthoritiesAgreed);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;
    use crate::model::Party;

    fn second_authority(a: &mut crate::model::Agreement) {
        a.parties.push(Party { id: "ea2".into(), kind: PartyKind::EmploymentAuthority, ..Default::default() });
    }

    #[test]
    fn fires_on_silence_a_wrong_setter_and_several_authorities_not_agreed() {
        fires(RuleId::R2, StatutoryDuty, |a| a.steering_group.set_by = None);
        fires(RuleId::R2, Law, |a| a.steering_group.set_by = Some("wc".into()));
        fires(RuleId::R2, StatutoryDuty, second_authority);
    }

    #[test]
    fn quiet_when_the_authorities_agreed() {
        quiet(RuleId::R2, |a| {
            second_authority(a);
            a.steering_group.authorities_agreed = true;
        });
    }
}
