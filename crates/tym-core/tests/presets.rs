//! The five real agreements as presets: they load, round-trip losslessly, carry the seeds' figures, and
//! the checker reports what the seeds lack without false alarms on what they state.

use tym_core::check::check;
use tym_core::format;
use tym_core::model::*;
use tym_core::num::Dec;
use tym_core::presets::{self, PRESETS};

fn preset(id: &str) -> Agreement {
    presets::load(id).unwrap_or_else(|| panic!("preset {id}")).agreement
}

fn rules(a: &Agreement) -> Vec<&'static str> {
    check(a).iter().map(|f| f.rule.code()).collect()
}

#[test]
fn every_preset_loads_and_round_trips() {
    for p in PRESETS {
        let first = format::load(p.json).unwrap_or_else(|e| panic!("{}: {e:?}", p.id));
        let again = format::load(&format::save(&first)).unwrap();
        assert_eq!(first, again, "{}", p.id);
        assert!(!first.agreement.meta.source.is_empty());
    }
    let blank = presets::blank();
    assert_eq!(format::load(&format::save(&blank)).unwrap(), blank);
}

#[test]
fn presets_carry_titles_not_the_names_in_the_seeds() {
    for name in ["Leppäniemi", "Kellomäki", "Soutolahti", "Hallikainen", "Kontio", "Kuittu", "Harju", "Heilä"] {
        for p in PRESETS {
            assert!(!p.json.contains(name), "{name} in {}", p.id);
        }
    }
}

#[test]
fn lantinen_pirkanmaa_staffing_by_sub_area_and_sector() {
    let a = preset("lantinen-pirkanmaa");
    let fte = |party: &str, sector: Sector| -> Vec<i64> {
        a.staffing.rows.iter().filter(|r| r.party == party && r.sector == sector).map(|r| r.fte.unwrap().0).collect()
    };
    assert_eq!(fte("ea", Sector::Employment), vec![750, 750]);
    let subs: Vec<_> =
        a.staffing.rows.iter().filter(|r| r.party == "ea").map(|r| r.sub_area.clone().unwrap()).collect();
    assert_eq!(subs, vec!["sp", "pk"]);
    assert_eq!(fte("wc", Sector::Social), vec![600, 900]);
    assert_eq!(fte("wc", Sector::Health), vec![665, 90]);
    assert_eq!(fte("kela", Sector::Rehabilitation), vec![800]);
    assert_eq!(a.party_fte("ea"), Dec(1500));
    assert_eq!(a.party_fte("wc"), Dec(2255));
    assert_eq!(a.services.youth_one_stop, YouthOneStop::Included);
    assert_eq!(a.validity.termination.notice_months, Some(6));
    assert_eq!(a.validity.termination.effect, TerminationEffect::AfterNotice);
    assert_eq!(a.validity.dispute.court, "Hämeenlinnan hallinto-oikeus");
    assert_eq!(a.steering_group.seats.len(), 9);
    assert_eq!(a.signatures.copies, Some(3));
}

#[test]
fn etelainen_keski_suomi_has_four_parties_with_business_ids() {
    let a = preset("etelainen-keski-suomi");
    let ids: Vec<(&str, PartyKind)> = a.parties.iter().map(|p| (p.business_id.as_str(), p.kind)).collect();
    assert_eq!(
        ids,
        vec![
            ("1068366-0", PartyKind::EmploymentAuthority),
            ("3221318-2", PartyKind::WellbeingCounty),
            ("3221308-6", PartyKind::WellbeingCounty),
            ("0246246-0", PartyKind::Kela),
        ]
    );
    assert_eq!(a.validity.termination.effect, TerminationEffect::HalfYearRule);
    assert_eq!(a.validity.dispute.negotiation_days, Some(60));
    assert_eq!(a.validity.dispute.civil_court, "Keski-Suomen käräjäoikeus");
    // The seed's own contradictions stay, and the checker reports them.
    let r = rules(&a);
    assert!(r.contains(&"R0"), "Jämsä's business ID fails its check digit");
    assert!(r.contains(&"R18"), "3 copies for 4 parties");
    assert!(r.contains(&"R3"), "Keski-Suomi named no deputies");
}

