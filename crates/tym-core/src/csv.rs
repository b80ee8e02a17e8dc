//! The staff table (the first table of the staffing parts) as CSV for Excel (the cost split's CSV is `split::to_csv`): semicolons, the
//! document's own cells, every text cell through `escape::csv_cell` so that none runs as a formula.

use crate::escape::csv_cell;
use crate::model::Agreement;
use crate::Lang;

/// The staffing annex's table, a byte-order mark first (Excel then reads the file as UTF-8).
pub fn staff(a: &Agreement, lang: Lang) -> String {
    let doc = crate::text::generate(a, lang);
    let table = doc
        .sections
        .iter()
        .filter(|s| s.path == "staffing")
        .find_map(|s| s.tables().next().cloned())
        .unwrap_or_default();
    let mut out = String::from("\u{feff}");
    for row in table {
        out.push_str(&row.iter().map(|c| csv_cell(c, ';')).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    out
}
