//! One typed path per field of the agreement: `F` names every field of the model once, in the
//! agreement's order, with its label in three languages (a `Msg`); `Path` is a field with its list
//! indices ("staffing.rows[2].fte"). The same path gives the editor's input its DOM id, groups its
//! keystrokes into one undo step, points a finding at its field (and "go to field" at the input), and
//! labels a difference in the comparison. `Field`, `Col` and `List` bind a path to where its value
//! lives, so the editor's setter and the path cannot drift apart (a test writes through each and
//! finds the change at its path).

use crate::i18n::{Lang, Msg};
use crate::model::*;
use crate::num::{Cents, Dec};
use crate::shared::Shared;
use chrono::NaiveDate;
use std::fmt;

/// How a field is labelled.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Label {
    /// The field's label.
    M(Msg),
    /// A label with a citation placeholder ("… ({0})"): the citation is left out.
    Strip(Msg),
    /// No label of its own: the key only groups fields (a cost item's rule, the steering group's
    /// decision).
    Pass,
    /// Labels the whole (a cost item's rule taken over whole) but not its fields, which say enough.
    Whole(Msg),
}

use Label::{Pass, Strip, Whole, M};

macro_rules! fields {
    ($($v:ident = $p:literal => $l:expr,)*) => {
        /// A field of the agreement without its list indices, in the agreement's order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum F { $($v,)* }

        impl F {
            /// Every field, in the agreement's order.
            pub const ALL: &'static [F] = &[$(F::$v,)*];

            /// The path with `[]` where a list index goes: "staffing.rows[].fte".
            pub const fn pattern(self) -> &'static str {
                match self { $(F::$v => $p,)* }
            }

            pub(crate) const fn label(self) -> Label {
                #[allow(unused_imports)]
                use Msg::*;
                match self { $(F::$v => $l,)* }
            }
        }
    };
}

