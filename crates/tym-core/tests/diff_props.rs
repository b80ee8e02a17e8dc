//! Property tests of the comparison: an agreement compared with itself has no differences, and taking
//! over all of B's differences into A yields B.

use proptest::prelude::*;
use tym_core::diff::{apply, apply_all, diff};
use tym_core::model::*;
use tym_core::num::Dec;
use tym_core::presets::{self, PRESETS};

fn base(i: usize) -> Agreement {
    if i < PRESETS.len() {
        presets::load(PRESETS[i].id).unwrap().agreement
    } else {
        presets::blank().agreement
    }
}

/// A few random edits of the kinds users make.
fn mutate(mut a: Agreement, ops: &[(u8, u16)]) -> Agreement {
    for &(op, n) in ops {
        let n = n as usize;
        match op % 7 {
            0 => a.meta.title = format!("Otsikko {n}"),
            1 => a
                .staffing
                .rows
                .push(StaffRow { party: "ea".into(), fte: Some(Dec(n as i64)), ..Default::default() }.into()),
            2 => {
                if !a.staffing.rows.is_empty() {
                    let i = n % a.staffing.rows.len();
                    a.staffing.rows[i].fte = Some(Dec(n as i64 * 5));
                }
            }
            3 => {
                if !a.staffing.rows.is_empty() {
                    let i = n % a.staffing.rows.len();
                    a.staffing.rows.remove(i);
                }
            }
            4 => a.costs.items.push(CostItem {
                name: format!("Erä {n}"),
                amount: n as i64 * 100,
                rule: if n % 2 == 0 {
                    SplitRule::Equal { parties: vec!["ea".into()] }
                } else {
                    SplitRule::OnePayer { party: "wc".into() }
                },
                sub_splits: vec![],
            }),
            5 => {
                if let Some(item) = a.costs.items.first_mut() {
                    item.rule = SplitRule::ByStaff { basis: StaffBasis::Persons, parties: vec![] };
                }
            }
            _ => a.validity.termination.notice_months = Some(n as u32 % 13),
        }
    }
    a
}

proptest! {
    #[test]
    fn an_agreement_has_no_differences_with_itself(i in 0usize..6, ops in prop::collection::vec((any::<u8>(), any::<u16>()), 0..8)) {
        let a = mutate(base(i), &ops);
        prop_assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn taking_over_all_differences_yields_the_other(i in 0usize..6, j in 0usize..6,
            oa in prop::collection::vec((any::<u8>(), any::<u16>()), 0..6),
            ob in prop::collection::vec((any::<u8>(), any::<u16>()), 0..6)) {
        let a = mutate(base(i), &oa);
        let b = mutate(base(j), &ob);
        let d = diff(&a, &b);
        let mut c = a.clone();
        prop_assert!(apply_all(&mut c, &d));
        prop_assert_eq!(&c, &b);
        // One at a time reaches the same end.
        let mut e = a.clone();
        for x in &d {
            prop_assert!(apply(&mut e, x), "{}", x.path);
        }
        prop_assert_eq!(e, b);
    }
}
