//! R23: a person not yet named. A placeholder — "N.N.", "[nimi, titteli]", "XX", "…", "___" — or a
//! blank where the lead person, the deputy, a steering-group member or deputy member, or a signatory
//! should be. The draft is not finished there (consistency); where a statute makes the naming a duty,
//! the finding cites it too (388/2024 1 § 2 mom. for members, 4 § 1 mom. for the lead person).

use super::{seat_org, Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::Consistency;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::Status;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Unfilled];
const SEAT: &[Prov] = &[Prov::Unfilled, Prov::Decree388S1M2];
const LEAD: &[Prov] = &[Prov::Unfilled, Prov::Decree388S4M1];

pub const RULE: Rule = Rule {
    id: RuleId::R23,
    title: Msg::RuleT23,
    #[cfg(feature = "all-languages")]
    summary:
        "A placeholder or blank where the lead person, the deputy, a member, a deputy member or a signatory should be.",
    severities: &[Consistency],
    basis: &[Prov::Unfilled, Prov::Decree388S1M2, Prov::Decree388S4M1],
    check,
};

/// The value is a placeholder for a name still to be filled in: "N.N.", "NN", "[nimi, titteli]",
/// "XX", "X.X.", "…", "...", "___", or a placeholder followed by a title ("N.N., titteli").
pub fn is_placeholder(value: &str) -> bool {
    let v = value.trim();
    if v.contains('[') && v.contains(']') {
        return true;
    }
    if v.contains("___") || v.contains('…') || v.contains("...") {
        return true;
    }
    v.split([',', ' ', '(', ')', ';', '/']).any(|word| {
        let letters: String = word.chars().filter(|c| *c != '.').collect();
        matches!(letters.as_str(), "NN" | "XX" | "XXX" | "xx" | "xxx")
    })
}

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    // A blank counts only in a draft: a signed agreement's file may leave names out on purpose (the
    // presets carry no names of officials), while a placeholder is unfinished in any file.
    let draft = a.meta.status == Status::Draft;
    let lp = &a.lead_person;
    if is_placeholder(&lp.title) {
        o.add(Consistency, LEAD, Msg::R23LeadPlaceholder, &[&lp.title], F::LeadPersonTitle);
    }
    if is_placeholder(&lp.deputy_title) {
        o.add(Consistency, LEAD, Msg::R23DeputyPlaceholder, &[&lp.deputy_title], F::LeadPersonDeputyTitle);
    }
    for (i, s) in a.steering_group.seats.iter().enumerate() {
        if (draft && s.member.trim().is_empty()) || is_placeholder(&s.member) {
            o.add_args(
                Consistency,
                SEAT,
                Msg::R23MemberPlaceholder,
                vec![seat_org(a, s), (&s.member).into()],
                F::SteeringGroupSeatsMember.at(i),
            );
        }
        if is_placeholder(&s.deputy) {
            o.add_args(
                Consistency,
                SEAT,
                Msg::R23MemberPlaceholder,
                vec![seat_org(a, s), (&s.deputy).into()],
                F::SteeringGroupSeatsDeputy.at(i),
            );
        }
    }
    for (i, s) in a.signatures.signatories.iter().enumerate() {
        let party =
            s.party.as_deref().filter(|p| a.party(p).is_some()).map_or_else(|| "—".into(), |p| Arg::party(a, p));
        let blank = draft && s.title.trim().is_empty() && s.name.trim().is_empty();
        for (field, value) in [(F::SignaturesSignatoriesTitle, &s.title), (F::SignaturesSignatoriesName, &s.name)] {
            if is_placeholder(value) || (blank && field == F::SignaturesSignatoriesTitle) {
                o.add_args(
                    Consistency,
                    BASIS,
                    Msg::R23SignatoryPlaceholder,
                    vec![party.clone(), value.into()],
                    field.at(i),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn placeholders_as_the_seeds_write_them() {
        for p in [
            "N.N.",
            "N.N., titteli",
            "[nimi, titteli]",
            "Järvenpään kaupunki (vastuukunta), [nimi, titteli]",
            "XX",
            "xx",
            "NN",
            "…",
            "_____",
        ] {
            assert!(is_placeholder(p), "{p}");
        }
        for p in
            ["TYM-johtaja", "Satakunnan työllisyysalue", "KELA", "johtava henkilö", "N. Nieminen", "Nina", "Xavier", ""]
        {
            assert!(!is_placeholder(p), "{p}");
        }
    }

    #[test]
    fn fires_where_a_person_is_not_yet_named() {
        fires(RuleId::R23, Consistency, |a| a.signatures.signatories[1].title = "N.N., titteli".into());
        fires(RuleId::R23, Consistency, |a| a.signatures.signatories[2].title = "[nimi, titteli]".into());
        fires(RuleId::R23, Consistency, |a| a.signatures.signatories[2].title.clear());
        fires(RuleId::R23, Consistency, |a| a.lead_person.title = "XX".into());
        fires(RuleId::R23, Consistency, |a| a.lead_person.deputy_title = "N.N.".into());
        fires(RuleId::R23, Consistency, |a| a.steering_group.seats[2].member = "N.N.".into());
        fires(RuleId::R23, Consistency, |a| a.steering_group.seats[2].member.clear());
        fires(RuleId::R23, Consistency, |a| a.steering_group.seats[2].deputy = "[varajäsen]".into());
    }

    #[test]
    fn a_blank_is_unfinished_only_in_a_draft() {
        quiet(RuleId::R23, |a| {
            a.meta.status = Status::Signed;
            a.signatures.signatories[2].title.clear();
        });
        fires(RuleId::R23, Consistency, |a| {
            a.meta.status = Status::Signed;
            a.signatures.signatories[2].title = "N.N.".into();
        });
    }

    #[test]
    fn quiet_with_titles_and_an_unnamed_lead_person() {
        quiet(RuleId::R23, |a| {
            a.lead_person.title = "TYM-koordinaattori".into();
            a.signatures.signatories[0].name = "Nimi Sukunimi".into();
        });
    }
}
