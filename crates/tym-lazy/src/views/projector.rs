//! Projector mode's variants side by side (under the live editor, when the draft has variants): FTE
//! and common costs per party, the basis, clients per FTE and the number of findings of each variant,
//! in large type for the room's "what if". Input: `{"file": the agreement file}`.

use super::Html;
use serde_json::Value;
use tym_core::check::Severity;
use tym_core::compare::{figures, party_union, Figures};
use tym_core::{format, num::Dec, split, Lang, Msg};

pub fn render(input: &Value, lang: Lang) -> String {
    let Some(file) = input["file"].as_str().and_then(|f| format::load(f).ok()) else { return String::new() };
    if file.variants.is_empty() {
        return String::new();
    }
    let current =
        if file.variant_name.is_empty() { lang.t(Msg::UiVariantFirst).to_string() } else { file.variant_name.clone() };
    let mut names = vec![current];
    names.extend(file.variants.iter().map(|v| v.name.clone()));
    let mut figs = vec![figures(&file.agreement, lang)];
    figs.extend(file.variants.iter().map(|v| figures(&v.agreement, lang)));
    let parties = party_union(&figs);
    let mut h = Html::new();
    let row = |h: &mut Html, class: Option<&str>, head: &dyn Fn(&mut Html), cell: &dyn Fn(&Figures) -> String| {
        h.open("tr", &[("class", class)]).open("th", &[("scope", Some("row"))]);
        head(h);
        h.close("th");
        for f in &figs {
            h.el("td", &[], &cell(f));
        }
        h.close("tr");
    };
    let key_figures = lang.t(Msg::UiKeyFigures);
    h.open("h2", &[("id", Some("projector-variants")), ("tabindex", Some("-1"))])
        .text(lang.t(Msg::UiVariants))
        .close("h2");
    // Many variants are wider than a projector: the table scrolls sideways, the page does not.
    h.open(
        "div",
        &[
            ("class", Some("scroll-x")),
            ("role", Some("region")),
            ("aria-label", Some(key_figures)),
            ("tabindex", Some("0")),
        ],
    );
    h.open("table", &[("class", Some("projector-table"))]).el(
        "caption",
        &[("class", Some("visually-hidden"))],
        key_figures,
    );
    h.open("thead", &[]).open("tr", &[]).el("th", &[("scope", Some("col"))], lang.t(Msg::UiVariants));
    for n in &names {
        h.el("th", &[("scope", Some("col"))], n);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for (id, name) in &parties {
        let party = |f: &Figures| f.parties.iter().find(|p| p.party == *id).cloned();
        row(
            &mut h,
            None,
            &|h| {
                h.text(name);
            },
            &|f| {
                party(f)
                    .map(|p| format!("{} {}", lang.dec(p.fte), lang.t(Msg::UiFteUnit)))
                    .unwrap_or_else(|| "–".into())
            },
        );
        row(
            &mut h,
            Some("money"),
            &|h| {
                h.el("span", &[("class", Some("visually-hidden"))], &format!("{name}: "))
                    .text(lang.t(Msg::UiCommonCosts));
            },
            &|f| party(f).map(|p| lang.money(p.common)).unwrap_or_else(|| "–".into()),
        );
    }
    let label = |m: Msg| {
        move |h: &mut Html| {
            h.text(lang.t(m));
        }
    };
    row(&mut h, None, &label(Msg::UiBasisLegend), &|f| lang.t(split::basis_label(f.staff_basis)).into());
    row(&mut h, None, &label(Msg::UiClientsPerFte), &|f| {
        f.clients_per_fte.map(|d| lang.dec(Dec((d.0 + 50) / 100 * 100))).unwrap_or_else(|| "–".into())
    });
    row(&mut h, None, &label(Msg::SevLaw), &|f| {
        f.findings.iter().filter(|x| x.severity == Severity::Law).count().to_string()
    });
    row(&mut h, None, &label(Msg::UiViewChecks), &|f| f.findings.len().to_string());
    h.close("tbody").close("table").close("div");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_variants_stand_side_by_side_with_their_figures() {
        let mut file = tym_core::presets::load("satakunta").unwrap();
        assert_eq!(render(&serde_json::json!({ "file": format::save(&file) }), Lang::Fi), "", "no variants, no table");
        file.new_variant("Henkilöt", "Ensimmäinen");
        let html = render(&serde_json::json!({ "file": format::save(&file) }), Lang::Fi);
        assert!(html.contains("id=\"projector-variants\""), "{html}");
        assert!(html.contains(">Henkilöt</th>") && html.contains(">Ensimmäinen</th>"), "{html}");
        assert!(html.contains("Satakunnan hyvinvointialue"), "{html}");
    }
}
