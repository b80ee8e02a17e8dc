//! Three-way merge of a returned copy (issue 20, item 4): the version the draft was sent as (the
//! base), the draft as it is now (ours) and the copy the other parties sent back (theirs).
//!
//! The merge walks the agreements' JSON form field by field, with the field paths the comparison
//! uses ("staffing.rows[2].fte"): a field changed on one side only takes that side's value (theirs
//! is listed as taken over), a field changed on both sides to different values is a conflict, which
//! keeps our value until the user chooses theirs. Nothing of ours is replaced without a choice.
//!
//! Lists: the parties and the sub-areas are matched by their `id` (the model's identity), so a party
//! added, removed or reordered on one side merges with edits on the other; every other list is matched
//! by position, and a list whose length differs between the sides (a row added on one side while the
//! other edited rows) is one conflict on the whole list unless only one side changed it. Objects whose
//! keys differ (a split rule of another kind) are taken or offered whole. Without a base (a copy whose
//! sent version is no longer stored) every difference is a conflict.
//!
//! The steering group's seats and the composition tables' selections of them (`Block::Table::rows`,
//! seat indexes) go together: when the seats list is not the same length on every side, a seat's
//! index means another seat on each side, so a selection is taken or offered whole (never index by
//! index), and the one in the result is renumbered onto the seats list in the result
//! (`keep_selections`), whichever side either came from or was chosen. With lists of one length the
//! seats are matched by position, and so are the selections' indexes.
//!
//! A copy is merged into the draft's open variant; `sent_variant` tells when the copy was sent from
//! another of the draft's variants, for the merge view to warn before anything is applied.

use crate::format::{AgreementFile, LoadError};
use crate::i18n::Lang;
use crate::json::{At, Json};
use crate::model::Agreement;
use crate::readable::{plain, Reader};
use crate::wording::{Block, TableId};
use serde_json::{Map, Value};

/// Lists whose items have an identity of their own (their `id`).
const BY_ID: &[&str] = &["parties", "area.sub_areas"];

/// A composition table's selection of seats.
const SELECTION: &str = "wording.parts.blocks.rows";

/// A field the other side changed and we did not: taken over automatically.
#[derive(Clone, Debug, PartialEq)]
pub struct Taken {
    pub path: String,
    pub before: Value,
    pub value: Value,
}

/// A field both sides changed differently: the user chooses.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub path: String,
    /// `None` when there is no base.
    pub base: Option<Value>,
    pub ours: Value,
    pub theirs: Value,
}

/// The outcome of a merge with every conflict resolved as ours.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    pub merged: Agreement,
    pub taken: Vec<Taken>,
    pub conflicts: Vec<Conflict>,
}

struct Walk<'c> {
    /// Whether conflict `k` (in the order met) takes theirs.
    theirs: &'c dyn Fn(usize) -> bool,
    taken: Vec<Taken>,
    conflicts: Vec<Conflict>,
    /// Whether the sides' seats lists differ in length: a selection is then one value.
    whole_selections: bool,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn same_keys(x: &Map<String, Value>, y: &Map<String, Value>) -> bool {
    x.len() == y.len() && x.keys().all(|k| y.contains_key(k))
}

fn ids(items: &[Value]) -> Option<Vec<&str>> {
    let ids: Vec<&str> = items.iter().map(|v| v.get("id").and_then(Value::as_str)).collect::<Option<_>>()?;
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    (sorted.len() == ids.len()).then_some(ids)
}

fn by_id<'v>(items: &'v [Value], id: &str) -> Option<&'v Value> {
    items.iter().find(|v| v.get("id").and_then(Value::as_str) == Some(id))
}

