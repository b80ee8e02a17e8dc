//! The document follows the data: every field of the model changes the rendered agreement when it
//! changes (or is listed below as deliberately not printed, with the reason), and live fields in own
//! wording follow renames and new figures everywhere they are shown.

use serde_json::Value;
use tym_core::format::{self, AgreementFile};
use tym_core::i18n::Lang;
use tym_core::json::Json;
use tym_core::model::*;
use tym_core::num::Dec;
use tym_core::presets;
use tym_core::text::{generate, to_markdown};
use tym_core::wording::{template, Block, Style};

/// Fields that do not reach the document, and why. A path matches with its list indices removed.
const NOT_PRINTED: &[(&str, &str)] = &[
    ("meta.title", "the draft's name in the user's library"),
    ("meta.source", "where a preset came from"),
    ("meta.document_language", "chooses the language the document opens in"),
    ("parties.id", "internal reference between sections"),
    ("parties.lead_municipality", "checked against the municipalities (R19); the agreement names the area"),
    ("area.municipalities.authority", "decides municipal sub-splits of costs"),
    ("area.municipalities.sub_area", "groups staff and clients by sub-area in the staffing view"),
    ("area.municipalities.population", "input of a sub-split by population"),
    ("area.municipalities.clients", "input of a sub-split by clients"),
    ("area.sub_areas.id", "internal reference of staff rows"),
    ("area.sub_areas.clients", "clients per FTE by sub-area in the staffing view"),
    ("staffing.rows.cost_per_fte", "the full-cost view; own staff costs are never split"),
    ("staffing.stated_totals.fte", "printed as its wording when it has one; checked against the rows (R16)"),
    ("staffing.stated_totals.approximate", "printed as its wording when it has one"),
    ("costs.participants", "the form's enrolment counts, copied into by-participants items"),
    ("steering_group.seats.party", "printed as the organisation when it is written"),
    ("steering_group.decision.date", "printed in the decision sentence"),
    ("signatures.signatories.name", "names of officials stay out of shared documents unless written"),
    ("wording", "the wording itself"),
    ("steering_group.authorities_agreed", "printed only when the agreement has several employment authorities"),
    // Added by the checker's rules (issue 18); text.rs is to print them in its clauses.
];

fn not_printed(path: &str) -> bool {
    let plain: String = {
        let mut s = String::new();
        let mut skip = false;
        for c in path.chars() {
            match c {
                '[' => skip = true,
                ']' => skip = false,
                c if !skip => s.push(c),
                _ => {}
            }
        }
        s
    };
    NOT_PRINTED.iter().any(|(p, _)| plain == *p || plain.starts_with(&format!("{p}.")))
}

/// A preset with every optional fact given, worded by the template.
fn complete() -> Agreement {
    let mut a = presets::load("lantinen-pirkanmaa").unwrap().agreement;
    a.wording.parts = Vec::new();
    let d = |y, m, dd| chrono::NaiveDate::from_ymd_opt(y, m, dd);
    a.meta.version_date = d(2026, 11, 30);
    for p in &mut a.parties {
        p.address = format!("Osoite {}", p.id);
        p.contact = format!("Yhteyshenkilö {}", p.id);
        p.business_id = if p.business_id.is_empty() { "1234567-1".into() } else { p.business_id.clone() };
        p.name_sv = format!("{} sv", p.name_fi);
    }
    // A seat of a party is shown by the party's name (an organisation written out is another unit).
    let names: Vec<(String, String)> = a.parties.iter().map(|p| (p.id.clone(), p.name_fi.clone())).collect();
    for s in &mut a.steering_group.seats {
        if names.iter().any(|(id, n)| s.party.as_deref() == Some(id) && *n == s.organisation) {
            s.organisation.clear();
        }
    }
    a.steering_group.term_start = d(2025, 1, 1);
    a.steering_group.term_end = d(2029, 12, 31);
    a.steering_group.authorities_agreed = true;
    a.steering_group.chair_named_by = Some("ea".into());
    a.steering_group.vice_chair_named_by = Some("wc".into());
    a.services.youth_coordinator = "Ohjaamon koordinaattori".into();
    a.services.youth_cost_split = "Kukin osapuoli vastaa omista kustannuksistaan.".into();
    a.objectives.items = vec!["Työllisyyden kasvu".into()];
    a.services.entries = vec![ServiceEntry { party: Some("kela".into()), service: "Kuntoutus".into() }];
    a.staffing.clients_estimate = Some(500);
    a.staffing.max_clients_per_fte = Some(Dec(40_000));
    a.lead_person.approval_date = d(2025, 2, 1);
    a.lead_person.appointed_until = d(2029, 12, 31);
    a.lead_person.working_time_pct = Some(Dec(20_000));
    a.lead_person.deputy_title = "Varahenkilö".into();
    a.lead_person.other_tasks = vec!["Raportointi ministeriölle".into()];
    a.costs.override_recorded = true;
    a.costs.kela_participation = "Kela osallistuu kehittämispäivien kustannuksiin.".into();
    a.costs.yearly_index_pct = Some(Dec(2_000));
    a.costs.items = vec![
        CostItem { name: "Johtava henkilö".into(), amount: 7_840_000, ..Default::default() },
        CostItem {
            name: "Kehittämispäivä".into(),
            amount: 300_000,
            rule: SplitRule::ByParticipants {
                counts: vec![
                    PartyCount { party: "ea".into(), count: 3 },
                    PartyCount { party: "kela".into(), count: 2 },
                ],
            },
            sub_splits: vec![SubSplit { party: "ea".into(), rule: SubSplitRule::Equal }],
        },
        CostItem {
            name: "Tilat".into(),
            amount: 100_000,
            rule: SplitRule::FixedPercent {
                shares: vec![
                    PartyShare { party: "ea".into(), percent: Dec(60_000) },
                    PartyShare { party: "wc".into(), percent: Dec(40_000) },
                ],
            },
            sub_splits: vec![],
        },
    ];
    a.validity.until = d(2030, 12, 31);
    a.validity.reviewed_on_demand = true;
    a.validity.change_notice_months = Some(3);
    a.validity.ends_if_law_repealed = true;
    a.validity.termination.own_part = true;
    a.validity.dispute.negotiation_days = Some(60);
    a.validity.dispute.civil_court = "Pirkanmaan käräjäoikeus".into();
    a.signatures.place_date = "Sastamalassa 1.1.2025".into();
    a.staffing.stated_totals =
        vec![StatedTotal { party: "ea".into(), fte: Dec(1_500), approximate: true, wording: "n. 1,5 htv".into() }];
    a
}

