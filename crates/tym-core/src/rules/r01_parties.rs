//! R1: the parties. Every employment authority and every wellbeing services county of the steering
//! group's area, and Kela, make the agreement (381/2023 9 § 2 mom. as amended by 437/2024; 388/2024
//! 3 § opening words; the three actors of 381/2023 2 § 1 mom.). A municipality of the area whose
//! employment authority is not a party means an authority of the area is missing.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Severity::Law;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::PartyKind;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Act381S9M2, Prov::Decree388S3, Prov::Act381S2M1];

pub const RULE: Rule =
    Rule { id: RuleId::R1, title: Msg::RuleT1, #[cfg(feature = "all-languages")]
    summary: "The agreement is made by the employment authorities and counties of the steering group's area and Kela; a municipality's employment authority that is not a party is a gap (law).", severities: &[Law], basis: BASIS, check };

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    for (kind, msg) in [
        (PartyKind::EmploymentAuthority, Msg::R1NoEmploymentAuthority),
        (PartyKind::WellbeingCounty, Msg::R1NoCounty),
        (PartyKind::Kela, Msg::R1NoKela),
    ] {
        if a.parties_of(kind).next().is_none() {
            o.add(Law, &BASIS[..2], msg, &[], F::Parties);
        }
    }
    for (i, m) in a.area.municipalities.iter().enumerate() {
        let Some(id) = m.authority.as_deref().filter(|id| !id.trim().is_empty()) else { continue };
        if a.party(id).is_none_or(|p| p.kind != PartyKind::EmploymentAuthority) {
            o.add(Law, &BASIS[..2], Msg::R1AuthorityNotParty, &[&m.name, id], F::AreaMunicipalitiesAuthority.at(i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn fires_when_a_kind_of_party_or_an_authority_of_the_area_is_missing() {
        fires(RuleId::R1, Law, |a| a.parties.retain(|p| p.kind != PartyKind::Kela));
        fires(RuleId::R1, Law, |a| a.parties.retain(|p| p.kind != PartyKind::WellbeingCounty));
        let f = fires(RuleId::R1, Law, |a| a.area.municipalities[0].authority = Some("ea-north".into()));
        assert_eq!(f[0].path, "area.municipalities[0].authority");
    }

    #[test]
    fn quiet_when_every_authority_of_the_area_is_a_party() {
        quiet(RuleId::R1, |a| a.area.municipalities[0].authority = Some("ea".into()));
        quiet(RuleId::R1, |_| {});
    }
}
