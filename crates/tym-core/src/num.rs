//! Exact numbers of the domain: money in whole cents and decimals (FTE, per cent) in thousandths.
//!
//! Nothing here is a float in arithmetic. Floats appear only at the JSON boundary, where a number such as
//! `0.665` is read and immediately rounded to thousandths (and refused if it carries more digits).

use serde::{Serialize, Serializer};
use std::fmt;

/// Money in whole euro cents.
pub type Cents = i64;

/// Largest amount the engine accepts: 10^12 euros in cents. Beyond it sums could overflow `i64`.
pub const MAX_CENTS: Cents = 100_000_000_000_000;

/// A non-negative or negative decimal with exactly three fractional digits, stored as thousandths.
/// Used for FTE ("htv"), per cent shares and thresholds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Dec(pub i64);

impl Dec {
    pub const ZERO: Dec = Dec(0);
    pub const SCALE: i64 = 1000;

    pub fn from_int(n: i64) -> Dec {
        Dec(n * Self::SCALE)
    }

    pub fn milli(self) -> i64 {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Parses what users type: "1,5", "1.5", " 0,665 ", "2". At most three decimals.
    pub fn parse(s: &str) -> Option<Dec> {
        let t: String = s.trim().chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
        if t.is_empty() {
            return None;
        }
        let t = t.replace(',', ".");
        let (neg, body) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.as_str()),
        };
        let (int_part, frac_part) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        if !int_part.chars().all(|c| c.is_ascii_digit())
            || !frac_part.chars().all(|c| c.is_ascii_digit())
            || frac_part.len() > 3
            || int_part.len() > 12
        {
            return None;
        }
        let i: i64 = if int_part.is_empty() { 0 } else { int_part.parse().ok()? };
        let mut f: i64 = 0;
        for (k, c) in frac_part.chars().enumerate() {
            f += (c as i64 - '0' as i64) * 10_i64.pow(2 - k as u32);
        }
        let v = i * Self::SCALE + f;
        Some(Dec(if neg { -v } else { v }))
    }

    /// Formats with a decimal separator and no trailing zeros: 1.5 → "1,5" with `','`.
    pub fn format(self, sep: char) -> String {
        let neg = self.0 < 0;
        let a = self.0.unsigned_abs();
        let i = a / 1000;
        let f = a % 1000;
        let mut s = if neg { String::from("-") } else { String::new() };
        s.push_str(&i.to_string());
        if f != 0 {
            let frac = format!("{f:03}");
            s.push(sep);
            s.push_str(frac.trim_end_matches('0'));
        }
        s
    }

    pub(crate) fn from_f64(x: f64) -> Option<Dec> {
        if !x.is_finite() || x.abs() > 1e12 {
            return None;
        }
        let scaled = x * 1000.0;
        let r = scaled.round();
        // Refuse hidden extra digits (0.6655) instead of silently rounding them away.
        if (scaled - r).abs() > 1e-6 * scaled.abs().max(1.0) {
            return None;
        }
        Some(Dec(r as i64))
    }
}

impl fmt::Display for Dec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format('.'))
    }
}

impl Dec {
    /// The sum, or `None` when it does not fit.
    pub fn checked_add(self, o: Dec) -> Option<Dec> {
        self.0.checked_add(o.0).map(Dec)
    }

    /// The sum of decimals, or `None` when it does not fit: what a caller that can report an error
    /// uses. Within `crate::limits` every sum of the model fits (proved there).
    pub fn checked_sum(mut iter: impl Iterator<Item = Dec>) -> Option<Dec> {
        iter.try_fold(Dec::ZERO, Dec::checked_add)
    }
}

/// The sum of amounts in cents, or `None` when it does not fit.
pub fn checked_sum_cents(mut iter: impl Iterator<Item = Cents>) -> Option<Cents> {
    iter.try_fold(0 as Cents, Cents::checked_add)
}

/// Saturates instead of wrapping or panicking, for displays that cannot show an error; no value
/// within `crate::limits` reaches the ends, and code that can report an error uses `checked_add`.
impl std::ops::Add for Dec {
    type Output = Dec;
    fn add(self, o: Dec) -> Dec {
        Dec(self.0.saturating_add(o.0))
    }
}

impl std::iter::Sum for Dec {
    fn sum<I: Iterator<Item = Dec>>(iter: I) -> Dec {
        iter.fold(Dec::ZERO, |a, b| a + b)
    }
}

impl Serialize for Dec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % 1000 == 0 {
            s.serialize_i64(self.0 / 1000)
        } else {
            // Shortest round-trip float text of a value with three decimals is that decimal itself.
            s.serialize_f64(self.0 as f64 / 1000.0)
        }
    }
}

