//! One declaration of the limits of every number, list and text of the file format. The editor's
//! parsers, the loader (`format::load`, through `check`) and the JSON Schema (`format::json_schema`,
//! through `constrain_schema`) all read `LIMITS` and the constants below, so the three cannot
//! disagree; `tests/limits.rs` feeds the same mutations to the loader and to the schema and requires
//! the same verdict.
//!
//! Why these limits: the largest real agreement has 4 parties, 7 staff rows and a 464-character
//! clause; the benchmarks' synthetic one has 300 rows and 60 municipalities. The limits leave room
//! for ten times that, and they are small enough that every sum of the model fits its integer type
//! (proved by the `const` assertions at the end), and that any file the loader accepts is checked,
//! split and written out in well under 200 ms.
//!
//! The limits on the text itself (5 MiB, UTF-8, nesting depth) are checked before or while it is
//! parsed; a JSON Schema describes parsed values and cannot state them (docs/file-format.md).

use crate::format::{FieldProblem, LoadError};
use crate::json::At;
use crate::num::{Cents, Dec, MAX_CENTS};
use serde_json::Value;

/// A decimal's range in thousandths (FTE, per cent), both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecRange {
    pub min: i64,
    pub max: i64,
}

impl DecRange {
    pub const fn contains(self, d: Dec) -> bool {
        self.min <= d.0 && d.0 <= self.max
    }

    pub const fn range(self) -> std::ops::RangeInclusive<i64> {
        self.min..=self.max
    }
}

/// What a limit bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// A whole number (count, cents) from 0 to this.
    Whole(u64),
    /// A decimal in this range.
    Dec(DecRange),
    /// A list of at most this many items.
    Items(usize),
}

/// One field's limit: its path in an agreement, `[]` for every item of a list.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub path: &'static str,
    pub bound: Bound,
}

// Numbers.
/// Persons of one staff row.
pub const PERSONS: u32 = 100_000;
/// Population or clients of a municipality or sub-area, the area's client estimate, participants.
pub const PEOPLE: u64 = 10_000_000;
/// FTE of one staff row or a party's stated total: 0…10 000.
pub const FTE: DecRange = DecRange { min: 0, max: 10_000_000 };
/// Yearly cost of one FTE: at most 10 million euros (in cents).
pub const COST_PER_FTE: Cents = 1_000_000_000;
/// A cost item's yearly amount: at most 10^12 euros (in cents).
pub const AMOUNT: Cents = MAX_CENTS;
/// Shares and the lead person's working time: 0…100 %.
pub const PERCENT: DecRange = DecRange { min: 0, max: 100_000 };
/// The yearly cost index: −50…100 %.
pub const INDEX_PERCENT: DecRange = DecRange { min: -50_000, max: 100_000 };
/// The parties' threshold of clients per FTE: 0,001…10 000.
pub const CLIENTS_PER_FTE: DecRange = DecRange { min: 1, max: 10_000_000 };
/// The steering group's term in years.
pub const TERM_YEARS: u32 = 50;
/// Notice periods in months.
pub const MONTHS: u32 = 60;
/// Negotiation period in days (ten years).
pub const DAYS: u32 = 3650;
/// Signed copies.
pub const COPIES: u32 = 100;

// Lists.
pub const PARTIES: usize = 50;
/// Finland has 308 municipalities.
pub const MUNICIPALITIES: usize = 400;
pub const SEATS: usize = 200;
pub const STAFF_ROWS: usize = 2000;
pub const COST_ITEMS: usize = 200;
/// Objectives, services, stated totals, signatories.
pub const ENTRIES: usize = 200;
/// Short lists: national objectives, premises, tasks, sub-splits of one item.
pub const SHORT_LIST: usize = 50;
pub const VARIANTS: usize = 10;
/// Any list the format does not know (keys it ignores), and the largest of the lists above.
pub const ANY_LIST: usize = STAFF_ROWS;

