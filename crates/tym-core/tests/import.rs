//! Import of the five real agreements (tests/seeds/*.txt, copied verbatim from ../shared/seeds) and
//! of changed, damaged and hostile sources. The per-agreement test lists every difference between
//! the imported draft's data and the preset's on the fields of issue 19's bar, prints them, and
//! asserts the list is exactly the known one — so a regression and an improvement both show. The
//! steering group's seats are not extracted yet and are left out of the comparison (docs/import.md).

use std::collections::BTreeSet;
use tym_core::import::{self, ImportError};
use tym_core::model::{Agreement, PartyKind};
use tym_core::{presets, Lang};

const SEEDS: [&str; 5] =
    ["etelainen-keski-suomi", "keski-pohjanmaa", "keski-uusimaa-luonnos", "lantinen-pirkanmaa", "satakunta"];

fn seed(id: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/seeds/{id}.txt", env!("CARGO_MANIFEST_DIR"))).expect("seed")
}

/// The preset's party id → the imported draft's, by kind and order within the kind.
fn id_map(preset: &Agreement, got: &Agreement) -> impl Fn(&str) -> String {
    let mut map = Vec::new();
    for kind in [PartyKind::EmploymentAuthority, PartyKind::WellbeingCounty, PartyKind::Kela, PartyKind::Municipality] {
        for (p, g) in preset.parties_of(kind).zip(got.parties_of(kind)) {
            map.push((p.id.clone(), g.id.clone()));
        }
    }
    move |id: &str| map.iter().find(|(p, _)| p == id).map(|(_, g)| g.clone()).unwrap_or_else(|| format!("?{id}"))
}

/// Every difference on the compared fields, as "field: preset … / imported …".
fn differences(preset: &Agreement, got: &Agreement) -> Vec<(String, String)> {
    let mut d = Vec::new();
    let mut cmp = |field: &str, want: String, have: String| {
        if want != have {
            d.push((field.to_string(), format!("preset {want} / imported {have}")));
        }
    };
    let map = id_map(preset, got);
    let parties = |a: &Agreement, m: &dyn Fn(&str) -> String| {
        a.parties
            .iter()
            .map(|p| format!("{}:{:?}:{}", m(&p.id), p.kind, p.name_fi.to_lowercase()))
            .collect::<BTreeSet<_>>()
    };
    cmp("parties", format!("{:?}", parties(preset, &map)), format!("{:?}", parties(got, &|s: &str| s.to_string())));
    let ids = |a: &Agreement, m: &dyn Fn(&str) -> String| {
        a.parties.iter().map(|p| format!("{}={}", m(&p.id), p.business_id)).collect::<BTreeSet<_>>()
    };
    cmp("business_ids", format!("{:?}", ids(preset, &map)), format!("{:?}", ids(got, &|s: &str| s.to_string())));
    let munis = |a: &Agreement| a.area.municipalities.iter().map(|m| m.name.clone()).collect::<Vec<_>>();
    cmp("municipalities", format!("{:?}", munis(preset)), format!("{:?}", munis(got)));
    let rows = |a: &Agreement, m: &dyn Fn(&str) -> String| {
        a.staffing
            .rows
            .iter()
            .map(|r| format!("{}|{}|{:?}|{:?}", m(&r.party), r.role, r.persons, r.fte.map(|f| f.format('.'))))
            .collect::<Vec<_>>()
    };
    cmp("staffing.rows", format!("{:?}", rows(preset, &map)), format!("{:?}", rows(got, &|s: &str| s.to_string())));
    let totals = |a: &Agreement, m: &dyn Fn(&str) -> String| {
        a.staffing
            .stated_totals
            .iter()
            .map(|t| format!("{}|{}|{}", m(&t.party), t.fte.format('.'), t.approximate))
            .collect::<Vec<_>>()
    };
    cmp(
        "staffing.stated_totals",
        format!("{:?}", totals(preset, &map)),
        format!("{:?}", totals(got, &|s: &str| s.to_string())),
    );
    let v = (&preset.validity, &got.validity);
    cmp(
        "notice_months",
        format!("{:?}", v.0.termination.notice_months),
        format!("{:?}", v.1.termination.notice_months),
    );
    cmp("termination.effect", format!("{:?}", v.0.termination.effect), format!("{:?}", v.1.termination.effect));
    cmp("court", v.0.dispute.court.clone(), v.1.dispute.court.clone());
    cmp("copies", format!("{:?}", preset.signatures.copies), format!("{:?}", got.signatures.copies));
    let sigs = |a: &Agreement, m: &dyn Fn(&str) -> String| {
        let mut v: Vec<String> =
            a.signatures.signatories.iter().map(|s| m(s.party.as_deref().unwrap_or("-"))).collect();
        v.sort();
        v
    };
    cmp("signatories", format!("{:?}", sigs(preset, &map)), format!("{:?}", sigs(got, &|s: &str| s.to_string())));
    d
}

