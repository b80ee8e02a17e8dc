//! The document page's preview ("Asiakirja"): the agreement's generated text with its annexes in the
//! document's language, marked as a draft while it is one — the markup the print styles lay out on A4
//! (annexes on new pages, a wide annex on a landscape page). Each section's heading is a button that
//! takes the user to the section's fields (`data-action="go"`, `data-arg` the section's model path).
//! Input: `{"file": the agreement file as its JSON text, "lang": the document's language code}`; the
//! button titles are in the interface language.

use super::Html;
use serde_json::Value;
use tym_core::text::{self, DocBlock, DocSection, Document};
use tym_core::{format, Lang, Msg};

pub fn render(input: &Value, ui: Lang) -> String {
    let Some(file) = input["file"].as_str().and_then(|f| format::load(f).ok()) else { return String::new() };
    let lang = input["lang"].as_str().and_then(Lang::from_code).unwrap_or(Lang::Fi);
    document(&text::generate(&file.agreement, lang), ui)
}

/// The `<article id="document">` of a generated document; `ui` is the language of the headings' titles.
/// The same elements, attributes and text as the page's Yew code wrote (compared in a browser).
pub fn document(doc: &Document, ui: Lang) -> String {
    let mut h = Html::new();
    h.open("article", &[("lang", Some(doc.lang.code())), ("id", Some("document")), ("class", Some("agreement-doc"))]);
    if let Some(mark) = &doc.draft_mark {
        h.el("p", &[("class", Some("draft-mark"))], mark);
    }
    if let Some(u) = &doc.unofficial {
        h.el("p", &[("class", Some("unofficial"))], u);
    }
    if !doc.header.is_empty() {
        h.el("p", &[("class", Some("running-header"))], &doc.header);
    }
    h.el("h2", &[("class", Some("doc-title"))], &doc.title);
    for t in &doc.subtitle {
        h.el("p", &[("class", Some("doc-subtitle"))], t);
    }
    for s in &doc.sections {
        section(&mut h, s, doc.lang, ui);
    }
    h.close("article");
    h.finish()
}

fn section(h: &mut Html, s: &DocSection, lang: Lang, ui: Lang) {
    let mut class = String::from("doc-section");
    if s.annex {
        class.push_str(" annex");
    }
    // A wide annex prints on a landscape page (`DocSection::wide`).
    if s.wide() {
        class.push_str(" wide");
    }
    h.open("section", &[("class", Some(&class))]);
    if !s.heading.is_empty() {
        let title = ui.fmt(Msg::UiEditSection, &[&s.heading]);
        h.open("h3", &[]);
        h.el(
            "button",
            &[
                ("type", Some("button")),
                ("title", Some(&title)),
                ("data-action", Some("go")),
                ("data-arg", Some(s.path)),
                ("class", Some("link heading-link")),
            ],
            &s.heading,
        );
        h.close("h3");
    }
    blocks(h, s, lang);
    h.close("section");
}

