//! The checks page's list (Tarkistukset): every finding of the open draft grouped by severity (law,
//! statutory duty, practice, consistency) and within it by the agreement's section, with its rule,
//! message and citation (the statute wording is on the rules page) and a "go to field" button
//! (`data-action="go"`, `data-arg` the page and the input's id, `path::Path::go_arg`). Input: `{"file": the agreement file's JSON
//! text}`; the findings are the checker's on its open variant, as the app's summary counts them.

use super::Html;
use serde_json::Value;
use tym_core::check::{check, Severity};
use tym_core::wording::{topic_of, Topic};
use tym_core::{format, Lang, Msg};

/// Where a section comes in the agreement: the draft's details (no topic) first, then the topics.
fn rank(t: Option<Topic>) -> usize {
    t.map_or(0, |t| 1 + Topic::ALL.iter().position(|x| *x == t).unwrap_or(Topic::ALL.len()))
}

pub fn render(input: &Value, lang: Lang) -> String {
    let Some(file) = input["file"].as_str().and_then(|f| format::load(f).ok()) else { return String::new() };
    let findings = check(&file.agreement);
    let mut h = Html::new();
    for sev in Severity::ALL {
        let list: Vec<_> = findings.iter().filter(|f| f.severity == sev).collect();
        // Grouped by the core's one mapping of a path to its section (a wording finding under its topic).
        let topic = |f: &tym_core::check::Finding| topic_of(&file.agreement, &f.path);
        let mut sections: Vec<Option<Topic>> = list.iter().map(|f| topic(f)).collect();
        sections.sort_by_key(|t| rank(*t));
        sections.dedup();
        let id = format!("sev-{}", sev.code());
        h.open("section", &[("class", Some("finding-group")), ("aria-labelledby", Some(&id))]);
        h.el("h2", &[("id", Some(&id))], &format!("{} ({})", lang.t(sev.label()), list.len()));
        if list.is_empty() {
            h.el("p", &[], lang.t(Msg::UiNoFindings));
        } else {
            h.open("ul", &[]);
            for sec in &sections {
                let label = sec.map_or(Msg::UiViewAgreement, Topic::label);
                h.open("li", &[("class", Some("finding-section"))]).el("h3", &[], lang.t(label));
                h.open("ul", &[]);
                for f in list.iter().filter(|f| topic(f) == *sec) {
                    let class = format!("finding sev-{}", sev.code());
                    let (field, go) = (f.field_id(), f.path.go_arg(Some(&file.agreement)));
                    h.open(
                        "li",
                        &[("class", Some(&class)), ("data-rule", Some(f.rule.code())), ("data-field", Some(&field))],
                    );
                    h.el("span", &[("class", Some("rule-id"))], f.rule.code()).text(" ");
                    h.el("span", &[("class", Some("message"))], &f.message(lang)).text(" ");
                    h.el("cite", &[], &format!("({})", f.citation(lang))).text(" ");
                    h.el(
                        "button",
                        &[
                            ("type", Some("button")),
                            ("class", Some("link")),
                            ("data-action", Some("go")),
                            ("data-arg", Some(&go)),
                        ],
                        lang.t(Msg::UiGoToField),
                    );
                    h.close("li");
                }
                h.close("ul").close("li");
            }
            h.close("ul");
        }
        h.close("section");
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tym_core::presets;

    #[test]
    fn every_finding_is_listed_under_its_severity_with_go_to_field() {
        let file = presets::load("etelainen-keski-suomi").unwrap();
        let findings = check(&file.agreement);
        assert!(!findings.is_empty());
        let html = render(&serde_json::json!({ "file": format::save(&file) }), Lang::Fi);
        assert_eq!(html.matches("class=\"finding sev-").count(), findings.len());
        for f in &findings {
            assert!(
                html.contains(&format!(
                    "data-arg=\"{}\"",
                    tym_core::escape::html(&f.path.go_arg(Some(&file.agreement)))
                )),
                "{}",
                f.path
            );
        }
        for sev in Severity::ALL {
            assert!(html.contains(&format!("id=\"sev-{}\"", sev.code())));
        }
    }
}
