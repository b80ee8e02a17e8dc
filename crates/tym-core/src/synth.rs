//! A large synthetic agreement for benchmarks and performance tests: 300 staff rows, 60 municipalities
//! in 6 sub-areas, 4 employment authorities and 2 counties (plus Kela), 20 cost items, 40 seats and
//! 5 variants. Deterministic: the same call gives the same agreement.

use crate::format::{AgreementFile, Variant};
use crate::model::*;
use crate::num::Dec;

/// A small deterministic generator (an LCG is enough: the data only has to look varied).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

pub fn large_agreement() -> Agreement {
    let mut rng = Lcg(2025);
    let mut a = crate::presets::blank().agreement;
    a.meta.title = "Synteettinen suuri sopimus".into();
    a.meta.area_name = "Testimaakunta".into();
    a.parties.clear();
    for i in 1..=4 {
        a.parties.push(Party {
            id: format!("ea{i}"),
            kind: PartyKind::EmploymentAuthority,
            name_fi: format!("Työllisyysalue {i}"),
            lead_municipality: format!("Kunta {}", (i - 1) * 15 + 1),
            ..Default::default()
        });
    }
    for i in 1..=2 {
        a.parties.push(Party {
            id: format!("wc{i}"),
            kind: PartyKind::WellbeingCounty,
            name_fi: format!("Hyvinvointialue {i}"),
            ..Default::default()
        });
    }
    a.parties.push(Party {
        id: "kela".into(),
        kind: PartyKind::Kela,
        name_fi: "Kansaneläkelaitos".into(),
        business_id: "0246246-0".into(),
        ..Default::default()
    });
    a.steering_group.authorities_agreed = true;
    a.steering_group.set_by = Some("ea1".into());
    a.area.sub_areas = (1..=6)
        .map(|i| SubArea { id: format!("s{i}"), name: format!("Osa-alue {i}"), clients: Some(200 + rng.next(300)) })
        .collect();
    a.area.municipalities = (1..=60)
        .map(|i| Municipality {
            name: format!("Kunta {i}"),
            authority: Some(format!("ea{}", (i - 1) / 15 + 1)),
            sub_area: Some(format!("s{}", (i - 1) / 10 + 1)),
            population: Some(1_000 + rng.next(40_000)),
            clients: Some(5 + rng.next(120)),
        })
        .collect();
    let ids: Vec<String> = a.parties.iter().map(|p| p.id.clone()).collect();
    let sectors = [Sector::Employment, Sector::Social, Sector::Health, Sector::Rehabilitation];
    a.staffing.rows = (0..300)
        .map(|i| {
            let party = ids[i % ids.len()].clone();
            let persons = 1 + rng.next(3) as u32;
            StaffRow {
                party,
                sub_area: Some(format!("s{}", i % 6 + 1)),
                role: format!("Tehtävä {}", i % 17),
                sector: sectors[i % sectors.len()],
                persons: Some(persons),
                fte: Some(Dec((rng.next(1000) as i64 + 1) * i64::from(persons))),
                cost_per_fte: Some(5_000_000 + rng.next(2_000_000) as i64),
            }
            .into()
        })
        .collect();
    a.staffing.clients_estimate = Some(3_000);
    a.staffing.max_clients_per_fte = Some(Dec(40_000));
    a.steering_group.seats = (0..40)
        .map(|i| Seat {
            party: Some(ids[i % ids.len()].clone()),
            organisation: format!("Organisaatio {i}"),
            sector: sectors[i % sectors.len()],
            role: match i {
                0 => SeatRole::Chair,
                4 => SeatRole::ViceChair,
                _ => SeatRole::Member,
            },
            member: format!("jäsen {i}"),
            deputy: format!("varajäsen {i}"),
        })
        .collect();
    a.costs.participants = ids.iter().map(|id| PartyCount { party: id.clone(), count: 3 + rng.next(20) }).collect();
    a.costs.kela_participation = "Kela osallistuu kehittämispäiviin osallistujamäärän mukaan.".into();
    a.costs.override_recorded = true;
    a.costs.items = (0..20)
        .map(|i| CostItem {
            name: format!("Kustannuserä {}", i + 1),
            amount: 1_000_000 + rng.next(50_000_000) as i64,
            rule: match i % 5 {
                0 => SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] },
                1 => SplitRule::ByStaff { basis: StaffBasis::Persons, parties: vec![] },
                2 => SplitRule::ByParticipants { counts: a.costs.participants.clone() },
                3 => SplitRule::Equal { parties: ids.clone() },
                _ => SplitRule::OnePayer { party: "ea1".into() },
            },
            sub_splits: if i % 4 == 0 {
                vec![SubSplit { party: "ea1".into(), rule: SubSplitRule::Population }]
            } else {
                vec![]
            },
        })
        .collect();
    a.validity.dispute.court = "Helsingin hallinto-oikeus".into();
    a.signatures.copies = Some(7);
    a.signatures.signatories = ids
        .iter()
        .map(|id| Signatory { party: Some(id.clone()), title: "johtaja".into(), name: String::new() })
        .collect();
    // Own wording in every section, as an agreement the parties have worded, with live fields.
    a.wording.parts = crate::wording::template();
    for p in a.wording.parts.iter_mut().filter(|p| p.kind == crate::wording::PartKind::Section) {
        p.blocks.insert(
            0,
            crate::wording::Block::own(
                crate::wording::Style::Paragraph,
                "{{party:ea1}} ja {{party:wc1}} sopivat tämän kohdan yksityiskohdista yhteistoimintamallin johtoryhmässä; henkilöstöä on yhteensä {{fte}} htv.",
            ),
        );
    }
    a
}

/// The large agreement with 5 variants that differ in staff and split basis.
pub fn large_file() -> AgreementFile {
    let base = large_agreement();
    let mut f = AgreementFile::new(base.clone());
    f.variants = (1..=5)
        .map(|v| {
            let mut a = base.clone();
            for (i, r) in a.staffing.rows.iter_mut().enumerate() {
                if i % (v + 2) == 0 {
                    r.fte = r.fte.map(|f| Dec(f.0 + 100 * v as i64));
                }
            }
            if v % 2 == 0 {
                for item in &mut a.costs.items {
                    if let SplitRule::ByStaff { basis, .. } = &mut item.rule {
                        *basis = StaffBasis::Persons;
                    }
                }
            }
            Variant { name: format!("Vaihtoehto {v}"), agreement: std::rc::Rc::new(a) }
        })
        .collect();
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_agreement_has_the_promised_size_and_splits() {
        let f = large_file();
        let a = &f.agreement;
        assert_eq!(a.staffing.rows.len(), 300);
        assert_eq!(a.area.municipalities.len(), 60);
        assert_eq!(a.area.sub_areas.len(), 6);
        assert_eq!(a.parties_of(PartyKind::EmploymentAuthority).count(), 4);
        assert_eq!(a.parties_of(PartyKind::WellbeingCounty).count(), 2);
        assert_eq!(a.costs.items.len(), 20);
        assert_eq!(a.steering_group.seats.len(), 40);
        assert_eq!(f.variants.len(), 5);
        let report = crate::split::split_all(a, crate::split::BasisChoice::AsAgreed);
        assert!(report.items.iter().all(|r| r.is_ok()));
        assert_eq!(crate::format::load(&crate::format::save(&f)).unwrap(), f);
    }
}