/// Formats cents as Finnish money without the currency sign: 3131824 → "31 318,24".
/// The thousands separator is a narrow no-break space would be typographically right, but a plain
/// no-break space is what Finnish Excel and screen readers handle best.
pub fn format_cents(c: Cents, thousands: char, decimal: char) -> String {
    let neg = c < 0;
    let a = c.unsigned_abs();
    let euros = (a / 100).to_string();
    let mut grouped = String::new();
    for (i, ch) in euros.chars().enumerate() {
        if i > 0 && (euros.len() - i) % 3 == 0 {
            grouped.push(thousands);
        }
        grouped.push(ch);
    }
    format!("{}{}{}{:02}", if neg { "-" } else { "" }, grouped, decimal, a % 100)
}

/// Parses a euro amount as typed: "78 400", "78400,00", "78 400.5", "31 318,24 €". Returns cents.
pub fn parse_euros(s: &str) -> Option<Cents> {
    let t: String = s
        .trim()
        .trim_end_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    let t = t.replace(',', ".");
    if t.is_empty() || t.starts_with('-') {
        return None;
    }
    let (i, f) = match t.split_once('.') {
        Some((i, f)) => (i, f),
        None => (t.as_str(), ""),
    };
    if i.is_empty() || i.len() > 13 || f.len() > 2 {
        return None;
    }
    if !i.chars().all(|c| c.is_ascii_digit()) || !f.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let euros: i64 = i.parse().ok()?;
    let cents: i64 = match f.len() {
        0 => 0,
        1 => f.parse::<i64>().ok()? * 10,
        _ => f.parse().ok()?,
    };
    let v = euros.checked_mul(100)?.checked_add(cents)?;
    (v <= crate::limits::AMOUNT).then_some(v)
}

impl schemars::JsonSchema for Dec {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A decimal with at most three decimals (FTE, per cent), as a number or a string such as \"1,5\".",
            "type": ["number", "string"]
        })
    }
}

/// ISO dates ("2025-05-01") read and written by hand: chrono's own string formatting and parsing
/// engines would add tens of kilobytes to the WebAssembly build for four digits and two dashes.
pub mod iso_date {
    use chrono::{Datelike, NaiveDate};
    use serde::Serializer;

    pub fn format(d: NaiveDate) -> String {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    }

    pub fn parse(s: &str) -> Option<NaiveDate> {
        let mut it = s.trim().splitn(3, '-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&format(*d)),
            None => s.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::{At, Json};

    #[test]
    fn parses_finnish_and_english_decimals() {
        assert_eq!(Dec::parse("1,5"), Some(Dec(1500)));
        assert_eq!(Dec::parse("1.5"), Some(Dec(1500)));
        assert_eq!(Dec::parse(" 0,665 "), Some(Dec(665)));
        assert_eq!(Dec::parse("2"), Some(Dec(2000)));
        assert_eq!(Dec::parse(",5"), Some(Dec(500)));
        assert_eq!(Dec::parse("0,6655"), None);
        assert_eq!(Dec::parse("abc"), None);
        assert_eq!(Dec::parse(""), None);
        assert_eq!(Dec::parse("1,2,3"), None);
    }

    #[test]
    fn formats_without_trailing_zeros() {
        assert_eq!(Dec(1500).format(','), "1,5");
        assert_eq!(Dec(665).format(','), "0,665");
        assert_eq!(Dec(2000).format(','), "2");
        assert_eq!(Dec(-90).format('.'), "-0.09");
    }

    #[test]
    fn json_round_trip_is_exact() {
        for v in [0, 90, 665, 755, 1500, 2255, 123_456_789] {
            let d = Dec(v);
            let s = serde_json::to_string(&d.write()).unwrap();
            assert_eq!(s, serde_json::to_string(&d).unwrap(), "the file's writer and serde's agree");
            let back = Dec::read(&serde_json::from_str(&s).unwrap(), &At::Root).unwrap();
            assert_eq!(back, d, "{s}");
        }
        let read = |s: &str| Dec::read(&serde_json::from_str(s).unwrap(), &At::Root);
        assert!(read("0.6655").is_err());
        assert_eq!(read("\"1,5\"").unwrap(), Dec(1500));
    }

    #[test]
    fn money_formats_the_finnish_way() {
        assert_eq!(format_cents(3_131_824, ' ', ','), "31 318,24");
        assert_eq!(format_cents(1, ' ', ','), "0,01");
        assert_eq!(format_cents(100_000_000, ' ', ','), "1 000 000,00");
        assert_eq!(format_cents(-12_345, ' ', ','), "-123,45");
    }

    #[test]
    fn iso_dates_round_trip_and_refuse_impossible_days() {
        let d = iso_date::parse("2025-05-01").unwrap();
        assert_eq!(iso_date::format(d), "2025-05-01");
        assert_eq!(iso_date::parse("2025-02-30"), None);
        assert_eq!(iso_date::parse("1.5.2025"), None);
    }

    #[test]
    fn money_parses_what_users_type() {
        assert_eq!(parse_euros("78 400"), Some(7_840_000));
        assert_eq!(parse_euros("78400,5"), Some(7_840_050));
        assert_eq!(parse_euros("31 318,24 €"), Some(3_131_824));
        assert_eq!(parse_euros("1,234"), None);
        assert_eq!(parse_euros("-5"), None);
        assert_eq!(parse_euros("10000000000000"), None);
    }
}