fields! {
    Meta = "meta" => M(CmpMeta),
    MetaTitle = "meta.title" => M(UiTitle),
    MetaAreaName = "meta.area_name" => M(UiAreaName),
    MetaStatus = "meta.status" => M(UiStatus),
    MetaDocumentLanguage = "meta.document_language" => M(UiDocLanguage),
    MetaSource = "meta.source" => M(CmpSource),
    MetaVersionDate = "meta.version_date" => M(UiVersionDate),
    Parties = "parties" => M(UiParties),
    PartiesId = "parties[].id" => M(CmpId),
    PartiesKind = "parties[].kind" => M(UiKind),
    PartiesNameFi = "parties[].name_fi" => M(UiNameFi),
    PartiesNameSv = "parties[].name_sv" => M(UiNameSv),
    PartiesBusinessId = "parties[].business_id" => M(UiBusinessId),
    PartiesAddress = "parties[].address" => M(UiAddress),
    PartiesContact = "parties[].contact" => M(CmpContact),
    PartiesLeadMunicipality = "parties[].lead_municipality" => M(UiLeadMunicipality),
    Area = "area" => M(UiArea),
    AreaMunicipalities = "area.municipalities" => M(UiMunicipalities),
    AreaMunicipalitiesName = "area.municipalities[].name" => M(UiMunicipality),
    AreaMunicipalitiesAuthority = "area.municipalities[].authority" => M(UiMunicipalityAuthority),
    AreaMunicipalitiesSubArea = "area.municipalities[].sub_area" => M(UiSubArea),
    AreaMunicipalitiesPopulation = "area.municipalities[].population" => M(UiPopulation),
    AreaMunicipalitiesClients = "area.municipalities[].clients" => M(UiClients),
    AreaSubAreas = "area.sub_areas" => M(UiSubAreas),
    AreaSubAreasId = "area.sub_areas[].id" => M(UiSubAreaCode),
    AreaSubAreasName = "area.sub_areas[].name" => M(UiSubAreaName),
    AreaSubAreasClients = "area.sub_areas[].clients" => M(UiClients),
    SteeringGroup = "steering_group" => M(UiSteeringGroup),
    SteeringGroupSetBy = "steering_group.set_by" => M(UiSetBy),
    SteeringGroupAuthoritiesAgreed = "steering_group.authorities_agreed" => M(UiAuthoritiesAgreed),
    SteeringGroupChairNamedBy = "steering_group.chair_named_by" => M(UiChairNamedBy),
    SteeringGroupViceChairNamedBy = "steering_group.vice_chair_named_by" => M(UiViceChairNamedBy),
    SteeringGroupDecision = "steering_group.decision" => Pass,
    SteeringGroupDecisionBody = "steering_group.decision.body" => M(UiDecisionBody),
    SteeringGroupDecisionDate = "steering_group.decision.date" => M(UiDecisionDate),
    SteeringGroupDecisionSection = "steering_group.decision.section" => M(UiDecisionSection),
    SteeringGroupDecisionChairNamedBy = "steering_group.decision.chair_named_by" => M(UiDecisionChairBy),
    SteeringGroupDecisionViceChairNamedBy = "steering_group.decision.vice_chair_named_by" => M(UiDecisionViceBy),
    SteeringGroupTermStart = "steering_group.term_start" => M(UiTermStart),
    SteeringGroupTermEnd = "steering_group.term_end" => M(UiTermEnd),
    SteeringGroupTermYears = "steering_group.term_years" => M(FieldTermYears),
    SteeringGroupSeats = "steering_group.seats" => M(UiSeats),
    SteeringGroupSeatsParty = "steering_group.seats[].party" => M(UiParty),
    SteeringGroupSeatsOrganisation = "steering_group.seats[].organisation" => M(UiOrganisation),
    SteeringGroupSeatsSector = "steering_group.seats[].sector" => M(UiSector),
    SteeringGroupSeatsRole = "steering_group.seats[].role" => M(UiSeatRole),
    SteeringGroupSeatsMember = "steering_group.seats[].member" => M(UiMember),
    SteeringGroupSeatsDeputy = "steering_group.seats[].deputy" => M(UiDeputy),
    Objectives = "objectives" => M(UiObjectives),
    ObjectivesSetAnnually = "objectives.set_annually" => M(UiSetAnnually),
    ObjectivesNationalConsidered = "objectives.national_considered" => Strip(UiNationalObjectives),
    ObjectivesItems = "objectives.items" => M(UiObjectiveItems),
    Arrangement = "arrangement" => M(UiArrangement),
    ArrangementInPerson = "arrangement.in_person" => M(UiInPerson),
    ArrangementRemote = "arrangement.remote" => M(UiRemote),
    ArrangementPremises = "arrangement.premises" => M(CmpPremises),
    Services = "services" => M(UiServices),
    ServicesEntries = "services.entries" => M(UiServiceCatalogue),
    ServicesEntriesParty = "services.entries[].party" => M(UiParty),
    ServicesEntriesService = "services.entries[].service" => M(UiService),
    ServicesYouthOneStop = "services.youth_one_stop" => M(UiYouthOneStop),
    ServicesYouthCoordinator = "services.youth_coordinator" => M(UiYouthCoordinator),
    ServicesYouthCostSplit = "services.youth_cost_split" => M(UiYouthCostSplit),
    Staffing = "staffing" => M(UiViewStaffing),
    StaffingRows = "staffing.rows" => M(UiStaffRows),
    StaffingRowsParty = "staffing.rows[].party" => M(UiParty),
    StaffingRowsSubArea = "staffing.rows[].sub_area" => M(UiSubArea),
    StaffingRowsRole = "staffing.rows[].role" => M(UiRole),
    StaffingRowsSector = "staffing.rows[].sector" => M(UiSector),
    StaffingRowsPersons = "staffing.rows[].persons" => M(UiPersons),
    StaffingRowsFte = "staffing.rows[].fte" => M(UiFteUnit),
    StaffingRowsCostPerFte = "staffing.rows[].cost_per_fte" => M(CmpCostPerFte),
    StaffingStatedTotals = "staffing.stated_totals" => M(UiStatedTotals),
    StaffingStatedTotalsParty = "staffing.stated_totals[].party" => M(UiParty),
    StaffingStatedTotalsFte = "staffing.stated_totals[].fte" => M(UiFteUnit),
    StaffingStatedTotalsApproximate = "staffing.stated_totals[].approximate" => M(UiApproximate),
    StaffingStatedTotalsWording = "staffing.stated_totals[].wording" => M(UiWording),
    StaffingClientsEstimate = "staffing.clients_estimate" => M(UiClientsEstimate),
    StaffingMaxClientsPerFte = "staffing.max_clients_per_fte" => M(UiThreshold),
    StaffingReviewedYearly = "staffing.reviewed_yearly" => M(UiStaffReviewed),
    StaffingAmendedOnChange = "staffing.amended_on_change" => M(UiAmendedOnChange),
    LeadPerson = "lead_person" => M(UiLeadPerson),
    LeadPersonNamedBy = "lead_person.named_by" => M(UiNamedBy),
    LeadPersonDeputyNamedBy = "lead_person.deputy_named_by" => M(UiDeputyNamedBy),
    LeadPersonApprovedBySteeringGroup = "lead_person.approved_by_steering_group" => M(UiApprovedBySg),
    LeadPersonApprovalDate = "lead_person.approval_date" => M(CmpApprovalDate),
    LeadPersonAdministrativeEmployer = "lead_person.administrative_employer" => M(UiEmployer),
    LeadPersonWorkingTimePct = "lead_person.working_time_pct" => M(UiWorkingTime),
    LeadPersonAppointedUntil = "lead_person.appointed_until" => M(UiAppointedUntil),
    LeadPersonTasks = "lead_person.tasks" => M(UiLeadTasks),
    LeadPersonOtherTasks = "lead_person.other_tasks" => M(CmpOtherTasks),
    LeadPersonTitle = "lead_person.title" => M(UiLeadTitle),
    LeadPersonDeputyTitle = "lead_person.deputy_title" => M(UiDeputyTitle),
    Costs = "costs" => M(UiViewCosts),
    CostsOwnStaffCostsOwn = "costs.own_staff_costs_own" => Strip(UiOwnCostsOwn),
    CostsOverrideRecorded = "costs.override_recorded" => M(UiOverrideRecorded),
    CostsKelaParticipation = "costs.kela_participation" => M(UiKelaParticipation),
    CostsParticipants = "costs.participants" => M(UiParticipants),
    CostsParticipantsParty = "costs.participants[].party" => M(UiParty),
    CostsParticipantsCount = "costs.participants[].count" => M(CmpCount),
    CostsItems = "costs.items" => M(UiCostItems),
    CostsItemsName = "costs.items[].name" => M(UiCostName),
    CostsItemsAmount = "costs.items[].amount" => M(UiAmountEuro),
    CostsItemsRule = "costs.items[].rule" => Whole(UiSplitRule),
    CostsItemsRuleKind = "costs.items[].rule.kind" => Pass,
    CostsItemsRuleBasis = "costs.items[].rule.basis" => M(UiBasisLegend),
    CostsItemsRuleParties = "costs.items[].rule.parties" => M(CmpRuleParties),
    CostsItemsRuleCounts = "costs.items[].rule.counts" => M(CmpCount),
    CostsItemsRuleCountsParty = "costs.items[].rule.counts[].party" => M(UiParty),
    CostsItemsRuleCountsCount = "costs.items[].rule.counts[].count" => M(CmpCount),
    CostsItemsRuleParty = "costs.items[].rule.party" => M(UiPayer),
    CostsItemsRuleShares = "costs.items[].rule.shares" => M(UiSharePct),
    CostsItemsRuleSharesParty = "costs.items[].rule.shares[].party" => M(UiParty),
    CostsItemsRuleSharesPercent = "costs.items[].rule.shares[].percent" => M(UiSharePct),
    CostsItemsSubSplits = "costs.items[].sub_splits" => M(CmpSubSplits),
    CostsItemsSubSplitsParty = "costs.items[].sub_splits[].party" => M(UiParty),
    CostsItemsSubSplitsRule = "costs.items[].sub_splits[].rule" => Pass,
    CostsItemsSubSplitsRuleKind = "costs.items[].sub_splits[].rule.kind" => M(UiSplitRule),
    CostsItemsSubSplitsRuleShares = "costs.items[].sub_splits[].rule.shares" => M(UiSharePct),
    CostsItemsSubSplitsRuleSharesMunicipality = "costs.items[].sub_splits[].rule.shares[].municipality" => M(UiMunicipality),
    CostsItemsSubSplitsRuleSharesPercent = "costs.items[].sub_splits[].rule.shares[].percent" => M(UiSharePct),
    CostsYearlyIndexPct = "costs.yearly_index_pct" => M(UiYearlyIndex),
    CostsStaffBasis = "costs.staff_basis" => M(UiBasisLegend),
    ClientData = "client_data" => M(UiClientData),
    ClientDataJointControllers = "client_data.joint_controllers" => Strip(UiJointControllers),
    ClientDataPrivacyNoticeAnnex = "client_data.privacy_notice_annex" => M(UiPrivacyAnnex),
    Validity = "validity" => M(UiValidity),
    ValidityEffectiveFrom = "validity.effective_from" => M(UiEffectiveFrom),
    ValidityUntil = "validity.until" => M(FieldUntil),
    ValidityReviewedYearly = "validity.reviewed_yearly" => M(UiReviewedYearly),
    ValidityReviewedOnDemand = "validity.reviewed_on_demand" => M(UiReviewedOnDemand),
    ValidityAnnexesBySteeringGroup = "validity.annexes_by_steering_group" => M(UiAnnexesBySg),
    ValidityAmendmentInWriting = "validity.amendment_in_writing" => M(UiAmendWritten),
    ValidityChangeNoticeMonths = "validity.change_notice_months" => M(UiChangeNotice),
    ValidityTermination = "validity.termination" => M(UiTermination),
    ValidityTerminationAllowed = "validity.termination.allowed" => M(UiTerminationAllowed),
    ValidityTerminationNoticeMonths = "validity.termination.notice_months" => M(UiNoticeMonths),
    ValidityTerminationEffect = "validity.termination.effect" => M(UiTerminationEffect),
    ValidityTerminationEffectKind = "validity.termination.effect.kind" => Pass,
    ValidityTerminationEffectNoticeBy = "validity.termination.effect.notice_by" => M(UiNoticeBy),
    ValidityTerminationWritten = "validity.termination.written" => M(UiNoticeWritten),
    ValidityTerminationOwnPart = "validity.termination.own_part" => M(UiOwnPart),
    ValidityEndsIfLawRepealed = "validity.ends_if_law_repealed" => M(UiEndsIfRepealed),
    ValidityDispute = "validity.dispute" => M(UiDisputes),
    ValidityDisputeNegotiationFirst = "validity.dispute.negotiation_first" => M(UiNegotiationFirst),
    ValidityDisputeNegotiationDays = "validity.dispute.negotiation_days" => M(UiNegotiationDays),
    ValidityDisputeCourt = "validity.dispute.court" => M(UiCourt),
    ValidityDisputeCivilCourt = "validity.dispute.civil_court" => M(UiCivilCourt),
    Signatures = "signatures" => M(UiSignatures),
    SignaturesCopies = "signatures.copies" => M(UiCopies),
    SignaturesElectronic = "signatures.electronic" => M(UiElectronic),
    SignaturesSignatories = "signatures.signatories" => M(UiSignatories),
    SignaturesSignatoriesParty = "signatures.signatories[].party" => M(UiParty),
    SignaturesSignatoriesTitle = "signatures.signatories[].title" => M(UiSignatoryTitle),
    SignaturesSignatoriesName = "signatures.signatories[].name" => M(UiSignatoryName),
    SignaturesPlaceDate = "signatures.place_date" => M(FieldPlaceDate),
    Wording = "wording" => M(UiAgreementText),
    WordingTitle = "wording.title" => M(CmpDocTitle),
    WordingTitleFi = "wording.title.fi" => M(CmpInFi),
    WordingTitleSv = "wording.title.sv" => M(CmpInSv),
    WordingParts = "wording.parts" => M(UiAgreementText),
    WordingPartsKind = "wording.parts[].kind" => M(CmpPartKind),
    WordingPartsTopic = "wording.parts[].topic" => M(CmpTopic),
    WordingPartsHeading = "wording.parts[].heading" => M(UiPartHeading),
    WordingPartsHeadingFi = "wording.parts[].heading.fi" => M(CmpInFi),
    WordingPartsHeadingSv = "wording.parts[].heading.sv" => M(CmpInSv),
    WordingPartsBlocks = "wording.parts[].blocks" => M(UiAgreementText),
    WordingPartsBlocksKind = "wording.parts[].blocks[].kind" => M(CmpBlockKind),
    WordingPartsBlocksClause = "wording.parts[].blocks[].clause" => M(UiGenerated),
    WordingPartsBlocksStyle = "wording.parts[].blocks[].style" => M(UiBlockStyle),
    WordingPartsBlocksFi = "wording.parts[].blocks[].fi" => M(UiOwnText),
    WordingPartsBlocksSv = "wording.parts[].blocks[].sv" => M(UiOwnTextSv),
    WordingPartsBlocksReplaces = "wording.parts[].blocks[].replaces" => M(CmpReplaces),
    WordingPartsBlocksTable = "wording.parts[].blocks[].table" => M(CmpTable),
    WordingPartsBlocksRows = "wording.parts[].blocks[].rows" => M(UiSeats),
}