/// A section's blocks: lists as lists, tables in a scroll region named by the section's heading, own
/// wording that a Swedish document has only in Finnish marked, signatures as lines to sign on.
fn blocks(h: &mut Html, s: &DocSection, lang: Lang) {
    let mut in_list = false;
    for b in &s.blocks {
        if let DocBlock::Item(t) = b {
            if !in_list {
                h.open("ul", &[]);
                in_list = true;
            }
            h.el("li", &[], t);
            continue;
        }
        if in_list {
            h.close("ul");
            in_list = false;
        }
        match b {
            DocBlock::Paragraph(t) => {
                h.el("p", &[], t);
            }
            DocBlock::Heading(t) => {
                h.el("h4", &[], t);
            }
            DocBlock::Untranslated(t) => {
                h.open("p", &[("class", Some("untranslated")), ("lang", Some("fi"))]);
                h.el("strong", &[("lang", Some(lang.code()))], &format!("[{}] ", lang.t(Msg::DocUntranslated)));
                h.text(t).close("p");
            }
            DocBlock::Table(t) => {
                if let Some((head, rows)) = t.split_first() {
                    h.open(
                        "div",
                        &[
                            ("role", Some("region")),
                            ("aria-label", Some(&s.heading)),
                            ("tabindex", Some("0")),
                            ("class", Some("scroll-x")),
                        ],
                    );
                    h.open("table", &[("class", Some("doc-table"))]).open("thead", &[]).open("tr", &[]);
                    for c in head {
                        h.el("th", &[("scope", Some("col"))], c);
                    }
                    h.close("tr").close("thead").open("tbody", &[]);
                    for r in rows {
                        h.open("tr", &[]);
                        for c in r {
                            h.el("td", &[], c);
                        }
                        h.close("tr");
                    }
                    h.close("tbody").close("table").close("div");
                }
            }
            DocBlock::Signatures(sigs) => {
                h.open("div", &[("class", Some("signatures"))]);
                for (org, who) in sigs {
                    h.open("div", &[("class", Some("sign"))]);
                    h.el("div", &[("class", Some("sign-line"))], who).el("div", &[], org);
                    h.close("div");
                }
                h.close("div");
            }
            DocBlock::Item(_) => {}
        }
    }
    if in_list {
        h.close("ul");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn preview(file: &tym_core::format::AgreementFile, lang: &str, ui: Lang) -> String {
        render(&json!({ "file": format::save(file), "lang": lang }), ui)
    }

    #[test]
    fn a_presets_preview_has_the_draft_mark_every_heading_and_its_tables_in_regions() {
        let file = tym_core::presets::load("keski-uusimaa-luonnos").unwrap();
        let html = preview(&file, "fi", Lang::Sv);
        assert!(html.starts_with("<article lang=\"fi\" id=\"document\" class=\"agreement-doc\">"), "{}", &html[..100]);
        assert!(html.ends_with("</article>"));
        assert!(html.contains("<p class=\"draft-mark\">LUONNOS</p>"));
        let doc = text::generate(&file.agreement, Lang::Fi);
        for s in doc.sections.iter().filter(|s| !s.heading.is_empty()) {
            let button = format!(
                "<h3><button type=\"button\" title=\"{}\" data-action=\"go\" data-arg=\"{}\" class=\"link heading-link\">{}</button></h3>",
                tym_core::escape::html(&Lang::Sv.fmt(Msg::UiEditSection, &[&s.heading])),
                s.path,
                tym_core::escape::html(&s.heading),
            );
            assert!(html.contains(&button), "{button}");
        }
        assert_eq!(html.matches("<section class=\"doc-section").count(), doc.sections.len());
        assert!(html.contains("<section class=\"doc-section annex\">"));
        let table = doc.sections.iter().find(|s| s.tables().next().is_some()).expect("a section with a table");
        let region = format!(
            "<div role=\"region\" aria-label=\"{}\" tabindex=\"0\" class=\"scroll-x\"><table class=\"doc-table\"><thead><tr><th scope=\"col\">",
            tym_core::escape::html(&table.heading)
        );
        assert!(html.contains(&region), "{region}");
        assert!(html.contains("<div class=\"signatures\"><div class=\"sign\"><div class=\"sign-line\">"));
        let sv = preview(&file, "sv", Lang::Fi);
        assert!(sv.contains("lang=\"sv\"") && sv.contains("<p class=\"draft-mark\">UTKAST</p>"));
        let en = preview(&file, "en", Lang::Fi);
        assert!(en.contains("<p class=\"unofficial\">"));
    }

    #[test]
    fn text_is_escaped_and_lists_and_untranslated_wording_are_marked() {
        let mut file = tym_core::presets::load("satakunta").unwrap();
        file.agreement.meta.area_name = "<script>alert(\"x\")</script> & co".into();
        let html = preview(&file, "fi", Lang::Fi);
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"));
        let doc = text::generate(&file.agreement, Lang::Fi);
        if doc.sections.iter().flat_map(|s| &s.blocks).any(|b| matches!(b, DocBlock::Item(_))) {
            assert!(html.contains("<ul><li>"));
        }
        // A Swedish document prints own Finnish wording without its Swedish marked as untranslated.
        let mut own = text::generate(&file.agreement, Lang::Sv);
        own.sections[0].blocks = vec![
            DocBlock::Item("a < b".into()),
            DocBlock::Item("c".into()),
            DocBlock::Untranslated("Oma <teksti>".into()),
        ];
        let html = document(&own, Lang::Fi);
        assert!(html.contains(
            "<ul><li>a &lt; b</li><li>c</li></ul><p class=\"untranslated\" lang=\"fi\"><strong lang=\"sv\">["
        ));
        assert!(html.contains("] </strong>Oma &lt;teksti&gt;</p>"));
    }

    #[test]
    fn an_unreadable_file_is_no_preview() {
        assert_eq!(render(&json!({ "file": "{", "lang": "fi" }), Lang::Fi), "");
        assert_eq!(render(&json!({}), Lang::Fi), "");
    }
}