/// The fields on which each import differs from its preset today, and why (docs/import.md).
fn known(id: &str) -> &'static [&'static str] {
    match id {
        "etelainen-keski-suomi" => &[],
        // "Työvoimaviranomainen sen resurssit koostuvat … 10 henkilöä sekä … 0,2 htv/vuosi" is prose
        // the rules do not read (two employment-authority rows missing); the seed lists the
        // employment director under Kela's name, so a signatory lands on Kela.
        "keski-pohjanmaa" => &["staffing.rows", "signatories"],
        // The draft's signature page has a line for each of Kela's two signatories; the import
        // makes one unnamed line per party that names no one.
        "keski-uusimaa-luonnos" => &["signatories"],
        // The employment authority's two sub-area rows ("Sastamala / Punkalaidun 0,75") are not
        // read as rows; the preset carries the county's business ID, which the agreement does not
        // state.
        "lantinen-pirkanmaa" => &["business_ids", "staffing.rows"],
        // The preset names the employment authority "Satakunnan työllisyysalue"; the agreement's
        // list of parties says "Satakunnan työllisyysalueen työvoimaviranomainen", and the import
        // follows the agreement.
        "satakunta" => &["parties"],
        _ => &[],
    }
}

#[test]
fn each_seed_imports_with_the_presets_data() {
    let mut report = String::new();
    let mut unexpected = Vec::new();
    for id in SEEDS {
        let got = import::import_text(&seed(id), Lang::Fi).unwrap_or_else(|e| panic!("{id}: {e:?}")).file.agreement;
        let preset = presets::load(id).expect("preset").agreement;
        let diffs = differences(&preset, &got);
        report.push_str(&format!("== {id}: {} differences\n", diffs.len()));
        for (f, d) in &diffs {
            report.push_str(&format!("  {f}: {d}\n"));
        }
        let fields: BTreeSet<&str> = diffs.iter().map(|(f, _)| f.as_str()).collect();
        let want: BTreeSet<&str> = known(id).iter().copied().collect();
        if fields != want {
            unexpected.push(format!("{id}: differs on {fields:?}, known {want:?}"));
        }
    }
    println!("{report}");
    assert!(unexpected.is_empty(), "{}\n{report}", unexpected.join("\n"));
}

#[test]
fn wording_is_carried_with_live_fields_and_nothing_dropped() {
    for id in SEEDS {
        let imported = import::import_text(&seed(id), Lang::Fi).expect("import");
        let a = &imported.file.agreement;
        let own = a.clause_texts();
        assert!(own.iter().any(|(_, t)| t.contains("{{party:")), "{id}: no live party field");
        // Every word of the seed outside the table of contents is in the rendered document.
        let rendered = tym_core::text::to_markdown(&tym_core::text::generate(a, Lang::Fi));
        let words = |s: &str| {
            s.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(String::from)
                .collect::<BTreeSet<_>>()
        };
        let missing: Vec<String> = words(&seed(id)).difference(&words(&rendered)).cloned().collect();
        assert!(missing.len() < 25, "{id}: words not carried: {missing:?}");
        assert!(imported.report.sections.len() >= 10, "{id}: {} sections", imported.report.sections.len());
    }
}