#[test]
fn keski_pohjanmaa_term_staff_and_lead_person() {
    let a = preset("keski-pohjanmaa");
    assert_eq!(a.steering_group.term_start.unwrap().to_string(), "2025-01-01");
    assert_eq!(a.steering_group.term_end.unwrap().to_string(), "2029-12-31");
    assert_eq!(a.party_persons("ea"), 11);
    assert_eq!(a.party_persons("wc"), 15);
    assert_eq!(a.party_fte("kela"), Dec(200));
    assert!(a.staffing.stated_totals.iter().all(|t| t.approximate));
    assert_eq!(a.lead_person.working_time_pct, Some(Dec(20_000)));
    assert_eq!(a.validity.termination.effect, TerminationEffect::EndOfYear);
    assert_eq!(a.validity.dispute.court, "Vaasan hallinto-oikeus");
    assert_eq!(a.services.youth_one_stop, YouthOneStop::SeparateAgreement);
    let r = rules(&a);
    assert!(r.contains(&"R4"), "the seed's composition marks no chair or vice-chair");
    assert!(
        check(&a).iter().filter(|f| f.rule == "R4").all(|f| f.path == "steering_group.seats"),
        "who names them is stated"
    );
    assert!(!r.contains(&"R5") && !r.contains(&"R8") && !r.contains(&"R17") && !r.contains(&"R20"));
    let in_area = |p: &tym_core::path::Path| tym_core::wording::topic_of(&a, p) == Some(tym_core::wording::Topic::Area);
    let wrong_county = check(&a).into_iter().find(|f| f.rule == "R19" && in_area(&f.path));
    let wrong_county = wrong_county.expect("the seed's area names Pohjanmaa's county, not its own");
    assert!(wrong_county.message(tym_core::Lang::Fi).contains("”Pohjanmaan hyvinvointialue”"));
}

#[test]
fn keski_uusimaa_is_a_draft_with_the_law_section_10_cost_rule() {
    let a = preset("keski-uusimaa-luonnos");
    assert_eq!(a.meta.status, Status::Draft);
    assert!(matches!(a.costs.items[0].rule, SplitRule::ByStaff { basis: StaffBasis::Fte, .. }));
    assert_eq!(a.validity.termination.effect, TerminationEffect::AtYearChange { notice_by: "30.6.".into() });
    assert!(a.validity.termination.own_part && a.validity.ends_if_law_repealed);
    assert_eq!(a.validity.dispute.court, "Helsingin hallinto-oikeus");
}

#[test]
fn satakunta_three_month_change_rule() {
    let a = preset("satakunta");
    assert_eq!(a.validity.change_notice_months, Some(3));
    assert_eq!(a.lead_person.title, "TYM-koordinaattori");
    let r = rules(&a);
    assert!(r.contains(&"R20"), "the seed has no termination clause");
    assert!(!r.contains(&"R8") && !r.contains(&"R5") && !r.contains(&"R17"));
}

#[test]
fn municipality_lists_of_all_five() {
    let names = |id: &str| preset(id).area.municipalities.iter().map(|m| m.name.clone()).collect::<Vec<_>>().join(", ");
    assert_eq!(names("keski-pohjanmaa"), "Halsua, Kannus, Kaustinen, Kokkola, Lestijärvi, Perho, Toholampi, Veteli");
    assert_eq!(names("lantinen-pirkanmaa"), "Sastamala, Punkalaidun, Hämeenkyrö, Ikaalinen, Parkano, Kihniö");
    assert_eq!(names("keski-uusimaa-luonnos"), "Hyvinkää, Järvenpää, Mäntsälä, Nurmijärvi, Pornainen, Tuusula");
    assert_eq!(
        names("etelainen-keski-suomi"),
        "Joutsa, Jämsä, Keuruu, Luhanka, Multia, Mänttä-Vilppula, Petäjävesi, Toivakka"
    );
    // Satakunta names the employment area but lists no municipalities; the preset keeps the wording.
    let sat = preset("satakunta");
    assert!(sat.area.municipalities.is_empty());
    let doc = tym_core::text::to_markdown(&tym_core::text::generate(&sat, tym_core::Lang::Fi));
    assert!(doc.contains("Satakunnan työllisyysalueella"));
}

#[test]
fn no_false_alarms_on_what_every_seed_states() {
    for p in PRESETS {
        let r = rules(&preset(p.id));
        // Every seed names the three kinds of party, the setting authority, the ways of arranging the
        // service, annual objectives and the own-cost rule.
        for rule in ["R1", "R2", "R10"] {
            assert!(!r.contains(&rule), "{rule} on {}", p.id);
        }
        // Läntinen Pirkanmaa refers to objectives in an annex it leaves empty: a consistency finding.
        assert!(
            !check(&preset(p.id))
                .iter()
                .any(|f| f.rule == "R9" && f.severity != tym_core::check::Severity::Consistency),
            "R9 on {}",
            p.id
        );
        assert!(!check(&preset(p.id)).iter().any(|f| f.path == "costs.own_staff_costs_own"), "{}", p.id);
    }
}

