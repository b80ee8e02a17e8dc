//! Every rule of the checker: a complete agreement that passes all of them, and for each rule a change
//! that makes it fail.

use chrono::NaiveDate;
use tym_core::check::{check, Severity};
use tym_core::model::*;
use tym_core::num::Dec;
use tym_core::wording::{Block, Style, Topic};
use tym_core::Lang;

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
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

fn row(party: &str, sector: Sector, persons: u32, fte: i64) -> StaffRow {
    StaffRow {
        party: party.into(),
        role: "asiantuntija".into(),
        sector,
        persons: Some(persons),
        fte: Some(Dec(fte)),
        ..Default::default()
    }
}

/// An agreement that satisfies every rule.
fn complete() -> Agreement {
    let mut a = tym_core::presets::blank().agreement;
    a.meta.area_name = "Testialue".into();
    a.parties[0].name_fi = "Testin työllisyysalue".into();
    a.parties[0].business_id = "0246246-0".into();
    a.parties[0].lead_municipality = "Testilä".into();
    a.parties[1].name_fi = "Testin hyvinvointialue".into();
    a.area.municipalities =
        vec![Municipality { name: "Testilä".into(), population: Some(10_000), ..Default::default() }];
    a.steering_group.term_start = d(2025, 1, 1);
    a.steering_group.term_end = d(2029, 12, 31);
    a.steering_group.seats = vec![
        seat("ea", Sector::Employment, SeatRole::Chair),
        seat("wc", Sector::Social, SeatRole::ViceChair),
        seat("wc", Sector::Health, SeatRole::Member),
        seat("kela", Sector::Rehabilitation, SeatRole::Member),
    ];
    a.services.youth_one_stop = YouthOneStop::SeparateAgreement;
    a.staffing.rows = vec![
        row("ea", Sector::Employment, 4, 3000),
        row("wc", Sector::Social, 2, 1500),
        row("wc", Sector::Health, 1, 500),
        row("kela", Sector::Rehabilitation, 1, 800),
    ];
    a.staffing.clients_estimate = Some(200);
    a.staffing.max_clients_per_fte = Some(Dec(50_000));
    a.costs.kela_participation = "Kela osallistuu kehittämispäivien kuluihin osallistujamäärän mukaan.".into();
    a.costs.items = vec![CostItem {
        name: "Johtava henkilö".into(),
        amount: 7_840_000,
        rule: SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] },
        sub_splits: vec![],
    }];
    a.validity.dispute.court = "Helsingin hallinto-oikeus".into();
    a.signatures.signatories = ["ea", "wc", "kela"]
        .iter()
        .map(|p| Signatory { party: Some((*p).into()), title: "johtaja".into(), name: String::new() })
        .collect();
    a
}

fn rules_of(a: &Agreement) -> Vec<&'static str> {
    check(a).iter().map(|f| f.rule).collect()
}

/// The section of the topic worded by the parties themselves (one paragraph), as an area would write it.
fn own(a: &mut Agreement, topic: Topic, text: &str) {
    if a.wording.parts.is_empty() {
        a.wording.parts = tym_core::wording::template();
    }
    let part = a.wording.parts.iter_mut().find(|p| p.topic == topic).unwrap();
    part.blocks = vec![Block::own(Style::Paragraph, text)];
}

#[test]
fn a_complete_agreement_has_no_findings() {
    let f = check(&complete());
    assert!(f.is_empty(), "{:#?}", f.iter().map(|x| x.message(Lang::En)).collect::<Vec<_>>());
}

fn fails(rule: &str, change: impl Fn(&mut Agreement)) {
    let mut a = complete();
    change(&mut a);
    let rules = rules_of(&a);
    assert!(rules.contains(&rule), "{rule} not raised; got {rules:?}");
    // Every finding has a message and a citation in every language, and a field path.
    for f in check(&a) {
        for l in Lang::ALL {
            assert!(!f.message(l).contains('{'), "{}: unfilled placeholder", f.message(l));
            assert!(!f.citation(l).is_empty());
        }
        assert!(!f.path.is_empty());
    }
}

