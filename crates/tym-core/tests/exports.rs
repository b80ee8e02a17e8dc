//! Formula injection (issue 17, item 4): whatever a user types into a name, a role or a cost item,
//! no cell of a CSV export starts a formula in Excel or LibreOffice.

use tym_core::model::*;
use tym_core::split::{split_all, to_csv, BasisChoice};
use tym_core::Lang;

/// Texts that Excel or LibreOffice would evaluate, as OWASP lists them.
const FORMULAS: [&str; 8] =
    ["=1+1", "+41 1234", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\";\"y\")", "=cmd|' /C calc'!A0"];

/// The cells of semicolon-separated CSV, quotes undone.
fn cells(csv: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cell = String::new();
    let (mut quoted, mut chars) = (false, csv.trim_start_matches('\u{feff}').chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ';') => out.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => out.push(std::mem::take(&mut cell)),
            (false, c) => cell.push(c),
        }
    }
    out
}

fn hostile() -> Agreement {
    let mut a = tym_core::presets::load("lantinen-pirkanmaa").unwrap().agreement;
    for (i, p) in a.parties.iter_mut().enumerate() {
        p.name_fi = FORMULAS[i % FORMULAS.len()].into();
    }
    for (i, r) in a.staffing.rows.iter_mut().enumerate() {
        r.role = FORMULAS[(i + 3) % FORMULAS.len()].into();
        r.sub_area = Some(FORMULAS[(i + 5) % FORMULAS.len()].into());
    }
    a.costs.items =
        FORMULAS.iter().map(|f| CostItem { name: f.to_string(), amount: 100_000, ..Default::default() }).collect();
    a
}

fn assert_no_formula(what: &str, csv: &str) {
    let cells = cells(csv);
    assert!(cells.len() > 10, "{what}: {csv}");
    for c in &cells {
        assert!(!c.starts_with(['=', '+', '-', '@', '\t', '\r']), "{what}: cell {c:?} starts a formula");
    }
    for f in FORMULAS {
        // Each hostile text is still there, as text.
        assert!(cells.iter().any(|c| c.strip_prefix('\'') == Some(f)), "{what}: {f:?} lost");
    }
}

#[test]
fn no_csv_export_cell_starts_a_formula() {
    let a = hostile();
    let report = split_all(&a, BasisChoice::AsAgreed);
    for lang in Lang::ALL {
        for point in [false, true] {
            assert_no_formula("cost split", &to_csv(&a, &report, lang, point));
        }
        let staff = tym_core::csv::staff(&a, lang);
        let cells = cells(&staff);
        for c in &cells {
            assert!(!c.starts_with(['=', '+', '-', '@', '\t', '\r']), "staff: cell {c:?} starts a formula");
        }
        assert!(cells.iter().any(|c| c.starts_with("'=")), "staff: the roles are there as text");
    }
}

#[test]
fn no_cell_of_any_table_csv_starts_a_formula_and_the_staff_csv_pastes_back_as_typed() {
    let a = hostile();
    for t in tym_core::paste::TABLES {
        for lang in Lang::ALL {
            let csv = tym_core::paste::to_csv(&a, t.path, lang);
            for c in cells(&csv) {
                assert!(!c.starts_with(['=', '+', '-', '@', '\t', '\r']), "{}: cell {c:?} starts a formula", t.path);
            }
        }
    }
    // The apostrophe the export puts before a formula-looking text is not read back as part of it.
    let csv = tym_core::csv::staff(&a, Lang::Fi);
    let plan = tym_core::paste::plan(&a, "staffing.rows", &csv, 0, "").unwrap();
    assert!(plan.ok(), "{:?}", plan.errors);
    let mut back = a.clone();
    tym_core::paste::apply(&mut back, &plan);
    for (was, now) in a.staffing.rows.iter().zip(&back.staffing.rows) {
        assert_eq!(was.party, now.party);
        if !was.role.starts_with(['\t', '\r']) {
            assert_eq!(was.role, now.role);
        }
    }
}
