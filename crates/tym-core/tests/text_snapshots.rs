//! Snapshots of the generated Finnish and Swedish text of every preset, kept readable under
//! tests/snapshots/. After an intended change: `UPDATE_SNAPSHOTS=1 cargo test -p tym-core --test text_snapshots`.

use std::path::PathBuf;
use tym_core::Lang;
use tym_core::{presets, text};

#[test]
fn generated_text_matches_the_snapshots() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut mismatches = Vec::new();
    for p in presets::PRESETS {
        let a = presets::load(p.id).unwrap().agreement;
        for (lang, code) in [(Lang::Fi, "fi"), (Lang::Sv, "sv")] {
            let md = text::to_markdown(&text::generate(&a, lang));
            let path = dir.join(format!("{}.{code}.md", p.id));
            if update {
                std::fs::write(&path, &md).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(md.as_str()) {
                mismatches.push(path.display().to_string());
            }
        }
    }
    assert!(mismatches.is_empty(), "snapshots differ (set UPDATE_SNAPSHOTS=1 to accept): {mismatches:?}");
}

#[test]
fn free_text_replaces_the_generated_wording_and_drafts_are_marked() {
    let mut a = presets::blank().agreement;
    a.wording.parts = tym_core::wording::template();
    a.wording.parts[0].blocks = ["Oma tarkoituslauseke.", "Toinen kappale."]
        .iter()
        .map(|t| tym_core::wording::Block::own(tym_core::wording::Style::Paragraph, t))
        .collect();
    let doc = text::generate(&a, Lang::Fi);
    let para = |t: &str| text::DocBlock::Paragraph(t.into());
    assert_eq!(doc.sections[0].blocks, vec![para("Oma tarkoituslauseke."), para("Toinen kappale.")]);
    assert_eq!(doc.draft_mark.as_deref(), Some("LUONNOS"));
    a.meta.status = tym_core::model::Status::Signed;
    assert_eq!(text::generate(&a, Lang::Sv).draft_mark, None);
}

#[test]
fn the_cost_annex_is_the_split_table() {
    let mut a = presets::load("lantinen-pirkanmaa").unwrap().agreement;
    a.costs.items.push(tym_core::model::CostItem {
        name: "Johtava henkilö".into(),
        amount: 7_840_000,
        ..Default::default()
    });
    // The agreement itself has no cost annex: add one with the split table.
    use tym_core::wording::{Block, Part, PartKind, TableId, Topic};
    a.wording.parts.push(Part {
        kind: PartKind::Annex,
        topic: Topic::Costs,
        heading: Default::default(),
        blocks: vec![Block::Table { table: TableId::CostSplit, rows: None }],
    });
    let doc = text::generate(&a, Lang::Fi);
    let annex = doc.sections.iter().find(|s| s.path == "costs" && s.annex).unwrap();
    let table = annex.tables().next().unwrap();
    // Item, basis with its weights, then one column per party; the preset's own item comes first.
    let row = table.iter().find(|r| r[0] == "Johtava henkilö").unwrap();
    assert_eq!(row[2], "31\u{a0}318,24 €");
    assert_eq!(row[3], "47\u{a0}081,76 €");
    assert!(row[1].starts_with("Henkilötyövuodet") || row[1].contains(':'), "{}", row[1]);
}

#[test]
fn english_is_marked_unofficial_and_annexes_start_new_pages() {
    let a = presets::load("keski-pohjanmaa").unwrap().agreement;
    let en = text::generate(&a, Lang::En);
    assert!(en.unofficial.as_deref().unwrap().contains("Unofficial"));
    assert!(text::generate(&a, Lang::Fi).unofficial.is_none());
    let html = text::to_html(&text::generate(&a, Lang::Sv));
    assert!(
        html.contains("<html lang=\"sv\">") && html.contains("class=\"annex\"") && html.contains("<th scope=\"col\">")
    );
    // The composition annex lists every seat with its personal deputy.
    let fi = text::generate(&a, Lang::Fi);
    let seats = fi.sections.iter().find(|s| s.path == "steering_group" && s.annex).unwrap();
    assert_eq!(seats.tables().next().unwrap().len(), 1 + a.steering_group.seats.len());
    assert!(fi.sections.iter().any(|s| s.heading.to_lowercase().contains("tietosuojaseloste")));
}
