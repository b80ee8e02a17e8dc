//! The returned copy (issue 20, item 4): first the offer — the copy names a draft of the library —
//! with its two choices, then the three-way merge (`tym_core::merge`): the changes taken from the
//! copy and, for each field changed on both sides, a radio group (the draft's value checked, so
//! nothing is replaced without a choice). Buttons act through `data-action`: `merge-start`,
//! `open-new`, `merge-apply`, `cancel`; `merge-apply` sends the radios (`data-form`: `conflict-<k>`
//! → `ours` or `theirs`), which the app hands to [`crate::merge`].
//!
//! The copy is merged into the draft's open variant. When it was sent from another of the draft's
//! variants (`merge::sent_variant`), a warning comes first and takes the focus, naming both, with
//! `merge-variant` (`data-arg` the variant's index) to open that variant — the view is then rendered
//! again against it — and the merge button says which variant it merges into.
//!
//! Input: `{"stage": "offer", "name": file name, "title": the draft's title, "revision": n}` or
//! `{"stage": "merge", "base": the agreement file (a JSON value) or null, "ours": …, "theirs": …}`.

use super::Html;
use serde_json::Value;
use tym_core::format::{self, AgreementFile};
use tym_core::merge::{self, Merge};
use tym_core::model::Agreement;
use tym_core::{Lang, Msg};

/// The three files of a merge input (each a JSON value, read and checked as a file is); `None` when
/// ours or theirs cannot be read.
fn files(input: &Value) -> Option<(Option<AgreementFile>, AgreementFile, AgreementFile)> {
    let read = |k: &str| -> Option<AgreementFile> {
        let v = input.get(k).filter(|v| v.is_object())?;
        format::load(&v.to_string()).ok()
    };
    Some((read("base"), read("ours")?, read("theirs")?))
}

/// The three agreements of a merge input (`files`: the open variant's of each).
pub fn agreements(input: &Value) -> Option<(Option<Agreement>, Agreement, Agreement)> {
    let (base, ours, theirs) = files(input)?;
    Some((base.map(|f| f.agreement), ours.agreement, theirs.agreement))
}

/// A button whose action is `action`; `flag` an attribute without value (`autofocus`, `data-form`).
fn button(h: &mut Html, id: &str, action: &str, text: &str, flag: Option<&str>) {
    let mut attrs = vec![("type", Some("button")), ("id", Some(id)), ("data-action", Some(action))];
    attrs.extend(flag.map(|f| (f, Some(""))));
    h.el("button", &attrs, text);
}

