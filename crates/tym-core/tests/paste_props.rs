//! Property tests of the spreadsheet paste (`tym_core::paste`): any pasted text at any cell of any
//! table is read without a panic and within the file's limits; a block of cells copied as Excel
//! does (tabs, quotes, line breaks in cells) reads back to the same cells; and staff rows exported
//! as the app's CSV paste back into an empty table as the same rows.

use proptest::prelude::*;
use tym_core::model::{Agreement, Sector, StaffRow};
use tym_core::num::Dec;
use tym_core::paste::{apply, grid, plan, take_list, to_csv, TABLES};
use tym_core::Lang;

fn preset() -> Agreement {
    tym_core::presets::load("etelainen-keski-suomi").unwrap().agreement
}

/// A cell as Excel's clipboard writes it: quoted when it holds a tab, a line break or a quote.
fn excel_cell(c: &str) -> String {
    if c.contains(['\t', '\n', '\r', '"']) {
        format!("\"{}\"", c.replace('"', "\"\""))
    } else {
        c.to_string()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_text_at_any_cell_reads_without_panic(
        text in "[\\PC\t\r\n\";]{0,200}", table in 0usize..7, row in 0usize..40, field in 0usize..7,
    ) {
        let a = preset();
        let t = &TABLES[table % TABLES.len()];
        let f = t.columns.get(field).map(|c| c.field).unwrap_or("");
        if let Some(p) = plan(&a, t.path, &text, row, f) {
            let mut b = a.clone();
            if p.ok() {
                apply(&mut b, &p);
                // The result is a file the app can save and open again.
                let file = tym_core::format::AgreementFile { agreement: b, ..tym_core::presets::blank() };
                prop_assert!(tym_core::format::load(&tym_core::format::save(&file)).is_ok());
            }
        }
    }

    #[test]
    fn excel_cells_read_back_as_copied(cells in prop::collection::vec(prop::collection::vec("[a-zäö0-9 \t\n\";=,.-]{0,12}", 2..5), 1..6)) {
        // Rows of the same width with a visible first cell, as a copied block has.
        let cells: Vec<Vec<String>> = cells.into_iter().map(|r| {
            let mut r: Vec<String> = r.into_iter().take(2).collect();
            r[0] = format!("x{}", r[0]);
            r
        }).collect();
        let text: String = cells.iter().map(|r| r.iter().map(|c| excel_cell(c)).collect::<Vec<_>>().join("\t") + "\r\n").collect();
        prop_assert_eq!(grid(&text), cells);
    }

    #[test]
    fn exported_staff_rows_paste_back(
        rows in prop::collection::vec((0usize..4, "[A-Za-zäö=+@;\" -]{1,20}", 0usize..5, prop::option::of(0u32..1000), prop::option::of(0i64..100_000)), 1..12),
        lang in 0usize..3,
    ) {
        let mut a = preset();
        let sectors = [Sector::Social, Sector::Health, Sector::Employment, Sector::Rehabilitation, Sector::Other];
        a.staffing.rows = rows.iter().map(|(p, role, s, persons, fte)| StaffRow {
            party: a.parties[p % a.parties.len()].id.clone(),
            sub_area: None,
            role: role.trim().to_string(),
            sector: sectors[*s],
            persons: *persons,
            fte: fte.map(Dec),
            cost_per_fte: None,
        }.into()).collect();
        let lang = Lang::ALL[lang];
        let csv = to_csv(&a, "staffing.rows", lang);
        let mut empty = a.clone();
        take_list(&mut empty, &Agreement::default(), "staffing.rows");
        let p = plan(&empty, "staffing.rows", &csv, 0, "party").unwrap();
        prop_assert!(p.ok(), "{:?}", p.errors);
        apply(&mut empty, &p);
        prop_assert_eq!(&empty.staffing.rows, &a.staffing.rows);
    }
}
