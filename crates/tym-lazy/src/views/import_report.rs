//! The import report (after "Tuo oma sopimus"): the summary, then per section of the source what its
//! topic was recognised by and what was recognised, uncertain or not found, each with a "go to field"
//! button (`data-action="go"`, `data-arg` the page and the input's id, `path::Path::go_arg`). Input: the answer of
//! [`crate::import_json`], whose texts are already in the user's language. Before it, the questions
//! an import may ask ([`question`]).

use super::Html;
use serde_json::Value;
use tym_core::{Lang, Msg};

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_default()
}

fn list(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or_default()
}

fn go(h: &mut Html, lang: Lang, path: &str) {
    h.el(
        "button",
        &[("type", Some("button")), ("class", Some("link")), ("data-action", Some("go")), ("data-arg", Some(path))],
        lang.t(Msg::UiGoToField),
    );
}

fn entry(h: &mut Html, lang: Lang, e: &Value) {
    let class = match text(e, "status") {
        "recognised" => "import-recognised",
        "uncertain" => "import-uncertain",
        _ => "import-missing",
    };
    h.open("li", &[("class", Some(class))]).el("span", &[], text(e, "text")).text(" ");
    go(h, lang, text(e, "go"));
    h.close("li");
}

/// `render("import-question")`, input `{"stage": "codes" | "names", "warning"}`: whether to remove
/// the personal identity codes (asked first, when there are some), then whether to replace the
/// officials' names with their titles; the buttons' actions are "yes" and "no".
pub fn question(input: &Value, lang: Lang) -> String {
    let ((yes_id, yes), (no_id, no)) = if text(input, "stage") == "codes" {
        (("import-remove-hetu", Msg::UiRemoveHetu), ("import-keep-hetu", Msg::UiImportAsIs))
    } else {
        (("import-replace-names", Msg::UiReplaceNames), ("import-keep-names", Msg::UiKeepNames))
    };
    let mut h = Html::new();
    h.open("div", &[("class", Some("import-hetu")), ("role", Some("alert"))]);
    h.el("p", &[], text(input, "warning")).open("p", &[]);
    // The import waits for the answer: the focus goes to it (also from the first question to the second).
    let yes_attrs =
        [("type", Some("button")), ("id", Some(yes_id)), ("data-action", Some("yes")), ("autofocus", Some(""))];
    h.el("button", &yes_attrs, lang.t(yes));
    h.text(" ");
    h.el("button", &[("type", Some("button")), ("id", Some(no_id)), ("data-action", Some("no"))], lang.t(no));
    h.close("p").close("div");
    h.finish()
}

pub fn render(input: &Value, lang: Lang) -> String {
    let mut h = Html::new();
    h.el("p", &[("id", Some("import-summary"))], text(input, "summary"));
    if let Some(old) = input["old_law"].as_str() {
        h.el("p", &[], old);
    }
    h.open("ul", &[("class", Some("import-sections"))]);
    for s in list(&input["sections"]) {
        let class = if s["unplaced"] == true { "import-section import-unplaced" } else { "import-section" };
        h.open("li", &[("class", Some(class))]).el("span", &[], text(s, "line")).text(" ");
        go(&mut h, lang, text(s, "go"));
        let entries = list(&s["entries"]);
        if !entries.is_empty() {
            h.open("ul", &[]);
            for e in entries {
                entry(&mut h, lang, e);
            }
            h.close("ul");
        }
        h.close("li");
    }
    h.close("ul");
    let missing = list(&input["missing"]);
    if !missing.is_empty() {
        h.el("h4", &[], text(input, "missing_heading"));
        h.open("ul", &[("class", Some("import-missing-list"))]);
        for e in missing {
            entry(&mut h, lang, e);
        }
        h.close("ul");
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_lists_sections_and_entries_with_go_to_field() {
        let seed = include_str!("../../../tym-core/tests/seeds/lantinen-pirkanmaa.txt");
        let answer: Value = serde_json::from_str(&crate::import_text(seed, "fi")).unwrap();
        let html = render(&answer, Lang::Fi);
        assert!(html.contains("id=\"import-summary\""));
        assert!(html.contains("class=\"import-recognised\""));
        assert!(html.contains("data-arg=\"agreement f-validity-dispute-court\""), "{html}");
        assert!(html.contains("Siirry kenttään"));
    }
}
