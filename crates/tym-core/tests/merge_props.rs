//! Property tests of the three-way merge of a returned copy (issue 20's bar): merging a copy with
//! itself, or with the base, changes nothing; changes on disjoint fields merge without conflicts;
//! every field both sides changed differently is offered as a conflict, and the choice decides it.
//!
//! Copies are made from the presets by changing random fields of the file's JSON (texts, numbers,
//! yes/no) and keeping only changes the file reader accepts, so every kind of field is reached.
//!
//! The steering group's seats list changed in length on a side (seats removed, added, moved, and
//! seats selected or not for a composition annex, through the app's row verbs) is merged with its
//! composition tables' selections of seats by index: whatever is chosen, each table prints the
//! people one side selected that are in the merged list, never others.

use proptest::prelude::*;
use serde_json::Value;
use tym_core::json::{At, Json};
use tym_core::lists::{self, List};
use tym_core::merge::{merge, resolve};
use tym_core::model::{Agreement, Seat};
use tym_core::presets::{self, PRESETS};
use tym_core::wording::{Block, TableId};

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

fn base(i: usize) -> Agreement {
    presets::load(PRESETS[i % PRESETS.len()].id).unwrap().agreement
}

/// Every scalar of the JSON with its steps (ids left out: changing one is not an edit users make).
fn leaves(v: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                if k == "id" || k == "kind" {
                    continue;
                }
                at.push(Step::Key(k.clone()));
                leaves(x, at, out);
                at.pop();
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                at.push(Step::Index(i));
                leaves(x, at, out);
                at.pop();
            }
        }
        _ => out.push(at.clone()),
    }
}

fn get_mut<'v>(v: &'v mut Value, steps: &[Step]) -> &'v mut Value {
    steps.iter().fold(v, |cur, s| match s {
        Step::Key(k) => &mut cur[k.as_str()],
        Step::Index(i) => &mut cur[*i],
    })
}

fn get<'v>(v: &'v Value, steps: &[Step]) -> &'v Value {
    steps.iter().fold(v, |cur, s| match s {
        Step::Key(k) => &cur[k.as_str()],
        Step::Index(i) => &cur[*i],
    })
}

/// A new value of the same type for a scalar; `tag` makes the two sides' values differ.
fn changed(v: &Value, tag: u64) -> Value {
    match v {
        Value::String(s) => Value::from(format!("{s} {tag}")),
        Value::Bool(b) => Value::from(!b),
        Value::Number(n) => Value::from(n.as_u64().unwrap_or(0) + 1 + tag % 3),
        Value::Null => Value::from(tag % 5 + 1),
        other => other.clone(),
    }
}

/// The agreement with the leaves at `picks` changed, each only if the reader accepts it; returns the
/// changed leaves.
fn edit(a: &Agreement, all: &[Vec<Step>], picks: &[usize], tag: u64) -> (Agreement, Vec<Vec<Step>>) {
    let mut v = a.write();
    let mut done = Vec::new();
    for &p in picks {
        let steps = &all[p % all.len()];
        if done.contains(steps) {
            continue;
        }
        let old = get(&v, steps).clone();
        *get_mut(&mut v, steps) = changed(&old, tag);
        if Agreement::read(&v, &At::Root).is_ok() {
            done.push(steps.clone());
        } else {
            *get_mut(&mut v, steps) = old;
        }
    }
    (Agreement::read(&v, &At::Root).unwrap(), done)
}

fn all_leaves(a: &Agreement) -> Vec<Vec<Step>> {
    let mut out = Vec::new();
    leaves(&a.write(), &mut Vec::new(), &mut out);
    out
}

