//! The comparison (Vertailu) of the open draft with one to three others — its variants, drafts of the
//! library, the real agreements: the money each party pays, FTE, clients per FTE and findings per
//! agreement; the findings only one has; the fields that differ from each other agreement, each with
//! a button that takes it over into the open draft (`data-action="take"`, `data-arg` the difference as
//! JSON `{"path", "right"}`, applied by the app with `diff::apply`); and a word-level redline of the
//! text against the first other agreement. The steering group's seats list taken over whole also
//! carries, under `"also"`, the open draft's composition tables' selections renumbered onto the list
//! taken over (`lists::selections_onto`), which the app applies in the same edit: a selection names
//! seats by index, and would otherwise print other people from the new list.
//!
//! Input: `{"names": [the open draft's column name, then the others'], "files": [the agreement files'
//! JSON texts, the open draft first]}`.

use super::Html;
use serde_json::{json, Value};
use tym_core::compare::{figures, party_rows, row_label, unique_findings, Figures};
use tym_core::diff::{self, Redline};
use tym_core::model::Agreement;
use tym_core::num::Dec;
use tym_core::{format, lists, readable, Lang, Msg};

pub fn render(input: &Value, lang: Lang) -> String {
    let names: Vec<String> =
        input["names"].as_array().into_iter().flatten().map(|n| n.as_str().unwrap_or_default().to_string()).collect();
    let agreements: Vec<Agreement> = input["files"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| format::load(f.as_str()?).ok().map(|f| f.agreement))
        .collect();
    if agreements.len() < 2 || names.len() != agreements.len() {
        return String::new();
    }
    let figs: Vec<Figures> = agreements.iter().map(|a| figures(a, lang)).collect();
    let mut h = Html::new();
    figures_table(&mut h, lang, &names, &figs);
    h.el("h2", &[], lang.t(Msg::UiFindingsOnly));
    h.open("ul", &[("class", Some("only-findings"))]);
    for (i, name) in names.iter().enumerate() {
        let list = unique_findings(&figs, i, lang);
        h.open("li", &[]).el("strong", &[], name).text(&format!(" ({})", list.len())).open("ul", &[]);
        for f in &list {
            h.el("li", &[], &format!("{} {}", f.rule.code(), f.message(lang)));
        }
        h.close("ul").close("li");
    }
    h.close("ul");
    h.el("h2", &[], lang.t(Msg::UiFieldDifferences));
    for (k, other) in agreements[1..].iter().enumerate() {
        differences(&mut h, lang, &names[k + 1], k, &agreements[0], other);
    }
    redline(&mut h, lang, &names[1], &agreements[0], &agreements[1]);
    h.finish()
}

fn pct(lang: Lang, delta: i64, base: i64) -> String {
    if base == 0 {
        return String::new();
    }
    let tenths = (i128::from(delta) * 1000 * 2 / i128::from(base) + i128::from(delta.signum())) / 2;
    format!(" ({} %)", lang.dec(Dec((tenths * 100) as i64)))
}