// Texts and structure.
/// Characters of any text: a clause of 20 000 characters is some eight pages.
pub const TEXT_CHARS: usize = 20_000;
/// Characters of all the texts of one agreement together: the largest real agreement (a preset,
/// its wording included) has some 40 000; a wording of half a million characters, some 200 pages, is
/// still written to every output within the time bound of issue 17, where a file of nearly 5 MiB of
/// wording was not.
pub const AGREEMENT_TEXT_CHARS: usize = 500_000;
/// Keys of one object (the model's largest has 14; the rest are keys the format ignores).
pub const OBJECT_KEYS: usize = 100;
/// Nesting of objects and lists (the format's deepest value is at depth 12).
pub const DEPTH: usize = 32;
/// Values of one file, counted as its lists and objects and the items and members after the first of
/// each: the large synthetic agreement of the benchmarks (300 staff rows, five variants) has some
/// 23 000, a real agreement a few thousand. Within every other limit a 5 MiB file can still hold half
/// a million small values under keys the format ignores, which take longer than 200 ms to read.
pub const VALUES: usize = 250_000;

const fn whole(path: &'static str, max: u64) -> Limit {
    Limit { path, bound: Bound::Whole(max) }
}
const fn dec(path: &'static str, r: DecRange) -> Limit {
    Limit { path, bound: Bound::Dec(r) }
}
const fn items(path: &'static str, n: usize) -> Limit {
    Limit { path, bound: Bound::Items(n) }
}

/// Every bounded number and list of an agreement, by path. Lists come first: the loader checks them
/// in this order, so a file of a million rows is refused before its rows are looked at.
pub const LIMITS: &[Limit] = &[
    items("parties", PARTIES),
    items("area.municipalities", MUNICIPALITIES),
    items("area.sub_areas", MUNICIPALITIES),
    items("steering_group.seats", SEATS),
    items("objectives.national_considered", SHORT_LIST),
    items("objectives.items", ENTRIES),
    items("arrangement.premises", SHORT_LIST),
    items("services.entries", ENTRIES),
    items("staffing.rows", STAFF_ROWS),
    items("staffing.stated_totals", ENTRIES),
    items("lead_person.tasks", SHORT_LIST),
    items("lead_person.other_tasks", SHORT_LIST),
    items("costs.participants", PARTIES),
    items("costs.items", COST_ITEMS),
    items("costs.items[].rule.parties", PARTIES),
    items("costs.items[].rule.counts", PARTIES),
    items("costs.items[].rule.shares", PARTIES),
    items("costs.items[].sub_splits", SHORT_LIST),
    items("costs.items[].sub_splits[].rule.shares", MUNICIPALITIES),
    items("signatures.signatories", ENTRIES),
    // A composition table's selection of seats (their indexes): no more than the seats.
    items("wording.parts[].blocks[].rows", SEATS),
    whole("area.municipalities[].population", PEOPLE),
    whole("area.municipalities[].clients", PEOPLE),
    whole("area.sub_areas[].clients", PEOPLE),
    whole("steering_group.term_years", TERM_YEARS as u64),
    whole("staffing.rows[].persons", PERSONS as u64),
    dec("staffing.rows[].fte", FTE),
    whole("staffing.rows[].cost_per_fte", COST_PER_FTE as u64),
    dec("staffing.stated_totals[].fte", FTE),
    whole("staffing.clients_estimate", PEOPLE),
    dec("staffing.max_clients_per_fte", CLIENTS_PER_FTE),
    dec("lead_person.working_time_pct", PERCENT),
    whole("costs.participants[].count", PEOPLE),
    whole("costs.items[].amount", AMOUNT as u64),
    whole("costs.items[].rule.counts[].count", PEOPLE),
    dec("costs.items[].rule.shares[].percent", PERCENT),
    dec("costs.items[].sub_splits[].rule.shares[].percent", PERCENT),
    dec("costs.yearly_index_pct", INDEX_PERCENT),
    whole("validity.change_notice_months", MONTHS as u64),
    whole("validity.termination.notice_months", MONTHS as u64),
    whole("validity.dispute.negotiation_days", DAYS as u64),
    whole("signatures.copies", COPIES as u64),
    whole("wording.parts[].blocks[].rows[]", SEATS as u64),
];

