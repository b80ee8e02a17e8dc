//! R26: two tables of the steering group's composition agree. The composition may be printed twice —
//! in the setting decision's annex and in the composition annex — and an annex may list only some of
//! the seats (`Block::Table::rows`). A member printed in one table and left out of the other is the
//! draft contradicting itself: Läntinen Pirkanmaa's decision (annex 1) names eight members and its
//! composition annex (annex 2, "Johtoryhmä nimetty 20.01.2025") nine. (A staffing table prints every
//! row wherever it stands, so two cannot differ; no seed has two.)

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::Consistency;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::path::F;
use crate::text::shows;
use crate::wording::{annex_numbers, Block, PartKind, TableId};

pub const RULE: Rule = Rule {
    id: RuleId::R26,
    title: Msg::RuleT26,
    #[cfg(feature = "all-languages")]
    summary: "Two tables of the steering group's composition in the document list the same seats; a member in one and not in the other is an inconsistency.",
    severities: &[Consistency],
    basis: &[Prov::Decree388S1M2],
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    let parts = a.wording.parts();
    let annexes = annex_numbers(&parts);
    // Every composition table with the place it is printed at ("liite 2", "kohta 8").
    let mut section = 0;
    let mut tables: Vec<(Arg, Option<&[u32]>)> = Vec::new();
    for (p, n) in parts.iter().zip(&annexes) {
        if p.kind == PartKind::Section {
            section += 1;
        }
        for b in &p.blocks {
            if let Block::Table { table: TableId::Composition, rows } = b {
                tables.push((Arg::Place(p.kind, n.unwrap_or(section)), rows.as_deref()));
            }
        }
    }
    if tables.len() < 2 {
        return;
    }
    for (i, s) in a.steering_group.seats.iter().enumerate() {
        let with = tables.iter().find(|t| shows(t.1, i));
        let without = tables.iter().find(|t| !shows(t.1, i));
        let (Some(with), Some(without)) = (with, without) else { continue };
        let who: Vec<&str> = [s.member.trim(), s.deputy.trim()].into_iter().filter(|x| !x.is_empty()).collect();
        let args = vec![Arg::Text((i + 1).to_string()), Arg::Text(who.join(" / ")), with.0.clone(), without.0.clone()];
        o.add_args(Consistency, RULE.basis, Msg::R26SeatDiffers, args, F::SteeringGroupSeatsMember.at(i));
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
    fn quiet_when_the_tables_list_the_same_rows_or_there_is_one() {
        quiet(RuleId::R26, |a| two_compositions(a, None));
        quiet(RuleId::R26, |a| two_compositions(a, Some(vec![0, 1, 2, 3])));
        quiet(RuleId::R26, |a| a.wording.parts = crate::wording::template());
    }
}