#[test]
fn r0_business_id_and_references() {
    fails("R0", |a| a.parties[0].business_id = "1068366-0".into());
    fails("R0", |a| a.staffing.rows[0].party = "ministry".into());
}

#[test]
fn r1_the_three_kinds_of_party() {
    fails("R1", |a| a.parties.retain(|p| p.kind != PartyKind::Kela));
    fails("R1", |a| a.parties.retain(|p| p.kind != PartyKind::WellbeingCounty));
}

#[test]
fn r2_setter_and_several_authorities() {
    fails("R2", |a| a.steering_group.set_by = None);
    fails("R2", |a| a.steering_group.set_by = Some("wc".into()));
    fails("R2", |a| {
        a.parties.push(Party { id: "ea2".into(), kind: PartyKind::EmploymentAuthority, ..Default::default() })
    });
}

#[test]
fn r3_members_and_deputies() {
    fails("R3", |a| a.steering_group.seats[3].deputy.clear());
    fails("R3", |a| a.steering_group.seats.retain(|s| s.party.as_deref() != Some("kela")));
}

#[test]
fn r4_chair_and_vice_chair() {
    fails("R4", |a| a.steering_group.seats[0].role = SeatRole::Member);
    fails("R4", |a| a.steering_group.seats[0].party = Some("wc".into()));
    fails("R4", |a| a.steering_group.seats[1].party = Some("kela".into()));
}

#[test]
fn r5_five_year_term() {
    fails("R5", |a| a.steering_group.term_end = d(2027, 12, 31));
    fails("R5", |a| a.steering_group.term_start = None);
    // A five-year term stated in words, without dates, passes.
    let mut a = complete();
    a.steering_group.term_start = None;
    a.steering_group.term_end = None;
    a.steering_group.term_years = Some(5);
    assert!(!rules_of(&a).contains(&"R5"));
}

#[test]
fn r6_social_and_health_representation() {
    fails("R6", |a| a.steering_group.seats[2].sector = Sector::Social);
}

#[test]
fn r7_lead_person_naming() {
    fails("R7", |a| a.lead_person.approved_by_steering_group = false);
    fails("R7", |a| a.lead_person.named_by = Some("wc".into()));
    fails("R7", |a| a.lead_person.appointed_until = d(2031, 1, 1));
}

#[test]
fn r8_lead_person_tasks() {
    fails("R8", |a| a.lead_person.tasks.retain(|t| *t != LeadTask::DevelopClientProcesses));
}

#[test]
fn r9_objectives() {
    fails("R9", |a| a.objectives.set_annually = false);
    fails("R9", |a| a.objectives.national_considered.clear());
}

#[test]
fn r10_ways_of_arranging() {
    fails("R10", |a| {
        a.arrangement.in_person = false;
        a.arrangement.remote = false;
    });
}

#[test]
fn r11_staff_of_every_party() {
    fails("R11", |a| a.staffing.rows.retain(|r| r.party != "kela"));
    fails("R11", |a| a.staffing.rows[0].fte = None);
    fails("R11", |a| a.staffing.rows.retain(|r| r.sector != Sector::Health));
}

#[test]
fn r12_yearly_review_and_amendment() {
    fails("R12", |a| {
        a.staffing.reviewed_yearly = false;
        a.validity.reviewed_yearly = false;
    });
    fails("R12", |a| a.staffing.amended_on_change = false);
}

#[test]
fn r13_clients_per_fte_names_the_missing_fte() {
    let mut a = complete();
    a.staffing.clients_estimate = Some(400);
    let f = check(&a).into_iter().find(|f| f.rule == "R13").expect("R13");
    // 400 clients at most 50 per FTE need 8 FTE; the rows have 5.8.
    assert!(f.message(Lang::Fi).contains("Puuttuu 2,2 htv"), "{}", f.message(Lang::Fi));
    fails("R13", |a| a.staffing.max_clients_per_fte = None);
    fails("R13", |a| a.staffing.clients_estimate = None);
}

