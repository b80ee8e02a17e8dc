//! R24: a party not yet named. A party with no name in Finnish or Swedish is shown everywhere as its
//! kind ("Työvoimaviranomainen (nimi puuttuu)", `model::PartyName`), and a name that is a placeholder
//! ("[nimi]", "XX", "…") prints as typed: either way the draft does not yet say who makes the agreement
//! with whom (consistency; the parties are those of 388/2024 3 §'s opening words). A new blank
//! agreement raises it until its parties are named.

use super::r23_placeholders::is_placeholder;
use super::{Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::Consistency;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Unfilled, Prov::Decree388S3];

pub const RULE: Rule = Rule {
    id: RuleId::R24,
    title: Msg::RuleT24,
    #[cfg(feature = "all-languages")]
    summary: "Every party has a name: one without a name (shown as its kind) or with a placeholder for a name is not yet named.",
    severities: &[Consistency],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    for (i, p) in a.parties.iter().enumerate() {
        if !p.has_name() {
            let args = vec![Arg::party(a, &p.id)];
            o.add_args(Consistency, BASIS, Msg::R24PartyUnnamed, args, F::PartiesNameFi.at(i));
            continue;
        }
        for (field, name) in [(F::PartiesNameFi, &p.name_fi), (F::PartiesNameSv, &p.name_sv)] {
            if is_placeholder(name) {
                o.add(Consistency, BASIS, Msg::R24PartyPlaceholder, &[name], field.at(i));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{Party, PartyKind};

    #[test]
    fn fires_on_a_party_without_a_name_at_its_name_field() {
        let f = fires(RuleId::R24, Consistency, |a| a.parties[1].name_fi.clear());
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].path, "parties[1].name_fi");
        assert_eq!(f[0].field_id(), "f-parties-1-name_fi");
        // The message names the party as every output does, in the reader's language.
        assert!(f[0].message(Lang::Fi).contains("”Hyvinvointialue (nimi puuttuu)”"), "{}", f[0].message(Lang::Fi));
        assert!(f[0].message(Lang::Sv).contains("Välfärdsområde (namnet saknas)"), "{}", f[0].message(Lang::Sv));
        assert!(f[0].message(Lang::En).contains("Wellbeing services county (name missing)"));
        let f = fires(RuleId::R24, Consistency, |a| a.parties[0].name_fi = "  ".into());
        assert_eq!(f[0].path, "parties[0].name_fi");
    }

    #[test]
    fn several_unnamed_parties_of_a_kind_are_told_apart() {
        let f = fires(RuleId::R24, Consistency, |a| {
            a.parties[1].name_fi.clear();
            a.parties.push(Party { id: "wc2".into(), kind: PartyKind::WellbeingCounty, ..Default::default() });
        });
        let messages: Vec<String> = f.iter().map(|x| x.message(Lang::Fi)).collect();
        assert_eq!(messages.len(), 2);
        assert!(messages[0].contains("Hyvinvointialue 1 (nimi puuttuu)"), "{messages:?}");
        assert!(messages[1].contains("Hyvinvointialue 2 (nimi puuttuu)"), "{messages:?}");
        assert_eq!(f[1].path, "parties[3].name_fi");
    }

    #[test]
    fn fires_on_a_placeholder_for_a_name() {
        let f = fires(RuleId::R24, Consistency, |a| a.parties[0].name_fi = "[työvoimaviranomaisen nimi]".into());
        assert_eq!(f[0].path, "parties[0].name_fi");
        let f = fires(RuleId::R24, Consistency, |a| a.parties[2].name_sv = "XX".into());
        assert_eq!(f[0].path, "parties[2].name_sv");
    }

    #[test]
    fn quiet_when_every_party_has_a_name_in_either_language() {
        quiet(RuleId::R24, |_| {});
        quiet(RuleId::R24, |a| {
            a.parties[1].name_fi.clear();
            a.parties[1].name_sv = "Testins välfärdsområde".into();
        });
    }
}
