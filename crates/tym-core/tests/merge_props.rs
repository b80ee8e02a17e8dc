//! Property tests of the three-way merge of a returned copy (issue 20's bar): merging a copy with
//! itself, or with the base, changes nothing; changes on disjoint fields merge without conflicts;
//! every field both sides changed differently is offered as a conflict, and the choice decides it.
//!
//! Copies are made from the presets by changing random fields of the file's JSON (texts, numbers,
//! yes/no) and keeping only changes the file reader accepts, so every kind of field is reached.

use proptest::prelude::*;
use serde_json::Value;
use tym_core::json::{At, Json};
use tym_core::merge::{merge, resolve};
use tym_core::model::Agreement;
use tym_core::presets::{self, PRESETS};

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

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

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