#[test]
fn r13_by_sub_area() {
    fails("R13", |a| {
        a.area.sub_areas = vec![SubArea { id: "n".into(), name: "Pohjoinen".into(), clients: Some(200) }];
        a.staffing.rows[0].sub_area = Some("n".into());
    });
}

#[test]
fn r14_costs_under_section_10() {
    fails("R14", |a| a.costs.own_staff_costs_own = false);
    fails("R14", |a| a.costs.items[0].rule = SplitRule::Equal { parties: vec!["ea".into(), "wc".into()] });
    fails("R14", |a| a.costs.kela_participation.clear());
    let mut a = complete();
    a.costs.items[0].rule = SplitRule::Equal { parties: vec!["ea".into(), "wc".into()] };
    a.costs.override_recorded = true;
    assert!(!rules_of(&a).contains(&"R14"));
}

#[test]
fn r15_items_that_cannot_be_split() {
    fails("R15", |a| {
        a.costs.override_recorded = true;
        a.costs.items[0].rule =
            SplitRule::FixedPercent { shares: vec![PartyShare { party: "ea".into(), percent: Dec(60_000) }] };
    });
    fails("R15", |a| a.costs.items[0].sub_splits = vec![SubSplit { party: "ea".into(), rule: SubSplitRule::Clients }]);
}

#[test]
fn r16_fte_and_stated_totals() {
    fails("R16", |a| a.staffing.rows[3].fte = Some(Dec(1500)));
    fails("R16", |a| {
        a.staffing.stated_totals =
            vec![StatedTotal { party: "ea".into(), fte: Dec(5000), approximate: false, wording: "5 htv".into() }]
    });
    let mut a = complete();
    a.staffing.stated_totals =
        vec![StatedTotal { party: "ea".into(), fte: Dec(3400), approximate: true, wording: "n. 3 htv".into() }];
    assert!(!rules_of(&a).contains(&"R16"), "an approximate total within half an FTE passes");
}

#[test]
fn r17_youth_one_stop() {
    fails("R17", |a| a.services.youth_one_stop = YouthOneStop::NotStated);
}

#[test]
fn r18_copies_and_signatories() {
    fails("R18", |a| a.signatures.copies = Some(4));
    fails("R18", |a| {
        a.signatures.signatories.pop();
    });
}

#[test]
fn r19_names_agree() {
    fails("R19", |a| a.parties[0].lead_municipality = "Testilän kaupunki".into());
    fails("R19", |a| own(a, Topic::Area, "Toimialueena on Naapurin hyvinvointialue ja Testin työllisyysalue."));
}

