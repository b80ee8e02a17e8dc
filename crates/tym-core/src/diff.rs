//! Comparison of agreements: field-level differences (which can be taken over one by one), and a
//! word-level redline of the generated text.
//!
//! Differences are computed on the agreements' JSON form, so every field of the model is covered
//! without a hand-written comparison per section: objects are compared key by key, lists of equal
//! length item by item, and anything else that differs (a value, or a list that grew or shrank) is one
//! difference replacing the whole subtree. Applying all of B's differences to A therefore yields B.

use crate::json::{At, Json};
use crate::model::Agreement;
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Difference {
    /// Field path as in file-format errors and findings: "staffing.rows[2].fte".
    pub path: String,
    pub left: Value,
    pub right: Value,
}

impl Difference {
    /// The section of the agreement (the path's first segment).
    pub fn section(&self) -> &str {
        self.path.split(['.', '[']).next().unwrap_or("")
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

fn path_text(steps: &[Step]) -> String {
    let mut s = String::new();
    for st in steps {
        match st {
            Step::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Step::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

fn parse_path(path: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(i) = rest.find('[') {
            if i > 0 {
                steps.push(Step::Key(rest[..i].to_string()));
            }
            rest = &rest[i..];
            while let Some(end) = rest.find(']') {
                if let Ok(n) = rest[1..end].parse() {
                    steps.push(Step::Index(n));
                }
                rest = &rest[end + 1..];
            }
        } else if !rest.is_empty() {
            steps.push(Step::Key(rest.to_string()));
        }
    }
    steps
}

/// Walks two values taken by value, so that a subtree that differs whole (a list that grew, a
/// wording of other parts) is moved into its difference rather than copied.
fn walk(a: Value, b: Value, at: &mut Vec<Step>, out: &mut Vec<Difference>) {
    match (a, b) {
        // Objects of one type have the same keys; different keys mean different variants of an enum
        // (a split rule of another kind), which is taken over whole.
        (Value::Object(x), Value::Object(mut y)) if x.len() == y.len() && x.keys().all(|k| y.contains_key(k)) => {
            for (k, va) in x {
                let vb = y.remove(&k).unwrap_or_default();
                at.push(Step::Key(k));
                walk(va, vb, at, out);
                at.pop();
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (va, vb)) in x.into_iter().zip(y).enumerate() {
                at.push(Step::Index(i));
                walk(va, vb, at, out);
                at.pop();
            }
        }
        (a, b) if a != b => out.push(Difference { path: path_text(at), left: a, right: b }),
        _ => {}
    }
}

fn to_value(a: &Agreement) -> Value {
    a.write()
}

/// The agreement a changed JSON value describes, read like a file's.
fn from_value(v: &Value) -> Option<Agreement> {
    Agreement::read(v, &At::Root).ok()
}

/// Every field in which `b` differs from `a`, in the order of the agreement.
///
/// The sections are compared in the model first (a comparison of strings, no allocation) and only
/// those that differ are written to JSON and walked: a variant or a preset usually shares most of
/// them, and writing a large wording that is the same on both sides was most of the work.
pub fn diff(a: &Agreement, b: &Agreement) -> Vec<Difference> {
    let mut out = Vec::new();
    if a == b {
        return out;
    }
    let mut at = Vec::new();
    // In the order of the keys of the agreement's JSON object (sorted), as a walk of the whole
    // agreement would give them; `diff_is_the_walk_of_the_whole_agreement` holds the two equal.
    macro_rules! sections {
        ($($s:ident),*) => {$(
            if a.$s != b.$s {
                at.push(Step::Key(stringify!($s).to_string()));
                walk(a.$s.write(), b.$s.write(), &mut at, &mut out);
                at.pop();
            }
        )*};
    }
    sections!(
        area,
        arrangement,
        client_data,
        costs,
        lead_person,
        meta,
        objectives,
        parties,
        services,
        signatures,
        staffing,
        steering_group,
        validity,
        wording
    );
    out
}

fn slot<'v>(v: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    let mut cur = v;
    for st in steps {
        cur = match st {
            Step::Key(k) => cur.as_object_mut()?.entry(k.clone()).or_insert(Value::Null),
            Step::Index(i) => cur.as_array_mut()?.get_mut(*i)?,
        };
    }
    Some(cur)
}

/// Takes one difference over into `a` (its right-hand value). Returns false, changing nothing, when
/// the difference does not fit `a` any more (another edit changed the structure under it).
pub fn apply(a: &mut Agreement, d: &Difference) -> bool {
    let mut v = to_value(a);
    let Some(target) = slot(&mut v, &parse_path(&d.path)) else { return false };
    *target = d.right.clone();
    match from_value(&v) {
        Some(next) => {
            *a = next;
            true
        }
        None => false,
    }
}

/// Takes several differences over at once (all of them, or a section's).
pub fn apply_all(a: &mut Agreement, ds: &[Difference]) -> bool {
    let mut v = to_value(a);
    for d in ds {
        match slot(&mut v, &parse_path(&d.path)) {
            Some(target) => *target = d.right.clone(),
            None => return false,
        }
    }
    match from_value(&v) {
        Some(next) => {
            *a = next;
            true
        }
        None => false,
    }
}

/// A short readable form of a value for the compare view.
pub fn show(v: &Value) -> String {
    match v {
        Value::Null => "–".into(),
        Value::String(s) if s.is_empty() => "–".into(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "✓" } else { "✗" }.into(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => format!("[{}]", a.len()),
        Value::Object(_) => {
            let s = v.to_string();
            if s.chars().count() > 80 {
                format!("{}…", s.chars().take(80).collect::<String>())
            } else {
                s
            }
        }
    }
}

/// `show` for the value at `path` of agreement `a`: a reference to one of `a`'s parties (a staff
/// row's party, who sets the steering group, …) is the party's name in `lang`, never its id.
pub fn show_in(a: &Agreement, path: &str, v: &Value, lang: crate::Lang) -> String {
    let key = path.rsplit('.').next().unwrap_or("");
    let key = key.split('[').next().unwrap_or("");
    let refers = matches!(key, "party" | "parties" | "authority") || key.ends_with("named_by") || key == "set_by";
    match v {
        Value::String(id) if refers && a.party(id).is_some() => a.party_name(id, lang),
        _ => show(v),
    }
}

/// One piece of a redline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "snake_case")]
pub enum Redline {
    Same(String),
    Deleted(String),
    Inserted(String),
}

/// The largest table `lcs` fills (tokens of one side × the other, after the common start and end are
/// set aside): 4 million cells, 16 MB and some 20 ms. Past it the middle is shown as deleted and
/// inserted whole: a redline that coarse is still right, where a 40 000-word paragraph would need
/// 6 GB (and aborted the app).
pub const MAX_LCS_CELLS: usize = 4_000_000;

/// Longest-common-subsequence alignment of two token lists, as (same, deleted, inserted) runs. The
/// common start and end are matched first, so the table covers only what changed.
fn lcs<'t>(a: &[&'t str], b: &[&'t str]) -> Vec<(u8, &'t str)> {
    let start = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let end = a[start..].iter().rev().zip(b[start..].iter().rev()).take_while(|(x, y)| x == y).count();
    let mut out: Vec<(u8, &str)> = a[..start].iter().map(|w| (0, *w)).collect();
    let (ma, mb) = (&a[start..a.len() - end], &b[start..b.len() - end]);
    if ma.len().saturating_mul(mb.len()) > MAX_LCS_CELLS {
        out.extend(ma.iter().map(|w| (1, *w)));
        out.extend(mb.iter().map(|w| (2, *w)));
    } else {
        out.extend(lcs_interned(ma, mb));
    }
    out.extend(a[a.len() - end..].iter().map(|w| (0, *w)));
    out
}

/// The alignment of two token lists through `lcs_table`. A large table compares numbers, one per
/// distinct token, rather than the tokens' texts (a paragraph compared with each of another text's
/// was most of a long redline); a small one is not worth the hashing.
fn lcs_interned<'t>(ma: &[&'t str], mb: &[&'t str]) -> Vec<(u8, &'t str)> {
    let pick = |(op, i): (u8, usize)| (op, if op == 2 { mb[i] } else { ma[i] });
    if ma.len() * mb.len() < 4096 {
        return lcs_table(ma, mb).into_iter().map(pick).collect();
    }
    let mut ids: HashMap<&str, u32, BuildHasherDefault<Fx>> = HashMap::default();
    let mut id = |w: &'t str| {
        let next = ids.len() as u32;
        *ids.entry(w).or_insert(next)
    };
    let ia: Vec<u32> = ma.iter().map(|w| id(w)).collect();
    let ib: Vec<u32> = mb.iter().map(|w| id(w)).collect();
    lcs_table(&ia, &ib).into_iter().map(pick).collect()
}

/// A fast hash of the tokens of one redline (FxHash's step, eight bytes at a time); the tokens are
/// the user's own text on both sides, so there is no one to flood the table.
#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The alignment of `a` and `b` as (same, deleted, inserted) with the index of the token: in `b` for
/// an insertion, in `a` otherwise.
fn lcs_table<T: PartialEq>(a: &[T], b: &[T]) -> Vec<(u8, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![0u32; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i * (m + 1) + j] = if a[i] == b[j] {
                t[(i + 1) * (m + 1) + j + 1] + 1
            } else {
                t[(i + 1) * (m + 1) + j].max(t[i * (m + 1) + j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if a[i] == b[j] {
            out.push((0, i));
            i += 1;
            j += 1;
        } else if t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1] {
            out.push((1, i));
            i += 1;
        } else {
            out.push((2, j));
            j += 1;
        }
    }
    out.extend((i..n).map(|i| (1, i)));
    out.extend((j..m).map(|j| (2, j)));
    out
}

fn push(out: &mut Vec<Redline>, op: u8, text: &str) {
    let merged = match (out.last_mut(), op) {
        (Some(Redline::Same(s)), 0) | (Some(Redline::Deleted(s)), 1) | (Some(Redline::Inserted(s)), 2) => {
            s.push(' ');
            s.push_str(text);
            true
        }
        _ => false,
    };
    if !merged {
        out.push(match op {
            0 => Redline::Same(text.into()),
            1 => Redline::Deleted(text.into()),
            _ => Redline::Inserted(text.into()),
        });
    }
}

/// A word-level redline of two texts: paragraphs are aligned first, then the words of paragraphs that
/// changed, which keeps the work proportional to what changed rather than to the text's square.
pub fn redline(old: &str, new: &str) -> Vec<Vec<Redline>> {
    let pa: Vec<&str> = old.split("\n\n").collect();
    let pb: Vec<&str> = new.split("\n\n").collect();
    let aligned = lcs(&pa, &pb);
    let mut paragraphs = Vec::new();
    let mut k = 0;
    while k < aligned.len() {
        let (op, text) = aligned[k];
        if op == 0 {
            paragraphs.push(vec![Redline::Same(text.to_string())]);
            k += 1;
            continue;
        }
        // A run of deleted and inserted paragraphs: pair them up and redline their words.
        let mut dels = Vec::new();
        let mut ins = Vec::new();
        while k < aligned.len() && aligned[k].0 != 0 {
            if aligned[k].0 == 1 {
                dels.push(aligned[k].1)
            } else {
                ins.push(aligned[k].1)
            }
            k += 1;
        }
        for idx in 0..dels.len().max(ins.len()) {
            let wa: Vec<&str> = dels.get(idx).map(|p| p.split_whitespace().collect()).unwrap_or_default();
            let wb: Vec<&str> = ins.get(idx).map(|p| p.split_whitespace().collect()).unwrap_or_default();
            let mut out = Vec::new();
            for (op, w) in lcs(&wa, &wb) {
                push(&mut out, op, w);
            }
            paragraphs.push(out);
        }
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;

    #[test]
    fn paths_round_trip() {
        for p in ["staffing.rows[2].fte", "parties[0]", "meta.title", "costs.items[1].rule.shares[0].percent"] {
            assert_eq!(path_text(&parse_path(p)), p);
        }
    }

    #[test]
    fn a_party_reference_is_shown_by_the_party_s_name() {
        let a = presets::blank().agreement;
        let mut b = a.clone();
        b.steering_group.set_by = Some("kela".into());
        let d = diff(&a, &b);
        assert_eq!(d[0].path, "steering_group.set_by");
        assert_eq!(show_in(&a, &d[0].path, &d[0].left, crate::Lang::Fi), "Työvoimaviranomainen (nimi puuttuu)");
        assert_eq!(show_in(&b, &d[0].path, &d[0].right, crate::Lang::Sv), "Folkpensionsanstalten");
        let v = Value::String("ea".into());
        assert_eq!(
            show_in(&a, "costs.items[0].rule.parties[1]", &v, crate::Lang::En),
            "Employment authority (name missing)"
        );
        // Another field that happens to hold the same text is shown as it is.
        assert_eq!(show_in(&a, "meta.title", &v, crate::Lang::Fi), "ea");
    }

    #[test]
    fn redline_marks_changed_words_only() {
        let r = redline(
            "Sama kappale.\n\nIrtisanomisaika on 6 kuukautta.",
            "Sama kappale.\n\nIrtisanomisaika on 3 kuukautta.",
        );
        assert_eq!(r[0], vec![Redline::Same("Sama kappale.".into())]);
        assert_eq!(
            r[1],
            vec![
                Redline::Same("Irtisanomisaika on".into()),
                Redline::Deleted("6".into()),
                Redline::Inserted("3".into()),
                Redline::Same("kuukautta.".into())
            ]
        );
    }

    /// The walk of the whole agreement's JSON that `diff` shortens.
    fn whole_walk(a: &Agreement, b: &Agreement) -> Vec<Difference> {
        let mut out = Vec::new();
        walk(to_value(a), to_value(b), &mut Vec::new(), &mut out);
        out
    }

    #[test]
    fn diff_is_the_walk_of_the_whole_agreement() {
        let mut all: Vec<Agreement> = presets::PRESETS.iter().map(|p| presets::load(p.id).unwrap().agreement).collect();
        all.push(Agreement::default());
        // Every section differs between a preset and an empty agreement, so the order of the
        // sections is tested too.
        let d = diff(&all[0], &Agreement::default());
        let mut distinct: Vec<&str> = d.iter().map(Difference::section).collect();
        distinct.dedup();
        assert_eq!(distinct.len(), 14, "{distinct:?}");
        for a in &all {
            for b in &all {
                assert_eq!(diff(a, b), whole_walk(a, b));
            }
        }
    }

    #[test]
    fn presets_differ_where_they_differ() {
        let a = presets::load("lantinen-pirkanmaa").unwrap().agreement;
        let b = presets::load("keski-pohjanmaa").unwrap().agreement;
        let d = diff(&a, &b);
        assert!(d.iter().any(|x| x.path == "validity.dispute.court"));
        assert!(d.iter().any(|x| x.section() == "staffing"));
    }
}
