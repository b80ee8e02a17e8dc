//! The staff table as CSV for Excel (the cost split's CSV is `split::to_csv`): the editor's own
//! columns (party, sub-area, role, sector, persons, FTE), one line per row, so that the file pastes
//! back into the table (`paste`); semicolons, every text cell through `escape::csv_cell` so that none
//! runs as a formula.

use crate::model::Agreement;
use crate::Lang;

/// The staff rows, a byte-order mark first (Excel then reads the file as UTF-8). Empty when the
/// agreement has no staff rows.
pub fn staff(a: &Agreement, lang: Lang) -> String {
    if a.staffing.rows.is_empty() {
        return String::from("\u{feff}");
    }
    crate::paste::to_csv(a, "staffing.rows", lang)
}