impl Walk<'_> {
    fn conflict(&mut self, path: &str, b: Option<&Value>, o: &Value, t: &Value) -> Value {
        let k = self.conflicts.len();
        self.conflicts.push(Conflict { path: path.to_string(), base: b.cloned(), ours: o.clone(), theirs: t.clone() });
        if (self.theirs)(k) {
            t.clone()
        } else {
            o.clone()
        }
    }

    /// Lists theirs' change of a field we left alone, field by field where the shapes agree.
    fn take(&mut self, o: &Value, t: &Value, path: &str) {
        match (o, t) {
            _ if o == t => {}
            (Value::Object(x), Value::Object(y)) if same_keys(x, y) => {
                for (k, ov) in x {
                    self.take(ov, &y[k.as_str()], &join(path, k));
                }
            }
            (Value::Array(x), Value::Array(y))
                if x.len() == y.len()
                    && (!BY_ID.contains(&plain(path).as_str()) || ids(x) == ids(y))
                    && !self.whole(path) =>
            {
                for (i, (ov, tv)) in x.iter().zip(y).enumerate() {
                    self.take(ov, tv, &format!("{path}[{i}]"));
                }
            }
            _ => self.taken.push(Taken { path: path.to_string(), before: o.clone(), value: t.clone() }),
        }
    }

    /// Whether the value at `path` is one value however its parts differ.
    fn whole(&self, path: &str) -> bool {
        self.whole_selections && plain(path) == SELECTION
    }

    fn value(&mut self, b: Option<&Value>, o: &Value, t: &Value, path: &str) -> Value {
        if o == t {
            return o.clone();
        }
        if let Some(b) = b {
            if b == o {
                self.take(o, t, path);
                return t.clone();
            }
            if b == t {
                return o.clone();
            }
        }
        if o.is_array() && self.whole(path) {
            return self.conflict(path, b, o, t);
        }
        match (o, t) {
            (Value::Object(x), Value::Object(y))
                if same_keys(x, y) && b.is_none_or(|b| b.as_object().is_some_and(|z| same_keys(x, z))) =>
            {
                let mut out = Map::new();
                for (k, ov) in x {
                    let bv = b.map(|b| &b[k.as_str()]);
                    let v = self.value(bv, ov, &y[k.as_str()], &join(path, k));
                    out.insert(k.clone(), v);
                }
                Value::Object(out)
            }
            (Value::Array(x), Value::Array(y)) => {
                let bx = b.map(|b| b.as_array().map(Vec::as_slice).unwrap_or_default());
                let keyed = BY_ID.contains(&plain(path).as_str())
                    && ids(x).is_some()
                    && ids(y).is_some()
                    && bx.is_none_or(|z| ids(z).is_some());
                if keyed {
                    self.list_by_id(bx, x, y, path)
                } else if x.len() == y.len() && bx.is_none_or(|z| z.len() == x.len()) {
                    let items = x
                        .iter()
                        .zip(y)
                        .enumerate()
                        .map(|(i, (ov, tv))| self.value(bx.map(|z| &z[i]), ov, tv, &format!("{path}[{i}]")))
                        .collect();
                    Value::Array(items)
                } else {
                    self.conflict(path, b, o, t)
                }
            }
            _ => self.conflict(path, b, o, t),
        }
    }

    /// Items matched by id: ours in our order, then the ones only theirs has. An item missing on one
    /// side is `null` there (removed, or not yet added), and a `null` outcome is left out.
    fn list_by_id(&mut self, b: Option<&[Value]>, x: &[Value], y: &[Value], path: &str) -> Value {
        let mut order: Vec<&str> = ids(x).unwrap_or_default();
        for id in ids(y).unwrap_or_default() {
            if !order.contains(&id) {
                order.push(id);
            }
        }
        let mut out = Vec::new();
        for id in order {
            let bv = b.map(|b| by_id(b, id).unwrap_or(&Value::Null));
            let ov = by_id(x, id).unwrap_or(&Value::Null);
            let tv = by_id(y, id).unwrap_or(&Value::Null);
            let v = self.value(bv, ov, tv, &format!("{path}[{}]", out.len()));
            if !v.is_null() {
                out.push(v);
            }
        }
        Value::Array(out)
    }
}

/// Merges with conflict `k` resolved as theirs when `theirs(k)`; `Err` when the outcome is not an
/// agreement the file reader accepts.
fn run(
    base: Option<&Agreement>,
    ours: &Agreement,
    theirs: &Agreement,
    choose: &dyn Fn(usize) -> bool,
) -> Result<Merge, LoadError> {
    let seats = |a: &Agreement| a.steering_group.seats.len();
    let whole_selections = seats(ours) != seats(theirs) || base.is_some_and(|b| seats(b) != seats(ours));
    let mut w = Walk { theirs: choose, taken: Vec::new(), conflicts: Vec::new(), whole_selections };
    let b = base.map(Json::write);
    let v = w.value(b.as_ref(), &ours.write(), &theirs.write(), "");
    let mut merged = Agreement::read(&v, &At::Root)?;
    if whole_selections {
        keep_selections(&mut merged, [ours, theirs]);
    }
    Ok(Merge { merged, taken: w.taken, conflicts: w.conflicts })
}

