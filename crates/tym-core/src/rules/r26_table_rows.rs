//! R26: two tables of the same list agree. The composition of the steering group (or the staffing)
//! may be printed twice — in the setting decision's annex and in the composition annex — and an
//! annex may list only some of the rows (`Block::Table::rows`). A member or staff row printed in one
//! table and left out of the other is the draft contradicting itself: Läntinen Pirkanmaa's
//! decision (annex 1) names eight members and its composition annex (annex 2, "Johtoryhmä nimetty
//! 20.01.2025") nine.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::Consistency;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::text::shows;
use crate::wording::{annex_numbers, Block, PartKind, TableId};

pub const RULE: Rule = Rule {
    id: RuleId::R26,
    title: Msg::RuleT26,
    #[cfg(feature = "all-languages")]
    summary: "Two tables of the steering group's composition (or of the staffing) in the document list the same rows; a member or row in one and not in the other is an inconsistency.",
    severities: &[Consistency],
    basis: &[Prov::Decree388S1M2, Prov::Decree388S3K2],
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let parts = a.wording.parts();
    let annexes = annex_numbers(&parts);
    // Every table block with the place it is printed at ("liite 2", "kohta 8").
    let mut section = 0;
    let mut tables: Vec<(TableId, Arg, Option<&[u32]>)> = Vec::new();
    for (p, n) in parts.iter().zip(&annexes) {
        if p.kind == PartKind::Section {
            section += 1;
        }
        let place = Arg::Place(p.kind, n.unwrap_or(section));
        for b in &p.blocks {
            if let Block::Table { table, rows } = b {
                tables.push((*table, place.clone(), rows.as_deref()));
            }
        }
    }
    for (id, len, basis, msg) in [
        (TableId::Composition, a.steering_group.seats.len(), &[Prov::Decree388S1M2], Msg::R26SeatDiffers),
        (TableId::Staffing, a.staffing.rows.len(), &[Prov::Decree388S3K2], Msg::R26RowDiffers),
    ] {
        let of: Vec<&(TableId, Arg, Option<&[u32]>)> = tables.iter().filter(|t| t.0 == id).collect();
        if of.len() < 2 {
            continue;
        }
        for i in 0..len {
            let with = of.iter().find(|t| shows(t.2, i));
            let without = of.iter().find(|t| !shows(t.2, i));
            let (Some(with), Some(without)) = (with, without) else { continue };
            let (label, path) = if id == TableId::Composition {
                let s = &a.steering_group.seats[i];
                let who =
                    [s.member.trim(), s.deputy.trim()].iter().filter(|x| !x.is_empty()).copied().collect::<Vec<_>>();
                (Arg::Text(who.join(" / ")), format!("steering_group.seats[{i}].member"))
            } else {
                (super::r11_staff::row_label(a, &a.staffing.rows[i]), format!("staffing.rows[{i}].role"))
            };
            let args = vec![Arg::Text((i + 1).to_string()), label, with.1.clone(), without.1.clone()];
            o.add_args(Consistency, basis, msg, args, path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, quiet};
    use super::*;
    use crate::model::Agreement;
    use crate::wording::Topic;

    /// The template with a second composition table (in the steering group's section) listing `rows`.
    fn two_compositions(a: &mut Agreement, rows: Option<Vec<u32>>) {
        a.wording.parts = crate::wording::template();
        let part = a.wording.parts.iter_mut().find(|p| p.topic == Topic::SteeringGroup && p.kind == PartKind::Section);
        part.unwrap().blocks.push(Block::Table { table: TableId::Composition, rows });
    }

    #[test]
    fn fires_on_a_member_in_one_composition_and_not_the_other() {
        // Läntinen Pirkanmaa: the decision's list has no row for the third member of annex 2.
        let f = fires(RuleId::R26, Consistency, |a| two_compositions(a, Some(vec![0, 1, 3])));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].path, "steering_group.seats[2].member");
        let fi = f[0].message(crate::Lang::Fi);
        assert!(fi.contains("rivi 3") && fi.contains("(kohta 4)") && fi.contains("(liite 1)"), "{fi}");
        let en = f[0].message(crate::Lang::En);
        assert!(en.contains("(section 4)") && en.contains("(annex 1)"), "{en}");
        assert!(f[0].message(crate::Lang::Sv).contains("(bilaga 1)"));
    }

    #[test]
    fn fires_on_two_staffing_tables_with_different_rows() {
        let f = fires(RuleId::R26, Consistency, |a| {
            a.wording.parts = crate::wording::template();
            let part = a.wording.parts.iter_mut().find(|p| p.topic == Topic::Staffing).unwrap();
            part.blocks.push(Block::Table { table: TableId::Staffing, rows: Some(vec![1, 2, 3]) });
        });
        assert_eq!(f[0].path, "staffing.rows[0].role");
    }

    #[test]
    fn quiet_when_the_tables_list_the_same_rows_or_there_is_one() {
        quiet(RuleId::R26, |a| two_compositions(a, None));
        quiet(RuleId::R26, |a| two_compositions(a, Some(vec![0, 1, 2, 3])));
        quiet(RuleId::R26, |a| a.wording.parts = crate::wording::template());
    }
}