impl F {
    /// The field itself (of the first item of each list it is in, if any: use `at`).
    pub const fn path(self) -> Path {
        Path { field: self, n: 0, at: [0; 3] }
    }

    /// The field of item `i` of its list, or item `i` of the list `self` is.
    pub const fn at(self, i: usize) -> Path {
        Path { field: self, n: 1, at: [i as u32, 0, 0] }
    }

    /// The field of item `j` of a list in item `i` of another.
    pub const fn at2(self, i: usize, j: usize) -> Path {
        Path { field: self, n: 2, at: [i as u32, j as u32, 0] }
    }

    /// The DOM id of a field that is in no list.
    pub fn id(self) -> String {
        self.path().id()
    }

    /// The field whose pattern without `[]` is `plain` ("staffing.rows.fte").
    pub fn from_plain(plain: &str) -> Option<F> {
        F::ALL.iter().copied().find(|f| {
            let mut p = f.pattern().split("[]");
            let mut rest = plain;
            p.all(|seg| match rest.strip_prefix(seg) {
                Some(r) => {
                    rest = r;
                    true
                }
                None => false,
            }) && rest.is_empty()
        })
    }

    /// The field's label in `lang`, if it has one of its own (`Label::Pass` has none).
    pub fn label_text(self, lang: Lang) -> Option<String> {
        match self.label() {
            M(m) | Whole(m) => Some(lang.t(m).to_string()),
            Strip(m) => Some(lang.fmt(m, &[""]).replace(" ()", "").trim().to_string()),
            Pass => None,
        }
    }

