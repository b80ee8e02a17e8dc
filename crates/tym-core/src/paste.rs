//! Staff rows pasted from a spreadsheet (Excel copies tab-separated text): party, sub-area, role,
//! sector, persons, FTE — one row per line. Users paste what they have, so the parser takes party
//! names or ids, sector words in Finnish, Swedish or English, "1,5" or "1.5", and says which line
//! is wrong instead of guessing.

use crate::model::{Agreement, Sector, StaffRow};
use crate::num::Dec;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasteError {
    /// 1-based line number in the pasted text.
    pub line: usize,
    pub column: &'static str,
    pub value: String,
}

fn sector(s: &str) -> Option<Sector> {
    let t = s.trim().to_ascii_lowercase();
    if t.is_empty() {
        return Some(Sector::Other);
    }
    let starts = |words: &[&str]| words.iter().any(|w| t.starts_with(w));
    Some(if starts(&["sosiaali", "social"]) {
        Sector::Social
    } else if starts(&["terve", "häls", "hals", "health", "sjuk"]) {
        Sector::Health
    } else if starts(&["työ", "tyo", "arbets", "employ"]) {
        Sector::Employment
    } else if starts(&["kunto", "rehab"]) {
        Sector::Rehabilitation
    } else if starts(&["muu", "övr", "ovr", "other"]) {
        Sector::Other
    } else {
        return None;
    })
}

/// The rows of the pasted text, or every line that cannot be read. A header line (one without any
/// number) is skipped.
pub fn staff_rows(a: &Agreement, text: &str) -> Result<Vec<StaffRow>, Vec<PasteError>> {
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    // Pasted text is user text: a control character from the spreadsheet goes no further.
    let text = crate::escape::clean_text(text);
    for (n, line) in text.lines().enumerate() {
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        let get = |i: usize| cells.get(i).copied().unwrap_or("");
        let is_header = n == 0 && Dec::parse(get(4)).is_none() && Dec::parse(get(5)).is_none();
        if is_header {
            continue;
        }
        let err = |column, value: &str| PasteError { line: n + 1, column, value: value.to_string() };
        let party = a
            .parties
            .iter()
            .find(|p| {
                p.id == get(0) || p.name_fi.eq_ignore_ascii_case(get(0)) || p.name_sv.eq_ignore_ascii_case(get(0))
            })
            .map(|p| p.id.clone());
        let Some(party) = party else {
            errors.push(err("party", get(0)));
            continue;
        };
        let Some(sector) = sector(get(3)) else {
            errors.push(err("sector", get(3)));
            continue;
        };
        let persons = match get(4) {
            "" => None,
            s => match s.parse::<u32>() {
                Ok(p) => Some(p),
                Err(_) => {
                    errors.push(err("persons", s));
                    continue;
                }
            },
        };
        let fte = match get(5) {
            "" => None,
            s => match Dec::parse(s).filter(|d| d.0 >= 0) {
                Some(d) => Some(d),
                None => {
                    errors.push(err("fte", s));
                    continue;
                }
            },
        };
        // A cell longer than the file format allows of a text could not be saved and reopened.
        if let Some(long) = [get(1), get(2)].into_iter().find(|c| c.chars().count() > crate::limits::TEXT_CHARS) {
            errors.push(err("role", &long.chars().take(40).collect::<String>()));
            continue;
        }
        let sub_area = Some(get(1).to_string()).filter(|s| !s.is_empty());
        rows.push(StaffRow { party, sub_area, role: get(2).to_string(), sector, persons, fte, cost_per_fte: None });
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_rows_with_a_header_and_finnish_decimals() {
        let a = crate::presets::load("lantinen-pirkanmaa").unwrap().agreement;
        let text = "Osapuoli\tOsa-alue\tTehtävä\tSektori\tHenkilöitä\tHtv\n\
                    Pirkanmaan hyvinvointialue\tsp\tsosiaaliohjaaja\tsosiaalipalvelut\t2\t1,5\n\
                    kela\t\ttyökykyneuvoja\tkuntoutus\t1\t0.8\n";
        let rows = staff_rows(&a, text).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].party.as_str(), rows[0].sector, rows[0].fte), ("wc", Sector::Social, Some(Dec(1500))));
        assert_eq!((rows[1].party.as_str(), rows[1].sub_area.clone(), rows[1].fte), ("kela", None, Some(Dec(800))));
    }

    #[test]
    fn bad_lines_are_named_and_nothing_is_added() {
        let a = crate::presets::load("lantinen-pirkanmaa").unwrap().agreement;
        let text =
            "ea\t\tasiantuntija\ttyövoimapalvelut\t1\t0,5\nministeriö\t\tx\tmuu\t1\t1\nwc\t\ty\tterveys\tkaksi\t1";
        let errors = staff_rows(&a, text).unwrap_err();
        assert_eq!(
            errors,
            vec![
                PasteError { line: 2, column: "party", value: "ministeriö".into() },
                PasteError { line: 3, column: "persons", value: "kaksi".into() },
            ]
        );
    }
}