pub fn render(input: &Value, lang: Lang) -> String {
    let mut h = Html::new();
    h.el("h2", &[("id", Some("merge-heading"))], lang.t(Msg::MrgTitle));
    if input["stage"] == "offer" {
        let revision = input["revision"].as_u64().unwrap_or_default().to_string();
        let name = input["name"].as_str().unwrap_or_default();
        h.el("p", &[], &lang.fmt(Msg::MrgIntro, &[name, input["title"].as_str().unwrap_or_default(), &revision]));
        h.open("p", &[("class", Some("toolbar"))]);
        button(&mut h, "merge-start", "merge-start", lang.t(Msg::MrgOffer), Some("autofocus"));
        button(&mut h, "merge-open-new", "open-new", lang.t(Msg::MrgOpenNew), None);
        button(&mut h, "merge-cancel", "cancel", lang.t(Msg::UiCancel), None);
        h.close("p");
        return h.finish();
    }
    let Some((base, ours, theirs)) = files(input) else { return String::new() };
    // The version sent names the variant it was sent from; without it, the copy does.
    let other = merge::sent_variant(base.as_ref().unwrap_or(&theirs), &ours);
    let named = |n: &str| if n.is_empty() { lang.t(Msg::UiVariantFirst).to_string() } else { n.to_string() };
    let open = named(&ours.variant_name);
    let sent_from = other.map(|i| named(&ours.variants[i].name));
    let (base, ours, theirs) = (base.map(|f| f.agreement), ours.agreement, theirs.agreement);
    let m: Merge = match merge::merge(base.as_ref(), &ours, &theirs) {
        Ok(m) => m,
        Err(e) => {
            h.el("p", &[("class", Some("field-error"))], &lang.fmt(Msg::MrgFailed, &[&e.message(lang)]));
            button(&mut h, "merge-cancel", "cancel", lang.t(Msg::UiCancel), None);
            return h.finish();
        }
    };
    let (taken, conflicts) = merge::readable(&m, base.as_ref(), &ours, &theirs, lang);
    let counts = [taken.len().to_string(), conflicts.len().to_string()];
    if let (Some(i), Some(sent)) = (other, &sent_from) {
        // Read first: everything below is the merge into the open variant.
        h.open("div", &[("id", Some("merge-variant")), ("class", Some("merge-warning"))]);
        h.el(
            "p",
            &[
                ("id", Some("merge-variant-warning")),
                ("class", Some("field-error")),
                ("tabindex", Some("-1")),
                ("autofocus", Some("")),
            ],
            &lang.fmt(Msg::MrgOtherVariant, &[sent, &open]),
        );
        let arg = i.to_string();
        h.open("p", &[]).el(
            "button",
            &[
                ("type", Some("button")),
                ("id", Some("merge-switch-variant")),
                ("data-action", Some("merge-variant")),
                ("data-arg", Some(&arg)),
            ],
            &lang.fmt(Msg::MrgSwitchVariant, &[sent]),
        );
        h.close("p").close("div");
    }
    h.el(
        "p",
        // The focus moves here when the merge replaces the offer (its button is gone), unless a
        // warning about the variant comes first.
        &[
            ("id", Some("merge-summary")),
            ("role", Some("status")),
            ("tabindex", Some("-1")),
            ("autofocus", other.is_none().then_some("")),
        ],
        &lang.fmt(Msg::MrgSummary, &[&counts[0], &counts[1]]),
    );
    if base.is_none() {
        h.el("p", &[("class", Some("field-error"))], lang.t(Msg::MrgNoBase));
    }
    h.el("h3", &[], &format!("{} ({})", lang.t(Msg::MrgTaken), counts[0]));
    if taken.is_empty() {
        h.el("p", &[], lang.t(Msg::MrgNothing));
    }
    h.open("ul", &[("id", Some("merge-taken"))]);
    for t in &taken {
        h.open("li", &[]).el("strong", &[], &t.label).text(&format!(": {} → {}", t.before, t.after)).close("li");
    }
    h.close("ul");
    h.el("h3", &[], &format!("{} ({})", lang.t(Msg::MrgConflicts), counts[1]));
    if conflicts.is_empty() {
        h.el("p", &[], lang.t(Msg::MrgNothing));
    }
    for (k, c) in conflicts.iter().enumerate() {
        let name = format!("conflict-{k}");
        h.open("fieldset", &[("class", Some("merge-conflict")), ("id", Some(&name))]).el("legend", &[], &c.label);
        if let Some(b) = &c.base {
            h.el("p", &[], &lang.fmt(Msg::MrgBase, &[b]));
        }
        for (side, text, msg) in [("ours", &c.ours, Msg::MrgOurs), ("theirs", &c.theirs, Msg::MrgTheirs)] {
            let id = format!("{name}-{side}");
            h.open("p", &[]).open(
                "input",
                &[
                    ("type", Some("radio")),
                    ("id", Some(&id)),
                    ("name", Some(&name)),
                    ("value", Some(side)),
                    ("checked", (side == "ours").then_some("")),
                ],
            );
            h.open("label", &[("for", Some(&id))]).text(&lang.fmt(msg, &[text])).close("label").close("p");
        }
        h.close("fieldset");
    }
    h.open("p", &[("class", Some("toolbar"))]);
    let apply = if other.is_some() { lang.fmt(Msg::MrgApplyHere, &[&open]) } else { lang.t(Msg::MrgApply).to_string() };
    button(&mut h, "merge-apply", "merge-apply", &apply, Some("data-form"));
    button(&mut h, "merge-cancel", "cancel", lang.t(Msg::UiCancel), None);
    h.close("p");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use tym_core::json::Json;

    #[test]
    fn the_merge_lists_taken_changes_and_offers_each_conflict() {
        let base = tym_core::presets::load("satakunta").unwrap();
        let mut ours = base.clone();
        ours.agreement.parties[0].contact = "meidän".into();
        let mut theirs = base.clone();
        theirs.agreement.parties[0].contact = "<heidän>".into();
        theirs.agreement.parties[1].address = "Katu 1".into();
        let input = json!({ "stage": "merge", "base": base.write(), "ours": ours.write(), "theirs": theirs.write() });
        let html = render(&input, Lang::Fi);
        assert!(html.contains("Katu 1") && html.contains("&lt;heidän&gt;"), "{html}");
        assert_eq!(html.matches("type=\"radio\"").count(), 2);
        assert!(html.contains("id=\"conflict-0-ours\" name=\"conflict-0\" value=\"ours\" checked=\"\""));
        let offer = render(&json!({"stage": "offer", "name": "x.tym.json", "title": "T", "revision": 3}), Lang::Sv);
        assert!(offer.contains("merge-start") && offer.contains("version 3"), "{offer}");
        assert!(!html.contains("merge-variant"), "one variant: no warning");
    }

    #[test]
    fn a_copy_sent_from_another_variant_is_warned_about_before_merging() {
        // Sent when the draft had one variant; since then variant B was made, changed and opened.
        let sent = tym_core::presets::load("satakunta").unwrap();
        let mut ours = sent.clone();
        ours.new_variant("B: kokeilu", "Vaihtoehto A");
        ours.agreement.meta.title = "Kokeilu".into();
        let mut theirs = sent.clone();
        theirs.agreement.parties[1].address = "Katu 1".into();
        let input = |ours: &AgreementFile| json!({ "stage": "merge", "base": sent.write(), "ours": ours.write(), "theirs": theirs.write() });
        for (lang, words) in [
            (Lang::Fi, "vaihtoehdosta ”Vaihtoehto A”"),
            (Lang::Sv, "alternativet ”Vaihtoehto A”"),
            (Lang::En, "variant “Vaihtoehto A”"),
        ] {
            let html = render(&input(&ours), lang);
            let warning = html.split("id=\"merge-variant-warning\"").nth(1).expect("a warning");
            assert!(warning.contains(words) && warning.contains("B: kokeilu"), "{lang:?}: {warning}");
            // It takes the focus, and the merge button names the variant it merges into.
            assert!(
                html.contains("autofocus")
                    && !html.contains("id=\"merge-summary\" role=\"status\" tabindex=\"-1\" autofocus"),
                "{html}"
            );
            assert!(html.contains("data-action=\"merge-variant\" data-arg=\"0\""), "{html}");
        }
        let fi = render(&input(&ours), Lang::Fi);
        assert!(fi.contains(">Yhdistä silti vaihtoehtoon ”B: kokeilu”<"), "{fi}");
        // With the variant it was sent from open, nothing to warn about.
        ours.switch_variant(0);
        let html = render(&input(&ours), Lang::Fi);
        assert!(!html.contains("merge-variant") && html.contains(">Yhdistä<"), "{html}");
    }
}
