//! R25: the setting decision and the agreement agree on who names the chair and the vice-chair. A
//! decision annexed to the agreement (or printed with it) may word the naming otherwise than the
//! agreement's section: Eteläinen Keski-Suomi's section 8 has the county name the vice-chair, while
//! the employment authority's board "päättää … valita … varapuheenjohtajaksi" in its decision. The
//! decision's naming is data of its own (`steering_group.decision.chair_named_by`,
//! `…vice_chair_named_by`), so the finding names both places. A decision that gives the naming to a
//! party of the wrong kind contradicts 388/2024 1 § 3 mom. (*law*); a difference between two parties
//! of the right kind is the draft contradicting itself (*consistency*). When the section is silent
//! there is nothing to compare: R4 asks the user to check the decision.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::{Consistency, Law};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::{Agreement, PartyKind};
use crate::path::F;
use crate::wording::{ClauseId, PartKind, Topic};

const BASIS: &[Prov] = &[Prov::Decree388S1M3];

pub const RULE: Rule = Rule {
    id: RuleId::R25,
    title: Msg::RuleT25,
    #[cfg(feature = "all-languages")]
    summary: "Who names the chair and the vice-chair is the same in the agreement's section and in the setting decision; a decision that has another kind of party choose them contradicts the Decree.",
    severities: &[Law, Consistency],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    // The section speaks only if the document prints who names (the clause, or the topic's own wording).
    if !super::in_document(a, ClauseId::SteeringMembers) {
        return;
    }
    let sg = &a.steering_group;
    let d = &sg.decision;
    for (in_section, in_decision, kind, path, wrong, differs) in [
        (
            &sg.chair_named_by,
            &d.chair_named_by,
            PartyKind::EmploymentAuthority,
            F::SteeringGroupDecisionChairNamedBy,
            Msg::R25ChairDecisionOther,
            Msg::R25ChairDiffers,
        ),
        (
            &sg.vice_chair_named_by,
            &d.vice_chair_named_by,
            PartyKind::WellbeingCounty,
            F::SteeringGroupDecisionViceChairNamedBy,
            Msg::R25ViceDecisionOther,
            Msg::R25ViceDiffers,
        ),
    ] {
        let given = |x: &Option<String>| x.as_deref().filter(|id| !id.is_empty()).map(str::to_owned);
        let (Some(section_by), Some(decision_by)) = (given(in_section), given(in_decision)) else { continue };
        if section_by == decision_by {
            continue;
        }
        let mut args =
            vec![section_number(a), Arg::party(a, &section_by), decision_label(a), Arg::party(a, &decision_by)];
        // One message for both severities; the law case adds what the Decree says (`wrong`).
        if a.party(&decision_by).is_none_or(|p| p.kind != kind) {
            args.push(Arg::Msg(wrong));
            o.add_args(Law, BASIS, differs, args, path);
        } else {
            args.push(Arg::from(""));
            o.add_args(Consistency, BASIS, differs, args, path);
        }
    }
}

/// The number of the section on the steering group, as the document numbers its sections.
fn section_number(a: &Agreement) -> Arg {
    let parts = a.wording.parts();
    let n = parts
        .iter()
        .filter(|p| p.kind == PartKind::Section)
        .position(|p| p.topic == Topic::SteeringGroup)
        .map_or_else(|| "—".to_string(), |i| (i + 1).to_string());
    Arg::Text(n)
}

/// The decision as minutes cite it: "Eteläisen Keski-Suomen työllisyysaluelautakunta 16 §".
fn decision_label(a: &Agreement) -> Arg {
    let d = &a.steering_group.decision;
    let s = [d.body.trim(), d.section.trim()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
    Arg::Text(if s.is_empty() { "—".into() } else { s })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{findings, fires, own, quiet};
    use super::*;

    #[test]
    fn fires_when_the_decision_has_the_authority_choose_the_vice_chair() {
        // Eteläinen Keski-Suomi: section 8 gives the vice-chair to the county, the board's decision
        // ("valita … varapuheenjohtajaksi …") to the employment authority.
        let f = fires(RuleId::R25, Law, |a| {
            a.steering_group.decision.body = "Testin työllisyyslautakunta".into();
            a.steering_group.decision.section = "16 §".into();
            a.steering_group.decision.chair_named_by = Some("ea".into());
            a.steering_group.decision.vice_chair_named_by = Some("ea".into());
        });
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].path, "steering_group.decision.vice_chair_named_by");
        assert_eq!(f[0].citation(crate::Lang::Fi), "asetus 388/2024 1 § 3 mom.");
        let en = f[0].message(crate::Lang::En);
        assert!(en.starts_with("Section 4 of the agreement has “Testin hyvinvointialue” name the vice-chair"), "{en}");
        assert!(
            en.contains(
                "(Testin työllisyyslautakunta 16 §) has “Testin työllisyysalue” choose the vice-chair. That is not a"
            ),
            "{en}"
        );
        let sv = f[0].message(crate::Lang::Sv);
        assert!(sv.contains("punkt 4") && sv.contains("välfärdsområdet utnämner vice ordföranden"), "{sv}");
        fires(RuleId::R25, Law, |a| a.steering_group.decision.chair_named_by = Some("wc".into()));
    }

    #[test]
    fn fires_as_consistency_between_two_parties_of_the_right_kind() {
        let f = fires(RuleId::R25, Consistency, |a| {
            a.parties.push(crate::model::Party {
                id: "wc2".into(),
                kind: PartyKind::WellbeingCounty,
                name_fi: "Toinen hyvinvointialue".into(),
                ..Default::default()
            });
            a.steering_group.decision.vice_chair_named_by = Some("wc2".into());
        });
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn the_section_is_numbered_as_the_document_numbers_it() {
        let f = findings(RuleId::R25, |a| {
            own(
                a,
                Topic::SteeringGroup,
                "Työvoimaviranomainen nimeää puheenjohtajan ja hyvinvointialue varapuheenjohtajan.",
            );
            a.wording.parts.retain(|p| p.topic != Topic::Purpose);
            a.steering_group.decision.vice_chair_named_by = Some("ea".into());
        });
        assert!(
            f[0].message(crate::Lang::Fi).starts_with("Sopimuksen kohdan 3 mukaan"),
            "{}",
            f[0].message(crate::Lang::Fi)
        );
    }

    #[test]
    fn quiet_when_both_agree_the_decision_is_silent_or_the_section_says_nothing() {
        quiet(RuleId::R25, |a| {
            a.steering_group.decision.chair_named_by = Some("ea".into());
            a.steering_group.decision.vice_chair_named_by = Some("wc".into());
        });
        quiet(RuleId::R25, |_| {});
        quiet(RuleId::R25, |a| {
            a.steering_group.vice_chair_named_by = None;
            a.steering_group.decision.vice_chair_named_by = Some("ea".into());
        });
        // The document does not print who names (the clause removed, no own wording): nothing to compare.
        quiet(RuleId::R25, |a| {
            a.wording.parts = crate::wording::template();
            a.wording.parts.iter_mut().for_each(|p| {
                p.blocks.retain(|b| !matches!(b, crate::wording::Block::Clause { clause: ClauseId::SteeringMembers }))
            });
            a.steering_group.decision.vice_chair_named_by = Some("ea".into());
        });
    }
}