    /// The field's section, as the first key of its path.
    pub fn section(self) -> &'static str {
        let p = self.pattern();
        &p[..p.find(['.', '[']).unwrap_or(p.len())]
    }
}

/// A field with its list indices: "staffing.rows[2].fte" is `F::StaffingRowsFte.at(2)`. Indices past
/// the pattern's name an item of the field's own list: `F::Parties.at(1)` is "parties[1]".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Path {
    pub field: F,
    n: u8,
    at: [u32; 3],
}

impl Path {
    /// The list indices, outermost first.
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.at[..self.n as usize].iter().map(|&i| i as usize)
    }

    /// `staffing.rows[2].fte` → `f-staffing-rows-2-fte`: the id of the field's input in the app.
    pub fn id(&self) -> String {
        dashed(&self.to_string())
    }

    /// The id of one of several inputs of the field, told apart by `key` (a checkbox of a set, a
    /// party's figure): the id the path "field.key" would have, `key`'s separators dashed too.
    pub fn id_keyed(&self, key: &str) -> String {
        dashed(&format!("{self}.{key}"))
    }

    /// Reads "staffing.rows[2].fte", "parties[1]" or "lead_person.title"; `None` for a path of no
    /// field of the model.
    pub fn parse(s: &str) -> Option<Path> {
        let mut plain = String::with_capacity(s.len());
        let mut at = Vec::new();
        let mut rest = s;
        while let Some(open) = rest.find('[') {
            plain.push_str(&rest[..open]);
            let close = open + rest[open..].find(']')?;
            at.push(rest[open + 1..close].parse::<u32>().ok()?);
            rest = &rest[close + 1..];
        }
        plain.push_str(rest);
        if at.len() > 3 {
            return None;
        }
        let field = F::from_plain(&plain)?;
        let mut p = Path { field, n: at.len() as u8, at: [0; 3] };
        p.at[..at.len()].copy_from_slice(&at);
        // Each index in the pattern's lists, at most one more for an item of the field's own list.
        let inner = field.pattern().matches("[]").count();
        (p.n as usize >= inner && p.n as usize <= inner + 1).then_some(p)
    }
}

impl Path {
    /// A short name for a message: the field's label and the row of each list ("Henkilöstö — rivi
    /// 3"), without the section a comparison's label starts with (which needs the document).
    pub fn short_label(&self, lang: Lang) -> String {
        let mut s = self.field.label_text(lang).unwrap_or_default();
        for i in self.indices() {
            s.push_str(" — ");
            s.push_str(&lang.fmt(Msg::CmpRowN, &[&(i + 1).to_string()]));
        }
        s
    }
}

/// The editor's page where a field is edited, by the start of its path or its topic's name:
/// "staffing" (section 8 and the sub-areas), "costs", otherwise "agreement".
pub fn page_of_key(key: &str) -> &'static str {
    let under = |f: F| key.starts_with(f.pattern());
    if under(F::Staffing) || under(F::AreaSubAreas) {
        "staffing"
    } else if under(F::Costs) {
        "costs"
    } else {
        "agreement"
    }
}

impl Path {
    /// "Go to field" as one argument of a view's button, the page and the input's id
    /// ("staffing f-staffing-rows-2-fte"), so that the app shows the field without reading paths. A
    /// part of the wording is edited with its topic's fields (in `a`, when it is given).
    pub fn go_arg(&self, a: Option<&Agreement>) -> String {
        let page = match a.and_then(|a| crate::wording::topic_of(a, self)) {
            Some(t) if self.field.section() == "wording" => page_of_key(t.path()),
            _ => page_of_key(self.field.pattern()),
        };
        format!("{page} {}", self.id())
    }
}

/// A path's text as a DOM id: "f-" and the path with its separators turned into dashes.
fn dashed(path: &str) -> String {
    let mut s = String::from("f-");
    for c in path.chars() {
        match c {
            '.' | '[' => s.push('-'),
            ']' => {}
            c => s.push(c),
        }
    }
    s
}

impl From<F> for Path {
    fn from(f: F) -> Path {
        f.path()
    }
}

impl fmt::Display for Path {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut at = self.indices();
        for (k, seg) in self.field.pattern().split("[]").enumerate() {
            if k > 0 {
                write!(out, "[{}]", at.next().unwrap_or(0))?;
            }
            out.write_str(seg)?;
        }
        at.try_for_each(|i| write!(out, "[{i}]"))
    }
}

