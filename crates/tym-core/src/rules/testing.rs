//! Fixtures for the rules' own tests: an agreement that satisfies every rule, and helpers that run
//! one rule on a changed copy of it.

use super::RuleId;
use crate::check::{check, Finding, Severity};
use crate::i18n::Lang;
use crate::model::*;
use crate::num::Dec;
use crate::shared::Shared;
use chrono::NaiveDate;

pub fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

fn seat(party: &str, sector: Sector, role: SeatRole) -> Seat {
    Seat {
        party: Some(party.into()),
        organisation: party.into(),
        sector,
        role,
        member: "jäsen".into(),
        deputy: "varajäsen".into(),
    }
}

fn row(party: &str, sector: Sector, persons: u32, fte: i64) -> Shared<StaffRow> {
    StaffRow {
        party: party.into(),
        role: "asiantuntija".into(),
        sector,
        persons: Some(persons),
        fte: Some(Dec(fte)),
        ..Default::default()
    }
    .into()
}

/// An agreement that satisfies every rule.
pub fn complete() -> Agreement {
    let mut a = Agreement::default();
    a.meta.area_name = "Testialue".into();
    a.parties = vec![
        Party {
            id: "ea".into(),
            kind: PartyKind::EmploymentAuthority,
            name_fi: "Testin työllisyysalue".into(),
            business_id: "0246246-0".into(),
            lead_municipality: "Testilä".into(),
            ..Default::default()
        },
        Party {
            id: "wc".into(),
            kind: PartyKind::WellbeingCounty,
            name_fi: "Testin hyvinvointialue".into(),
            ..Default::default()
        },
        Party { id: "kela".into(), kind: PartyKind::Kela, name_fi: "Kansaneläkelaitos".into(), ..Default::default() },
    ];
    a.area.municipalities =
        vec![Municipality { name: "Testilä".into(), population: Some(10_000), ..Default::default() }];
    let sg = &mut a.steering_group;
    sg.set_by = Some("ea".into());
    sg.chair_named_by = Some("ea".into());
    sg.vice_chair_named_by = Some("wc".into());
    sg.term_start = d(2025, 1, 1);
    sg.term_end = d(2029, 12, 31);
    sg.seats = vec![
        seat("ea", Sector::Employment, SeatRole::Chair),
        seat("wc", Sector::Social, SeatRole::ViceChair),
        seat("wc", Sector::Health, SeatRole::Member),
        seat("kela", Sector::Rehabilitation, SeatRole::Member),
    ];
    a.objectives.set_annually = true;
    a.objectives.national_considered = NationalObjective::ALL.to_vec();
    a.arrangement.in_person = true;
    a.arrangement.remote = true;
    a.services.youth_one_stop = YouthOneStop::SeparateAgreement;
    a.staffing.rows = vec![
        row("ea", Sector::Employment, 4, 3000),
        row("wc", Sector::Social, 2, 1500),
        row("wc", Sector::Health, 1, 500),
        row("kela", Sector::Rehabilitation, 1, 800),
    ];
    a.staffing.clients_estimate = Some(200);
    a.staffing.max_clients_per_fte = Some(Dec(50_000));
    a.staffing.reviewed_yearly = true;
    a.staffing.amended_on_change = true;
    a.lead_person.named_by = Some("ea".into());
    a.lead_person.approved_by_steering_group = true;
    a.lead_person.tasks = LeadTask::REQUIRED.to_vec();
    a.costs.own_staff_costs_own = true;
    a.costs.kela_participation = "Kela osallistuu kehittämispäivien kuluihin osallistujamäärän mukaan.".into();
    a.costs.items = vec![CostItem {
        name: "Johtava henkilö".into(),
        amount: 7_840_000,
        rule: SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] },
        sub_splits: vec![],
    }];
    a.validity.effective_from = d(2025, 1, 1);
    a.validity.termination = Termination {
        allowed: Some(true),
        notice_months: Some(6),
        effect: TerminationEffect::AfterNotice,
        written: true,
        own_part: false,
    };
    a.validity.dispute.court = "Helsingin hallinto-oikeus".into();
    a.signatures.signatories = ["ea", "wc", "kela"]
        .iter()
        .map(|p| Signatory { party: Some((*p).into()), title: "johtaja".into(), name: String::new() })
        .collect();
    a
}

/// The part of the topic worded by the parties themselves (one paragraph), as an area would write it.
pub fn own(a: &mut Agreement, topic: crate::wording::Topic, text: &str) {
    use crate::wording::{Block, Style};
    if a.wording.parts.is_empty() {
        a.wording.parts = crate::wording::template();
    }
    if let Some(part) = a.wording.parts.iter_mut().find(|p| p.topic == topic) {
        part.blocks = vec![Block::own(Style::Paragraph, text)];
    }
}

/// The findings of one rule on `complete()` changed by `change`.
pub fn findings(rule: RuleId, change: impl FnOnce(&mut Agreement)) -> Vec<Finding> {
    let mut a = complete();
    change(&mut a);
    check(&a).into_iter().filter(|f| f.rule == rule).collect()
}

/// The rule fires with the given severity; every finding has its message, citation and path in every
/// language.
pub fn fires(rule: RuleId, sev: Severity, change: impl FnOnce(&mut Agreement)) -> Vec<Finding> {
    let f = findings(rule, change);
    assert!(f.iter().any(|x| x.severity == sev), "{rule} {sev:?} not raised; got {f:#?}");
    for x in &f {
        for l in Lang::ALL {
            assert!(!x.message(l).contains('{'), "{}: unfilled placeholder", x.message(l));
            assert!(!x.citation(l).is_empty());
            assert_no_path(&x.message(l));
        }
    }
    f
}

pub fn quiet(rule: RuleId, change: impl FnOnce(&mut Agreement)) {
    let f = findings(rule, change);
    assert!(f.is_empty(), "{rule} raised: {:?}", f.iter().map(|x| x.message(Lang::En)).collect::<Vec<_>>());
}

/// A message never shows a field's path ("area.municipalities", "parties[2]"): a reader is given
/// labels (`Arg::Field`).
pub(crate) fn assert_no_path(message: &str) {
    for f in crate::path::F::ALL {
        let p = f.pattern();
        // "parties[" or "area.municipalities": the start of any path of the field.
        let key = match p.find(['.', '[']) {
            Some(end) if p[end..].starts_with('[') => &p[..=end],
            Some(end) => &p[..p[end + 1..].find(['.', '[']).map_or(p.len(), |e| end + 1 + e)],
            None => continue,
        };
        assert!(!message.contains(key), "{message}: shows the path {key}");
    }
}