fn figures_table(h: &mut Html, lang: Lang, names: &[String], figs: &[Figures]) {
    let rows = party_rows(figs);
    let cell = |k: usize, r: usize| rows[r].cells[k].map(|i| &figs[k].parties[i]);
    h.open("table", &[("class", Some("figures")), ("id", Some("compare-table"))]);
    h.el("caption", &[], lang.t(Msg::UiKeyFigures));
    h.open("thead", &[]).open("tr", &[]).el("th", &[("scope", Some("col"))], lang.t(Msg::UiFigure));
    for n in names {
        h.el("th", &[("scope", Some("col"))], n);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    // Parties matched by kind: the row names the kind, each cell its own agreement's party.
    for (r, row) in rows.iter().enumerate() {
        let id = &row.key;
        let base = cell(0, r).map(|p| p.common).unwrap_or(0);
        h.open("tr", &[]).el("th", &[("scope", Some("row"))], &format!("{} €", row_label(&rows, r, lang)));
        for k in 0..figs.len() {
            let Some(p) = cell(k, r) else {
                h.el("td", &[("class", Some("num"))], "–");
                continue;
            };
            let delta = p.common - base;
            h.open("td", &[("class", Some("num"))]);
            h.el("span", &[("class", Some("party-name"))], &p.name).open("br", &[]);
            h.el("span", &[("data-money", Some(&format!("{id}-{k}")))], &lang.money(p.common));
            if k > 0 && delta != 0 && cell(0, r).is_some() {
                let sign = if delta > 0 { "+" } else { "" };
                h.open("br", &[]);
                h.el(
                    "span",
                    &[("class", Some("delta")), ("data-delta", Some(&format!("{id}-{k}")))],
                    &format!("{sign}{}{}", lang.money(delta), pct(lang, delta, base)),
                );
            }
            h.close("td");
        }
        h.close("tr");
    }
    let row = |h: &mut Html, label: &str, f: &dyn Fn(usize, &Figures) -> String| {
        h.open("tr", &[]).el("th", &[("scope", Some("row"))], label);
        for (k, x) in figs.iter().enumerate() {
            h.el("td", &[("class", Some("num"))], &f(k, x));
        }
        h.close("tr");
    };
    row(h, lang.t(Msg::UiCommonCosts), &|_, f| lang.money(f.common_total));
    for r in 0..rows.len() {
        row(h, &format!("{} {}", row_label(&rows, r, lang), lang.t(Msg::UiFteUnit)), &|k, _| {
            cell(k, r).map(|p| lang.dec(p.fte)).unwrap_or_else(|| "–".into())
        });
    }
    row(h, lang.t(Msg::UiTotalFte), &|_, f| lang.dec(f.total_fte));
    row(h, lang.t(Msg::UiPersons), &|_, f| f.parties.iter().map(|p| p.persons).sum::<u64>().to_string());
    row(h, lang.t(Msg::UiClientsPerFte), &|_, f| f.clients_per_fte.map(|d| lang.dec(d)).unwrap_or_else(|| "–".into()));
    row(h, lang.t(Msg::UiViewChecks), &|_, f| f.findings.len().to_string());
    h.close("tbody").close("table");
}

fn differences(h: &mut Html, lang: Lang, name: &str, k: usize, mine: &Agreement, other: &Agreement) {
    let groups = readable::changes(mine, other, lang);
    let count: usize = groups.iter().map(|g| g.changes.len()).sum();
    let heading = format!("diff-heading-{k}");
    h.open("section", &[("aria-labelledby", Some(&heading))]);
    h.el("h3", &[("id", Some(&heading))], &format!("{}: {name} ({count})", lang.t(Msg::UiFieldDifferences)));
    if groups.is_empty() {
        h.el("p", &[], lang.t(Msg::UiNoDifferences));
    } else {
        // One list, in the order of the agreement, with a heading item per section.
        h.open("div", &[("class", Some("differences")), ("id", Some(&format!("differences-{k}")))]);
        let mut i = 0;
        for g in &groups {
            h.el("h4", &[], &g.heading).open("ul", &[]);
            for c in &g.changes {
                let d = &c.difference;
                let mut arg = json!({ "path": d.path, "right": d.right });
                if d.path == "steering_group.seats" {
                    let also = lists::selections_onto(mine, &other.steering_group.seats);
                    if !also.is_empty() {
                        arg["also"] =
                            also.into_iter().map(|(path, rows)| json!({ "path": path, "right": rows })).collect();
                    }
                }
                let arg = arg.to_string();
                h.open("li", &[]).el("span", &[("class", Some("field-label"))], &c.label).text(": ");
                h.open("del", &[]).el("span", &[("class", Some("visually-hidden"))], lang.t(Msg::UiDeletedText));
                h.text(&c.left).close("del").text(" → ");
                h.open("ins", &[]).el("span", &[("class", Some("visually-hidden"))], lang.t(Msg::UiInsertedText));
                h.text(&c.right).close("ins").text(" ");
                h.el(
                    "button",
                    &[
                        ("type", Some("button")),
                        ("class", Some("link")),
                        ("id", Some(&format!("take-{k}-{i}"))),
                        ("data-action", Some("take")),
                        ("data-arg", Some(&arg)),
                    ],
                    lang.t(Msg::UiTakeThis),
                );
                h.close("li");
                i += 1;
            }
            h.close("ul");
        }
        h.close("div");
    }
    h.close("section");
}

fn redline(h: &mut Html, lang: Lang, name: &str, mine: &Agreement, other: &Agreement) {
    // The document's text as it reads, paragraph by paragraph: no Markdown. English is a reading aid,
    // so the text is the Finnish document's there.
    let doc_lang = if lang == Lang::En { Lang::Fi } else { lang };
    let a = readable::document_text(mine, doc_lang);
    let b = readable::document_text(other, doc_lang);
    h.open("section", &[("aria-labelledby", Some("redline-heading"))]);
    h.el(
        "h3",
        &[("id", Some("redline-heading"))],
        &format!("{}: {}", lang.t(Msg::UiRedline), lang.fmt(Msg::UiRedlineOf, &[name])),
    );
    h.open("div", &[("class", Some("redline")), ("id", Some("redline"))]);
    for p in diff::redline(&a, &b).iter().filter(|p| p.iter().any(|r| !matches!(r, Redline::Same(_)))) {
        h.open("p", &[]);
        for r in p {
            match r {
                Redline::Same(t) => h.el("span", &[], &format!("{t} ")),
                Redline::Deleted(t) => h
                    .open("del", &[])
                    .el("span", &[("class", Some("visually-hidden"))], lang.t(Msg::UiDeletedText))
                    .text(&format!("[−{t}]"))
                    .close("del"),
                Redline::Inserted(t) => h
                    .open("ins", &[])
                    .el("span", &[("class", Some("visually-hidden"))], lang.t(Msg::UiInsertedText))
                    .text(&format!("[+{t}]"))
                    .close("ins"),
            };
        }
        h.close("p");
    }
    h.close("div").close("section");
}

#[cfg(test)]
mod tests {
    use super::*;
    use tym_core::presets;

    fn input(others: &[&str]) -> Value {
        let mine = presets::load("satakunta").unwrap();
        let mut files = vec![format::save(&mine)];
        files.extend(others.iter().map(|id| format::save(&presets::load(id).unwrap())));
        let mut names = vec!["Nykyinen".to_string()];
        names.extend(others.iter().map(|id| id.to_string()));
        json!({ "names": names, "files": files })
    }

    #[test]
    fn figures_differences_and_redline_with_takeable_differences() {
        let html = render(&input(&["keski-pohjanmaa"]), Lang::Fi);
        assert!(html.contains("id=\"compare-table\""));
        assert!(html.contains("id=\"differences-0\""));
        assert!(html.contains("id=\"take-0-0\""));
        assert!(html.contains("data-action=\"take\""));
        assert!(html.contains("id=\"redline\""));
        // The difference travels as JSON in an attribute: quotes escaped.
        assert!(html.contains("data-arg=\"{&quot;path&quot;:"));
    }

    #[test]
    fn differences_are_labelled_and_parties_named_per_column() {
        let html = render(&input(&["keski-pohjanmaa"]), Lang::Fi);
        // Labels with section numbers, values in Finnish formats, no paths.
        assert!(html.contains("2 Sopijapuolet — Satakunnan työllisyysalue — nimi suomeksi"));
        assert!(!html.contains("<code>"));
        let visible =
            html.split("data-arg=\"").map(|s| s.split_once('"').map_or(s, |(_, rest)| rest)).collect::<String>();
        assert!(!visible.contains("staffing.rows"));
        let at = visible.find('_').map(|i| &visible[i.saturating_sub(80)..(i + 20).min(visible.len())]);
        assert!(at.is_none(), "a key or enum value is shown: {at:?}");
        // Each column's party cell names its own agreement's party.
        let mine = presets::load("satakunta").unwrap().agreement;
        let other = presets::load("keski-pohjanmaa").unwrap().agreement;
        for a in [&mine, &other] {
            for p in &a.parties {
                assert!(html.contains(&a.party_name(&p.id, Lang::Fi)));
            }
        }
        // The redline is the document's text, not its Markdown.
        let redline = html.split("id=\"redline\"").nth(1).unwrap();
        assert!(!redline.contains("**") && !redline.contains("| "));
    }

    #[test]
    fn a_seats_list_taken_over_carries_the_selections_renumbered_onto_it() {
        // The open draft's annex prints a selection of its seats; the other draft has the first seat
        // removed, so the seats list differs whole.
        let mine = presets::load("lantinen-pirkanmaa").unwrap();
        let mut other = mine.clone();
        other.agreement.steering_group.seats.remove(0);
        let input = json!({ "names": ["Nykyinen", "Toinen"], "files": [format::save(&mine), format::save(&other)] });
        let html = render(&input, Lang::Fi);
        let arg = html
            .split("data-arg=\"")
            .skip(1)
            .map(|s| s.split('"').next().unwrap().replace("&quot;", "\""))
            .map(|s| serde_json::from_str::<Value>(&s).unwrap())
            .find(|v| v["path"] == "steering_group.seats")
            .expect("the seats list is a difference");
        let also = arg["also"].as_array().expect("the selections to renumber");
        assert_eq!(also.len(), 1);
        // Applied as the app does, the table prints the same people (but the one removed).
        let mut a = mine.agreement.clone();
        for v in std::iter::once(&arg).chain(also) {
            let d = diff::Difference {
                path: v["path"].as_str().unwrap().into(),
                left: Value::Null,
                right: v["right"].clone(),
            };
            assert!(diff::apply(&mut a, &d), "{}", d.path);
        }
        let names = |a: &Agreement| {
            let rows = a.wording.parts.iter().flat_map(|p| &p.blocks).find_map(|b| match b {
                tym_core::wording::Block::Table { table: tym_core::wording::TableId::Composition, rows: Some(r) } => {
                    Some(r.clone())
                }
                _ => None,
            });
            rows.unwrap().iter().map(|&r| a.steering_group.seats[r as usize].member.clone()).collect::<Vec<_>>()
        };
        let gone = &mine.agreement.steering_group.seats[0].member;
        let want: Vec<String> = names(&mine.agreement).into_iter().filter(|m| m != gone).collect();
        assert_eq!(names(&a), want);
    }

    #[test]
    fn with_nothing_to_compare_it_is_empty() {
        assert_eq!(render(&input(&[]), Lang::Fi), "");
        assert_eq!(render(&json!({}), Lang::Fi), "");
    }
}