impl PartialEq<&str> for Path {
    fn eq(&self, s: &&str) -> bool {
        Path::parse(s) == Some(*self)
    }
}

impl serde::Serialize for Path {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A field the editor sets, and where its value is in the agreement.
pub struct Field<V: 'static> {
    pub f: F,
    pub slot: fn(&mut Agreement) -> &mut V,
}

/// A field of an item of one of the agreement's lists, and where its value is in the item.
pub struct Col<T: 'static, V: 'static> {
    pub f: F,
    pub slot: fn(&mut T) -> &mut V,
}

/// One of the agreement's lists.
pub struct List<T: 'static> {
    pub f: F,
    pub slot: fn(&mut Agreement) -> &mut Vec<T>,
    /// The list, read.
    pub get: fn(&Agreement) -> &Vec<T>,
}

// Not derived: a derive would ask `V: Clone`, and the pointers are always `Copy`.
impl<V> Clone for Field<V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<V> Copy for Field<V> {}
impl<T, V> Clone for Col<T, V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T, V> Copy for Col<T, V> {}
impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for List<T> {}

impl<V> Field<V> {
    pub fn id(&self) -> String {
        self.f.id()
    }
}

impl<T, V> Col<T, V> {
    /// The DOM id of this field of item `i`.
    pub fn id(&self, i: usize) -> String {
        self.f.at(i).id()
    }
}

/// The fields the editor sets, each bound to its path.
pub mod fields {
    use super::*;

    macro_rules! fields {
        ($($name:ident: $t:ty = $f:ident, |$a:ident| $e:expr;)*) => {
            $(pub const $name: Field<$t> = Field { f: F::$f, slot: |$a| &mut $e };)*

            /// Each field changed in a copy of `a`, for the test that its path is where it writes.
            #[cfg(test)]
            pub(super) fn each_changed(a: &Agreement) -> Vec<(F, Agreement, Agreement)> {
                vec![$({
                    let mut b = a.clone();
                    tests::Change::change(($name.slot)(&mut b));
                    (F::$f, a.clone(), b)
                },)*]
            }
        };
    }

    macro_rules! lists {
        ($($list:ident: $item:ty = $lf:ident, |$a:ident| $e:expr => {
            $($name:ident: $t:ty = $f:ident, |$x:ident| $ex:expr;)*
        })*) => {
            $(pub const $list: List<$item> = List { f: F::$lf, slot: |$a| &mut $e, get: |$a| &$e };)*
            $($(pub const $name: Col<$item, $t> = Col { f: F::$f, slot: |$x| &mut $ex };)*)*

            /// Each column changed in the first item of its list (given one if it had none).
            #[cfg(test)]
            pub(super) fn each_col_changed(a: &Agreement) -> Vec<(F, Agreement, Agreement)> {
                vec![$($({
                    let mut a = a.clone();
                    let list = ($list.slot)(&mut a);
                    if list.is_empty() {
                        list.push(Default::default());
                    }
                    let mut b = a.clone();
                    tests::Change::change(($name.slot)(&mut ($list.slot)(&mut b)[0]));
                    (F::$f, a, b)
                },)*)*]
            }
        };
    }