#[test]
fn the_draft_follows_changed_names_figures_order_and_heading_style() {
    let text = seed("lantinen-pirkanmaa")
        .replace("Läntisen Pirkanmaan työllisyysalue", "Pohjoisen Hämeen työllisyysalue")
        .replace("Pirkanmaan hyvinvointialue", "Kanta-Hämeen hyvinvointialue")
        .replace(
            "Sastamala \n(työllisyysalueen vastuukunta), Punkalaidun, Hämeenkyrö",
            "Hattula \n(työllisyysalueen vastuukunta), Janakkala, Loppi",
        )
        .replace("Hämeenlinnan hallinto-oikeudessa", "Turun hallinto-oikeudessa")
        .replace("päättymään 6 kuukauden kuluttua", "päättymään 4 kuukauden kuluttua")
        .replace("kolme samansisältöistä", "neljä samansisältöistä")
        .replace("yhteensä 2,255 htv.tä", "yhteensä 3,5 htv.tä")
        .replace("0,8 htv.tä", "1,2 htv.tä")
        // Heading style "N Otsikko" → "N. Otsikko".
        .replace("\n1 Sopimuksen tarkoitus", "\n1. Sopimuksen tarkoitus")
        .replace("\n2 Sopijaosapuolet", "\n2. Sopijaosapuolet")
        .replace("\n12 Sopimuksen voimassaolo", "\n12. Sopimuksen voimassaolo");
    // Section order: the staffing section (8) and the objectives (5) change places, renumbered.
    let (s5, s6) = (text.find("\n5 Tavoitteet").expect("5"), text.find("\n6 Palvelun").expect("6"));
    let (s8, s9) = (text.find("\n8 Henkilöstö").expect("8"), text.find("\n9 Organisointia").expect("9"));
    let (five, eight) = (text[s8..s9].replacen("\n8 ", "\n5 ", 1), text[s5..s6].replacen("\n5 ", "\n8 ", 1));
    let text = format!("{}{five}{}{eight}{}", &text[..s5], &text[s6..s8], &text[s9..]);
    let a = import::import_text(&text, Lang::Fi).expect("import").file.agreement;
    let names: Vec<&str> = a.parties.iter().map(|p| p.name_fi.as_str()).collect();
    assert_eq!(names, vec!["Pohjoisen Hämeen työllisyysalue", "Kanta-Hämeen hyvinvointialue", "Kansaneläkelaitos"]);
    let m: Vec<&str> = a.area.municipalities.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(m, vec!["Hattula", "Janakkala", "Loppi", "Ikaalinen", "Parkano", "Kihniö"]);
    assert_eq!(a.parties[0].lead_municipality, "Hattula");
    assert_eq!(a.validity.dispute.court, "Turun hallinto-oikeus");
    assert_eq!(a.validity.termination.notice_months, Some(4));
    assert_eq!(a.signatures.copies, Some(4));
    let wc_total = a.staffing.stated_totals.iter().find(|t| t.party == "wc").expect("wc total");
    assert_eq!(wc_total.fte.format('.'), "3.5");
    assert!(a.staffing.rows.iter().any(|r| r.party == "kela" && r.fte.map(|f| f.format('.')) == Some("1.2".into())));
    let topics: Vec<_> = a.wording.parts.iter().map(|p| p.topic.path()).collect();
    let (st, ob) = (topics.iter().position(|t| *t == "staffing"), topics.iter().position(|t| *t == "objectives"));
    assert!(st < ob, "staffing moved before objectives: {topics:?}");
    // A renamed party is a live field in the wording.
    assert!(a.clause_texts().iter().any(|(_, t)| t.contains("{{party:ea}}")));
}

