//! The preview of a block pasted into a table (`crate::paste`): where its columns and rows land
//! (each row says whether it replaces a row or is new, each cell as the editor will show it), the
//! columns left out, and every cell that cannot be read with why. The app shows it in its paste
//! dialog with the Paste and Cancel buttons.

use super::Html;
use serde_json::Value;
use tym_core::model::Agreement;
use tym_core::paste::Plan;
use tym_core::{limits, Lang, Msg};

/// The view of `render("paste")`: input `{"file": the agreement file's JSON, "path", "row", "field",
/// "text"}` as the app's paste dialog sends it; an unreadable file is its message.
pub fn render_input(input: &Value, lang: Lang) -> String {
    let s = |k: &str| input[k].as_str().unwrap_or_default();
    let file = match tym_core::format::load(s("file")) {
        Ok(f) => f,
        Err(e) => {
            let mut h = Html::new();
            h.el("p", &[("class", Some("field-error"))], &e.message(lang));
            return h.finish();
        }
    };
    let row = input["row"].as_u64().unwrap_or(0) as usize;
    match tym_core::paste::plan(&file.agreement, s("path"), s("text"), row, s("field")) {
        Some(plan) => render(&file.agreement, &plan, lang),
        None => String::new(),
    }
}

pub fn render(a: &Agreement, plan: &Plan, lang: Lang) -> String {
    let mut h = Html::new();
    let new = plan.rows.iter().filter(|r| r.new).count();
    let summary = lang.fmt(
        Msg::PasteSummary,
        &[&plan.rows.len().to_string(), &(plan.rows.len() - new).to_string(), &new.to_string()],
    );
    let how = lang.t(if plan.header { Msg::PasteByHeader } else { Msg::PasteByPosition });
    h.el("p", &[("id", Some("paste-summary"))], &format!("{summary} {how}"));
    let left_out: Vec<&str> =
        plan.mapping.iter().zip(&plan.sources).filter(|(m, _)| m.is_none()).map(|(_, s)| s.as_str()).collect();
    if !left_out.is_empty() {
        h.el("p", &[("id", Some("paste-left-out"))], &lang.fmt(Msg::PasteLeftOut, &[&left_out.join(", ")]));
    }
    // The table's columns that the block fills, in the table's order.
    let cols: Vec<usize> = (0..plan.table.columns.len()).filter(|c| plan.mapping.contains(&Some(*c))).collect();
    h.open("div", &[("class", Some("table-scroll"))]);
    h.open("table", &[("id", Some("paste-preview-table")), ("class", Some("paste-preview"))]);
    h.el("caption", &[("class", Some("visually-hidden"))], lang.t(Msg::PasteTitle));
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", Some("col"))], "");
    for &c in &cols {
        h.el("th", &[("scope", Some("col"))], lang.t(plan.table.columns[c].label));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for row in &plan.rows {
        let n = (row.target + 1).to_string();
        let class = row.new.then_some("paste-new");
        h.open("tr", &[("class", class)]);
        h.el("th", &[("scope", Some("row"))], &lang.fmt(if row.new { Msg::PasteNewRow } else { Msg::PasteRow }, &[&n]));
        for &c in &cols {
            let shown = row.cells.iter().find(|(ci, _)| *ci == c).map(|(_, v)| v.show(a, lang));
            match shown {
                Some(v) => h.el("td", &[], &v),
                None => h.el("td", &[("class", Some("paste-bad"))], "—"),
            };
        }
        h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    if plan.too_many {
        let max = limits::max_items(plan.table.path).to_string();
        h.el(
            "p",
            &[("class", Some("field-error")), ("id", Some("paste-too-many"))],
            &lang.fmt(Msg::PasteTooMany, &[&max]),
        );
    }
    if !plan.errors.is_empty() {
        h.open("ul", &[("class", Some("field-error")), ("id", Some("paste-errors"))]);
        for e in &plan.errors {
            h.el("li", &[], &e.message(lang));
        }
        h.close("ul");
        h.el("p", &[], lang.t(Msg::PasteFix));
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_shows_where_cells_land_and_names_bad_ones() {
        let a = tym_core::presets::load("lantinen-pirkanmaa").unwrap().agreement;
        let n = a.staffing.rows.len();
        let text = "Htv\tOsapuoli\tMuistiinpano\n0,5\tKela\tx\n1\tministeriö\ty\n";
        let plan = tym_core::paste::plan(&a, "staffing.rows", text, n, "party").unwrap();
        let html = render(&a, &plan, Lang::Fi);
        assert!(html.contains("Sarakkeet on sijoitettu otsikkorivin mukaan."), "{html}");
        assert!(html.contains("Näitä sarakkeita ei liitetä: Muistiinpano."), "{html}");
        assert!(html.contains(&format!("Rivi {} (uusi)", n + 1)), "{html}");
        assert!(html.contains("Kansaneläkelaitos"), "{html}");
        assert!(html.contains("Rivi 3, Osapuoli: ”ministeriö” — ei vastaa yhtään sopimuksen osapuolta."), "{html}");
    }
}