    fields! {
        META_TITLE: String = MetaTitle, |a| a.meta.title;
        META_AREA_NAME: String = MetaAreaName, |a| a.meta.area_name;
        META_STATUS: Status = MetaStatus, |a| a.meta.status;
        META_VERSION_DATE: Option<NaiveDate> = MetaVersionDate, |a| a.meta.version_date;
        STEERING_GROUP_SET_BY: Option<PartyId> = SteeringGroupSetBy, |a| a.steering_group.set_by;
        STEERING_GROUP_AUTHORITIES_AGREED: bool = SteeringGroupAuthoritiesAgreed, |a| a.steering_group.authorities_agreed;
        STEERING_GROUP_CHAIR_NAMED_BY: Option<PartyId> = SteeringGroupChairNamedBy, |a| a.steering_group.chair_named_by;
        STEERING_GROUP_VICE_CHAIR_NAMED_BY: Option<PartyId> = SteeringGroupViceChairNamedBy, |a| a.steering_group.vice_chair_named_by;
        STEERING_GROUP_DECISION_BODY: String = SteeringGroupDecisionBody, |a| a.steering_group.decision.body;
        STEERING_GROUP_DECISION_DATE: Option<NaiveDate> = SteeringGroupDecisionDate, |a| a.steering_group.decision.date;
        STEERING_GROUP_DECISION_SECTION: String = SteeringGroupDecisionSection, |a| a.steering_group.decision.section;
        STEERING_GROUP_DECISION_CHAIR_NAMED_BY: Option<PartyId> = SteeringGroupDecisionChairNamedBy, |a| a.steering_group.decision.chair_named_by;
        STEERING_GROUP_DECISION_VICE_CHAIR_NAMED_BY: Option<PartyId> = SteeringGroupDecisionViceChairNamedBy, |a| a.steering_group.decision.vice_chair_named_by;
        STEERING_GROUP_TERM_START: Option<NaiveDate> = SteeringGroupTermStart, |a| a.steering_group.term_start;
        STEERING_GROUP_TERM_END: Option<NaiveDate> = SteeringGroupTermEnd, |a| a.steering_group.term_end;
        STEERING_GROUP_TERM_YEARS: Option<u32> = SteeringGroupTermYears, |a| a.steering_group.term_years;
        OBJECTIVES_SET_ANNUALLY: bool = ObjectivesSetAnnually, |a| a.objectives.set_annually;
        OBJECTIVES_NATIONAL_CONSIDERED: Vec<NationalObjective> = ObjectivesNationalConsidered, |a| a.objectives.national_considered;
        OBJECTIVES_ITEMS: Vec<String> = ObjectivesItems, |a| a.objectives.items;
        ARRANGEMENT_IN_PERSON: bool = ArrangementInPerson, |a| a.arrangement.in_person;
        ARRANGEMENT_REMOTE: bool = ArrangementRemote, |a| a.arrangement.remote;
        SERVICES_YOUTH_ONE_STOP: YouthOneStop = ServicesYouthOneStop, |a| a.services.youth_one_stop;
        SERVICES_YOUTH_COORDINATOR: String = ServicesYouthCoordinator, |a| a.services.youth_coordinator;
        SERVICES_YOUTH_COST_SPLIT: String = ServicesYouthCostSplit, |a| a.services.youth_cost_split;
        STAFFING_CLIENTS_ESTIMATE: Option<u64> = StaffingClientsEstimate, |a| a.staffing.clients_estimate;
        STAFFING_MAX_CLIENTS_PER_FTE: Option<Dec> = StaffingMaxClientsPerFte, |a| a.staffing.max_clients_per_fte;
        STAFFING_REVIEWED_YEARLY: bool = StaffingReviewedYearly, |a| a.staffing.reviewed_yearly;
        STAFFING_AMENDED_ON_CHANGE: bool = StaffingAmendedOnChange, |a| a.staffing.amended_on_change;
        LEAD_PERSON_NAMED_BY: Option<PartyId> = LeadPersonNamedBy, |a| a.lead_person.named_by;
        LEAD_PERSON_DEPUTY_NAMED_BY: Option<PartyId> = LeadPersonDeputyNamedBy, |a| a.lead_person.deputy_named_by;
        LEAD_PERSON_APPROVED_BY_STEERING_GROUP: bool = LeadPersonApprovedBySteeringGroup, |a| a.lead_person.approved_by_steering_group;
        LEAD_PERSON_ADMINISTRATIVE_EMPLOYER: Option<PartyId> = LeadPersonAdministrativeEmployer, |a| a.lead_person.administrative_employer;
        LEAD_PERSON_WORKING_TIME_PCT: Option<Dec> = LeadPersonWorkingTimePct, |a| a.lead_person.working_time_pct;
        LEAD_PERSON_APPOINTED_UNTIL: Option<NaiveDate> = LeadPersonAppointedUntil, |a| a.lead_person.appointed_until;
        LEAD_PERSON_TASKS: Vec<LeadTask> = LeadPersonTasks, |a| a.lead_person.tasks;
        LEAD_PERSON_TITLE: String = LeadPersonTitle, |a| a.lead_person.title;
        LEAD_PERSON_DEPUTY_TITLE: String = LeadPersonDeputyTitle, |a| a.lead_person.deputy_title;
        COSTS_OWN_STAFF_COSTS_OWN: bool = CostsOwnStaffCostsOwn, |a| a.costs.own_staff_costs_own;
        COSTS_OVERRIDE_RECORDED: bool = CostsOverrideRecorded, |a| a.costs.override_recorded;
        COSTS_KELA_PARTICIPATION: String = CostsKelaParticipation, |a| a.costs.kela_participation;
        COSTS_YEARLY_INDEX_PCT: Option<Dec> = CostsYearlyIndexPct, |a| a.costs.yearly_index_pct;
        COSTS_STAFF_BASIS: Option<StaffBasis> = CostsStaffBasis, |a| a.costs.staff_basis;
        CLIENT_DATA_JOINT_CONTROLLERS: bool = ClientDataJointControllers, |a| a.client_data.joint_controllers;
        CLIENT_DATA_PRIVACY_NOTICE_ANNEX: bool = ClientDataPrivacyNoticeAnnex, |a| a.client_data.privacy_notice_annex;
        VALIDITY_EFFECTIVE_FROM: Option<NaiveDate> = ValidityEffectiveFrom, |a| a.validity.effective_from;
        VALIDITY_UNTIL: Option<NaiveDate> = ValidityUntil, |a| a.validity.until;
        VALIDITY_REVIEWED_YEARLY: bool = ValidityReviewedYearly, |a| a.validity.reviewed_yearly;
        VALIDITY_REVIEWED_ON_DEMAND: bool = ValidityReviewedOnDemand, |a| a.validity.reviewed_on_demand;
        VALIDITY_ANNEXES_BY_STEERING_GROUP: bool = ValidityAnnexesBySteeringGroup, |a| a.validity.annexes_by_steering_group;
        VALIDITY_AMENDMENT_IN_WRITING: bool = ValidityAmendmentInWriting, |a| a.validity.amendment_in_writing;
        VALIDITY_CHANGE_NOTICE_MONTHS: Option<u32> = ValidityChangeNoticeMonths, |a| a.validity.change_notice_months;
        VALIDITY_TERMINATION_ALLOWED: Option<bool> = ValidityTerminationAllowed, |a| a.validity.termination.allowed;
        VALIDITY_TERMINATION_NOTICE_MONTHS: Option<u32> = ValidityTerminationNoticeMonths, |a| a.validity.termination.notice_months;
        VALIDITY_TERMINATION_EFFECT: TerminationEffect = ValidityTerminationEffect, |a| a.validity.termination.effect;
        VALIDITY_TERMINATION_WRITTEN: bool = ValidityTerminationWritten, |a| a.validity.termination.written;
        VALIDITY_TERMINATION_OWN_PART: bool = ValidityTerminationOwnPart, |a| a.validity.termination.own_part;
        VALIDITY_ENDS_IF_LAW_REPEALED: bool = ValidityEndsIfLawRepealed, |a| a.validity.ends_if_law_repealed;
        VALIDITY_DISPUTE_NEGOTIATION_FIRST: bool = ValidityDisputeNegotiationFirst, |a| a.validity.dispute.negotiation_first;
        VALIDITY_DISPUTE_NEGOTIATION_DAYS: Option<u32> = ValidityDisputeNegotiationDays, |a| a.validity.dispute.negotiation_days;
        VALIDITY_DISPUTE_COURT: String = ValidityDisputeCourt, |a| a.validity.dispute.court;
        VALIDITY_DISPUTE_CIVIL_COURT: String = ValidityDisputeCivilCourt, |a| a.validity.dispute.civil_court;
        SIGNATURES_COPIES: Option<u32> = SignaturesCopies, |a| a.signatures.copies;
        SIGNATURES_ELECTRONIC: bool = SignaturesElectronic, |a| a.signatures.electronic;
    }

