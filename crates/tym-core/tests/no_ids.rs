//! No internal ids in any output (issue 21, item 3): a party without a name is shown as its kind with a
//! note ("Työvoimaviranomainen (nimi puuttuu)") in the document in every format, the CSV exports, the
//! findings, `tym show` and `tym compare` — never by its id ("ea", "wc", "kela"). Checked on the blank
//! template, on the blank with every party name cleared, and on each preset with every name cleared.

use std::process::Command;
use tym_core::check::check;
use tym_core::format::{self, AgreementFile};
use tym_core::model::{Agreement, Party, PartyKind};
use tym_core::split::{split_all, to_csv, BasisChoice};
use tym_core::{presets, text, Lang};

/// The agreement with every party's Finnish and Swedish name cleared.
fn nameless(mut a: Agreement) -> Agreement {
    for p in &mut a.parties {
        p.name_fi.clear();
        p.name_sv.clear();
    }
    a
}

/// The agreements under test, with a label for the messages.
fn cases() -> Vec<(String, Agreement)> {
    let blank = presets::blank().agreement;
    let mut two_counties = nameless(blank.clone());
    two_counties.parties.push(Party { id: "wc2".into(), kind: PartyKind::WellbeingCounty, ..Default::default() });
    let mut v = vec![
        ("blank".to_string(), blank.clone()),
        ("blank, names cleared".to_string(), nameless(blank)),
        ("blank, two unnamed counties".to_string(), two_counties),
    ];
    for p in presets::PRESETS {
        v.push((format!("{}, names cleared", p.id), nameless(presets::load(p.id).unwrap().agreement)));
    }
    v
}

/// The words of a text: runs of letters, digits, '-' and '_' (an id such as "wc-ks" is one word).
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')).filter(|w| !w.is_empty())
}

/// Fails naming the output and the line when a party id of `a` stands as a word in `out`.
fn assert_no_ids(case: &str, what: &str, a: &Agreement, out: &str) {
    assert!(!out.trim().is_empty(), "{case}: {what} is empty");
    for p in &a.parties {
        if let Some(line) = out.lines().find(|l| words(l).any(|w| w == p.id)) {
            panic!("{case}: {what} shows the party id {:?}: {line}", p.id);
        }
    }
}

