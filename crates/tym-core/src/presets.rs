//! The five real agreements of shared/seeds as presets (persons' names replaced by titles; gaps and
//! contradictions of the seeds kept as they are, for the checker to report), and the blank template
//! whose sections follow Decree 388/2024 section 3.

#[cfg(any(feature = "bundled-presets", test))]
use crate::format;
use crate::format::AgreementFile;
use crate::i18n::Msg;
use crate::model::*;

pub struct Preset {
    pub id: &'static str,
    pub name: &'static str,
    pub note: Msg,
    /// The file's text. Compiled in for the command line and the tests; the browser app fetches
    /// `path()` instead, so that the five files are not part of every download.
    #[cfg(any(feature = "bundled-presets", test))]
    pub json: &'static str,
}

impl Preset {
    /// Where the app finds the file among its own static files (`crates/tym-core/presets/`, copied
    /// by Trunk and precached by the service worker).
    pub fn path(&self) -> String {
        format!("presets/{}.json", self.id)
    }
}

pub const PRESETS: &[Preset] = &[
    Preset {
        id: "keski-pohjanmaa",
        name: "Keski-Pohjanmaa",
        note: Msg::PresetKp,
        #[cfg(any(feature = "bundled-presets", test))]
        json: include_str!("../presets/keski-pohjanmaa.json"),
    },
    Preset {
        id: "lantinen-pirkanmaa",
        name: "Läntinen Pirkanmaa",
        note: Msg::PresetLp,
        #[cfg(any(feature = "bundled-presets", test))]
        json: include_str!("../presets/lantinen-pirkanmaa.json"),
    },
    Preset {
        id: "keski-uusimaa-luonnos",
        name: "Keski-Uusimaa (luonnos)",
        note: Msg::PresetKu,
        #[cfg(any(feature = "bundled-presets", test))]
        json: include_str!("../presets/keski-uusimaa-luonnos.json"),
    },
    Preset {
        id: "satakunta",
        name: "Satakunta",
        note: Msg::PresetSat,
        #[cfg(any(feature = "bundled-presets", test))]
        json: include_str!("../presets/satakunta.json"),
    },
    Preset {
        id: "etelainen-keski-suomi",
        name: "Eteläinen Keski-Suomi",
        note: Msg::PresetEsk,
        #[cfg(any(feature = "bundled-presets", test))]
        json: include_str!("../presets/etelainen-keski-suomi.json"),
    },
];

/// Loads a preset by id. The presets are tested to load, so `None` only means an unknown id.
#[cfg(any(feature = "bundled-presets", test))]
pub fn load(id: &str) -> Option<AgreementFile> {
    PRESETS.iter().find(|p| p.id == id).and_then(|p| format::load(p.json).ok())
}

/// A blank agreement with the three mandatory kinds of party and the clauses every agreement needs
/// (Decree 388/2024 3 §), ready to fill in. The employment authority and the county start without
/// names, so their name fields are empty to type in: every output shows them as their kind with a
/// note ("Työvoimaviranomainen (nimi puuttuu)", `model::PartyName`) and R24 asks for the names; their
/// ids ("ea", "wc", "kela") stay internal.
pub fn blank() -> AgreementFile {
    let party = |id: &str, kind, fi: &str, sv: &str| Party {
        id: id.into(),
        kind,
        name_fi: fi.into(),
        name_sv: sv.into(),
        ..Default::default()
    };
    let mut a = Agreement::default();
    a.meta.title = "Uusi sopimus".into();
    a.parties = vec![
        party("ea", PartyKind::EmploymentAuthority, "", ""),
        party("wc", PartyKind::WellbeingCounty, "", ""),
        Party {
            business_id: "0246246-0".into(),
            ..party("kela", PartyKind::Kela, "Kansaneläkelaitos", "Folkpensionsanstalten")
        },
    ];
    a.steering_group.set_by = Some("ea".into());
    a.objectives.set_annually = true;
    a.objectives.national_considered = NationalObjective::ALL.to_vec();
    a.arrangement.in_person = true;
    a.arrangement.remote = true;
    a.staffing.reviewed_yearly = true;
    a.staffing.amended_on_change = true;
    a.lead_person.named_by = Some("ea".into());
    a.lead_person.approved_by_steering_group = true;
    a.lead_person.tasks = LeadTask::REQUIRED.to_vec();
    a.costs.own_staff_costs_own = true;
    a.client_data.joint_controllers = true;
    a.client_data.privacy_notice_annex = true;
    a.validity.reviewed_yearly = true;
    a.validity.annexes_by_steering_group = true;
    a.validity.amendment_in_writing = true;
    a.validity.termination = Termination {
        allowed: Some(true),
        notice_months: Some(6),
        effect: TerminationEffect::EndOfYear,
        written: true,
        own_part: false,
    };
    a.validity.dispute.negotiation_first = true;
    a.signatures.copies = Some(3);
    AgreementFile::new(a)
}
