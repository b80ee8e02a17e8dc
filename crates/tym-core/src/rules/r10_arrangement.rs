//! R10: the agreement states the ways of arranging the service (388/2024 3 § 1 kohta): content the
//! decree requires, so its absence is law.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::{Arg, Severity::Law};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::path::F;
use crate::wording::ClauseId;

const BASIS: &[Prov] = &[Prov::Decree388S3K1];

pub const RULE: Rule = Rule {
    id: RuleId::R10,
    title: Msg::RuleT10,
    #[cfg(feature = "all-languages")]
    summary: "Content the agreement must have.",
    severities: &[Law],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let ar = &cx.a.arrangement;
    let worded = crate::wording::has_own_wording(cx.a, crate::wording::Topic::Arrangement);
    if !ar.in_person && !ar.remote && !worded {
        o.add(Law, BASIS, Msg::R10NoArrangement, &[], F::ArrangementInPerson);
    } else if !super::in_document(cx.a, ClauseId::ArrangementWays) {
        o.add_args(Law, BASIS, Msg::NotPrinted, vec![Arg::Msg(Msg::RuleT10)], F::ArrangementInPerson);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, own, quiet};
    use super::*;

    #[test]
    fn fires_with_no_way_stated() {
        fires(RuleId::R10, Law, |a| {
            a.arrangement.in_person = false;
            a.arrangement.remote = false;
        });
    }

    #[test]
    fn fires_when_the_document_does_not_print_the_ways() {
        // The fields say in person and remotely, but the clause was taken out of the wording.
        let f = fires(RuleId::R10, Law, |a| {
            a.wording.parts = crate::wording::template();
            for p in &mut a.wording.parts {
                p.blocks.retain(|b| !matches!(b, crate::wording::Block::Clause { clause: ClauseId::ArrangementWays }));
            }
        });
        assert_eq!(f[0].msg, Msg::NotPrinted);
    }

    #[test]
    fn quiet_with_one_way_or_a_wording() {
        quiet(RuleId::R10, |a| a.arrangement.remote = false);
        quiet(RuleId::R10, |a| {
            a.arrangement.in_person = false;
            a.arrangement.remote = false;
            own(a, crate::wording::Topic::Arrangement, "Palvelu järjestetään liitteen 1 mukaisesti.");
        });
    }
}