/// The most items the list at `path` (in an agreement, "staffing.rows") may hold: the editor's add
/// buttons stop there, so the app never makes a draft its own loader would refuse.
pub fn max_items(path: &str) -> usize {
    LIMITS
        .iter()
        .find_map(|l| match l.bound {
            Bound::Items(n) if l.path == path => Some(n),
            _ => None,
        })
        .unwrap_or(ANY_LIST)
}

/// The limits of the file around the agreements, by path from the file's root.
pub const FILE_LIMITS: &[Limit] = &[items("variants", VARIANTS), whole("lineage.revision", MAX_REVISION)];

/// A copy's lineage names a revision of its draft: a count of saves, kept within the integers JSON
/// readers hold exactly (2^53 − 1).
pub const MAX_REVISION: u64 = 9_007_199_254_740_991;

/// The paths of the file where an agreement sits, `[]` for every variant.
pub const AGREEMENTS: [&str; 2] = ["agreement", "variants[].agreement"];

/// The range a bound allows, as a message shows it ("0…100", "max. 50").
pub fn describe(b: Bound) -> String {
    match b {
        Bound::Whole(max) => format!("0…{max}"),
        Bound::Dec(r) => format!("{}…{}", Dec(r.min), Dec(r.max)),
        Bound::Items(n) => n.to_string(),
    }
}

fn too_many(at: &At, max: usize) -> LoadError {
    at.error(FieldProblem::TooMany { max })
}

/// Checks a parsed file against every limit, before it is read into the model: the shape first (any
/// list, object, text and depth), then the declared lists and numbers. A value of the wrong type is
/// left for the reader, which names it.
pub fn check(file: &Value) -> Result<(), LoadError> {
    shape(file, &At::Root, 0)?;
    if let Some(a) = file.get("agreement") {
        all_texts(a, &At::Key(&At::Root, "agreement"))?;
    }
    if let Some(Value::Array(vs)) = file.get("variants") {
        let variants = At::Key(&At::Root, "variants");
        for (i, v) in vs.iter().enumerate() {
            if let Some(a) = v.get("agreement") {
                all_texts(a, &At::Key(&At::Index(&variants, i), "agreement"))?;
            }
        }
    }
    for l in FILE_LIMITS {
        visit(file, &segments(l.path), &At::Root, l.bound)?;
    }
    for root in AGREEMENTS {
        for l in LIMITS {
            let path = format!("{root}.{}", l.path);
            visit(file, &segments(&path), &At::Root, l.bound)?;
        }
    }
    Ok(())
}