fn zip(entries: &[(&str, &[u8], bool)]) -> Vec<u8> {
    // A minimal ZIP: local headers, data (stored or deflated), central directory, end record. The
    // CRC is left zero; the importer does not check it (Word and LibreOffice write it).
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, deflate) in entries {
        let body = if *deflate { miniz_oxide::deflate::compress_to_vec(data, 6) } else { data.to_vec() };
        let method: u16 = if *deflate { 8 } else { 0 };
        let offset = out.len() as u32;
        let mut h = Vec::new();
        h.extend_from_slice(b"PK\x03\x04\x14\x00\x00\x00");
        h.extend_from_slice(&method.to_le_bytes());
        h.extend_from_slice(&[0; 8]);
        h.extend_from_slice(&(body.len() as u32).to_le_bytes());
        h.extend_from_slice(&(data.len() as u32).to_le_bytes());
        h.extend_from_slice(&(name.len() as u16).to_le_bytes());
        h.extend_from_slice(&0u16.to_le_bytes());
        h.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&h);
        out.extend_from_slice(&body);
        let mut c = Vec::new();
        c.extend_from_slice(b"PK\x01\x02\x14\x00\x14\x00\x00\x00");
        c.extend_from_slice(&method.to_le_bytes());
        c.extend_from_slice(&[0; 8]);
        c.extend_from_slice(&(body.len() as u32).to_le_bytes());
        c.extend_from_slice(&(data.len() as u32).to_le_bytes());
        c.extend_from_slice(&(name.len() as u16).to_le_bytes());
        c.extend_from_slice(&[0; 12]);
        c.extend_from_slice(&offset.to_le_bytes());
        c.extend_from_slice(name.as_bytes());
        central.extend_from_slice(&c);
    }
    let at = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06\x00\x00\x00\x00");
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A DOCX of a seed as Word writes one: sections as "Heading 1" paragraphs with automatic numbering
/// (no number in the text), annexes as "Heading 1" without numbering, list items as numbered
/// paragraphs, and the staffing as a real table.
fn docx_of(text: &str, staffing_table: &[[&str; 4]]) -> Vec<u8> {
    let mut body = String::new();
    let p = |style: Option<&str>, num: bool, t: &str| {
        let mut ppr = String::new();
        if let Some(s) = style {
            ppr.push_str(&format!("<w:pStyle w:val=\"{s}\"/>"));
        }
        if num {
            ppr.push_str("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
        }
        format!("<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>", esc(t))
    };
    // Word keeps a list item in a paragraph of its own; other lines of a paragraph are one.
    let mut paras: Vec<String> = Vec::new();
    for para in text.split("\n\n") {
        let mut cur = String::new();
        for line in para.lines() {
            let l = line.trim();
            let starts_item = l.starts_with("- ") || l.starts_with('\u{f0b7}') || {
                let d = l.chars().take_while(char::is_ascii_digit).count();
                d > 0 && (l[d..].starts_with(". ") || l[d..].starts_with(") "))
            };
            if starts_item && !cur.trim().is_empty() {
                paras.push(std::mem::take(&mut cur));
            }
            cur.push_str(l);
            cur.push(' ');
        }
        paras.push(cur);
    }
    for para in paras {
        let t = para.split_whitespace().collect::<Vec<_>>().join(" ");
        if t.is_empty() {
            continue;
        }
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && t[digits..].starts_with(' ') && t.len() < 80 && !t.ends_with('.') && !t.contains("(jäljempänä")
        {
            body.push_str(&p(Some("Otsikko1"), true, t[digits..].trim()));
        } else if t.starts_with("LIITE") {
            body.push_str(&p(Some("Otsikko1"), false, &t));
        } else if let Some(item) = t.strip_prefix("- ") {
            body.push_str(&p(None, true, item));
        } else {
            body.push_str(&p(None, false, &t));
        }
    }
    let mut table = String::from("<w:tbl>");
    for row in staffing_table {
        table.push_str("<w:tr>");
        for c in row {
            table.push_str(&format!("<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>", esc(c)));
        }
        table.push_str("</w:tr>");
    }
    table.push_str("</w:tbl>");
    // The table goes where the text refers to the staffing, else at the end.
    match body.find("henkilöstöä liitteen 2 mukaisesti.").and_then(|at| body[at..].find("</w:p>").map(|e| at + e + 6))
    {
        Some(at) => body.insert_str(at, &table),
        None => body.push_str(&table),
    }
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let styles = "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:type=\"paragraph\" w:styleId=\"Otsikko1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>";
    zip(&[
        ("[Content_Types].xml", b"<Types/>", false),
        ("word/document.xml", doc.as_bytes(), true),
        ("word/styles.xml", styles.as_bytes(), false),
    ])
}

#[test]
fn a_word_file_with_heading_styles_numbering_and_a_table() {
    let text = seed("satakunta");
    let table = [
        ["Osapuoli", "Tehtävä", "Henkilöitä", "htv"],
        ["Satakunnan työllisyysalue", "työvalmentaja", "3", "2,5"],
        ["Satakunnan hyvinvointialue", "sosiaaliohjaaja", "2", "1,25"],
        ["Kela", "työkykyneuvoja", "1", "0,3"],
    ];
    let bytes = docx_of(&text, &table);
    let from_docx = import::import_bytes(&bytes, Lang::Fi).expect("docx import");
    let from_text = import::import_text(&text, Lang::Fi).expect("text import");
    let (d, t) = (&from_docx.file.agreement, &from_text.file.agreement);
    let headings = |a: &Agreement| a.wording.parts.iter().map(|p| (p.kind, p.topic)).collect::<Vec<_>>();
    assert_eq!(headings(d), headings(t), "the same parts from Word and from text");
    assert_eq!(d.parties, t.parties);
    assert_eq!(d.validity.dispute.court, t.validity.dispute.court);
    assert_eq!(d.signatures.signatories.len(), t.signatures.signatories.len());
    let rows: Vec<_> = d
        .staffing
        .rows
        .iter()
        .map(|r| (r.party.as_str(), r.role.as_str(), r.persons, r.fte.map(|f| f.format('.'))))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("ea", "työvalmentaja", Some(3), Some("2.5".to_string())),
            ("wc", "sosiaaliohjaaja", Some(2), Some("1.25".to_string())),
            ("kela", "työkykyneuvoja", Some(1), Some("0.3".to_string())),
        ]
    );
}

