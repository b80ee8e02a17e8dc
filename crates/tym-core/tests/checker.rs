//! The checker as a whole (each rule's own tests are in its file under `src/rules/`): every finding's
//! path resolves to a field of the agreement, whatever the agreement; citations follow the law in
//! force on the agreement's start date; severities are those the registry declares.

use proptest::prelude::*;
use serde_json::Value;
use tym_core::check::{check, Severity, REGISTRY};
use tym_core::json::Json;
use tym_core::model::*;
use tym_core::presets::{self, PRESETS};
use tym_core::Lang;

/// The value at a finding's path ("staffing.rows[2].fte") in the agreement written as JSON, if the
/// path names a field or element that exists (a field whose value is `null` exists).
fn resolve<'v>(root: &'v Value, path: &str) -> Option<&'v Value> {
    let mut v = root;
    for seg in path.split('.') {
        let (key, indices) = match seg.find('[') {
            Some(i) => (&seg[..i], &seg[i..]),
            None => (seg, ""),
        };
        v = v.as_object()?.get(key)?;
        for ix in indices.split('[').filter(|s| !s.is_empty()) {
            let n: usize = ix.strip_suffix(']')?.parse().ok()?;
            v = v.as_array()?.get(n)?;
        }
    }
    Some(v)
}

fn assert_paths_resolve(a: &Agreement) {
    let root = a.write();
    for f in check(a) {
        assert!(
            resolve(&root, &f.path.to_string()).is_some(),
            "{} {}: path {} does not resolve",
            f.rule,
            f.message(Lang::En),
            f.path
        );
        assert!(
            REGISTRY.iter().any(|r| r.id == f.rule && r.severities.contains(&f.severity)),
            "{} {:?}",
            f.rule,
            f.severity
        );
        // A message names fields by their labels, never by their paths.
        for lang in Lang::ALL {
            let m = f.message(lang);
            let path_like = m.split(|c: char| c.is_whitespace() || "”“\"(),:;".contains(c)).any(|w| {
                let w = w.trim_end_matches('.');
                w.contains(['.', '[']) && tym_core::path::Path::parse(w).is_some()
            });
            assert!(!path_like, "{} shows a path: {m}", f.rule);
        }
    }
}

#[test]
fn every_path_resolves_on_the_presets_and_the_blank_template() {
    for p in PRESETS {
        assert_paths_resolve(&presets::load(p.id).unwrap().agreement);
    }
    assert_paths_resolve(&presets::blank().agreement);
}

/// Changes that make rules fire: each is applied or not, in any combination, to any preset.
fn mutate(a: &mut Agreement, bits: u32) {
    let on = |i: u32| bits & (1 << i) != 0;
    if on(0) {
        a.parties.retain(|p| p.kind != PartyKind::Kela);
    }
    if on(1) {
        a.steering_group.seats.iter_mut().for_each(|s| s.deputy = "N.N.".into());
    }
    if on(2) {
        a.steering_group.seats.clear();
    }
    if on(3) {
        a.staffing.rows.iter_mut().for_each(|r| r.fte = None);
    }
    if on(4) {
        a.lead_person.deputy_named_by = Some("wc".into());
        a.lead_person.title = "[nimi, titteli]".into();
    }
    if on(5) {
        a.costs.items.iter_mut().for_each(|i| i.rule = SplitRule::OnePayer { party: "nobody".into() });
    }
    if on(6) {
        a.services.youth_one_stop = YouthOneStop::Included;
        a.objectives.items = vec![String::new()];
    }
    if on(7) {
        a.signatures.signatories.iter_mut().for_each(|s| s.title.clear());
        a.signatures.copies = Some(9);
    }
    if on(8) {
        a.area.municipalities.iter_mut().for_each(|m| m.authority = Some("elsewhere".into()));
        a.steering_group.chair_named_by = Some("kela".into());
    }
    if on(9) {
        a.staffing.rows.iter_mut().for_each(|r| r.party = "ghost".into());
        a.validity.termination.allowed = Some(true);
        a.validity.termination.effect = TerminationEffect::NotStated;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn a_finding_s_path_always_resolves_to_a_field(preset in 0..PRESETS.len() + 1, bits in 0u32..1024) {
        let mut a = PRESETS.get(preset).map(|p| presets::load(p.id).unwrap().agreement).unwrap_or_else(|| presets::blank().agreement);
        mutate(&mut a, bits);
        assert_paths_resolve(&a);
    }
}

#[test]
fn the_citation_is_the_law_in_force_on_the_start_date() {
    let mut a = presets::load("satakunta").unwrap().agreement;
    a.steering_group.set_by = Some("wc".into());
    let f = check(&a).into_iter().find(|f| f.rule == "R2").expect("R2");
    assert_eq!(f.severity, Severity::Law);
    assert_eq!(f.citation(Lang::Fi), "laki 381/2023 9 § 1 mom. (437/2024)");
    assert_eq!(f.citation(Lang::Sv), "lag 381/2023 9 § 1 mom. (437/2024)");
    assert_eq!(f.citation(Lang::En), "Act 381/2023 s. 9(1) (as amended by 437/2024)");
    let words = f.wording(Lang::Sv);
    assert!(words[0].1.contains("En ledningsgrupp som består av flera arbetskraftsmyndigheter"), "{words:?}");
}

#[test]
fn swedish_and_english_findings_cite_the_same_sections_and_swedish_holds_no_finnish() {
    const FINNISH: [&str; 6] = ["mom. (", "kohta", "laki ", "asetus ", "Sopimu", "ei ole"];
    for p in PRESETS {
        let a = presets::load(p.id).unwrap().agreement;
        for f in check(&a) {
            let digits = |s: String| s.chars().filter(|c| c.is_ascii_digit()).collect::<String>();
            assert_eq!(digits(f.citation(Lang::Fi)), digits(f.citation(Lang::Sv)), "{}", f.rule);
            // English writes "s. 3(1)(2)" for "3 § 2 kohta": the statutes cited are the same.
            let statutes = |s: String| {
                s.split([' ', '(', ')', ';']).filter(|w| w.contains('/')).map(str::to_string).collect::<Vec<_>>()
            };
            assert_eq!(statutes(f.citation(Lang::Fi)), statutes(f.citation(Lang::En)), "{}", f.rule);
            // Party names and quoted wording are the user's; the rest of a Swedish finding is Swedish.
            let mut sv = f.message(Lang::Sv);
            for arg in &f.args {
                sv = sv.replace(&arg.format(Lang::Sv), "");
            }
            for w in ["kohta", "laki ", "asetus ", "Sopimu", " ei ole"] {
                assert!(!sv.contains(w), "{}: {sv}", f.rule);
            }
            assert!(!f.citation(Lang::Sv).contains(FINNISH[1]), "{}", f.rule);
        }
    }
}

#[test]
fn check_exit_severity_law_is_only_the_law() {
    // Practice, consistency and statutory duties alone never make a law finding.
    let a = presets::load("keski-pohjanmaa").unwrap().agreement;
    for f in check(&a).iter().filter(|f| f.severity == Severity::Law) {
        assert!(f.basis.iter().any(|p| p.is_statute()), "{} law without a statute", f.rule);
    }
}