/// Refuses, before the text is parsed, a list longer than `ANY_LIST` or a list or object deeper than
/// `DEPTH`, with the error `shape` gives for it, and a file of more than `VALUES` values: one pass
/// over the bytes, so that a 5 MiB file of a million tiny items is refused in milliseconds instead of
/// after all of them were built (issue 17: any input read or refused within 200 ms). What is not
/// well-formed is left to the parser.
pub fn prescan(text: &str) -> Result<(), LoadError> {
    /// An open list or object: its items so far (commas), and for an object the span of its last key.
    struct Open {
        list: bool,
        commas: usize,
        key: (usize, usize),
    }
    // The path of the innermost open value, as `At::path` writes it.
    let path = |open: &[Open]| {
        let mut p = String::new();
        for (k, o) in open.iter().enumerate().take(open.len().saturating_sub(1)) {
            if o.list {
                p.push_str(&format!("[{}]", o.commas));
            } else {
                let raw = text.get(o.key.0..o.key.1).unwrap_or("\"\"");
                let key: String = serde_json::from_str(raw).unwrap_or_default();
                if k > 0 {
                    p.push('.');
                }
                p.push_str(&key);
            }
        }
        p
    };
    let b = text.as_bytes();
    let mut open: Vec<Open> = Vec::new();
    let mut key_next = false;
    let mut values = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if key_next {
                    if let Some(o) = open.last_mut() {
                        o.key = (start, (i + 1).min(b.len()));
                    }
                    key_next = false;
                }
            }
            c @ (b'{' | b'[') => {
                values += 1;
                open.push(Open { list: c == b'[', commas: 0, key: (0, 0) });
                key_next = c == b'{';
                if open.len() > DEPTH + 1 {
                    let at = path(&open);
                    return Err(LoadError::Field { path: at, problem: FieldProblem::TooDeep { max: DEPTH } });
                }
            }
            b'}' | b']' => {
                open.pop();
                key_next = false;
            }
            b',' => {
                values += 1;
                if let Some(o) = open.last_mut() {
                    o.commas += 1;
                    key_next = !o.list;
                    if o.list && o.commas >= ANY_LIST {
                        return Err(LoadError::Field {
                            path: path(&open),
                            problem: FieldProblem::TooMany { max: ANY_LIST },
                        });
                    }
                }
            }
            _ => {}
        }
        if values > VALUES {
            return Err(LoadError::TooManyValues { max: VALUES });
        }
        i += 1;
    }
    Ok(())
}

