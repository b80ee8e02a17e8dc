//! R16: the staff figures agree with each other — a row's FTE never exceeds its persons, and totals
//! the agreement states ("n. 6 htv") agree with its rows (arithmetic).

use super::r11_staff::row_label;
use super::{Ctx, Out, Rule, RuleId};
use crate::check::{Arg, Severity::Consistency};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::num::Dec;
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Arithmetic];

pub const RULE: Rule = Rule {
    id: RuleId::R16,
    title: Msg::RuleT16,
    #[cfg(feature = "all-languages")]
    summary: "A row's FTE never exceeds its persons; stated totals agree with the rows.",
    severities: &[Consistency],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    for (i, r) in a.staffing.rows.iter().enumerate() {
        if let (Some(f), Some(p)) = (r.fte, r.persons) {
            if f > Dec::from_int(i64::from(p)) {
                let args = vec![row_label(a, r), f.into(), Dec::from_int(i64::from(p)).into()];
                o.add_args(Consistency, BASIS, Msg::R16FteOverPersons, args, F::StaffingRowsFte.at(i));
            }
        }
    }
    for (i, t) in a.staffing.stated_totals.iter().enumerate() {
        let sum = a.party_fte(&t.party);
        // "n. 6 htv" tolerates half an FTE either way; an exact statement must match to the thousandth.
        let tolerance = if t.approximate { 500 } else { 0 };
        if sum.0.abs_diff(t.fte.0) > tolerance {
            let args = vec![Arg::party(a, &t.party), t.fte.into(), sum.into()];
            o.add_args(Consistency, BASIS, Msg::R16StatedTotalDiffers, args, F::StaffingStatedTotalsFte.at(i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;
    use crate::model::StatedTotal;

    #[test]
    fn fires_on_fte_over_persons_and_a_total_that_differs() {
        fires(RuleId::R16, Consistency, |a| a.staffing.rows[3].fte = Some(Dec(1500)));
        fires(RuleId::R16, Consistency, |a| {
            a.staffing.stated_totals =
                vec![StatedTotal { party: "ea".into(), fte: Dec(5000), approximate: false, wording: "5 htv".into() }]
        });
    }

    #[test]
    fn quiet_on_an_approximate_total_within_half_an_fte() {
        quiet(RuleId::R16, |a| {
            a.staffing.stated_totals =
                vec![StatedTotal { party: "ea".into(), fte: Dec(3400), approximate: true, wording: "n. 3 htv".into() }]
        });
    }
}
