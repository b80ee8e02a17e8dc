//! R21: a live field of the parties' own wording that the data cannot fill (a removed party, an annex
//! the document no longer has) prints as a visible placeholder — the text contradicts the data.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Severity::Consistency;
use crate::i18n::Msg;
use crate::law::Prov;

const BASIS: &[Prov] = &[Prov::OwnWording];

pub const RULE: Rule = Rule {
    id: RuleId::R21,
    title: Msg::RuleT21,
    #[cfg(feature = "all-languages")]
    summary: "A live field of the own wording that the data cannot fill (a removed party, an annex that is not there) prints as a placeholder.",
    severities: &[Consistency],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    for (path, field) in crate::text::missing_fields(cx.a) {
        o.add(Consistency, BASIS, Msg::R21FieldMissing, &[&field], path);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{complete, fires, own, quiet};
    use super::*;
    use crate::check::check;
    use crate::i18n::Lang;
    use crate::wording::Topic;

    #[test]
    fn fires_on_a_field_the_data_does_not_have() {
        fires(RuleId::R21, Consistency, |a| own(a, Topic::Area, "Alueen osapuoli {{party:poistettu}} vastaa."));
        fires(RuleId::R21, Consistency, |a| own(a, Topic::Area, "Katso liite {{annex:nothing}}."));
        let mut a = complete();
        own(&mut a, Topic::Area, "{{party:ea}} vastaa {{municipalities}} palveluista.");
        a.parties.retain(|p| p.id != "ea");
        let f = check(&a).into_iter().find(|f| f.rule == RuleId::R21).expect("R21");
        assert_eq!(crate::wording::topic_of(&a, &f.path), Some(Topic::Area));
        assert!(f.message(Lang::Sv).contains("party:ea"), "{}", f.message(Lang::Sv));
    }

    #[test]
    fn quiet_when_every_field_has_its_data() {
        quiet(RuleId::R21, |a| own(a, Topic::Area, "{{party:ea}} vastaa {{municipalities}} palveluista."));
    }
}
