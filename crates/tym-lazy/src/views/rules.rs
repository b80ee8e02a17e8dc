//! The rules page's catalogue ("Säännöt"): each rule of the checker's registry with its title, the
//! severities its findings can have and every provision it rests on, with the statute's wording in
//! force on the open agreement's start date (today's law without one). The same catalogue is
//! docs/rules.md. Input: `{"on": "YYYY-MM-DD" | null}`.

use super::Html;
use serde_json::Value;
use tym_core::check::REGISTRY;
use tym_core::{Lang, Msg};

pub fn render(input: &Value, lang: Lang) -> String {
    let on = input["on"].as_str().and_then(tym_core::num::iso_date::parse);
    // The statutes are authentic in Finnish and Swedish only; English readers see the Finnish text.
    let text_lang = if lang == Lang::Sv { "sv" } else { "fi" };
    let mut h = Html::new();
    for r in REGISTRY {
        let id = format!("rule-{}", r.id.code());
        h.open("section", &[("class", Some("rule")), ("aria-labelledby", Some(&id))]);
        h.open("h2", &[("id", Some(&id))]).el("span", &[("class", Some("rule-id"))], r.id.code()).text(" ");
        h.text(lang.t(r.title)).close("h2");
        let severities: Vec<&str> = r.severities.iter().map(|s| lang.t(s.label())).collect();
        h.open("p", &[]).el("strong", &[], &format!("{}: ", lang.t(Msg::UiRuleSeverity)));
        h.text(&severities.join(", ")).close("p");
        h.el("h3", &[], lang.t(Msg::UiRuleBasis));
        h.open("ul", &[("class", Some("statute"))]);
        for p in r.basis {
            h.open("li", &[]).el("cite", &[], &p.cite(lang, on));
            if let Some(text) = p.wording(lang, on) {
                h.open("blockquote", &[("lang", Some(text_lang))]).el("p", &[], text).close("blockquote");
            }
            h.close("li");
        }
        h.close("ul").close("section");
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_listed_with_the_wording_in_force() {
        let html = render(&serde_json::json!({ "on": "2025-03-01" }), Lang::Sv);
        for r in REGISTRY {
            assert!(html.contains(&format!("id=\"rule-{}\"", r.id.code())));
        }
        assert!(html.contains("<blockquote lang=\"sv\">"));
        let fi = render(&serde_json::json!({ "on": null }), Lang::En);
        assert!(fi.contains("<blockquote lang=\"fi\">"));
    }
}
