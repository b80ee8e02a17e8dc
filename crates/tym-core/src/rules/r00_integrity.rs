//! R0: the file's own integrity — every business ID passes its check digit, and every reference to a
//! party names one of the agreement's parties.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::{Arg, Severity::Consistency};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::path::{Path, F};

pub const RULE: Rule = Rule {
    id: RuleId::R0,
    title: Msg::RuleT0,
    #[cfg(feature = "all-languages")]
    summary: "Business IDs pass their check digit, and every reference to a party names a party of the agreement.",
    severities: &[Consistency],
    basis: &[Prov::BusinessIdCheck, Prov::References],
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    for (i, p) in a.parties.iter().enumerate() {
        if !p.business_id.trim().is_empty() && crate::business_id::validate(&p.business_id).is_err() {
            o.add_args(
                Consistency,
                &[Prov::BusinessIdCheck],
                Msg::R0BusinessId,
                vec![Arg::party(a, &p.id), (&p.business_id).into()],
                F::PartiesBusinessId.at(i),
            );
        }
    }
    let unknown = |id: &str| !id.is_empty() && a.party(id).is_none();
    // (the row, its party field, the party referred to)
    let mut refs: Vec<(Path, Path, &str)> = Vec::new();
    for (i, r) in a.staffing.rows.iter().enumerate() {
        refs.push((F::StaffingRows.at(i), F::StaffingRowsParty.at(i), &r.party));
    }
    for (i, s) in a.steering_group.seats.iter().enumerate() {
        if let Some(p) = &s.party {
            refs.push((F::SteeringGroupSeats.at(i), F::SteeringGroupSeatsParty.at(i), p));
        }
    }
    for (i, s) in a.signatures.signatories.iter().enumerate() {
        if let Some(p) = &s.party {
            refs.push((F::SignaturesSignatories.at(i), F::SignaturesSignatoriesParty.at(i), p));
        }
    }
    for (row, at, p) in refs.into_iter().filter(|(_, _, p)| unknown(p)) {
        let args = vec![Arg::Field(row), p.into()];
        o.add_args(Consistency, &[Prov::References], Msg::R0UnknownPartyRef, args, at);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn fires_on_a_bad_check_digit_and_an_unknown_party() {
        fires(RuleId::R0, Consistency, |a| a.parties[0].business_id = "1068366-0".into());
        let f = fires(RuleId::R0, Consistency, |a| a.staffing.rows[0].party = "ministry".into());
        assert_eq!(f[0].path, "staffing.rows[0].party");
    }

    #[test]
    fn quiet_on_valid_ids_and_known_parties() {
        quiet(RuleId::R0, |a| a.parties[1].business_id = "0246246-0".into());
        quiet(RuleId::R0, |a| a.parties[1].business_id.clear());
    }
}