#[test]
fn r19_a_county_named_in_a_clause_is_one_of_the_parties() {
    let path_of = |text: &str| {
        let mut a = complete();
        own(&mut a, Topic::Validity, text);
        check(&a)
            .into_iter()
            .filter(|f| f.rule == "R19")
            .map(|f| (f.path.clone(), f.message(Lang::Fi)))
            .collect::<Vec<_>>()
    };
    // The party's own county in any form, a lower-case mention and a longer name ending alike are fine.
    assert!(path_of("Testin hyvinvointialueen ja Kelan kesken; hyvinvointialueen edustaja.").is_empty());
    // Named once or twice, another county is one finding at that clause, naming both.
    let found = path_of("Naapurin hyvinvointialue vastaa. Naapurin hyvinvointialueen edustaja.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "wording.parts[11].blocks[0].fi");
    assert!(found[0].1.contains("”Naapurin hyvinvointialue”") && found[0].1.contains("Testin hyvinvointialue"));
    // "Pohjanmaan" inside "Keski-Pohjanmaan" is not a mention of Pohjanmaa.
    let mut a = complete();
    a.parties[1].name_fi = "Keski-Pohjanmaan hyvinvointialue".into();
    own(&mut a, Topic::Area, "Keski-Pohjanmaan hyvinvointialueen toimialue.");
    assert!(!rules_of(&a).contains(&"R19"));
    own(&mut a, Topic::Area, "Pohjanmaan hyvinvointialue sekä Keski-Pohjanmaan työllisyysalue.");
    assert!(rules_of(&a).contains(&"R19"));
}

#[test]
fn r19_a_swedish_text_names_the_county_by_its_swedish_name() {
    let r19 = |a: &Agreement| {
        check(a).into_iter().filter(|f| f.rule == "R19").map(|f| f.message(Lang::Sv)).collect::<Vec<_>>()
    };
    let mut a = complete();
    a.parties[1].name_fi = "Keski-Pohjanmaan hyvinvointialue".into();
    // The party's own county, known from its Finnish name alone, in any form; a sentence starting
    // "Detta välfärdsområde" names no county.
    own(
        &mut a,
        Topic::Area,
        "Mellersta Österbottens välfärdsområdes verksamhetsområde. Detta välfärdsområde ansvarar.",
    );
    assert!(r19(&a).is_empty(), "{:?}", r19(&a));
    // "Österbottens" standing alone is another county, one finding however often named.
    own(&mut a, Topic::Area, "Österbottens välfärdsområde och Österbottens välfärdsområdes personal.");
    let found = r19(&a);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("”Österbottens välfärdsområde”"), "{}", found[0]);
    // A party named in Swedish only is known in a Finnish text by its Finnish name.
    a.parties[1].name_fi.clear();
    a.parties[1].name_sv = "Mellersta Österbottens välfärdsområde".into();
    own(&mut a, Topic::Area, "Keski-Pohjanmaan hyvinvointialueen toimialue.");
    assert!(r19(&a).is_empty(), "{:?}", r19(&a));
    own(&mut a, Topic::Area, "Pohjanmaan hyvinvointialueen toimialue.");
    assert_eq!(r19(&a).len(), 1);
    // The list of the parties shows the Swedish name where the file has one.
    own(&mut a, Topic::Area, "Lapplands välfärdsområde.");
    assert!(r19(&a)[0].contains("Mellersta Österbottens välfärdsområde"));
}

#[test]
fn r20_termination_and_court() {
    fails("R20", |a| a.validity.termination.notice_months = None);
    fails("R20", |a| a.validity.termination.effect = TerminationEffect::NotStated);
    fails("R20", |a| a.validity.dispute.court.clear());
}

#[test]
fn severities_follow_the_catalogue() {
    let mut a = complete();
    a.parties.retain(|p| p.kind != PartyKind::Kela);
    a.services.youth_one_stop = YouthOneStop::NotStated;
    let f = check(&a);
    assert!(f.iter().any(|x| x.rule == "R1" && x.severity == Severity::Law));
    assert!(f.iter().any(|x| x.rule == "R17" && x.severity == Severity::Practice));
}

#[test]
fn r21_a_field_the_data_does_not_have_and_r22_swedish_missing() {
    fails("R21", |a| own(a, Topic::Area, "Alueen osapuoli {{party:poistettu}} vastaa."));
    fails("R21", |a| own(a, Topic::Area, "Katso liite {{annex:nothing}}."));
    let mut a = complete();
    own(&mut a, Topic::Area, "{{party:ea}} vastaa {{municipalities}} palveluista.");
    assert!(!rules_of(&a).contains(&"R21"));
    let r21 =
        |a: &Agreement| check(a).into_iter().find(|f| f.rule == "R21").map(|f| (f.path.clone(), f.message(Lang::Sv)));
    a.parties.retain(|p| p.id != "ea");
    let (path, msg) = r21(&a).unwrap();
    assert_eq!(path, "wording.parts[2].blocks[0].fi");
    assert!(msg.contains("party:ea"), "{msg}");
    // A Swedish document asks for the Swedish of own wording; a Finnish one does not.
    let mut a = complete();
    own(&mut a, Topic::Area, "Vain suomeksi.");
    assert!(!rules_of(&a).contains(&"R22"));
    a.meta.document_language = DocLang::Sv;
    assert!(rules_of(&a).contains(&"R22"));
    if let Block::Own { sv, .. } = &mut a.wording.parts[2].blocks[0] {
        *sv = "Bara på svenska.".into();
    }
    assert!(!rules_of(&a).contains(&"R22"));
}
