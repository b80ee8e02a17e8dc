//! R12: the sufficiency of the staff is reviewed at least yearly and the agreement amended when the
//! resource needs change (388/2024 3 § 3 kohta): content the decree requires.

use super::in_document;
use super::{Ctx, Out, Rule, RuleId};
use crate::check::{Arg, Severity::Law};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::path::F;
use crate::wording::ClauseId;

const BASIS: &[Prov] = &[Prov::Decree388S3K3];

pub const RULE: Rule = Rule {
    id: RuleId::R12,
    title: Msg::RuleT12,
    #[cfg(feature = "all-languages")]
    summary: "Content the agreement must have.",
    severities: &[Law],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let staffing_printed = in_document(a, ClauseId::StaffingReview);
    if !a.staffing.reviewed_yearly && !a.validity.reviewed_yearly {
        o.add(Law, BASIS, Msg::R12NoReview, &[], F::StaffingReviewedYearly);
    } else {
        let printed = (a.staffing.reviewed_yearly && staffing_printed)
            || (a.validity.reviewed_yearly && in_document(a, ClauseId::ValidityReview));
        if !printed {
            o.add_args(Law, BASIS, Msg::NotPrinted, vec![Arg::Msg(Msg::UiStaffReviewed)], F::StaffingReviewedYearly);
        }
    }
    if !a.staffing.amended_on_change {
        o.add(Law, BASIS, Msg::R12NoAmendment, &[], F::StaffingAmendedOnChange);
    } else if !staffing_printed {
        o.add_args(Law, BASIS, Msg::NotPrinted, vec![Arg::Msg(Msg::UiAmendedOnChange)], F::StaffingAmendedOnChange);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn fires_without_review_or_amendment() {
        fires(RuleId::R12, Law, |a| a.staffing.reviewed_yearly = false);
        fires(RuleId::R12, Law, |a| a.staffing.amended_on_change = false);
    }

    #[test]
    fn fires_when_the_review_clause_is_not_printed() {
        let f = fires(RuleId::R12, Law, |a| {
            a.wording.parts = crate::wording::template();
            for p in &mut a.wording.parts {
                p.blocks.retain(|b| !matches!(b, crate::wording::Block::Clause { clause: ClauseId::StaffingReview }));
            }
        });
        assert_eq!(f.len(), 2, "review and amendment are both in the data only");
    }

    #[test]
    fn quiet_when_the_agreement_as_a_whole_is_reviewed_yearly() {
        quiet(RuleId::R12, |a| {
            a.staffing.reviewed_yearly = false;
            a.validity.reviewed_yearly = true;
        });
    }
}