fn text(steps: &[Step]) -> String {
    let mut s = String::new();
    for st in steps {
        match st {
            Step::Key(k) if s.is_empty() => s.push_str(k),
            Step::Key(k) => s.push_str(&format!(".{k}")),
            Step::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

const SEATS: List<Seat> = |a| &mut a.steering_group.seats;

/// An edit of the seats list as the app makes it (`lists` keeps the selections on their seats), or a
/// seat selected or unselected in the first composition table.
#[derive(Clone, Debug)]
enum SeatEdit {
    Remove(usize),
    Add,
    Swap(usize, usize),
    Select(usize),
}

fn seat_edit() -> impl Strategy<Value = SeatEdit> {
    prop_oneof![
        any::<usize>().prop_map(SeatEdit::Remove),
        Just(SeatEdit::Add),
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| SeatEdit::Swap(i, j)),
        any::<usize>().prop_map(SeatEdit::Select),
    ]
}

fn selections_mut(a: &mut Agreement) -> impl Iterator<Item = &mut Vec<u32>> {
    a.wording.parts.iter_mut().flat_map(|p| &mut p.blocks).filter_map(|b| match b {
        Block::Table { table: TableId::Composition, rows: Some(r) } => Some(r),
        _ => None,
    })
}

fn with_seat_edits(a: &Agreement, edits: &[SeatEdit], side: &str) -> Agreement {
    let mut a = a.clone();
    for (n, e) in edits.iter().enumerate() {
        let len = a.steering_group.seats.len();
        match *e {
            SeatEdit::Remove(i) if len > 1 => lists::remove(&mut a, SEATS, i % len),
            SeatEdit::Add => {
                let seat = Seat { member: format!("{side} {n}"), ..Seat::default() };
                lists::push(&mut a, SEATS, seat, tym_core::limits::SEATS);
            }
            SeatEdit::Swap(i, j) if len > 1 => lists::swap(&mut a, SEATS, i % len, j % len),
            SeatEdit::Select(i) if len > 0 => {
                let i = (i % len) as u32;
                if let Some(rows) = selections_mut(&mut a).next() {
                    match rows.iter().position(|&r| r == i) {
                        Some(at) => {
                            rows.remove(at);
                        }
                        None => rows.push(i),
                    }
                }
            }
            _ => {}
        }
    }
    a
}

/// Each composition table's selection (by its place in the wording) as the members it prints, sorted.
fn selected(a: &Agreement) -> Vec<((usize, usize), Vec<String>)> {
    let seats = &a.steering_group.seats;
    let mut out = Vec::new();
    for (p, part) in a.wording.parts.iter().enumerate() {
        for (k, b) in part.blocks.iter().enumerate() {
            if let Block::Table { table: TableId::Composition, rows: Some(rows) } = b {
                let mut names: Vec<String> =
                    rows.iter().filter_map(|&r| seats.get(r as usize)).map(|s| s.member.clone()).collect();
                names.sort();
                out.push(((p, k), names));
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn a_seats_list_merged_whole_keeps_every_selection_on_the_people_one_side_selected(
        mine in prop::collection::vec(seat_edit(), 0..6),
        yours in prop::collection::vec(seat_edit(), 0..6),
        choices in prop::collection::vec(any::<bool>(), 0..8),
    ) {
        // Läntinen Pirkanmaa's annex prints a selection of its seats; each member is named apart.
        let mut b = presets::load("lantinen-pirkanmaa").unwrap().agreement;
        for (i, s) in b.steering_group.seats.iter_mut().enumerate() {
            s.member = format!("jäsen {i}");
        }
        let ours = with_seat_edits(&b, &mine, "meidän");
        let theirs = with_seat_edits(&b, &yours, "heidän");
        let len = |a: &Agreement| a.steering_group.seats.len();
        // Lists of one length on every side are merged seat by seat, by position.
        prop_assume!(len(&ours) != len(&b) || len(&theirs) != len(&b));
        let merged = resolve(Some(&b), &ours, &theirs, &choices).unwrap();
        let present: Vec<&String> = merged.steering_group.seats.iter().map(|s| &s.member).collect();
        let (o, t) = (selected(&ours), selected(&theirs));
        for (at, names) in selected(&merged) {
            let want = |side: &[((usize, usize), Vec<String>)]| {
                side.iter().find(|(x, _)| *x == at).map(|(_, n)| n.iter().filter(|m| present.contains(m)).cloned().collect::<Vec<_>>())
            };
            prop_assert!(
                want(&o).as_ref() == Some(&names) || want(&t).as_ref() == Some(&names),
                "table {:?} prints {:?}; ours selects {:?}, theirs {:?}", at, names, want(&o), want(&t)
            );
        }
    }

    #[test]
    fn a_copy_merged_with_itself_or_the_base_changes_nothing(
        i in 0usize..5, picks in prop::collection::vec(any::<usize>(), 1..12)
    ) {
        let b = base(i);
        let (ours, _) = edit(&b, &all_leaves(&b), &picks, 1);
        let same = merge(Some(&b), &ours, &ours).unwrap();
        prop_assert_eq!(&same.merged, &ours);
        prop_assert!(same.taken.is_empty() && same.conflicts.is_empty());
        let with_base = merge(Some(&b), &ours, &b).unwrap();
        prop_assert_eq!(&with_base.merged, &ours);
        prop_assert!(with_base.taken.is_empty() && with_base.conflicts.is_empty());
        // The copy returned unchanged by us: theirs is taken whole, without conflicts.
        let theirs_only = merge(Some(&b), &b, &ours).unwrap();
        prop_assert_eq!(&theirs_only.merged, &ours);
        prop_assert!(theirs_only.conflicts.is_empty());
    }

    #[test]
    fn changes_on_disjoint_fields_merge_without_conflicts(
        i in 0usize..5,
        mine in prop::collection::vec(any::<usize>(), 1..10),
        yours in prop::collection::vec(any::<usize>(), 1..10),
    ) {
        let b = base(i);
        let all = all_leaves(&b);
        let (ours, changed_ours) = edit(&b, &all, &mine, 1);
        // Theirs changes only fields ours left alone.
        let free: Vec<Vec<Step>> = all.iter().filter(|s| !changed_ours.contains(s)).cloned().collect();
        let (theirs, changed_theirs) = edit(&b, &free, &yours, 2);
        let m = merge(Some(&b), &ours, &theirs).unwrap();
        prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let (merged, o, t) = (m.merged.write(), ours.write(), theirs.write());
        for s in &changed_ours {
            prop_assert_eq!(get(&merged, s), get(&o, s), "{}", text(s));
        }
        for s in &changed_theirs {
            prop_assert_eq!(get(&merged, s), get(&t, s), "{}", text(s));
        }
        let taken: Vec<&str> = m.taken.iter().map(|t| t.path.as_str()).collect();
        for s in &changed_theirs {
            prop_assert!(taken.contains(&text(s).as_str()), "{} not listed as taken", text(s));
        }
    }

    #[test]
    fn every_conflict_is_offered_and_decided_by_the_choice(
        i in 0usize..5,
        both in prop::collection::vec(any::<usize>(), 1..8),
        mine in prop::collection::vec(any::<usize>(), 0..6),
        pick_theirs in any::<bool>(),
    ) {
        let b = base(i);
        let all = all_leaves(&b);
        let mut ours_picks = both.clone();
        ours_picks.extend(&mine);
        let (ours, changed_ours) = edit(&b, &all, &ours_picks, 1);
        let (theirs, changed_theirs) = edit(&b, &all, &both, 2);
        let m = merge(Some(&b), &ours, &theirs).unwrap();
        let (o, t) = (ours.write(), theirs.write());
        let disputed: Vec<&Vec<Step>> =
            changed_theirs.iter().filter(|s| changed_ours.contains(s) && get(&o, s) != get(&t, s)).collect();
        for s in &disputed {
            let p = text(s);
            prop_assert!(
                m.conflicts.iter().any(|c| p == c.path || p.starts_with(&format!("{}.", c.path)) || p.starts_with(&format!("{}[", c.path))),
                "{} not offered: {:?}", p, m.conflicts.iter().map(|c| &c.path).collect::<Vec<_>>()
            );
        }
        // Nothing of ours is replaced without a choice; the choice decides every disputed field.
        let kept = m.merged.write();
        for s in &changed_ours {
            prop_assert_eq!(get(&kept, s), get(&o, s), "{}", text(s));
        }
        let choices = vec![pick_theirs; m.conflicts.len()];
        let chosen = resolve(Some(&b), &ours, &theirs, &choices).unwrap().write();
        for s in &disputed {
            let want = if pick_theirs { get(&t, s) } else { get(&o, s) };
            prop_assert_eq!(get(&chosen, s), want, "{}", text(s));
        }
    }
}
