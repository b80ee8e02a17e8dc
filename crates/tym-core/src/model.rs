//! The agreement as data: every section of a TYM cooperation agreement (Act 381/2023, Decree 388/2024)
//! as the five real agreements word them.
//!
//! Design choices that every other module relies on:
//! - A missing fact is representable (empty string, `None`, empty list): real agreements leave things
//!   out, and the checker, not the model, reports it.
//! - Parties are referred to by their stable `id`, never by index, so reordering never rewires rules.
//! - Person names are optional everywhere; a seat or signatory is identified by its title.
//! - The document's wording is data too (`wording`, see `crate::wording`): the sections hold the facts,
//!   the wording says where and how the document states them.

use crate::num::{Cents, Dec};
use crate::shared::Shared;
use crate::{json_names, json_struct, json_tagged};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

/// Stable identifier of a party within one agreement (for example "ea", "wc1", "kela").
pub type PartyId = String;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Agreement {
    pub meta: Meta,
    /// Section 2.
    pub parties: Vec<Party>,
    /// Section 3.
    pub area: Area,
    /// Section 4.
    pub steering_group: SteeringGroup,
    /// Section 5.
    pub objectives: Objectives,
    /// Section 6.
    pub arrangement: Arrangement,
    /// Section 7.
    pub services: Services,
    /// Section 8.
    pub staffing: Staffing,
    /// Section 9.
    pub lead_person: LeadPerson,
    /// Section 10.
    pub costs: Costs,
    /// Section 11.
    pub client_data: ClientData,
    /// Section 12.
    pub validity: Validity,
    pub signatures: Signatures,
    /// The document: its parts in order, each a list of generated clauses, own wording and tables.
    pub wording: crate::wording::Wording,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Meta {
    /// Title of this draft in the user's library, e.g. "Läntinen Pirkanmaa 2026".
    pub title: String,
    /// Name of the cooperation area as the agreement words it.
    pub area_name: String,
    pub status: Status,
    /// Language of the official document.
    pub document_language: DocLang,
    /// Where the preset came from, if it is one.
    pub source: String,
    /// The date of this version of the text, in every page's running header.
    #[serde(serialize_with = "crate::num::iso_date::serialize")]
    #[schemars(with = "Option<NaiveDate>")]
    pub version_date: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Draft,
    Signed,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocLang {
    #[default]
    Fi,
    Sv,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// Työvoimaviranomainen: a municipality or an employment area led by its lead municipality.
    #[default]
    EmploymentAuthority,
    /// Hyvinvointialue.
    WellbeingCounty,
    /// Kansaneläkelaitos.
    Kela,
    /// A member municipality of an employment area that signs in its own name.
    Municipality,
}

impl PartyKind {
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            PartyKind::EmploymentAuthority => Msg::KindEmploymentAuthority,
            PartyKind::WellbeingCounty => Msg::KindWellbeingCounty,
            PartyKind::Kela => Msg::KindKela,
            PartyKind::Municipality => Msg::KindMunicipality,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Party {
    pub id: PartyId,
    pub kind: PartyKind,
    pub name_fi: String,
    pub name_sv: String,
    /// Y-tunnus, "1234567-1"; validated by `business_id::validate`.
    pub business_id: String,
    pub address: String,
    pub contact: String,
    /// For an employment area: the lead municipality (vastuukunta).
    pub lead_municipality: String,
}

impl Party {
    /// The party has a name in Finnish or Swedish.
    pub fn has_name(&self) -> bool {
        !self.name_fi.trim().is_empty() || !self.name_sv.trim().is_empty()
    }
}

/// A party as every output names it (`Agreement::party_label`), worded in the reader's language by
/// `show`: its name, or for a party without one its kind with a note, so that no output shows the
/// party's internal id. Findings carry it to word it in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartyName {
    /// The names as given; the other language's name stands in for an empty one.
    Named { fi: String, sv: String },
    /// No name in either language: "Hyvinvointialue 2 (nimi puuttuu)", numbered when several
    /// parties of the kind have no name.
    Unnamed { kind: PartyKind, number: Option<usize> },
    /// A reference to no party of the agreement (R0 reports it).
    Unknown,
}

impl PartyName {
    pub fn show(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{Lang, Msg};
        match self {
            PartyName::Named { fi, sv } if lang == Lang::Sv && !sv.trim().is_empty() => sv.clone(),
            PartyName::Named { fi, sv } => if fi.trim().is_empty() { sv } else { fi }.clone(),
            PartyName::Unnamed { kind, number } => {
                let kind = lang.t(kind.label());
                let kind = number.map_or_else(|| kind.to_string(), |n| format!("{kind} {n}"));
                lang.fmt(Msg::DocUnnamedParty, &[&kind])
            }
            PartyName::Unknown => lang.fmt(Msg::DocFieldMissing, &[lang.t(Msg::UiParty)]),
        }
    }
}

/// In machine-readable output (a split error in `tym split --json`), the Finnish name.
impl Serialize for PartyName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.show(crate::i18n::Lang::Fi))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Area {
    pub municipalities: Vec<Municipality>,
    pub sub_areas: Vec<SubArea>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Municipality {
    pub name: String,
    /// The employment authority the municipality belongs to (party id), if more than one exists.
    pub authority: Option<PartyId>,
    pub sub_area: Option<String>,
    pub population: Option<u64>,
    pub clients: Option<u64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct SubArea {
    pub id: String,
    pub name: String,
    pub clients: Option<u64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    Social,
    Health,
    #[default]
    Employment,
    Rehabilitation,
    Other,
}

impl Sector {
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            Sector::Social => Msg::SectorSocial,
            Sector::Health => Msg::SectorHealth,
            Sector::Employment => Msg::SectorEmployment,
            Sector::Rehabilitation => Msg::SectorRehabilitation,
            Sector::Other => Msg::SectorOther,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SeatRole {
    Chair,
    ViceChair,
    #[default]
    Member,
    Secretary,
    /// Present with the right to speak (lead person, experts).
    Expert,
}

impl SeatRole {
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            SeatRole::Chair => Msg::RoleChair,
            SeatRole::ViceChair => Msg::RoleViceChair,
            SeatRole::Member => Msg::RoleMember,
            SeatRole::Secretary => Msg::RoleSecretary,
            SeatRole::Expert => Msg::RoleExpert,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Decision {
    /// The deciding body, e.g. "Sastamalan kaupungin työllisyyslautakunta".
    pub body: String,
    #[serde(serialize_with = "crate::num::iso_date::serialize")]
    #[schemars(with = "Option<NaiveDate>")]
    pub date: Option<NaiveDate>,
    /// Section of the minutes, e.g. "6 §".
    pub section: String,
    /// The party the decision itself has choose the chair, as its wording says (an employment
    /// authority's board "valitsee puheenjohtajaksi …"); `None` when the decision does not say. Kept
    /// apart from `SteeringGroup::chair_named_by` (what the agreement says), so that a decision
    /// annexed to the agreement can be compared with its section (rule R25).
    pub chair_named_by: Option<PartyId>,
    /// The party the decision has choose the vice-chair (388/2024 1 § 3 mom.: the county names it).
    pub vice_chair_named_by: Option<PartyId>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct SteeringGroup {
    /// The employment authority that sets the group.
    pub set_by: Option<PartyId>,
    /// With several employment authorities: they have agreed which one sets the group and names the
    /// chair and the lead person (381/2023 9 §).
    pub authorities_agreed: bool,
    /// The party that names the chair (388/2024 1 § 3 mom.: the employment authority), as the
    /// agreement records it.
    pub chair_named_by: Option<PartyId>,
    /// The party that names the vice-chair (388/2024 1 § 3 mom.: the wellbeing services county).
    pub vice_chair_named_by: Option<PartyId>,
    pub decision: Decision,
    #[serde(serialize_with = "crate::num::iso_date::serialize")]
    #[schemars(with = "Option<NaiveDate>")]
    pub term_start: Option<NaiveDate>,
    #[serde(serialize_with = "crate::num::iso_date::serialize")]
    #[schemars(with = "Option<NaiveDate>")]
    pub term_end: Option<NaiveDate>,
    /// The term in years as the agreement words it ("asetetaan viideksi vuodeksi") when it gives no dates.
    pub term_years: Option<u32>,
    pub seats: Vec<Seat>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Seat {
    /// The party whose representative this is; `None` for organisations that are not parties.
    pub party: Option<PartyId>,
    /// Organisation or unit as written, e.g. "Sastamalan kaupunki, Kihniö".
    pub organisation: String,
    pub sector: Sector,
    pub role: SeatRole,
    /// Member's title (and name, if the user adds one).
    pub member: String,
    /// Personal deputy's title or name; empty means none is named.
    pub deputy: String,
}

/// The six categories of national employment objectives, Act 380/2023 section 21.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NationalObjective {
    ServiceDelivery,
    LabourAvailability,
    Cooperation,
    Development,
    DigitalServices,
    Other,
}

impl NationalObjective {
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            NationalObjective::ServiceDelivery => Msg::ObjServiceDelivery,
            NationalObjective::LabourAvailability => Msg::ObjLabourAvailability,
            NationalObjective::Cooperation => Msg::ObjCooperation,
            NationalObjective::Development => Msg::ObjDevelopment,
            NationalObjective::DigitalServices => Msg::ObjDigitalServices,
            NationalObjective::Other => Msg::ObjOther,
        }
    }

    pub const ALL: [NationalObjective; 6] = [
        NationalObjective::ServiceDelivery,
        NationalObjective::LabourAvailability,
        NationalObjective::Cooperation,
        NationalObjective::Development,
        NationalObjective::DigitalServices,
        NationalObjective::Other,
    ];
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Objectives {
    /// The steering group sets the objectives yearly (388/2024 2 §).
    pub set_annually: bool,
    pub national_considered: Vec<NationalObjective>,
    /// Objectives agreed for the area, one per entry.
    pub items: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Arrangement {
    /// In person at local service points.
    pub in_person: bool,
    /// Remotely: phone, video, web services.
    pub remote: bool,
    /// Whose premises are used, as written.
    pub premises: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Services {
    pub entries: Vec<ServiceEntry>,
    pub youth_one_stop: YouthOneStop,
    /// With the youth service included: the person agreed to coordinate it (381/2023 16 § 3 mom.).
    pub youth_coordinator: String,
    /// With the youth service included: how its costs are split, as worded (381/2023 16 § 3 mom.).
    pub youth_cost_split: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct ServiceEntry {
    pub party: Option<PartyId>,
    pub service: String,
}

/// The youth service, "nuorten työllistymistä edistävä monialaisen tuen yhteispalvelu" (Ohjaamo),
/// 381/2023 16 §.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum YouthOneStop {
    #[default]
    NotStated,
    Included,
    SeparateAgreement,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Staffing {
    // Shared with the agreement's other versions (`crate::shared`): a large area has hundreds.
    pub rows: Vec<Shared<StaffRow>>,
    /// Totals as the agreement words them ("n. 6 htv"), checked against the rows.
    pub stated_totals: Vec<StatedTotal>,
    /// Estimated number of clients in the whole area (aggregate only).
    pub clients_estimate: Option<u64>,
    /// The parties' own threshold of clients per FTE; no national norm exists.
    pub max_clients_per_fte: Option<Dec>,
    /// Staff sufficiency is reviewed at least yearly (388/2024 3 §).
    pub reviewed_yearly: bool,
    /// The agreement is amended when resource needs change (388/2024 3 §).
    pub amended_on_change: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct StaffRow {
    pub party: PartyId,
    pub sub_area: Option<String>,
    pub role: String,
    pub sector: Sector,
    pub persons: Option<u32>,
    pub fte: Option<Dec>,
    /// Optional yearly cost of one FTE in cents, for the full-cost view.
    pub cost_per_fte: Option<Cents>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct StatedTotal {
    pub party: PartyId,
    pub fte: Dec,
    /// "n." (about) in the wording.
    pub approximate: bool,
    pub wording: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LeadTask {
    #[default]
    LeadNetwork,
    PrepareForSteeringGroup,
    DevelopCooperation,
    DevelopClientProcesses,
    Reporting,
    ChairMeetings,
}

impl LeadTask {
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            LeadTask::LeadNetwork => Msg::TaskLeadNetwork,
            LeadTask::PrepareForSteeringGroup => Msg::TaskPrepare,
            LeadTask::DevelopCooperation => Msg::TaskDevelopCooperation,
            LeadTask::DevelopClientProcesses => Msg::TaskDevelopProcesses,
            LeadTask::Reporting => Msg::TaskReporting,
            LeadTask::ChairMeetings => Msg::TaskChairMeetings,
        }
    }

    /// The tasks 388/2024 4 § requires.
    pub const REQUIRED: [LeadTask; 4] = [
        LeadTask::LeadNetwork,
        LeadTask::PrepareForSteeringGroup,
        LeadTask::DevelopCooperation,
        LeadTask::DevelopClientProcesses,
    ];
    pub const ALL: [LeadTask; 6] = [
        LeadTask::LeadNetwork,
        LeadTask::PrepareForSteeringGroup,
        LeadTask::DevelopCooperation,
        LeadTask::DevelopClientProcesses,
        LeadTask::Reporting,
        LeadTask::ChairMeetings,
    ];
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct LeadPerson {
    /// The employment authority that names the lead person and the deputy.
    pub named_by: Option<PartyId>,
    /// A different party may name the deputy (Läntinen Pirkanmaa: the county).
    pub deputy_named_by: Option<PartyId>,
    pub approved_by_steering_group: bool,
    #[serde(serialize_with = "crate::num::iso_date::serialize")]
    #[schemars(with = "Option<NaiveDate>")]
    pub approval_date: Option<NaiveDate>,
    pub administrative_employer: Option<PartyId>,
    /// Share of the lead person's working time in per cent.
    pub working_time_pct: Option<Dec>,
    #[serde(serialize_with = "crate::num::iso_date::serialize")]
    #[schemars(with = "Option<NaiveDate>")]
    pub appointed_until: Option<NaiveDate>,
    pub tasks: Vec<LeadTask>,
    pub other_tasks: Vec<String>,
    pub title: String,
    pub deputy_title: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StaffBasis {
    Persons,
    #[default]
    Fte,
}

/// How one cost item is divided between parties.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SplitRule {
    /// In proportion to participating staff (381/2023 10 §). Empty `parties` means the law default:
    /// every employment authority and wellbeing county, Kela excluded.
    ByStaff {
        basis: StaffBasis,
        #[serde(default)]
        parties: Vec<PartyId>,
    },
    /// In proportion to enrolled participants (development days), Kela included.
    ByParticipants {
        counts: Vec<PartyCount>,
    },
    OnePayer {
        party: PartyId,
    },
    FixedPercent {
        shares: Vec<PartyShare>,
    },
    Equal {
        parties: Vec<PartyId>,
    },
}

impl Default for SplitRule {
    fn default() -> Self {
        SplitRule::ByStaff { basis: StaffBasis::Fte, parties: Vec::new() }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct PartyCount {
    pub party: PartyId,
    pub count: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct PartyShare {
    pub party: PartyId,
    pub percent: Dec,
}

/// A further split of one party's share among its municipalities.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SubSplitRule {
    Population,
    Clients,
    Equal,
    FixedPercent { shares: Vec<MunicipalityShare> },
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct MunicipalityShare {
    pub municipality: String,
    pub percent: Dec,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SubSplit {
    pub party: PartyId,
    pub rule: SubSplitRule,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct CostItem {
    pub name: String,
    /// Yearly amount in cents.
    pub amount: Cents,
    pub rule: SplitRule,
    pub sub_splits: Vec<SubSplit>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Costs {
    /// Each party pays the salary and staff costs of its own staff (381/2023 10 §).
    pub own_staff_costs_own: bool,
    /// The employment authority and the county agreed a split other than by staff; the agreement
    /// records it (381/2023 10 §).
    pub override_recorded: bool,
    /// How Kela takes part in common costs, as worded.
    pub kela_participation: String,
    /// Participants enrolled per party for development days.
    pub participants: Vec<PartyCount>,
    pub items: Vec<CostItem>,
    /// Yearly cost index for multi-year budgets, per cent.
    pub yearly_index_pct: Option<Dec>,
    /// The staff amount in force for every by-staff item (persons or FTE, 381/2023 10 §), whatever the
    /// item says; `None` (and a file without the key): each item's own basis.
    pub staff_basis: Option<StaffBasis>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct ClientData {
    pub joint_controllers: bool,
    pub privacy_notice_annex: bool,
}

/// When a termination takes effect: every variant found in the seeds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TerminationEffect {
    #[default]
    NotStated,
    /// Ends `notice_months` after the notice (Läntinen Pirkanmaa).
    AfterNotice,
    /// Ends at the end of the year in which notice is given (Keski-Pohjanmaa).
    EndOfYear,
    /// Ends at a change of calendar year; notice by the given day (Keski-Uusimaa: "30.6.").
    AtYearChange { notice_by: String },
    /// Notice in the first half-year ends it at that year's end, in the second at the next year's end
    /// (Eteläinen Keski-Suomi).
    HalfYearRule,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Termination {
    /// `None`: the agreement does not say whether it can be terminated.
    pub allowed: Option<bool>,
    pub notice_months: Option<u32>,
    pub effect: TerminationEffect,
    pub written: bool,
    /// A party may terminate for its own part only.
    pub own_part: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Dispute {
    pub negotiation_first: bool,
    pub negotiation_days: Option<u32>,
    /// Administrative court for an administrative dispute, e.g. "Hämeenlinnan hallinto-oikeus".
    pub court: String,
    /// District court for a civil dispute, if named.
    pub civil_court: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Validity {
    #[serde(serialize_with = "crate::num::iso_date::serialize")]
    #[schemars(with = "Option<NaiveDate>")]
    pub effective_from: Option<NaiveDate>,
    /// `None`: in force until further notice.
    #[serde(serialize_with = "crate::num::iso_date::serialize")]
    #[schemars(with = "Option<NaiveDate>")]
    pub until: Option<NaiveDate>,
    pub reviewed_yearly: bool,
    /// Reviewed whenever a party demands it.
    pub reviewed_on_demand: bool,
    pub annexes_by_steering_group: bool,
    pub amendment_in_writing: bool,
    /// Change proposals at least this many months before they take effect (Satakunta: 3).
    pub change_notice_months: Option<u32>,
    pub termination: Termination,
    pub ends_if_law_repealed: bool,
    pub dispute: Dispute,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Signatures {
    pub copies: Option<u32>,
    pub electronic: bool,
    pub signatories: Vec<Signatory>,
    pub place_date: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Signatory {
    pub party: Option<PartyId>,
    pub title: String,
    pub name: String,
}

impl Agreement {
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    pub fn parties_of(&self, kind: PartyKind) -> impl Iterator<Item = &Party> {
        self.parties.iter().filter(move |p| p.kind == kind)
    }

    /// How the party `id` is named in every output; never by its id. A party without a name is its
    /// kind, numbered among the unnamed parties of that kind when there are several of them.
    pub fn party_label(&self, id: &str) -> PartyName {
        let Some(p) = self.party(id) else { return PartyName::Unknown };
        if p.has_name() {
            return PartyName::Named { fi: p.name_fi.clone(), sv: p.name_sv.clone() };
        }
        let mut same = self.parties.iter().filter(|q| q.kind == p.kind && !q.has_name());
        let number = same.position(|q| std::ptr::eq(q, p)).map(|i| i + 1);
        let several = number.is_some_and(|n| n > 1) || same.next().is_some();
        PartyName::Unnamed { kind: p.kind, number: number.filter(|_| several) }
    }

    /// The display name of the party `id` in the language: "Työvoimaviranomainen (nimi puuttuu)" for a
    /// party without a name (`party_label`).
    pub fn party_name(&self, id: &str, lang: crate::i18n::Lang) -> String {
        self.party_label(id).show(lang)
    }

    /// One party's staff rows, in the agreement's order.
    pub fn staff_of<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a StaffRow> + 'a {
        self.staffing.rows.iter().filter(move |r| r.party == id).map(|r| &**r)
    }

    /// FTE of one party's staff rows; rows without FTE count zero. Saturates past the largest
    /// `Dec`, which no agreement within `crate::limits` reaches; `checked_party_fte` says so instead.
    pub fn party_fte(&self, id: &str) -> Dec {
        self.checked_party_fte(id).unwrap_or(Dec(i64::MAX))
    }

    /// `party_fte`, or `None` when the sum does not fit.
    pub fn checked_party_fte(&self, id: &str) -> Option<Dec> {
        Dec::checked_sum(self.staff_of(id).filter_map(|r| r.fte))
    }

    /// Persons of one party's staff rows. A `u64` sum of `u32`s cannot overflow: a 5 MiB file holds
    /// fewer than 2^20 rows.
    pub fn party_persons(&self, id: &str) -> u64 {
        self.staff_of(id).filter_map(|r| r.persons).map(u64::from).sum()
    }

    /// FTE of every staff row; saturates as `party_fte` does.
    pub fn total_fte(&self) -> Dec {
        self.checked_total_fte().unwrap_or(Dec(i64::MAX))
    }

    /// `total_fte`, or `None` when the sum does not fit.
    pub fn checked_total_fte(&self) -> Option<Dec> {
        Dec::checked_sum(self.staffing.rows.iter().filter_map(|r| r.fte))
    }

    /// The own wording of the document with the path of each text, in document order.
    pub fn clause_texts(&self) -> Vec<(crate::path::Path, &str)> {
        crate::wording::own_texts(self)
    }
}

// Reading and writing through `crate::json` (see there why not serde's derive); the three enums
// tagged by `kind` are at the end.
json_struct!(Agreement {
    meta,
    parties,
    area,
    steering_group,
    objectives,
    arrangement,
    services,
    staffing,
    lead_person,
    costs,
    client_data,
    validity,
    signatures,
    wording
});
json_struct!(Meta { title, area_name, status, document_language, source, version_date });
json_names!(Status { Draft = "draft", Signed = "signed" });
json_names!(DocLang { Fi = "fi", Sv = "sv" });
json_names!(PartyKind { EmploymentAuthority = "employment_authority", WellbeingCounty = "wellbeing_county", Kela = "kela", Municipality = "municipality" });
json_struct!(Party { id, kind, name_fi, name_sv, business_id, address, contact, lead_municipality });
json_struct!(Area { municipalities, sub_areas });
json_struct!(Municipality { name, authority, sub_area, population, clients });
json_struct!(SubArea { id, name, clients });
json_names!(Sector { Social = "social", Health = "health", Employment = "employment", Rehabilitation = "rehabilitation", Other = "other" });
json_names!(SeatRole { Chair = "chair", ViceChair = "vice_chair", Member = "member", Secretary = "secretary", Expert = "expert" });
json_struct!(Decision { body, date, section, chair_named_by, vice_chair_named_by });
json_struct!(SteeringGroup {
    set_by,
    authorities_agreed,
    chair_named_by,
    vice_chair_named_by,
    decision,
    term_start,
    term_end,
    term_years,
    seats
});
json_struct!(Seat { party, organisation, sector, role, member, deputy });
json_names!(NationalObjective { ServiceDelivery = "service_delivery", LabourAvailability = "labour_availability", Cooperation = "cooperation", Development = "development", DigitalServices = "digital_services", Other = "other" });
json_struct!(Objectives { set_annually, national_considered, items });
json_struct!(Arrangement { in_person, remote, premises });
json_struct!(Services { entries, youth_one_stop, youth_coordinator, youth_cost_split });
json_struct!(ServiceEntry { party, service });
json_names!(YouthOneStop { NotStated = "not_stated", Included = "included", SeparateAgreement = "separate_agreement" });
json_struct!(Staffing {
    rows,
    stated_totals,
    clients_estimate,
    max_clients_per_fte,
    reviewed_yearly,
    amended_on_change
});
json_struct!(StaffRow { party, sub_area, role, sector, persons, fte, cost_per_fte });
json_struct!(StatedTotal { party, fte, approximate, wording });
json_names!(LeadTask { LeadNetwork = "lead_network", PrepareForSteeringGroup = "prepare_for_steering_group", DevelopCooperation = "develop_cooperation", DevelopClientProcesses = "develop_client_processes", Reporting = "reporting", ChairMeetings = "chair_meetings" });
json_struct!(LeadPerson {
    named_by,
    deputy_named_by,
    approved_by_steering_group,
    approval_date,
    administrative_employer,
    working_time_pct,
    appointed_until,
    tasks,
    other_tasks,
    title,
    deputy_title
});
json_names!(StaffBasis { Persons = "persons", Fte = "fte" });
json_struct!(PartyCount { party, count });
json_struct!(PartyShare { party, percent });
json_struct!(MunicipalityShare { municipality, percent });
json_struct!(SubSplit { required: [party, rule], optional: [] });
json_struct!(CostItem { name, amount, rule, sub_splits });
json_struct!(Costs {
    own_staff_costs_own,
    override_recorded,
    kela_participation,
    participants,
    items,
    yearly_index_pct,
    staff_basis
});
json_struct!(ClientData { joint_controllers, privacy_notice_annex });
json_struct!(Termination { allowed, notice_months, effect, written, own_part });
json_struct!(Dispute { negotiation_first, negotiation_days, court, civil_court });
json_struct!(Validity {
    effective_from,
    until,
    reviewed_yearly,
    reviewed_on_demand,
    annexes_by_steering_group,
    amendment_in_writing,
    change_notice_months,
    termination,
    ends_if_law_repealed,
    dispute
});
json_struct!(Signatures { copies, electronic, signatories, place_date });
json_struct!(Signatory { party, title, name });

json_tagged!(SplitRule {
    ByStaff = "by_staff" { basis; parties },
    ByParticipants = "by_participants" { counts },
    OnePayer = "one_payer" { party },
    FixedPercent = "fixed_percent" { shares },
    Equal = "equal" { parties },
});

json_tagged!(SubSplitRule {
    Population = "population",
    Clients = "clients",
    Equal = "equal",
    FixedPercent = "fixed_percent" { shares },
});

json_tagged!(TerminationEffect {
    NotStated = "not_stated",
    AfterNotice = "after_notice",
    EndOfYear = "end_of_year",
    AtYearChange = "at_year_change" { notice_by },
    HalfYearRule = "half_year_rule",
});