#[test]
fn each_seed_as_a_word_file_made_by_libreoffice() {
    // The real converter (the setup script installs it on CI): each seed's text converted to DOCX
    // imports with the same differences from its preset as the text does.
    let dir = env!("CARGO_TARGET_TMPDIR").to_string();
    let srcs: Vec<String> = SEEDS.iter().map(|id| format!("{dir}/{id}.txt")).collect();
    for (id, src) in SEEDS.iter().zip(&srcs) {
        std::fs::write(src, seed(id)).expect("write");
    }
    let ok = std::process::Command::new("soffice")
        .args(["--headless", "--convert-to", "docx", "--outdir", &dir])
        .args(&srcs)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("soffice not available: skipped");
        return;
    }
    let mut unexpected = Vec::new();
    for id in SEEDS {
        let bytes = std::fs::read(format!("{dir}/{id}.docx")).expect("docx");
        let d = import::import_bytes(&bytes, Lang::Fi).unwrap_or_else(|e| panic!("{id}: {e:?}")).file.agreement;
        let diffs = differences(&presets::load(id).expect("preset").agreement, &d);
        let fields: BTreeSet<&str> = diffs.iter().map(|(f, _)| f.as_str()).collect();
        let want: BTreeSet<&str> = known(id).iter().copied().collect();
        if fields != want {
            unexpected.push(format!("{id} (DOCX): differs on {fields:?}, known {want:?}: {diffs:?}"));
        }
    }
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
}

