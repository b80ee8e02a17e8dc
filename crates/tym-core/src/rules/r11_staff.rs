//! R11: every party allocates staff to the cooperation model, and the agreement states its number and
//! task structure at sufficient precision (381/2023 9 § 2 mom.; 388/2024 3 § 2 kohta). A party with no
//! staff, or a row with no number at all, lacks content the decree requires (law). FTE on every row
//! and a county's staff itemised into social and health services are good practice, not law.

use super::{is_core, Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::{Law, Practice};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::{Agreement, PartyKind, Sector, StaffRow};
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Act381S9M2, Prov::Decree388S3K2];
const PRACTICE: &[Prov] = &[Prov::Seeds, Prov::Decree388S3K2];

pub const RULE: Rule = Rule {
    id: RuleId::R11,
    title: Msg::RuleT11,
    #[cfg(feature = "all-languages")]
    summary: "Every party allocates staff; number and task structure at sufficient precision. FTE on every row and a social/health itemisation are good practice, not law.",
    severities: &[Law, Practice],
    basis: &[Prov::Act381S9M2, Prov::Decree388S3K2, Prov::Seeds],
    check,
};

/// "Party: role (sub-area)", the party named in the reader's language.
pub(crate) fn row_label(a: &Agreement, r: &StaffRow) -> Arg {
    let mut s = format!(": {}", r.role);
    if let Some(sa) = &r.sub_area {
        s.push_str(&format!(" ({sa})"));
    }
    Arg::Row(a.party_label(&r.party), s)
}

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let st = &a.staffing;
    for (i, p) in a.parties.iter().enumerate().filter(|(_, p)| is_core(p.kind)) {
        if a.party_fte(&p.id).is_zero() && a.party_persons(&p.id) == 0 {
            o.add_args(Law, BASIS, Msg::R11PartyNoStaff, vec![Arg::party(a, &p.id)], F::Parties.at(i));
        }
    }
    for (i, r) in st.rows.iter().enumerate() {
        match (r.persons, r.fte) {
            (None, None) => {
                o.add_args(Law, BASIS, Msg::R11RowNoNumber, vec![row_label(a, r)], F::StaffingRowsFte.at(i))
            }
            (Some(_), None) => {
                o.add_args(Practice, PRACTICE, Msg::R11RowNoFte, vec![row_label(a, r)], F::StaffingRowsFte.at(i))
            }
            _ => {}
        }
    }
    for (i, p) in a.parties.iter().enumerate().filter(|(_, p)| p.kind == PartyKind::WellbeingCounty) {
        let rows: Vec<&StaffRow> = a.staff_of(&p.id).collect();
        let itemised =
            rows.iter().any(|r| r.sector == Sector::Social) && rows.iter().any(|r| r.sector == Sector::Health);
        if !rows.is_empty() && !itemised {
            let args = vec![Arg::party(a, &p.id)];
            o.add_args(Practice, PRACTICE, Msg::R11CountyNotItemised, args, F::Parties.at(i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;

    #[test]
    fn law_for_no_staff_or_no_number_practice_for_precision() {
        fires(RuleId::R11, Law, |a| a.staffing.rows.retain(|r| r.party != "kela"));
        fires(RuleId::R11, Law, |a| {
            a.staffing.rows[0].fte = None;
            a.staffing.rows[0].persons = None;
        });
        let f = fires(RuleId::R11, Practice, |a| a.staffing.rows[0].fte = None);
        assert!(f.iter().all(|x| x.severity == Practice), "persons without FTE is not a breach");
        fires(RuleId::R11, Practice, |a| a.staffing.rows.retain(|r| r.sector != Sector::Health));
    }

    #[test]
    fn quiet_with_staff_given_in_fte_alone() {
        quiet(RuleId::R11, |a| a.staffing.rows[3].persons = None);
    }
}
