//! The worked cases of shared/domain/cost-split-vectors.md and property tests of the allocation.

use proptest::prelude::*;
use tym_core::model::*;
use tym_core::num::Dec;
use tym_core::shared::Shared;
use tym_core::split::{allocate, split_item, BasisChoice, SplitError};

fn party(id: &str, kind: PartyKind) -> Party {
    Party { id: id.into(), kind, name_fi: id.into(), ..Default::default() }
}

fn row(party: &str, persons: u32, fte_milli: i64) -> Shared<StaffRow> {
    StaffRow { party: party.into(), persons: Some(persons), fte: Some(Dec(fte_milli)), ..Default::default() }.into()
}

fn three_parties() -> Agreement {
    Agreement {
        parties: vec![
            party("ea", PartyKind::EmploymentAuthority),
            party("wc", PartyKind::WellbeingCounty),
            party("kela", PartyKind::Kela),
        ],
        ..Default::default()
    }
}

fn cents_of(a: &Agreement, item: CostItem) -> Vec<i64> {
    split_item(a, &item, BasisChoice::AsAgreed).unwrap().shares.iter().map(|s| s.cents).collect()
}

fn item(amount: i64, rule: SplitRule) -> CostItem {
    CostItem { name: "x".into(), amount, rule, sub_splits: vec![] }
}

#[test]
fn v1_lead_person_by_fte_excludes_kela() {
    let mut a = three_parties();
    a.staffing.rows = vec![row("ea", 2, 1500), row("wc", 4, 2255), row("kela", 1, 800)];
    let it = item(7_840_000, SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] });
    assert_eq!(cents_of(&a, it), vec![3_131_824, 4_708_176]);
}

#[test]
fn v2_development_day_by_participants_includes_kela() {
    let a = three_parties();
    let counts = [("ea", 10), ("wc", 13), ("kela", 1)]
        .iter()
        .map(|(p, c)| PartyCount { party: (*p).into(), count: *c })
        .collect();
    assert_eq!(cents_of(&a, item(300_000, SplitRule::ByParticipants { counts })), vec![125_000, 162_500, 12_500]);
}

#[test]
fn development_days_without_counts_yet_are_stated_but_not_divided() {
    let a = three_parties();
    let s =
        split_item(&a, &item(300_000, SplitRule::ByParticipants { counts: vec![] }), BasisChoice::AsAgreed).unwrap();
    assert!(s.shares.is_empty());
    assert_eq!(s.total, 300_000);
    // A count of zero for every party given is still an error: nobody pays.
    let zero = vec![PartyCount { party: "ea".into(), count: 0 }];
    let r = split_item(&a, &item(300_000, SplitRule::ByParticipants { counts: zero }), BasisChoice::AsAgreed);
    assert_eq!(r, Err(SplitError::AllWeightsZero));
}

#[test]
fn v3_persons_and_fte_readings_differ() {
    let mut a = three_parties();
    a.staffing.rows = vec![row("ea", 10, 5200), row("wc", 15, 6000)];
    let persons = item(5_000_000, SplitRule::ByStaff { basis: StaffBasis::Persons, parties: vec![] });
    assert_eq!(cents_of(&a, persons.clone()), vec![2_000_000, 3_000_000]);
    let fte = item(5_000_000, SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] });
    assert_eq!(cents_of(&a, fte), vec![2_321_429, 2_678_571]);
    // The override turns the persons item into the FTE reading.
    let s = split_item(&a, &persons, BasisChoice::Override(StaffBasis::Fte)).unwrap();
    assert_eq!(s.shares[0].cents, 2_321_429);
}

#[test]
fn v4_equal_among_three_gives_the_odd_cent_to_the_first() {
    let a = three_parties();
    let it = item(10_000, SplitRule::Equal { parties: vec!["ea".into(), "wc".into(), "kela".into()] });
    assert_eq!(cents_of(&a, it), vec![3_334, 3_333, 3_333]);
}

#[test]
fn v5_one_authority_two_counties() {
    let mut a = Agreement {
        parties: vec![
            party("ea", PartyKind::EmploymentAuthority),
            party("ks", PartyKind::WellbeingCounty),
            party("pir", PartyKind::WellbeingCounty),
            party("kela", PartyKind::Kela),
        ],
        ..Default::default()
    };
    a.staffing.rows = vec![row("ea", 4, 4000), row("ks", 3, 2500), row("pir", 1, 500)];
    let it = item(1_000_000, SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] });
    assert_eq!(cents_of(&a, it), vec![571_429, 357_143, 71_428]);
}

#[test]
fn v6_one_cent_goes_to_the_first_party() {
    let mut a = three_parties();
    a.staffing.rows = vec![row("ea", 1, 1000), row("wc", 1, 1000)];
    let it = item(1, SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] });
    assert_eq!(cents_of(&a, it), vec![1, 0]);
}