#[test]
fn bad_input_is_a_message_in_every_language() {
    let cases: Vec<(Vec<u8>, ImportError)> = vec![
        (Vec::new(), ImportError::Empty),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec(), ImportError::Pdf),
        (b"PK\x03\x04\x14\x00\x00\x00broken".to_vec(), ImportError::CorruptZip),
        (zip(&[("[Content_Types].xml", b"<Types/>", false)]), ImportError::NotDocx),
        (vec![b'a'; import::MAX_FILE_BYTES + 1], ImportError::TooLarge { bytes: import::MAX_FILE_BYTES + 1 }),
        (b"Rakas ystava\n\nKiitos kirjeesta.\n".to_vec(), ImportError::NoSections),
        (
            b"YHTEISTYOSOPIMUS\n\n1 Sopimuksen tarkoitus\n\nTama on lain 1369/2014 mukainen sopimus.\n".to_vec(),
            ImportError::OldLaw,
        ),
    ];
    for (bytes, want) in cases {
        let got = import::import_bytes(&bytes, Lang::Fi).expect_err("an error");
        assert_eq!(got, want);
        for l in Lang::ALL {
            assert!(!got.message(l).trim().is_empty());
        }
    }
    // A truncated copy of a real DOCX, at every length, is an error and never a panic.
    let docx = docx_of(&seed("satakunta"), &[["Osapuoli", "Tehtävä", "Henkilöitä", "htv"]]);
    for n in (0..docx.len()).step_by(97) {
        let _ = import::import_bytes(&docx[..n], Lang::Fi);
    }
}

#[test]
fn a_docx_bomb_is_refused() {
    // 101 MB of zeros deflate to about 100 kB; the central directory even understates the size.
    let zeros = vec![0u8; 101 * 1024 * 1024];
    let mut bytes = zip(&[("word/document.xml", &zeros, true)]);
    // Declared sizes rewritten to 1 kB, so only the inflate limit can catch it.
    let at = bytes.windows(4).rposition(|w| w == b"PK\x01\x02").expect("central");
    bytes[at + 24..at + 28].copy_from_slice(&1024u32.to_le_bytes());
    assert_eq!(import::import_bytes(&bytes, Lang::Fi).unwrap_err(), ImportError::Bomb);
}

#[test]
fn identity_codes_are_found_and_removed() {
    let text = seed("satakunta").replace("Jouko Hautamäki, Satakunnan", "Jouko Hautamäki 131052-308T, Satakunnan");
    let mut imported = import::import_text(&text, Lang::Fi).expect("import");
    assert_eq!(imported.report.identity_codes, vec!["131052-308T"]);
    assert!(imported.report.to_text(Lang::Fi).contains("henkilötunnukselta"));
    assert_eq!(import::strip_identity_codes(&mut imported.file.agreement), 1);
    assert!(!imported.file.agreement.clause_texts().iter().any(|(_, t)| t.contains("131052-308T")));
}

#[test]
fn the_report_names_fields_by_their_paths() {
    let r = import::import_text(&seed("keski-pohjanmaa"), Lang::Fi).expect("import").report;
    let paths: Vec<String> = r.entries().map(|e| e.path.to_string()).collect();
    for p in [
        "validity.dispute.court",
        "signatures.copies",
        "area.municipalities",
        "steering_group.decision",
        "steering_group.seats",
    ] {
        assert!(paths.iter().any(|x| x == p), "{p} in {paths:?}");
    }
    assert!(r.sections.iter().all(|s| s.path.field == tym_core::path::F::WordingParts));
    // The report's lines name fields by their labels; their paths are for "go to field" only.
    assert!(r.entries().all(|e| !import::entry_text(e, Lang::Fi).contains(&e.path.to_string())));
    assert_eq!(r.toc_lines, 19);
    for l in Lang::ALL {
        assert!(r.to_text(l).lines().count() > 20);
    }
}
