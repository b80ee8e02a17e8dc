//! Sums of money, FTE and counts never wrap or panic (issue 17, item 3): an agreement built past every
//! limit of the file format — the loader refuses such a file, but the model can still be made in
//! code — goes through the split, the checker, the comparison, the text and the redline, and a sum
//! that does not fit is an error with a message.

use tym_core::check::check;
use tym_core::compare::figures;
use tym_core::model::*;
use tym_core::num::{Dec, MAX_CENTS};
use tym_core::split::{split_all, BasisChoice, SplitError};
use tym_core::Lang;

fn base() -> Agreement {
    tym_core::presets::load("lantinen-pirkanmaa").unwrap().agreement
}

#[test]
fn common_costs_past_i64_are_an_error_not_a_wrapped_total() {
    let mut a = base();
    let payer = a.parties[0].id.clone();
    // 10^14 cents each: the 93rd thousand passes i64::MAX.
    a.costs.items = (0..100_000)
        .map(|i| CostItem {
            name: format!("erä {i}"),
            amount: MAX_CENTS,
            rule: SplitRule::OnePayer { party: payer.clone() },
            sub_splits: vec![],
        })
        .collect();
    let r = split_all(&a, BasisChoice::AsAgreed);
    let too_large = r.items.iter().filter(|i| matches!(i, Err(SplitError::SumTooLarge))).count();
    assert!(too_large > 0);
    assert_eq!(r.common_total, (100_000 - too_large as i64) * MAX_CENTS);
    assert_eq!(r.totals[0].common, r.common_total);
    let m = SplitError::SumTooLarge.message(Lang::Fi, "erä 99999");
    assert!(m.contains("erä 99999"), "{m}");
    // The checker reports them (R15) rather than aborting.
    let findings = check(&a);
    assert!(findings.iter().any(|f| f.rule == "R15"));
}

#[test]
fn fte_persons_and_percent_sums_past_their_types_do_not_panic() {
    let mut a = base();
    let id = a.parties[0].id.clone();
    a.staffing.rows = (0..4)
        .map(|_| {
            StaffRow {
                party: id.clone(),
                fte: Some(Dec(i64::MAX / 2)),
                persons: Some(u32::MAX),
                cost_per_fte: Some(i64::MAX),
                ..Default::default()
            }
            .into()
        })
        .collect();
    a.staffing.stated_totals = vec![StatedTotal { party: id.clone(), fte: Dec(i64::MIN), ..Default::default() }];
    a.staffing.clients_estimate = Some(u64::MAX);
    a.costs.items = vec![
        CostItem {
            name: "prosentit".into(),
            amount: 100,
            rule: SplitRule::FixedPercent {
                shares: vec![
                    PartyShare { party: id.clone(), percent: Dec(i64::MAX) },
                    PartyShare { party: id.clone(), percent: Dec(i64::MAX) },
                ],
            },
            sub_splits: vec![],
        },
        CostItem { name: "htv".into(), amount: MAX_CENTS, ..Default::default() },
    ];
    assert_eq!(a.checked_party_fte(&id), None);
    assert_eq!(a.checked_total_fte(), None);
    assert_eq!(a.party_fte(&id), Dec(i64::MAX), "saturates, never wraps to a negative FTE");
    let r = split_all(&a, BasisChoice::AsAgreed);
    assert_eq!(r.items[0], Err(SplitError::TooLarge));
    assert_eq!(r.totals[0].own_staff, i64::MAX);
    let _ = check(&a);
    let _ = figures(&a, tym_core::Lang::Fi);
    let doc = tym_core::text::generate(&a, Lang::Fi);
    let _ = tym_core::docx::to_docx(&doc);
    let _ = tym_core::diff::diff(&a, &base());
}

#[test]
fn a_redline_of_huge_paragraphs_is_bounded() {
    let words: Vec<String> = (0..40_000).map(|i| format!("w{}", i % 1000)).collect();
    let old = words.join(" ");
    let new: String = words.iter().rev().cloned().collect::<Vec<_>>().join(" ");
    let t0 = std::time::Instant::now();
    let r = tym_core::diff::redline(&old, &new);
    let budget = if cfg!(debug_assertions) { 5000 } else { 500 };
    assert!(t0.elapsed().as_millis() < budget, "{} ms", t0.elapsed().as_millis());
    assert_eq!(r.len(), 1);
    // A one-word change in the middle of a long paragraph is still marked word by word.
    let mut changed = words.clone();
    changed[20_000] = "UUSI".into();
    let r = tym_core::diff::redline(&old, &changed.join(" "));
    let marked: usize = r[0].iter().filter(|x| !matches!(x, tym_core::diff::Redline::Same(_))).count();
    assert_eq!(marked, 2, "one deleted and one inserted word");
}