    lists! {
        PARTIES: Party = Parties, |a| a.parties => {
            PARTIES_KIND: PartyKind = PartiesKind, |x| x.kind;
            PARTIES_NAME_FI: String = PartiesNameFi, |x| x.name_fi;
            PARTIES_NAME_SV: String = PartiesNameSv, |x| x.name_sv;
            PARTIES_BUSINESS_ID: String = PartiesBusinessId, |x| x.business_id;
            PARTIES_LEAD_MUNICIPALITY: String = PartiesLeadMunicipality, |x| x.lead_municipality;
        }
        AREA_MUNICIPALITIES: Municipality = AreaMunicipalities, |a| a.area.municipalities => {
            AREA_MUNICIPALITIES_NAME: String = AreaMunicipalitiesName, |x| x.name;
            AREA_MUNICIPALITIES_AUTHORITY: Option<PartyId> = AreaMunicipalitiesAuthority, |x| x.authority;
            AREA_MUNICIPALITIES_POPULATION: Option<u64> = AreaMunicipalitiesPopulation, |x| x.population;
            AREA_MUNICIPALITIES_CLIENTS: Option<u64> = AreaMunicipalitiesClients, |x| x.clients;
        }
        AREA_SUB_AREAS: SubArea = AreaSubAreas, |a| a.area.sub_areas => {
            AREA_SUB_AREAS_ID: String = AreaSubAreasId, |x| x.id;
            AREA_SUB_AREAS_NAME: String = AreaSubAreasName, |x| x.name;
            AREA_SUB_AREAS_CLIENTS: Option<u64> = AreaSubAreasClients, |x| x.clients;
        }
        STEERING_GROUP_SEATS: Seat = SteeringGroupSeats, |a| a.steering_group.seats => {
            STEERING_GROUP_SEATS_PARTY: Option<PartyId> = SteeringGroupSeatsParty, |x| x.party;
            STEERING_GROUP_SEATS_ORGANISATION: String = SteeringGroupSeatsOrganisation, |x| x.organisation;
            STEERING_GROUP_SEATS_SECTOR: Sector = SteeringGroupSeatsSector, |x| x.sector;
            STEERING_GROUP_SEATS_ROLE: SeatRole = SteeringGroupSeatsRole, |x| x.role;
            STEERING_GROUP_SEATS_MEMBER: String = SteeringGroupSeatsMember, |x| x.member;
            STEERING_GROUP_SEATS_DEPUTY: String = SteeringGroupSeatsDeputy, |x| x.deputy;
        }
        SERVICES_ENTRIES: ServiceEntry = ServicesEntries, |a| a.services.entries => {
            SERVICES_ENTRIES_PARTY: Option<PartyId> = ServicesEntriesParty, |x| x.party;
            SERVICES_ENTRIES_SERVICE: String = ServicesEntriesService, |x| x.service;
        }
        STAFFING_ROWS: Shared<StaffRow> = StaffingRows, |a| a.staffing.rows => {
            STAFFING_ROWS_PARTY: PartyId = StaffingRowsParty, |x| x.party;
            STAFFING_ROWS_SUB_AREA: Option<String> = StaffingRowsSubArea, |x| x.sub_area;
            STAFFING_ROWS_ROLE: String = StaffingRowsRole, |x| x.role;
            STAFFING_ROWS_SECTOR: Sector = StaffingRowsSector, |x| x.sector;
            STAFFING_ROWS_PERSONS: Option<u32> = StaffingRowsPersons, |x| x.persons;
            STAFFING_ROWS_FTE: Option<Dec> = StaffingRowsFte, |x| x.fte;
        }
        STAFFING_STATED_TOTALS: StatedTotal = StaffingStatedTotals, |a| a.staffing.stated_totals => {
            STAFFING_STATED_TOTALS_PARTY: PartyId = StaffingStatedTotalsParty, |x| x.party;
            STAFFING_STATED_TOTALS_WORDING: String = StaffingStatedTotalsWording, |x| x.wording;
            STAFFING_STATED_TOTALS_FTE: Dec = StaffingStatedTotalsFte, |x| x.fte;
            STAFFING_STATED_TOTALS_APPROXIMATE: bool = StaffingStatedTotalsApproximate, |x| x.approximate;
        }
        COSTS_ITEMS: CostItem = CostsItems, |a| a.costs.items => {
            COSTS_ITEMS_NAME: String = CostsItemsName, |x| x.name;
            COSTS_ITEMS_AMOUNT: Cents = CostsItemsAmount, |x| x.amount;
        }
        SIGNATURES_SIGNATORIES: Signatory = SignaturesSignatories, |a| a.signatures.signatories => {
            SIGNATURES_SIGNATORIES_PARTY: Option<PartyId> = SignaturesSignatoriesParty, |x| x.party;
            SIGNATURES_SIGNATORIES_TITLE: String = SignaturesSignatoriesTitle, |x| x.title;
            SIGNATURES_SIGNATORIES_NAME: String = SignaturesSignatoriesName, |x| x.name;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::Json;

    /// A value made different from what it was.
    pub(super) trait Change: Sized {
        fn change(&mut self);
        /// Some value of the type, for a list that had none.
        fn sample() -> Self;
    }

    macro_rules! change_by {
        ($($t:ty => |$x:ident| $e:expr, $sample:expr;)*) => {
            $(impl Change for $t {
                fn change(&mut self) {
                    let $x = self;
                    $e
                }
                fn sample() -> Self {
                    $sample
                }
            })*
        };
    }

    macro_rules! change_enum {
        ($($t:ty: $a:expr, $b:expr;)*) => {
            $(impl Change for $t {
                fn change(&mut self) {
                    *self = if *self == $a { $b } else { $a };
                }
                fn sample() -> Self {
                    $a
                }
            })*
        };
    }

    change_by! {
        String => |x| x.push('x'), "x".into();
        bool => |x| *x = !*x, true;
        u32 => |x| *x = x.wrapping_add(1), 1;
        u64 => |x| *x = x.wrapping_add(1), 1;
        i64 => |x| *x = x.wrapping_add(1), 1;
        Dec => |x| x.0 += 1, Dec(1000);
        NaiveDate => |x| *x = x.succ_opt().unwrap(), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    }

    change_enum! {
        Status: Status::Draft, Status::Signed;
        PartyKind: PartyKind::Kela, PartyKind::WellbeingCounty;
        Sector: Sector::Social, Sector::Health;
        SeatRole: SeatRole::Chair, SeatRole::Member;
        YouthOneStop: YouthOneStop::Included, YouthOneStop::NotStated;
        StaffBasis: StaffBasis::Persons, StaffBasis::Fte;
        TerminationEffect: TerminationEffect::EndOfYear, TerminationEffect::NotStated;
        NationalObjective: NationalObjective::Cooperation, NationalObjective::Other;
        LeadTask: LeadTask::LeadNetwork, LeadTask::PrepareForSteeringGroup;
    }

    impl<T: Change> Change for Option<T> {
        fn change(&mut self) {
            *self = match self.take() {
                Some(_) => None,
                None => Some(T::sample()),
            }
        }
        fn sample() -> Self {
            None
        }
    }

    impl<T: Change> Change for Vec<T> {
        fn change(&mut self) {
            match self.first_mut() {
                Some(x) => x.change(),
                None => self.push(T::sample()),
            }
        }
        fn sample() -> Self {
            Vec::new()
        }
    }

    fn agreement() -> Agreement {
        // Every list of the editor has items in the large synthetic agreement.
        crate::synth::large_agreement()
    }

    #[test]
    fn each_field_writes_where_its_path_says() {
        let a = agreement();
        let changed = fields::each_changed(&a).into_iter().chain(fields::each_col_changed(&a));
        let mut n = 0;
        for (f, a, b) in changed {
            let ds = crate::diff::diff(&a, &b);
            assert!(!ds.is_empty(), "{f:?} changed nothing");
            for d in ds {
                let p = Path::parse(&d.path).unwrap_or_else(|| panic!("{f:?}: {} is no field", d.path));
                assert!(p.field.pattern().starts_with(f.pattern()), "{f:?} ({}) wrote {}", f.pattern(), d.path);
            }
            n += 1;
        }
        assert!(n > 90, "{n}");
    }

    /// Every path of a file's JSON, at every depth.
    fn paths(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    let p = if at.is_empty() { k.clone() } else { format!("{at}.{k}") };
                    out.push(p.clone());
                    paths(x, p, out);
                }
            }
            serde_json::Value::Array(xs) => {
                for (i, x) in xs.iter().enumerate() {
                    let p = format!("{at}[{i}]");
                    out.push(p.clone());
                    paths(x, p, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_path_of_the_model_is_a_field_and_reads_back_as_written() {
        let mut all = Vec::new();
        for p in crate::presets::PRESETS {
            if let Some(f) = crate::presets::load(p.id) {
                paths(&f.agreement.write(), String::new(), &mut all);
            }
        }
        paths(&agreement().write(), String::new(), &mut all);
        all.sort();
        all.dedup();
        let mut seen = std::collections::BTreeSet::new();
        for s in &all {
            let p = Path::parse(s).unwrap_or_else(|| panic!("{s} is no field"));
            assert_eq!(p.to_string(), *s);
            seen.insert(p.field);
        }
        assert!(seen.contains(&F::CostsStaffBasis) && seen.contains(&F::StaffingRowsFte));
    }

    #[test]
    fn ids_are_the_paths_with_dashes() {
        assert_eq!(F::StaffingRowsFte.at(2).id(), "f-staffing-rows-2-fte");
        assert_eq!(F::Parties.at(1).id(), "f-parties-1");
        assert_eq!(F::LeadPersonTitle.id(), "f-lead_person-title");
        assert_eq!(F::LeadPersonTasks.path().id_keyed("LeadNetwork"), "f-lead_person-tasks-LeadNetwork");
        assert_eq!(F::CostsItemsSubSplits.at(1).id_keyed("p.2"), "f-costs-items-1-sub_splits-p-2");
        // The ids the app's inputs had when they were made from a finding's path as text.
        for (p, id) in [
            ("staffing.rows[2].fte", "f-staffing-rows-2-fte"),
            ("parties[3]", "f-parties-3"),
            ("wording.parts[0].blocks[4].sv", "f-wording-parts-0-blocks-4-sv"),
            ("costs.items[0].rule.shares[1].percent", "f-costs-items-0-rule-shares-1-percent"),
        ] {
            assert_eq!(Path::parse(p).unwrap().id(), id);
        }
        assert_eq!(F::CostsItemsRuleSharesPercent.at2(0, 3).to_string(), "costs.items[0].rule.shares[3].percent");
        assert_eq!(
            Path::parse("costs.items[0].rule.shares[3].percent"),
            Some(F::CostsItemsRuleSharesPercent.at2(0, 3))
        );
        assert_eq!(Path::parse("parties[1]"), Some(F::Parties.at(1)));
        assert!(
            F::Parties.at(12) == "parties[12]"
                && F::Parties.at(1) != "parties[12]"
                && F::Parties.at(12) != "parties[1]"
        );
        assert_eq!(Path::parse("parties[1][2]"), None);
        assert_eq!(Path::parse("staffing.rows.fte"), None);
        assert_eq!(Path::parse("nothing"), None);
        assert_eq!(F::StaffingRowsFte.section(), "staffing");
    }
}