/// The text of a WordprocessingML part: the characters between its tags, entities undone.
fn xml_text(xml: &[u8]) -> String {
    let xml = String::from_utf8_lossy(xml);
    let mut out = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push('\n');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

#[test]
fn no_party_id_in_the_document_in_any_format_or_language() {
    for (case, a) in cases() {
        for lang in Lang::ALL {
            let what = |f: &str| format!("{f} ({})", lang.code());
            let doc = text::generate(&a, lang);
            assert_no_ids(&case, &what("Markdown"), &a, &text::to_markdown(&doc));
            assert_no_ids(&case, &what("HTML"), &a, &text::to_html(&doc));
            let docx = tym_core::docx::to_docx(&doc);
            for part in ["word/document.xml", "word/header1.xml", "word/footer1.xml", "docProps/core.xml"] {
                let xml = tym_core::import::docx::part(&docx, part).unwrap().unwrap();
                if part == "word/document.xml" {
                    assert_no_ids(&case, &what(part), &a, &xml_text(&xml));
                } else {
                    let text = xml_text(&xml);
                    for p in &a.parties {
                        assert!(!words(&text).any(|w| w == p.id), "{case}: {part} shows {:?}", p.id);
                    }
                }
            }
        }
    }
}

#[test]
fn no_party_id_in_the_csv_exports_or_the_findings() {
    for (case, a) in cases() {
        let report = split_all(&a, BasisChoice::AsAgreed);
        let findings = check(&a);
        for lang in Lang::ALL {
            assert_no_ids(&case, &format!("cost split CSV ({})", lang.code()), &a, &to_csv(&a, &report, lang, false));
            let staff = tym_core::csv::staff(&a, lang);
            if staff.trim_start_matches('\u{feff}').trim().is_empty() {
                continue;
            }
            assert_no_ids(&case, &format!("staff CSV ({})", lang.code()), &a, &staff);
        }
        for lang in Lang::ALL {
            let messages: Vec<String> = findings.iter().map(|f| f.message(lang)).collect();
            assert_no_ids(&case, &format!("findings ({})", lang.code()), &a, &messages.join("\n"));
        }
    }
}

#[test]
fn an_unnamed_party_is_its_kind_with_a_note_numbered_among_its_kind() {
    let mut a = nameless(presets::blank().agreement);
    let md = text::to_markdown(&text::generate(&a, Lang::Fi));
    assert!(md.contains("\n1. Työvoimaviranomainen (nimi puuttuu)\n"), "{md}");
    assert!(
        md.contains("Sopijapuolet: Työvoimaviranomainen (nimi puuttuu), Hyvinvointialue (nimi puuttuu) ja "),
        "{md}"
    );
    assert_eq!(a.party_name("ea", Lang::Sv), "Arbetskraftsmyndighet (namnet saknas)");
    assert_eq!(a.party_name("ea", Lang::En), "Employment authority (name missing)");
    a.parties.push(Party { id: "wc2".into(), kind: PartyKind::WellbeingCounty, ..Default::default() });
    assert_eq!(a.party_name("wc", Lang::Fi), "Hyvinvointialue 1 (nimi puuttuu)");
    assert_eq!(a.party_name("wc2", Lang::Fi), "Hyvinvointialue 2 (nimi puuttuu)");
    assert_eq!(a.party_name("wc2", Lang::Sv), "Välfärdsområde 2 (namnet saknas)");
    // One named, one not: the unnamed one needs no number.
    a.parties[1].name_fi = "Testin hyvinvointialue".into();
    assert_eq!(a.party_name("wc2", Lang::Fi), "Hyvinvointialue (nimi puuttuu)");
    // A name in one language stands in for the other.
    a.parties[1].name_fi.clear();
    a.parties[1].name_sv = "Testins välfärdsområde".into();
    assert_eq!(a.party_name("wc", Lang::Fi), "Testins välfärdsområde");
    assert_eq!(a.party_name("nobody", Lang::Fi), "[puuttuva tieto: Osapuoli]");
}

fn tym(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tym")).args(args).output().expect("run tym");
    assert!(
        out.status.success() || out.status.code() == Some(3),
        "tym {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into()
}

fn write(name: &str, a: &Agreement) -> String {
    let dir = std::env::temp_dir().join(format!("tym-no-ids-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, format::save(&AgreementFile::new(a.clone()))).unwrap();
    p.display().to_string()
}

#[test]
fn no_party_id_in_tym_show_or_tym_compare() {
    let blank = presets::blank().agreement;
    let lp = presets::load("lantinen-pirkanmaa").unwrap().agreement;
    // The second of a pair also refers to other parties, so that the differences hold references.
    let mut refs = nameless(blank.clone());
    refs.steering_group.set_by = Some("wc".into());
    refs.lead_person.named_by = Some("kela".into());
    let mut lp_refs = nameless(lp.clone());
    lp_refs.staffing.rows[0].party = "kela".into();
    let pairs =
        [(blank.clone(), nameless(blank.clone())), (blank, refs), (lp.clone(), nameless(lp.clone())), (lp, lp_refs)];
    for (i, (named, unnamed)) in pairs.iter().enumerate() {
        let (left, right) = (write(&format!("{i}-named.json"), named), write(&format!("{i}-unnamed.json"), unnamed));
        for lang in ["fi", "sv", "en"] {
            let compare = tym(&["compare", &left, &right, "--lang", lang]);
            // The differences are listed, by their labels, never by their keys.
            assert!(!compare.lines().next().unwrap().ends_with("(0)"), "{compare}");
            assert!(!compare.contains("name_fi") && !compare.contains("set_by"), "{compare}");
            assert_no_ids(&format!("pair {i}"), &format!("tym compare ({lang})"), unnamed, &compare);
            let show = tym(&["show", &right, "--lang", lang]);
            assert_no_ids(&format!("pair {i}"), &format!("tym show ({lang})"), unnamed, &show);
            let checked = tym(&["check", &right, "--lang", lang]);
            // Each line names the file, whose path is no party id; the messages are the findings'.
            assert_no_ids(
                &format!("pair {i}"),
                &format!("tym check ({lang})"),
                unnamed,
                &checked.replace(&right, "FILE"),
            );
        }
    }
}