#[test]
fn the_blank_template_only_asks_for_what_must_be_filled_in() {
    let r = rules(&presets::blank().agreement);
    for rule in ["R2", "R7", "R8", "R9", "R10", "R12"] {
        assert!(!r.contains(&rule), "{rule}");
    }
    assert!(r.contains(&"R11"), "staff is to be filled in");
}

#[test]
fn the_split_reads_only_what_same_inputs_compares() {
    use tym_core::split::{same_inputs, split_all, BasisChoice};
    for p in PRESETS {
        let a = preset(p.id);
        // Every other section from another agreement: if the split read any of them, it would change.
        let mut other = preset(if p.id == "satakunta" { "keski-pohjanmaa" } else { "satakunta" });
        other.parties = a.parties.clone();
        other.area.municipalities = a.area.municipalities.clone();
        other.staffing = a.staffing.clone();
        other.costs = a.costs.clone();
        assert!(same_inputs(&a, &other), "{}", p.id);
        for basis in
            [BasisChoice::AsAgreed, BasisChoice::Override(StaffBasis::Persons), BasisChoice::Override(StaffBasis::Fte)]
        {
            assert_eq!(split_all(&a, basis), split_all(&other, basis), "{} {basis:?}", p.id);
        }
        other.staffing.rows.pop();
        assert!(!same_inputs(&a, &other) || a.staffing.rows.is_empty(), "{}", p.id);
    }
}

/// The law-level findings on the real agreements are exactly those docs/seed-findings.md lists with
/// the statute wording they rest on; a new one must be read against the statute and documented.
#[test]
fn the_law_findings_are_those_documented_in_seed_findings() {
    use tym_core::check::Severity;
    let law = |id: &str| {
        check(&preset(id))
            .into_iter()
            .filter(|f| f.severity == Severity::Law)
            .map(|f| format!("{} {}", f.rule, f.path))
            .collect::<Vec<_>>()
    };
    assert!(law("keski-pohjanmaa").is_empty());
    assert_eq!(law("lantinen-pirkanmaa"), ["R7 lead_person.deputy_named_by"]);
    for id in ["keski-uusimaa-luonnos", "satakunta"] {
        assert_eq!(law(id), ["R11 parties[0]", "R11 parties[1]", "R11 parties[2]"], "{id}");
    }
    assert_eq!(
        law("etelainen-keski-suomi"),
        [
            "R3 steering_group.seats[5].deputy",
            "R3 steering_group.seats[6].deputy",
            "R3 steering_group.seats[7].deputy",
            "R11 parties[0]",
            "R11 parties[1]",
            "R11 parties[2]",
            "R11 parties[3]",
            "R12 staffing.amended_on_change",
            "R25 steering_group.decision.vice_chair_named_by",
        ]
    );
}

/// Each placeholder and naming defect of the kinds issue 18 lists that the seeds contain is reported.
#[test]
fn placeholders_and_naming_defects_of_the_seeds_are_reported() {
    let has = |id: &str, rule: &str, path: &str| check(&preset(id)).iter().any(|f| f.rule == rule && f.path == path);
    for i in 0..3 {
        assert!(
            has("keski-uusimaa-luonnos", "R23", &format!("signatures.signatories[{i}].title")),
            "[nimi, titteli] {i}"
        );
    }
    assert!(has("etelainen-keski-suomi", "R23", "signatures.signatories[2].title"), "N.N., titteli");
    assert!(has("lantinen-pirkanmaa", "R7", "lead_person.deputy_named_by"), "the county names the deputy");
    // Annex 1 (the decision) lists eight members, annex 2 (the composition) nine: the third row only there.
    let r26: Vec<String> = check(&preset("lantinen-pirkanmaa"))
        .into_iter()
        .filter(|f| f.rule == "R26")
        .map(|f| f.path.to_string())
        .collect();
    assert_eq!(r26, ["steering_group.seats[2].member"]);
    // Section 8 gives the vice-chair to the county, the board's decision chooses it itself.
    let esk = check(&preset("etelainen-keski-suomi"));
    let r25 = esk.iter().find(|f| f.rule == "R25").expect("the section against the decision");
    assert_eq!(r25.path, "steering_group.decision.vice_chair_named_by");
    let fi = r25.message(tym_core::Lang::Fi);
    assert!(fi.contains("kohdan 8") && fi.contains("työllisyysaluelautakunta 16 §"), "{fi}");
    let lp = preset("lantinen-pirkanmaa");
    let in_objectives =
        |p: &tym_core::path::Path| tym_core::wording::topic_of(&lp, p) == Some(tym_core::wording::Topic::Objectives);
    assert!(check(&lp).iter().any(|f| f.rule == "R9" && in_objectives(&f.path)), "objectives annex left empty");
    assert!(has("lantinen-pirkanmaa", "R17", "services.youth_coordinator"), "youth service without coordinator");
}