/// Any value: depth, keys per object, items per list, characters per text.
fn shape(v: &Value, at: &At, depth: usize) -> Result<(), LoadError> {
    if depth > DEPTH {
        return Err(at.error(FieldProblem::TooDeep { max: DEPTH }));
    }
    match v {
        // Bytes first: most texts are short, and counting characters of a long one is the cost.
        Value::String(s) if s.len() > TEXT_CHARS && s.chars().count() > TEXT_CHARS => {
            return Err(at.error(FieldProblem::TooLong { max: TEXT_CHARS }));
        }
        Value::Array(items) => {
            if items.len() > ANY_LIST {
                return Err(too_many(at, ANY_LIST));
            }
            for (i, x) in items.iter().enumerate() {
                shape(x, &At::Index(at, i), depth + 1)?;
            }
        }
        Value::Object(map) => {
            if map.len() > OBJECT_KEYS {
                return Err(at.error(FieldProblem::TooManyKeys { max: OBJECT_KEYS }));
            }
            for (k, x) in map {
                shape(x, &At::Key(at, k), depth + 1)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// The texts of one agreement together within `AGREEMENT_TEXT_CHARS` (after `shape`, which bounds
/// the depth this recurses to). Counting stops at the limit.
fn all_texts(a: &Value, at: &At) -> Result<(), LoadError> {
    fn within(v: &Value, left: &mut usize) -> bool {
        match v {
            Value::String(s) => match left.checked_sub(s.chars().count()) {
                Some(l) => *left = l,
                None => return false,
            },
            Value::Array(items) => return items.iter().all(|x| within(x, left)),
            Value::Object(map) => return map.values().all(|x| within(x, left)),
            _ => {}
        }
        true
    }
    if within(a, &mut { AGREEMENT_TEXT_CHARS }) {
        Ok(())
    } else {
        Err(at.error(FieldProblem::TooLong { max: AGREEMENT_TEXT_CHARS }))
    }
}

/// A path split into keys, `""` standing for every item of a list.
fn segments(path: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in path.split('.') {
        match part.strip_suffix("[]") {
            Some(key) => {
                out.push(key);
                out.push("");
            }
            None => out.push(part),
        }
    }
    out
}

fn visit(v: &Value, segs: &[&str], at: &At, bound: Bound) -> Result<(), LoadError> {
    match segs.split_first() {
        None => leaf(v, at, bound),
        Some((&"", rest)) => match v {
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    visit(x, rest, &At::Index(at, i), bound)?;
                }
                Ok(())
            }
            _ => Ok(()),
        },
        Some((key, rest)) => match v.get(key) {
            Some(x) if v.is_object() => visit(x, rest, &At::Key(at, key), bound),
            _ => Ok(()),
        },
    }
}

fn leaf(v: &Value, at: &At, bound: Bound) -> Result<(), LoadError> {
    let out = || at.error(FieldProblem::OutOfRange { detail: describe(bound) });
    match (bound, v) {
        (Bound::Items(n), Value::Array(items)) if items.len() > n => Err(too_many(at, n)),
        (Bound::Whole(max), Value::Number(n)) => {
            // A negative or fractional number is out of range here; the reader would call a fraction
            // a wrong type, which is as true, but one message per limit is easier to follow.
            match n.as_u64() {
                Some(x) if x <= max => Ok(()),
                _ if n.is_f64() => Ok(()),
                _ => Err(out()),
            }
        }
        (Bound::Dec(r), Value::Number(_) | Value::String(_)) => match crate::json::read_dec(v) {
            Some(d) if !r.contains(d) => Err(out()),
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

// Every sum the model makes fits its type for any file the limits allow, so the checked arithmetic
// of split.rs, model.rs and check.rs never reaches its error case on a loaded file.
// FTE of every row: 2 000 × 10 000 000 thousandths.
const _: () = assert!((STAFF_ROWS as i64).checked_mul(FTE.max).is_some());
// Persons of every row.
const _: () = assert!((STAFF_ROWS as u64) * (PERSONS as u64) < u32::MAX as u64 * 1000);
// Cost of own staff: FTE × cost per FTE of every row, in thousandths of a cent, in i128; the result
// in cents fits i64.
const _: () = assert!((STAFF_ROWS as i128) * (FTE.max as i128) * (COST_PER_FTE as i128) / 1000 < i64::MAX as i128);
// Common costs of every item, per party and in total.
const _: () = assert!((COST_ITEMS as i64).checked_mul(AMOUNT).is_some());
// Per cent shares of one rule, summed before they are compared with 100 %.
const _: () = assert!((MUNICIPALITIES as i64).checked_mul(PERCENT.max).is_some());

/// The pattern of a decimal written as a string in a file, as `json.rs` reads it: an optional
/// minus, one to twelve digits, and a separator with one to three decimals.
pub const DEC_PATTERN: &str = "^-?[0-9]{1,12}([.,][0-9]{1,3})?$";

/// The JSON Schema generated from the types, with every limit of this module written into it: the
/// declared numbers and lists by path, and for every text, list and object the limits that hold for
/// any value (including keys the format ignores, described by the `Unknown` definition).
pub fn constrain_schema(schema: &mut Value) {
    use serde_json::json;
    if let Some(props) = schema.get_mut("properties") {
        props["format"]["const"] = json!(crate::format::FORMAT);
        props["version"]["minimum"] = json!(1);
        props["version"]["maximum"] = json!(crate::format::VERSION);
    }
    let mut at: Vec<(String, Bound)> = Vec::new();
    for l in FILE_LIMITS {
        resolve(schema, String::new(), &segments(l.path), l.bound, &mut at);
    }
    for root in AGREEMENTS {
        for l in LIMITS {
            resolve(schema, String::new(), &segments(&format!("{root}.{}", l.path)), l.bound, &mut at);
        }
    }
    for (ptr, bound) in at {
        if let Some(node) = schema.pointer_mut(&ptr) {
            apply(node, bound);
        }
    }
    if let Some(defs) = schema.get_mut("$defs").and_then(Value::as_object_mut) {
        // A decimal without a declared range: what the reader takes at all.
        defs.insert("Decimal".into(), dec_schema(DecRange { min: -1_000_000_000_000_000, max: 1_000_000_000_000_000 }));
        defs.insert(
            "Unknown".into(),
            json!({
                "description": "A key the format does not know: ignored, within the limits that hold for any value.",
                "anyOf": [
                    { "type": ["null", "boolean", "number"] },
                    { "type": "string" },
                    { "type": "array", "items": { "$ref": "#/$defs/Unknown" } },
                    { "type": "object" }
                ]
            }),
        );
    }
    everywhere(schema);
    if let Some(o) = schema.as_object_mut() {
        o.insert(
            "$comment".into(),
            json!(format!(
                "Also refused, which a schema of parsed values cannot state: a file over {} bytes, \
                 text that is not UTF-8, nesting deeper than {DEPTH} levels.",
                crate::format::MAX_BYTES
            )),
        );
    }
}

/// The JSON pointers of the schema nodes a path leads to, through references, `anyOf`/`oneOf`
/// (optional values, tagged variants) and list items.
fn resolve(schema: &Value, ptr: String, segs: &[&str], bound: Bound, out: &mut Vec<(String, Bound)>) {
    let Some(node) = schema.pointer(&ptr) else { return };
    if segs.is_empty() {
        out.push((ptr, bound));
        return;
    }
    if let Some(target) = node.get("$ref").and_then(Value::as_str) {
        resolve(schema, target.trim_start_matches('#').to_string(), segs, bound, out);
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(list) = node.get(key).and_then(Value::as_array) {
            for i in 0..list.len() {
                resolve(schema, format!("{ptr}/{key}/{i}"), segs, bound, out);
            }
        }
    }
    match segs[0] {
        "" if node.get("items").is_some() => resolve(schema, format!("{ptr}/items"), &segs[1..], bound, out),
        "" => {}
        key if node.get("properties").and_then(|p| p.get(key)).is_some() => {
            resolve(schema, format!("{ptr}/properties/{key}"), &segs[1..], bound, out)
        }
        _ => {}
    }
}

fn apply(node: &mut Value, bound: Bound) {
    use serde_json::json;
    let Some(o) = node.as_object_mut() else { return };
    match bound {
        Bound::Items(n) => {
            o.insert("maxItems".into(), json!(n));
        }
        Bound::Whole(max) => {
            o.insert("minimum".into(), json!(0));
            o.insert("maximum".into(), json!(max));
        }
        Bound::Dec(r) => {
            if o.get("$ref").and_then(Value::as_str) == Some("#/$defs/Decimal") {
                o.remove("$ref");
                if let Some(Value::Object(inline)) = Some(dec_schema(r)) {
                    o.extend(inline);
                }
            } else if let Some(Value::Array(list)) = o.get_mut("anyOf") {
                for x in list {
                    apply(x, bound);
                }
            }
        }
    }
}

/// A decimal in `r`: a number with at most three decimals, or a string of the same value.
fn dec_schema(r: DecRange) -> Value {
    let at = |m: i64| serde_json::Number::from_f64(m as f64 / 1000.0).map_or(Value::Null, Value::Number);
    serde_json::json!({
        "anyOf": [
            { "type": "number", "minimum": at(r.min), "maximum": at(r.max), "multipleOf": 0.001 },
            { "type": "string", "pattern": dec_string_pattern(r) }
        ]
    })
}

/// Limits that hold for every value: texts, lists and objects (and keys the format ignores).
fn everywhere(v: &mut Value) {
    use serde_json::json;
    match v {
        Value::Object(o) => {
            let types: Vec<String> = match o.get("type") {
                Some(Value::String(t)) => vec![t.clone()],
                Some(Value::Array(ts)) => ts.iter().filter_map(|t| t.as_str().map(String::from)).collect(),
                _ => Vec::new(),
            };
            if types.iter().any(|t| t == "string") && !o.contains_key("maxLength") {
                o.insert("maxLength".into(), json!(TEXT_CHARS));
            }
            if types.iter().any(|t| t == "array") && !o.contains_key("maxItems") {
                o.insert("maxItems".into(), json!(ANY_LIST));
            }
            if types.iter().any(|t| t == "object") {
                o.insert("maxProperties".into(), json!(OBJECT_KEYS));
                o.entry("additionalProperties").or_insert(json!({ "$ref": "#/$defs/Unknown" }));
            }
            for (k, x) in o.iter_mut() {
                // `properties` maps names to schemas: its own keys are not a schema's keywords.
                if k == "properties" {
                    if let Value::Object(p) = x {
                        p.values_mut().for_each(everywhere);
                    }
                } else if k != "enum" && k != "const" && k != "default" {
                    everywhere(x);
                }
            }
        }
        Value::Array(list) => list.iter_mut().for_each(everywhere),
        _ => {}
    }
}

/// A regular expression (without look-around, so any JSON Schema validator runs it) for the strings
/// `DEC_PATTERN` allows whose value lies in `r`. The ends are whole numbers or, for a lower end of
/// 0,001, "more than zero" — the only ranges `LIMITS` declares (a test holds it so).
pub fn dec_string_pattern(r: DecRange) -> String {
    const FRAC: &str = "([.,][0-9]{1,3})?";
    const ZEROS: &str = "([.,]0{1,3})?";
    // Up to three decimals, not all zero.
    const NONZERO_FRAC: &str = "[.,]([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])";
    let max = r.max / 1000;
    let mut alts = Vec::new();
    // Non-negative values up to the maximum.
    if r.max >= 0 {
        if r.min <= 0 {
            if max > 0 {
                alts.push(format!("0*({}){FRAC}", below(max as u64)));
            }
            alts.push(format!("0*{max}{ZEROS}"));
        } else {
            // More than zero: a whole part from 1, or 0 with a decimal that is not zero.
            if max > 1 {
                alts.push(format!("0*({}){FRAC}", from_one_below(max as u64)));
            }
            alts.push(format!("0*{max}{ZEROS}"));
            alts.push(format!("0+{NONZERO_FRAC}"));
        }
    }
    // Negative values down to the minimum ("-0" too, which is zero).
    if r.min < 0 {
        let min = (-r.min) / 1000;
        alts.push(format!("-0*({}){FRAC}", below(min as u64)));
        alts.push(format!("-0*{min}{ZEROS}"));
    } else if r.min == 0 {
        alts.push(format!("-0+{ZEROS}"));
    }
    format!("^({})$", alts.join("|"))
}

/// Whole numbers 0 ≤ x < n without leading zeros, as an alternation.
fn below(n: u64) -> String {
    let mut alts = vec!["0".to_string()];
    alts.extend(positive_below(n));
    alts.join("|")
}

/// Whole numbers 1 ≤ x < n without leading zeros.
fn from_one_below(n: u64) -> String {
    positive_below(n).join("|")
}

fn positive_below(n: u64) -> Vec<String> {
    let digits: Vec<u8> = n.to_string().bytes().map(|b| b - b'0').collect();
    let k = digits.len();
    let mut alts = Vec::new();
    // Fewer digits than n.
    if k >= 2 {
        alts.push(format!("[1-9][0-9]{{0,{}}}", k - 2));
    }
    // As many digits as n, below it: n's first i digits, a smaller digit, then any.
    for i in 0..k {
        let low = if i == 0 { 1 } else { 0 };
        if digits[i] > low {
            let prefix: String = digits[..i].iter().map(|d| (b'0' + d) as char).collect();
            let rest = k - i - 1;
            let tail = if rest > 0 { format!("[0-9]{{{rest}}}") } else { String::new() };
            alts.push(format!("{prefix}[{low}-{}]{tail}", digits[i] - 1));
        }
    }
    alts
}