fn render(a: &Agreement) -> String {
    to_markdown(&generate(a, Lang::Fi)) + &to_markdown(&generate(a, Lang::Sv))
}

/// Every leaf of the JSON value with its path.
fn leaves(v: &Value, path: String, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                leaves(x, if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out)
            }
        }
        Value::Array(xs) => {
            for (i, x) in xs.iter().enumerate() {
                leaves(x, format!("{path}[{i}]"), out)
            }
        }
        other => out.push((path, other.clone())),
    }
}

fn set(v: &mut Value, path: &str, new: Value) {
    let mut cur = v;
    for seg in path.split('.') {
        let (key, idx) = match seg.split_once('[') {
            Some((k, rest)) => {
                (k, rest.trim_end_matches(']').split("][").filter_map(|i| i.parse().ok()).collect::<Vec<usize>>())
            }
            None => (seg, vec![]),
        };
        cur = &mut cur[key];
        for i in idx {
            cur = &mut cur[i];
        }
    }
    *cur = new;
}

/// Values to try for a leaf until one loads: the kinds of change a user makes.
fn candidates(v: &Value) -> Vec<Value> {
    const NAMES: &[&str] = &[
        "social",
        "health",
        "employment",
        "rehabilitation",
        "other",
        "chair",
        "vice_chair",
        "member",
        "secretary",
        "expert",
        "persons",
        "fte",
        "draft",
        "signed",
        "included",
        "separate_agreement",
        "not_stated",
        "after_notice",
        "end_of_year",
        "half_year_rule",
        "service_delivery",
        "labour_availability",
        "cooperation",
        "development",
        "digital_services",
        "lead_network",
        "reporting",
        "chair_meetings",
        "wc",
        "ea",
        "kela",
        "wellbeing_county",
        "employment_authority",
        "municipality",
    ];
    match v {
        Value::Bool(b) => vec![Value::Bool(!b)],
        Value::Number(n) => match n.as_i64() {
            Some(i) => vec![Value::from(i + 1), Value::from(i - 1), Value::from(i / 2)],
            None => {
                let f = n.as_f64().unwrap_or(0.0);
                vec![serde_json::json!(f + 1.0), serde_json::json!(f - 1.0), serde_json::json!(f / 2.0)]
            }
        },
        Value::String(s) if s.len() == 10 && s.as_bytes()[4] == b'-' => vec![Value::from("2031-03-04")],
        Value::String(s) => {
            let mut c = vec![Value::from(format!("{s} Muutettu"))];
            c.extend(NAMES.iter().filter(|n| *n != s).map(|n| Value::from(*n)));
            c
        }
        _ => vec![],
    }
}