/// The selection of composition table `k` of part `p`, if `a` has one there.
fn selection_at(a: &Agreement, p: usize, k: usize) -> Option<&Vec<u32>> {
    match a.wording.parts.get(p)?.blocks.get(k)? {
        Block::Table { table: TableId::Composition, rows } => rows.as_ref(),
        _ => None,
    }
}

/// Renumbers each composition table's selection in `m` onto `m`'s seats. The merge took the selection
/// whole from one side (ours or theirs, `whole_selections`), in that side's numbering of seats, and
/// the seats list may be the other side's (taken, or chosen in a conflict): without this, the table
/// would print other people than either side selected. A side whose seats are the result's is
/// preferred, as its numbering is already the result's.
fn keep_selections(m: &mut Agreement, sides: [&Agreement; 2]) {
    let seats = &m.steering_group.seats;
    for (p, part) in m.wording.parts.iter_mut().enumerate() {
        for (k, block) in part.blocks.iter_mut().enumerate() {
            let Block::Table { table: TableId::Composition, rows: Some(rows) } = block else { continue };
            let from = sides
                .iter()
                .filter(|s| selection_at(s, p, k) == Some(&*rows))
                .min_by_key(|s| s.steering_group.seats != *seats);
            if let Some(from) = from.filter(|s| s.steering_group.seats != *seats) {
                *rows = crate::lists::selection_in(rows, &from.steering_group.seats, seats);
            }
        }
    }
}

/// The three-way merge, every conflict kept as ours (the default until the user chooses).
pub fn merge(base: Option<&Agreement>, ours: &Agreement, theirs: &Agreement) -> Result<Merge, LoadError> {
    run(base, ours, theirs, &|_| false)
}

/// The merged agreement with the user's choices: `theirs[k]` takes theirs for conflict `k` (in the
/// order of `Merge::conflicts`); a conflict not listed keeps ours.
pub fn resolve(
    base: Option<&Agreement>,
    ours: &Agreement,
    theirs: &Agreement,
    choices: &[bool],
) -> Result<Agreement, LoadError> {
    run(base, ours, theirs, &|k| choices.get(k).copied().unwrap_or(false)).map(|m| m.merged)
}

/// Which of the draft's other variants (`ours.variants[i]`) a returned copy was sent from, when it is
/// not the open one; `sent` is the version sent (or the returned copy itself when that is no longer
/// kept). By the variant's name (`variant_name`, the open one when the copy was saved) when one
/// variant of the draft has it now; else — a copy sent when the draft had one variant, which has no
/// name, or a variant renamed since — by content: the variant with the fewest differences from the
/// version sent, the open one on a tie. `None` for the open variant, and for a draft of one variant.
pub fn sent_variant(sent: &AgreementFile, ours: &AgreementFile) -> Option<usize> {
    if ours.variants.is_empty() {
        return None;
    }
    let name = sent.variant_name.as_str();
    if !name.is_empty() {
        if ours.variant_name == name {
            return None;
        }
        let mut named = ours.variants.iter().enumerate().filter(|(_, v)| v.name == name);
        if let (Some((i, _)), None) = (named.next(), named.next()) {
            return Some(i);
        }
    }
    let distance = |a: &Agreement| crate::diff::diff(&sent.agreement, a).len();
    let open = distance(&ours.agreement);
    let closest = ours.variants.iter().enumerate().map(|(i, v)| (distance(&v.agreement), i)).min()?;
    (closest.0 < open).then_some(closest.1)
}

/// A taken change as read: its label and its value before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadTaken {
    pub label: String,
    pub before: String,
    pub after: String,
}

/// A conflict as read: its label and the three values.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadConflict {
    pub label: String,
    pub base: Option<String>,
    pub ours: String,
    pub theirs: String,
}