#[test]
fn v7_sub_split_by_population() {
    let mut a = three_parties();
    a.staffing.rows = vec![row("ea", 2, 1500), row("wc", 4, 2255)];
    a.area.municipalities = [
        ("Sastamala", 23_800),
        ("Punkalaidun", 2_700),
        ("Hämeenkyrö", 10_400),
        ("Ikaalinen", 6_800),
        ("Parkano", 6_200),
        ("Kihniö", 1_800),
    ]
    .iter()
    .map(|(n, p)| Municipality { name: (*n).into(), population: Some(*p), ..Default::default() })
    .collect();
    let mut it = item(7_840_000, SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] });
    it.sub_splits = vec![SubSplit { party: "ea".into(), rule: SubSplitRule::Population }];
    let s = split_item(&a, &it, BasisChoice::AsAgreed).unwrap();
    let sub = s.sub_splits[0].as_ref().unwrap();
    let got: Vec<i64> = sub.shares.iter().map(|m| m.cents).collect();
    assert_eq!(got, vec![1_441_729, 163_558, 629_999, 411_923, 375_577, 109_038]);
}

#[test]
fn edge_cases_answer_with_errors() {
    let mut a = three_parties();
    let zero = item(100, SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] });
    assert_eq!(split_item(&a, &zero, BasisChoice::AsAgreed), Err(SplitError::AllWeightsZero));
    assert_eq!(
        split_item(&a, &item(-1, SplitRule::Equal { parties: vec!["ea".into()] }), BasisChoice::AsAgreed),
        Err(SplitError::Negative)
    );
    let unknown = item(100, SplitRule::OnePayer { party: "ministry".into() });
    assert_eq!(
        split_item(&a, &unknown, BasisChoice::AsAgreed),
        Err(SplitError::UnknownParty { party: "ministry".into() })
    );
    assert_eq!(
        split_item(&a, &item(100, SplitRule::Equal { parties: vec![] }), BasisChoice::AsAgreed),
        Err(SplitError::NoParties)
    );
    let huge = item(tym_core::num::MAX_CENTS + 1, SplitRule::Equal { parties: vec!["ea".into()] });
    assert_eq!(split_item(&a, &huge, BasisChoice::AsAgreed), Err(SplitError::TooLarge));
    let pct =
        item(100, SplitRule::FixedPercent { shares: vec![PartyShare { party: "ea".into(), percent: Dec(90_000) }] });
    assert_eq!(split_item(&a, &pct, BasisChoice::AsAgreed), Err(SplitError::PercentSum { milli: 90_000 }));
    a.staffing.rows = vec![row("ea", 1, -5)];
    let neg = item(100, SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] });
    assert_eq!(split_item(&a, &neg, BasisChoice::AsAgreed), Err(SplitError::Negative));
    // Every error has a message in every language.
    for l in tym_core::Lang::ALL {
        assert!(SplitError::AllWeightsZero.message(l, "x").contains('x'));
    }
}

proptest! {
    #[test]
    fn shares_add_up_and_stay_within_a_cent(total in 0i64..10_000_000_000, weights in prop::collection::vec(0u128..1_000_000, 1..12)) {
        prop_assume!(weights.iter().any(|w| *w > 0));
        let shares = allocate(total, &weights).unwrap();
        prop_assert_eq!(shares.iter().sum::<i64>(), total);
        let sum: u128 = weights.iter().sum();
        for (s, w) in shares.iter().zip(&weights) {
            prop_assert!(*s >= 0);
            let exact_floor = (total as u128 * w / sum) as i64;
            prop_assert!(*s == exact_floor || *s == exact_floor + 1);
        }
    }

    #[test]
    fn reordering_weights_reorders_shares_up_to_tie_cents(total in 0i64..1_000_000_000, weights in prop::collection::vec(1u128..10_000, 2..8)) {
        let forward = allocate(total, &weights).unwrap();
        let rev_w: Vec<u128> = weights.iter().rev().cloned().collect();
        let mut backward = allocate(total, &rev_w).unwrap();
        backward.reverse();
        for (f, b) in forward.iter().zip(&backward) {
            prop_assert!((f - b).abs() <= 1);
        }
        // Without equal weights there are no ties, so the shares are identical.
        let mut sorted = weights.clone();
        sorted.sort();
        sorted.dedup();
        if sorted.len() == weights.len() {
            let total_sum: u128 = weights.iter().sum();
            let rems: Vec<u128> = weights.iter().map(|w| total as u128 * w % total_sum).collect();
            let mut r = rems.clone();
            r.sort();
            r.dedup();
            if r.len() == rems.len() {
                prop_assert_eq!(forward, backward);
            }
        }
    }
}
