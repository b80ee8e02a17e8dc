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