/// The merge's changes and conflicts with the comparison's labels and values (`readable`): labels
/// from the merged agreement (whose list positions the paths name), each value named in its own
/// agreement.
pub fn readable(
    m: &Merge,
    base: Option<&Agreement>,
    ours: &Agreement,
    theirs: &Agreement,
    lang: Lang,
) -> (Vec<ReadTaken>, Vec<ReadConflict>) {
    let (rm, ro, rt) = (Reader::new(&m.merged, lang), Reader::new(ours, lang), Reader::new(theirs, lang));
    let rb = base.map(|b| Reader::new(b, lang));
    let taken = m
        .taken
        .iter()
        .map(|t| ReadTaken {
            label: rm.label(&t.path),
            before: ro.value(&t.path, &t.before),
            after: rt.value(&t.path, &t.value),
        })
        .collect();
    let conflicts = m
        .conflicts
        .iter()
        .map(|c| ReadConflict {
            label: rm.label(&c.path),
            base: rb.as_ref().zip(c.base.as_ref()).map(|(r, v)| r.value(&c.path, v)),
            ours: ro.value(&c.path, &c.ours),
            theirs: rt.value(&c.path, &c.theirs),
        })
        .collect();
    (taken, conflicts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Party, PartyKind};

    fn preset() -> Agreement {
        crate::presets::load("lantinen-pirkanmaa").unwrap().agreement
    }

    #[test]
    fn one_sided_changes_are_taken_and_both_sided_ones_offered() {
        let base = preset();
        let mut ours = base.clone();
        ours.meta.title = "Meidän".into();
        ours.parties[0].contact = "meidän yhteyshenkilö".into();
        let mut theirs = base.clone();
        theirs.parties[1].address = "Kela-katu 1".into();
        theirs.parties[0].contact = "heidän yhteyshenkilö".into();
        let m = merge(Some(&base), &ours, &theirs).unwrap();
        assert_eq!(m.taken.len(), 1, "{:?}", m.taken);
        assert_eq!(m.taken[0].path, "parties[1].address");
        assert_eq!(m.conflicts.len(), 1);
        assert_eq!(m.conflicts[0].path, "parties[0].contact");
        assert_eq!(m.merged.meta.title, "Meidän");
        assert_eq!(m.merged.parties[1].address, "Kela-katu 1");
        assert_eq!(m.merged.parties[0].contact, "meidän yhteyshenkilö");
        let chosen = resolve(Some(&base), &ours, &theirs, &[true]).unwrap();
        assert_eq!(chosen.parties[0].contact, "heidän yhteyshenkilö");
        let (t, c) = readable(&m, Some(&base), &ours, &theirs, Lang::Fi);
        assert!(t[0].label.starts_with("2 "), "{}", t[0].label);
        assert_eq!((t[0].after.as_str(), c[0].theirs.as_str()), ("Kela-katu 1", "heidän yhteyshenkilö"));
        assert!(c[0].base.is_some());
    }

    #[test]
    fn parties_are_matched_by_id() {
        let base = preset();
        let mut ours = base.clone();
        ours.parties.push(Party { id: "new".into(), kind: PartyKind::Municipality, ..Default::default() });
        let mut theirs = base.clone();
        theirs.parties.reverse();
        let last = theirs.parties.len() - 1;
        theirs.parties[last].business_id = "1234567-1".into();
        let m = merge(Some(&base), &ours, &theirs).unwrap();
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.merged.parties.len(), base.parties.len() + 1);
        assert_eq!(m.merged.parties[0].business_id, "1234567-1");
        assert_eq!(m.merged.parties.last().unwrap().id, "new");
    }

    /// Läntinen Pirkanmaa, whose annex prints a selection of the steering group's seats, with each
    /// seat's member named apart.
    fn with_selection() -> Agreement {
        let mut a = preset();
        for (i, s) in a.steering_group.seats.iter_mut().enumerate() {
            s.member = format!("jäsen {i}");
        }
        assert!(printed(&a).iter().any(|rows| rows.len() < a.steering_group.seats.len()));
        a
    }

    /// The members each composition table with a selection prints.
    fn printed(a: &Agreement) -> Vec<Vec<String>> {
        let tables = a.wording.parts.iter().flat_map(|p| &p.blocks).filter_map(|b| match b {
            Block::Table { table: TableId::Composition, rows: Some(r) } => Some(r),
            _ => None,
        });
        let seats = &a.steering_group.seats;
        tables.map(|r| r.iter().filter_map(|&i| seats.get(i as usize)).map(|s| s.member.clone()).collect()).collect()
    }

    const SEATS: crate::lists::List<crate::model::Seat> = |a| &mut a.steering_group.seats;

    #[test]
    fn a_seats_list_kept_or_chosen_whole_keeps_the_selections_on_their_people() {
        let base = with_selection();
        // They removed the first seat (the app renumbers their selection); we named a deputy.
        let mut theirs = base.clone();
        crate::lists::remove(&mut theirs, SEATS, 0);
        let mut ours = base.clone();
        ours.steering_group.seats[3].deputy = "uusi varajäsen".into();
        let m = merge(Some(&base), &ours, &theirs).unwrap();
        assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
        assert_eq!(m.conflicts[0].path, "steering_group.seats");
        // Our seats kept: their selection, taken, names the same people in our list.
        assert_eq!(m.merged.steering_group.seats, ours.steering_group.seats);
        assert_eq!(printed(&m.merged), printed(&theirs));
        // Their seats chosen: their selection as it was.
        let chosen = resolve(Some(&base), &ours, &theirs, &[true]).unwrap();
        assert_eq!(chosen.steering_group.seats, theirs.steering_group.seats);
        assert_eq!(printed(&chosen), printed(&theirs));
    }

    #[test]
    fn a_selection_chosen_whole_is_renumbered_onto_the_other_side_s_seats() {
        let base = with_selection();
        // We added a seat and selected it; they removed the first seat.
        let mut ours = base.clone();
        crate::lists::push(&mut ours, SEATS, crate::model::Seat { member: "uusi".into(), ..Default::default() }, 200);
        let n = ours.steering_group.seats.len() as u32 - 1;
        for rows in ours.wording.parts.iter_mut().flat_map(|p| &mut p.blocks).filter_map(|b| match b {
            Block::Table { table: TableId::Composition, rows: Some(r) } => Some(r),
            _ => None,
        }) {
            rows.push(n);
        }
        let mut theirs = base.clone();
        crate::lists::remove(&mut theirs, SEATS, 0);
        let m = merge(Some(&base), &ours, &theirs).unwrap();
        // The seats list and each selection are offered whole, not index by index.
        assert!(m.conflicts.iter().any(|c| c.path == "steering_group.seats"));
        assert!(m.conflicts.iter().all(|c| !c.path.contains("rows[")), "{:?}", m.conflicts);
        let selections = m.conflicts.iter().filter(|c| c.path.ends_with(".rows")).count();
        assert!(selections > 0);
        assert_eq!(printed(&m.merged), printed(&ours));
        // Their seats with our selections: ours, on their list (the removed seat drops out).
        let mut choices = vec![false; m.conflicts.len()];
        choices[m.conflicts.iter().position(|c| c.path == "steering_group.seats").unwrap()] = true;
        let mixed = resolve(Some(&base), &ours, &theirs, &choices).unwrap();
        let gone = &base.steering_group.seats[0].member;
        let want: Vec<Vec<String>> =
            printed(&ours).into_iter().map(|t| t.into_iter().filter(|m| m != gone && m != "uusi").collect()).collect();
        assert_eq!(printed(&mixed), want);
        // Our seats with their selections: theirs, on our list.
        let choices: Vec<bool> = m.conflicts.iter().map(|c| c.path.ends_with(".rows")).collect();
        assert_eq!(printed(&resolve(Some(&base), &ours, &theirs, &choices).unwrap()), printed(&theirs));
    }

    #[test]
    fn the_variant_a_copy_was_sent_from_is_told_by_its_name_or_else_its_content() {
        let mut draft = AgreementFile::new(preset());
        // Sent while the draft had one variant: no name.
        let sent = draft.clone();
        assert_eq!(sent_variant(&sent, &draft), None);
        // Then a variant B was made and opened, and changed.
        draft.new_variant("B", "Vaihtoehto A");
        draft.agreement.meta.title = "B:n otsikko".into();
        assert_eq!(sent_variant(&sent, &draft), Some(0), "A is the closest");
        // With A open again, nothing to warn about.
        draft.switch_variant(0);
        assert_eq!(sent_variant(&sent, &draft), None);
        // Sent from B by name, returned while A is open: B, whatever the contents.
        let mut from_b = draft.clone();
        from_b.switch_variant(0);
        assert_eq!(from_b.variant_name, "B");
        from_b.agreement = draft.agreement.clone();
        assert_eq!(sent_variant(&from_b, &draft), Some(0));
        draft.switch_variant(0);
        assert_eq!(sent_variant(&from_b, &draft), None);
        // A name the draft has no more (renamed): by content again.
        from_b.variant_name = "B, vanha nimi".into();
        assert_eq!(sent_variant(&from_b, &draft), Some(0));
    }

    #[test]
    fn without_a_base_every_difference_is_a_conflict() {
        let base = preset();
        let mut theirs = base.clone();
        theirs.meta.title = "Heidän".into();
        let m = merge(None, &base, &theirs).unwrap();
        assert_eq!((m.taken.len(), m.conflicts.len()), (0, 1));
        assert_eq!(m.merged, base);
    }
}