#[test]
fn every_field_changes_the_document_or_is_listed_as_not_printed() {
    let a = complete();
    let base = AgreementFile::new(a.clone()).write();
    let before = render(&a);
    let mut all = Vec::new();
    leaves(&base["agreement"], String::new(), &mut all);
    let mut silent = Vec::new();
    for (path, value) in &all {
        // A rule's kind cannot change alone (each kind has its own fields); every kind's wording is
        // tested in text.rs.
        if not_printed(path) || value.is_null() || path.ends_with(".kind") {
            continue;
        }
        let changed = candidates(value).into_iter().any(|new| {
            let mut v = base.clone();
            set(&mut v["agreement"], path, new);
            match format::from_value(v) {
                Ok(f) if f.agreement != a => render(&f.agreement) != before,
                _ => false,
            }
        });
        if !changed {
            silent.push(path.clone());
        }
    }
    assert!(silent.is_empty(), "fields that change nothing in the document: {silent:?}");
}

#[test]
fn live_fields_follow_renames_and_new_figures_everywhere() {
    let mut a = complete();
    // The area's own name is another field than the employment authority's.
    a.meta.area_name = "Läntinen Pirkanmaa".into();
    a.wording.parts = template();
    a.wording.parts[0].blocks.push(Block::own(
        Style::Paragraph,
        "{{party:ea}} ja {{party:wc}} osoittavat {{fte}} htv; irtisanomisaika {{notice_months}} kk; {{amount:0}}; liite {{annex:costs}}.",
    ));
    let old = to_markdown(&generate(&a, Lang::Fi));
    let count = |s: &str, x: &str| s.matches(x).count();
    let old_name = a.parties[0].name_fi.clone();
    let shown = count(&old, &old_name);
    assert!(shown >= 3, "{old_name} is shown in several places");
    a.parties[0].name_fi = "Uusi työllisyysalue".into();
    a.staffing.rows[0].fte = Some(Dec(9_750));
    a.validity.termination.notice_months = Some(11);
    a.costs.items[0].amount = 1_234_500;
    let new = to_markdown(&generate(&a, Lang::Fi));
    assert_eq!(count(&new, &old_name), 0, "{new}");
    assert_eq!(count(&new, "Uusi työllisyysalue"), shown);
    assert!(new.contains("irtisanomisaika 11 kk") && new.contains("11 kuukauden"), "{new}");
    assert!(new.contains("12\u{a0}345,00 €"));
    let own = new.lines().find(|l| l.contains("irtisanomisaika")).unwrap();
    let total = tym_core::Lang::Fi.dec(a.total_fte());
    assert!(own.contains(&format!("osoittavat {total} htv")), "{own}");
}

#[test]
fn a_version_1_file_keeps_its_wording() {
    let v1 = r#"{"format":"tym-agreement","version":1,"agreement":{"purpose":{"text":"Oma tarkoitus.\n\nToinen."},"area":{"text":"Alue."},"validity":{"termination":{"allowed":false}}}}"#;
    let f = format::load(v1).unwrap();
    let md = to_markdown(&generate(&f.agreement, Lang::Fi));
    assert!(md.contains("## 1 Sopimuksen tarkoitus\n\nOma tarkoitus.\n\nToinen.\n\n## 2"), "{md}");
    assert!(md.contains("Alue."));
    assert_eq!(f.agreement.validity.termination.allowed, None, "version 1's false meant not stated");
    // Saved again, it is a version 2 file that loads to the same agreement.
    let again = format::load(&format::save(&f)).unwrap();
    assert_eq!(again.agreement, f.agreement);
}

/// Occurrences of `word` in `text` not followed by a letter: "Satakunnan työllisyysalue" but not
/// its inflected "Satakunnan työllisyysalueen", which the agreement writes as text.
fn whole(text: &str, word: &str) -> usize {
    text.match_indices(word).filter(|(i, w)| !text[i + w.len()..].starts_with(char::is_alphabetic)).count()
}

