//! Property tests: any Unicode a user can type or paste into a text field (typographic quotes,
//! no-break spaces, dashes, combining marks, emoji, right-to-left marks, braces) goes through the
//! checker, the text generator, every rendering and the comparison without a panic, and user text is
//! never read as a message placeholder.

use proptest::prelude::*;
use tym_core::check::check;
use tym_core::diff::{diff, redline};
use tym_core::docx::to_docx;
use tym_core::i18n::Lang;
use tym_core::model::*;
use tym_core::presets::{self, PRESETS};
use tym_core::text::{generate, to_html, to_markdown};
use tym_core::wording::{Block, Style};

/// Pieces that have broken text handling before, mixed with arbitrary characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("”".to_string()),
        Just("\u{a0}".to_string()),
        Just("–".to_string()),
        Just("—".to_string()),
        Just("§".to_string()),
        Just("€".to_string()),
        Just("’".to_string()),
        Just("«»".to_string()),
        Just("e\u{301}".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just("\u{200f}".to_string()),
        Just("{0}{1}{2}".to_string()),
        Just(" hyvinvointialue".to_string()),
        Just("Pohjanmaan hyvinvointialue".to_string()),
        Just(" välfärdsområdet".to_string()),
        Just("Österbottens".to_string()),
        Just("\n\n".to_string()),
        any::<char>().prop_map(String::from),
        "[a-zåäö ]{0,6}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..8).prop_map(|v| v.concat())
}

/// Every free text of the model set from `t`, cycling.
fn fill_texts(a: &mut Agreement, t: &[String]) {
    let mut i = 0;
    let mut next = || {
        i += 1;
        t[i % t.len()].clone()
    };
    a.meta.area_name = next();
    // Own wording in every part, with live fields among the text, and a heading of its own.
    if a.wording.parts.is_empty() {
        a.wording.parts = tym_core::wording::template();
    }
    for p in &mut a.wording.parts {
        p.heading.fi = next();
        p.blocks.push(Block::Own { style: Style::Paragraph, fi: next() + "{{party:ea}}", sv: next(), replaces: None });
        p.blocks.push(Block::own(Style::Item, &next()));
    }
    for p in &mut a.parties {
        p.name_fi = next();
        p.name_sv = next();
        p.address = next();
    }
    for m in &mut a.area.municipalities {
        m.name = next();
    }
    a.steering_group.decision.body = next();
    for s in &mut a.steering_group.seats {
        s.organisation = next();
        s.member = next();
        s.deputy = next();
    }
    a.objectives.items.push(next());
    for r in &mut a.staffing.rows {
        r.role = next();
    }
    a.lead_person.other_tasks.push(next());
    a.costs.kela_participation = next();
    for c in &mut a.costs.items {
        c.name = next();
    }
    a.validity.dispute.court = next();
    for s in &mut a.signatures.signatories {
        s.title = next();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]
    #[test]
    fn any_text_is_checked_rendered_and_compared(i in 0usize..PRESETS.len(), t in prop::collection::vec(text(), 1..12)) {
        let before = presets::load(PRESETS[i].id).unwrap().agreement;
        let mut a = before.clone();
        fill_texts(&mut a, &t);
        for lang in Lang::ALL {
            for f in check(&a) {
                let _ = f.message(lang);
            }
            let d = generate(&a, lang);
            let _ = to_markdown(&d);
            let _ = to_html(&d);
            let _ = to_docx(&d);
        }
        let _ = diff(&before, &a);
        let _ = redline(&to_markdown(&generate(&before, Lang::Fi)), &to_markdown(&generate(&a, Lang::Fi)));
    }
}

#[test]
fn a_quoted_county_in_a_clause_is_read_as_a_county() {
    let mut a = presets::load("keski-pohjanmaa").unwrap().agreement;
    a.wording.parts = tym_core::wording::template();
    a.wording.parts[2]
        .blocks
        .push(Block::own(Style::Paragraph, "Sopimus koskee ”Pohjanmaan hyvinvointialue” -aluetta."));
    let r19: Vec<_> = check(&a).into_iter().filter(|f| f.rule == "R19").collect();
    assert!(r19.iter().any(|f| f.message(Lang::Fi).contains("Pohjanmaan hyvinvointialue")), "{r19:?}");
}

#[test]
fn braces_typed_in_a_party_name_stay_as_typed() {
    let mut a = presets::load("satakunta").unwrap().agreement;
    a.parties[0].name_fi = "Kunta {1} {0}".into();
    let md = to_markdown(&generate(&a, Lang::Fi));
    assert!(md.contains("Kunta {1} {0}"), "{md}");
    assert_eq!(tym_core::i18n::fill("a {0} {1} {x} {", &["{1}", "b"]), "a {1} b {x} {");
}