#[test]
fn every_preset_follows_renamed_parties_new_amounts_notice_months_and_fte() {
    for p in presets::PRESETS {
        let mut base = presets::load(p.id).unwrap().agreement;
        // The area's name is its own field, even where it reads like a party's.
        base.meta.area_name = "Yhteistoiminta-alue".into();
        let old = to_markdown(&generate(&base, Lang::Fi));
        let mut a = base.clone();
        let mut renames = Vec::new();
        for (i, party) in a.parties.iter_mut().enumerate() {
            let new = format!("Uusinimi{i} osapuoli");
            renames.push((party.name_fi.clone(), new.clone()));
            party.name_fi = new;
        }
        // Names that contain another party's name ("Kansaneläkelaitos" in none; a county in a longer
        // name) are counted as whole names only.
        let mut amounts = Vec::new();
        for (i, item) in a.costs.items.iter_mut().enumerate().filter(|(_, it)| it.amount > 0) {
            let new = 900_000_000 + i as i64 * 1_000_001;
            amounts.push((Lang::Fi.money(item.amount), Lang::Fi.money(new)));
            item.amount = new;
        }
        let notice = a.validity.termination.notice_months.map(|m| (m, 97));
        if notice.is_some() {
            a.validity.termination.notice_months = Some(97);
        }
        let fte = a.parties.first().map(|p| p.id.clone()).filter(|id| a.staffing.rows.iter().any(|r| &r.party == id));
        let old_fte = fte.as_ref().map(|id| Lang::Fi.dec(base.party_fte(id)));
        if let Some(id) = &fte {
            let r = a.staffing.rows.iter_mut().find(|r| &r.party == id).unwrap();
            r.fte = Some(Dec(r.fte.unwrap_or_default().0 + 77_001));
        }
        let new = to_markdown(&generate(&a, Lang::Fi));
        for (from, to) in &renames {
            if from.trim().is_empty() {
                continue;
            }
            assert_eq!(whole(&new, from), 0, "{}: {from} is still shown", p.id);
            assert_eq!(whole(&new, to), whole(&old, from), "{}: {from} → {to}", p.id);
        }
        for (from, to) in &amounts {
            assert_eq!(new.matches(to.as_str()).count(), old.matches(from.as_str()).count(), "{}: {from} → {to}", p.id);
        }
        if let Some((m, n)) = notice {
            for unit in [" kuukau", " kk"] {
                assert_eq!(
                    new.matches(&format!("{n}{unit}")).count(),
                    old.matches(&format!("{m}{unit}")).count(),
                    "{}: notice {m}{unit}",
                    p.id
                );
            }
        }
        if let (Some(id), Some(old_fte)) = (&fte, &old_fte) {
            let new_fte = Lang::Fi.dec(a.party_fte(id));
            // The total is live wherever it is a field or a table's subtotal; figures below party level are
            // the agreement's own text (docs/seed-fidelity.md), so the old total may remain only there.
            assert!(new.contains(new_fte.as_str()), "{}: the party's FTE total {new_fte} is shown", p.id);
            assert!(
                new.matches(old_fte.as_str()).count() < old.matches(old_fte.as_str()).count(),
                "{}: {old_fte} follows",
                p.id
            );
        }
    }
}

/// Every object key of a file, for the checks that no output shows one.
fn keys(v: &Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                out.insert(k.clone());
                keys(x, out);
            }
        }
        Value::Array(xs) => xs.iter().for_each(|x| keys(x, out)),
        _ => {}
    }
}

/// `word` as a whole word of `s` (letters, digits and underscores around it do not count).
fn has_word(s: &str, word: &str) -> bool {
    let w = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    s.match_indices(word).any(|(i, _)| !w(s[..i].chars().next_back()) && !w(s[i + word.len()..].chars().next()))
}

/// Keys of the file that are also words of a language.
const WORDS: &[(Lang, &str)] = &[(Lang::Sv, "status"), (Lang::Sv, "organisation")];

#[test]
fn every_field_path_has_a_label_and_a_readable_value_in_every_language() {
    use tym_core::readable::Reader;
    let mut own = presets::load("lantinen-pirkanmaa").unwrap().agreement;
    own.meta.version_date = chrono::NaiveDate::from_ymd_opt(2026, 11, 30);
    let mut bad = Vec::new();
    for a in [complete(), own] {
        let v = AgreementFile::new(a.clone()).write();
        let mut all = Vec::new();
        leaves(&v["agreement"], String::new(), &mut all);
        let mut names = std::collections::BTreeSet::new();
        keys(&v["agreement"], &mut names);
        for lang in Lang::ALL {
            let r = Reader::new(&a, lang);
            for (path, value) in &all {
                let label = r.label(path);
                // English words such as "party" or "title" may name a field in English ("fi" and "sv" are
                // the test data's own party names); a key with an
                // underscore never does, nor does any key in Finnish or Swedish.
                let word = |k: &str| WORDS.contains(&(lang, k));
                let raw = names
                    .iter()
                    .find(|k| k.len() > 2 && !word(k) && (lang != Lang::En || k.contains('_')) && has_word(&label, k));
                if let Some(k) = raw {
                    bad.push(format!("{lang:?} {path}: {label} shows {k}"));
                }
                assert!(!label.contains('[') && !label.contains(path.as_str()), "{path}: {label}");
                let shown = r.value(path, value);
                assert!(!shown.contains('_') && !shown.contains('{'), "{lang:?} {path}: {shown}");
                if lang != Lang::En && !path.ends_with("date") && !path.contains("wording") {
                    let dot = shown
                        .as_bytes()
                        .windows(3)
                        .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
                    let date = chrono::NaiveDate::parse_from_str(shown.trim(), "%d.%m.%Y").is_ok();
                    assert!(!dot || date, "{lang:?} {path}: {shown}");
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
