//! Text generation: the agreement document from its wording (`crate::wording`) and its data, in
//! Finnish or Swedish — English only as an unofficial reading aid. Parts are numbered (sections 1, 2 …;
//! annexes Liite 1, Liite 2 …), generated clauses are worded from the data by the clause library
//! below (every sentence from the language catalogues in `i18n`), own wording has its live fields
//! filled, and tables are built from the data. Markdown, HTML and DOCX are renderings of one
//! `Document`, so print, preview and every export carry the same content.

use crate::i18n::{Lang, Msg};
use crate::model::*;
use crate::num::Dec;
use crate::split::{split_all, BasisChoice, SplitReport};
use crate::wording::{
    self, annex_numbers, pieces, Block, ClauseId, FieldRef, Part, PartKind, Piece, Style, TableId, Topic,
};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub lang: Lang,
    pub title: String,
    /// The area and the parties under the title.
    pub subtitle: Vec<String>,
    /// The running header of every page: the area and the version date.
    pub header: String,
    /// "LUONNOS" / "UTKAST" while the agreement is a draft: under the title and in every page header.
    pub draft_mark: Option<String>,
    /// Set for English: a reading aid, not an official text.
    pub unofficial: Option<String>,
    pub sections: Vec<DocSection>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocSection {
    /// With its number: "3 Toimialue", "Liite 2: Henkilöstö"; empty for an untitled part (a preamble).
    pub heading: String,
    pub blocks: Vec<DocBlock>,
    /// For each block, the index of the wording block it comes from in its part (`usize::MAX` for a
    /// note the generator added), so the editor can show what each block prints.
    pub sources: Vec<usize>,
    pub annex: bool,
    /// Where the part's fields are (a model path), so the preview can take the user there.
    pub path: &'static str,
    /// The part's index in the agreement's own wording; `None` when the document follows the template.
    pub part: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum DocBlock {
    Paragraph(String),
    Item(String),
    Heading(String),
    /// First row is the header.
    Table(Vec<Vec<String>>),
    /// Own wording printed in Finnish in a Swedish document because its Swedish is missing; every
    /// rendering marks it.
    Untranslated(String),
    /// The signature lines: organisation and signatory's title.
    Signatures(Vec<(String, String)>),
}

impl DocBlock {
    /// The block's words as plain text (tables cell by cell), for word counts and comparison.
    pub fn plain(&self) -> String {
        match self {
            DocBlock::Paragraph(s) | DocBlock::Item(s) | DocBlock::Heading(s) | DocBlock::Untranslated(s) => s.clone(),
            DocBlock::Table(rows) => rows.iter().map(|r| r.join(" ")).collect::<Vec<_>>().join("\n"),
            DocBlock::Signatures(s) => s.iter().map(|(o, t)| format!("{o} {t}")).collect::<Vec<_>>().join("\n"),
        }
    }
}

/// More table columns than this (the cost split of five or more parties) do not fit a portrait A4
/// page at the document's type size; such an annex is printed and exported in landscape.
pub const WIDE_COLUMNS: usize = 6;

impl DocSection {
    /// Whether the section has a table that needs a landscape page.
    pub fn wide(&self) -> bool {
        self.blocks.iter().any(|b| matches!(b, DocBlock::Table(t) if t.first().map_or(0, Vec::len) > WIDE_COLUMNS))
    }

    pub fn tables(&self) -> impl Iterator<Item = &Vec<Vec<String>>> {
        self.blocks.iter().filter_map(|b| match b {
            DocBlock::Table(t) => Some(t),
            _ => None,
        })
    }
}

/// Everything a clause, a table or a field reads, computed once per document. The cost split is
/// made on first use: most parts print none of it.
struct Ctx<'a> {
    a: &'a Agreement,
    l: Lang,
    parts: &'a [Part],
    annexes: Vec<Option<usize>>,
    split: std::cell::OnceCell<SplitReport>,
    make_split: &'a dyn Fn() -> SplitReport,
}

impl<'a> Ctx<'a> {
    /// `make_split` gives the split as agreed when a part prints it.
    fn new(a: &'a Agreement, l: Lang, parts: &'a [Part], make_split: &'a dyn Fn() -> SplitReport) -> Self {
        Ctx { a, l, parts, annexes: annex_numbers(parts), split: std::cell::OnceCell::new(), make_split }
    }

    fn split(&self) -> &SplitReport {
        self.split.get_or_init(self.make_split)
    }

    fn name(&self, id: &str) -> String {
        party_name(self.a, id, self.l)
    }

    fn names(&self, ids: impl IntoIterator<Item = String>) -> String {
        join_and(&ids.into_iter().map(|id| self.name(&id)).collect::<Vec<_>>(), self.l)
    }

    /// The number of the first annex about `topic` that has content, if the document has one.
    fn annex(&self, topic: Topic) -> Option<usize> {
        self.parts.iter().zip(&self.annexes).find(|(p, n)| p.topic == topic && n.is_some()).and_then(|(_, n)| *n)
    }

    fn t(&self, m: Msg) -> String {
        self.l.t(m).to_string()
    }

    fn f(&self, m: Msg, args: &[&str]) -> String {
        self.l.fmt(m, args)
    }
}

/// A party's name in the language; a party without one is named by its kind, never by its internal id
/// (`Agreement::party_label`).
pub fn party_name(a: &Agreement, id: &str, l: Lang) -> String {
    a.party_name(id, l)
}

/// "A", "A ja B", "A, B ja C" in the language.
fn join_and(items: &[String], l: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), l.t(Msg::DocAnd)),
    }
}

/// "Työvoimaviranomainen" → "työvoimaviranomainen". The labels begin with an ASCII capital; full Unicode
/// lowercasing would add its tables to the WebAssembly build.
fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_ascii_lowercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

fn para(s: String) -> DocBlock {
    DocBlock::Paragraph(s)
}

/// A generated clause: nothing when the data it reads is empty.
fn clause(c: &Ctx, id: ClauseId) -> Vec<DocBlock> {
    use ClauseId::*;
    let (a, l) = (c.a, c.l);
    let mut out = Vec::new();
    match id {
        PurposeLaw => out.push(para(c.t(Msg::DocPurpose))),
        PartiesList => {
            for (i, p) in a.parties.iter().enumerate() {
                let mut line = format!("{}. {}", i + 1, c.name(&p.id));
                // Kela's name already says what it is, and a party without a name is named by its kind.
                if p.kind != PartyKind::Kela && p.has_name() {
                    line.push_str(&format!(" ({})", lowercase_first(l.t(p.kind.label()))));
                }
                if !p.business_id.is_empty() {
                    line.push_str(&format!(", {} {}", l.t(Msg::DocBusinessId), p.business_id));
                }
                if !p.address.is_empty() {
                    line.push_str(&format!(", {}", p.address));
                }
                out.push(DocBlock::Paragraph(line));
            }
            let contacts: Vec<String> = a
                .parties
                .iter()
                .filter(|p| !p.contact.trim().is_empty())
                .map(|p| format!("{}: {}", c.name(&p.id), p.contact))
                .collect();
            if !contacts.is_empty() {
                out.push(para(c.t(Msg::DocContacts)));
                out.extend(contacts.into_iter().map(DocBlock::Item));
            }
        }
        AreaMunicipalities => {
            let munis: Vec<String> = a.area.municipalities.iter().map(|m| m.name.clone()).collect();
            if !munis.is_empty() {
                out.push(para(c.f(Msg::DocArea, &[&join_and(&munis, l)])));
            }
            let subs: Vec<String> = a.area.sub_areas.iter().map(|s| s.name.clone()).collect();
            if !subs.is_empty() {
                out.push(para(c.f(Msg::DocSubAreas, &[&join_and(&subs, l)])));
            }
        }
        SteeringDecision => {
            let d = &a.steering_group.decision;
            if !d.body.is_empty() {
                let date = d.date.map(|d| l.date(d)).unwrap_or_default();
                out.push(para(c.f(Msg::DocDecision, &[&d.body, &date, &d.section])));
            }
        }
        SteeringSetBy => {
            let sg = &a.steering_group;
            if let Some(id) = &sg.set_by {
                out.push(para(c.f(Msg::DocSetBy, &[&c.name(id)])));
                if sg.authorities_agreed && a.parties_of(PartyKind::EmploymentAuthority).count() > 1 {
                    out.push(para(c.f(Msg::DocAuthoritiesAgreed, &[&c.name(id)])));
                }
            }
        }
        SteeringTerm => {
            let sg = &a.steering_group;
            if let Some(y) = sg.term_years {
                out.push(para(c.f(Msg::DocTermYears, &[&y.to_string()])));
            }
            if let (Some(st), Some(en)) = (sg.term_start, sg.term_end) {
                out.push(para(c.f(Msg::DocTerm, &[&l.date(st), &l.date(en)])));
            }
        }
        SteeringMembers => {
            let core: Vec<String> =
                a.parties.iter().filter(|p| p.kind != PartyKind::Municipality).map(|p| p.id.clone()).collect();
            if !core.is_empty() {
                out.push(para(c.f(Msg::DocMembers, &[&c.names(core)])));
            }
            // Who names the chair and the vice-chair as the form records it (the checker compares it
            // with the decree), never assumed.
            let sg = &a.steering_group;
            match (&sg.chair_named_by, &sg.vice_chair_named_by) {
                (Some(ch), Some(vi)) => out.push(para(c.f(Msg::DocChairs, &[&c.name(ch), &c.name(vi)]))),
                (Some(ch), None) => out.push(para(c.f(Msg::DocChairNamedBy, &[&c.name(ch)]))),
                (None, Some(vi)) => out.push(para(c.f(Msg::DocViceChairNamedBy, &[&c.name(vi)]))),
                (None, None) => {}
            }
            if let Some(n) = c.annex(Topic::SteeringGroup).filter(|_| !a.steering_group.seats.is_empty()) {
                out.push(para(c.f(Msg::DocCompositionAnnex, &[&n.to_string()])));
            }
        }
        ObjectivesAnnual => {
            if a.objectives.set_annually {
                out.push(para(c.t(Msg::DocObjectives)));
            }
            if let Some(n) = c.annex(Topic::Objectives).filter(|_| !a.objectives.items.is_empty()) {
                out.push(para(c.f(Msg::DocObjectivesAnnex, &[&n.to_string()])));
            }
        }
        ObjectivesItems => {
            if !a.objectives.national_considered.is_empty() {
                out.push(para(c.t(Msg::DocNationalConsidered)));
                out.extend(a.objectives.national_considered.iter().map(|o| DocBlock::Item(c.t(o.label()))));
            }
            if !a.objectives.items.is_empty() {
                out.push(para(c.t(Msg::DocAreaObjectives)));
                out.extend(a.objectives.items.iter().map(|o| DocBlock::Item(o.clone())));
            }
        }
        ArrangementWays => {
            if a.arrangement.in_person {
                out.push(para(c.t(Msg::DocInPerson)));
            }
            if a.arrangement.remote {
                out.push(para(c.t(Msg::DocRemote)));
            }
        }
        ArrangementPremises => {
            if !a.arrangement.premises.is_empty() {
                out.push(para(c.t(Msg::DocPremises)));
                out.extend(a.arrangement.premises.iter().map(|p| DocBlock::Item(p.clone())));
            }
        }
        ServicesCatalogue => {
            if !a.services.entries.is_empty() {
                out.push(para(c.t(Msg::DocServices)));
                out.extend(a.services.entries.iter().map(|e| {
                    DocBlock::Item(match &e.party {
                        Some(p) => format!("{}: {}", c.name(p), e.service),
                        None => e.service.clone(),
                    })
                }));
            }
        }
        ServicesYouth => {
            match a.services.youth_one_stop {
                YouthOneStop::Included => out.push(para(c.t(Msg::DocYouthIncluded))),
                YouthOneStop::SeparateAgreement => out.push(para(c.t(Msg::DocYouthSeparate))),
                YouthOneStop::NotStated => {}
            }
            if !a.services.youth_coordinator.trim().is_empty() {
                out.push(para(c.f(Msg::DocYouthCoordinator, &[&a.services.youth_coordinator])));
            }
            if !a.services.youth_cost_split.trim().is_empty() {
                out.push(para(c.f(Msg::DocYouthCostSplit, &[&a.services.youth_cost_split])));
            }
        }
        StaffingAllocation => {
            for p in a.parties.iter().filter(|p| a.staffing.rows.iter().any(|r| r.party == p.id)) {
                let persons = a.party_persons(&p.id);
                let fte = l.dec(a.party_fte(&p.id));
                out.push(para(if persons > 0 {
                    c.f(Msg::DocStaffPersons, &[&c.name(&p.id), &persons.to_string(), &fte])
                } else {
                    c.f(Msg::DocStaffTotal, &[&c.name(&p.id), &fte])
                }));
            }
            // Totals as the agreement words them ("n. 6 htv"); the checker compares them with the rows.
            for t in &a.staffing.stated_totals {
                out.push(para(if !t.wording.trim().is_empty() {
                    format!("{}: {}", c.name(&t.party), t.wording)
                } else if t.approximate {
                    c.f(Msg::DocStatedAbout, &[&c.name(&t.party), &l.dec(t.fte)])
                } else {
                    c.f(Msg::DocStaffTotal, &[&c.name(&t.party), &l.dec(t.fte)])
                }));
            }
            if let Some(n) = c.annex(Topic::Staffing).filter(|_| !a.staffing.rows.is_empty()) {
                out.push(para(c.f(Msg::DocStaffAnnex, &[&n.to_string()])));
            }
        }
        StaffingClients => {
            if let Some(n) = a.staffing.clients_estimate {
                out.push(para(c.f(Msg::DocClients, &[&n.to_string()])));
            }
            if let Some(m) = a.staffing.max_clients_per_fte {
                out.push(para(c.f(Msg::DocMaxClients, &[&l.dec(m)])));
            }
        }
        StaffingReview => {
            if a.staffing.reviewed_yearly {
                out.push(para(c.t(Msg::DocStaffReview)));
            }
            if a.staffing.amended_on_change {
                out.push(para(c.t(Msg::DocStaffAmend)));
            }
        }
        LeadNamedBy => {
            let lp = &a.lead_person;
            if let Some(id) = &lp.named_by {
                // The form and the document say the same: the deputy is named with the lead person only
                // when the form says nobody else names the deputy.
                let m = match &lp.deputy_named_by {
                    Some(d) if d != id => Msg::DocLeadOnlyNamedBy,
                    _ => Msg::DocLeadNamedBy,
                };
                out.push(para(c.f(m, &[&c.name(id)])));
            }
            if !lp.title.trim().is_empty() {
                out.push(para(c.f(Msg::DocLeadTitle, &[&lp.title])));
            }
            if let Some(d) = lp.approval_date.filter(|_| lp.approved_by_steering_group) {
                out.push(para(c.f(Msg::DocLeadApproved, &[&l.date(d)])));
            }
            if let Some(d) = lp.appointed_until {
                out.push(para(c.f(Msg::DocLeadUntil, &[&l.date(d)])));
            }
        }
        LeadDeputy => {
            let lp = &a.lead_person;
            if let Some(d) = lp.deputy_named_by.as_ref().filter(|d| lp.named_by.as_ref() != Some(*d)) {
                out.push(para(c.f(Msg::DocDeputyNamedBy, &[&c.name(d)])));
            }
            if !lp.deputy_title.trim().is_empty() {
                out.push(para(c.f(Msg::DocDeputyTitle, &[&lp.deputy_title])));
            }
        }
        LeadEmployer => {
            if let Some(id) = &a.lead_person.administrative_employer {
                out.push(para(c.f(Msg::DocEmployer, &[&c.name(id)])));
            }
        }
        LeadWorkingTime => {
            if let Some(p) = a.lead_person.working_time_pct {
                out.push(para(c.f(Msg::DocWorkingTime, &[&l.dec(p)])));
            }
            if let Some(n) = c.annex(Topic::LeadPerson).filter(|_| !a.lead_person.tasks.is_empty()) {
                out.push(para(c.f(Msg::DocLeadTasksAnnex, &[&n.to_string()])));
            }
        }
        LeadTasks => {
            if !a.lead_person.tasks.is_empty() {
                out.push(para(c.t(Msg::DocLeadTasksIntro)));
                out.extend(a.lead_person.tasks.iter().map(|t| DocBlock::Item(c.t(t.label()))));
            }
        }
        LeadOtherTasks => {
            if !a.lead_person.other_tasks.is_empty() {
                out.push(para(c.t(Msg::DocLeadOtherIntro)));
                out.extend(a.lead_person.other_tasks.iter().map(|t| DocBlock::Item(t.clone())));
            }
        }
        CostsOwn => {
            if a.costs.own_staff_costs_own {
                out.push(para(c.t(Msg::DocOwnCosts)));
            }
        }
        CostsItems => {
            for (item, r) in a.costs.items.iter().zip(&c.split().items) {
                out.push(para(cost_item_sentence(c, item)));
                // An item that cannot be split stays in the costs, unsplit, with the reason.
                if let Err(e) = r {
                    out.push(para(c.f(Msg::DocItemUnsplit, &[&l.money(item.amount), &e.message(l, &item.name)])));
                }
                for sub in &item.sub_splits {
                    let rule = match &sub.rule {
                        SubSplitRule::Population => c.t(Msg::SubPopulation),
                        SubSplitRule::Clients => c.t(Msg::SubClients),
                        SubSplitRule::Equal => c.t(Msg::SubEqual),
                        SubSplitRule::FixedPercent { shares } => shares
                            .iter()
                            .map(|s| format!("{} {} %", s.municipality, l.dec(s.percent)))
                            .collect::<Vec<_>>()
                            .join(", "),
                    };
                    out.push(para(c.f(Msg::DocSubSplit, &[&c.name(&sub.party), &item.name, &rule])));
                }
            }
            if a.costs.override_recorded {
                out.push(para(c.t(Msg::DocOverride)));
            }
            if let Some(n) = c.annex(Topic::Costs).filter(|_| !a.costs.items.is_empty()) {
                out.push(para(c.f(Msg::DocCostAnnex, &[&n.to_string()])));
            }
        }
        CostsKela => {
            if !a.costs.kela_participation.trim().is_empty() {
                out.push(para(a.costs.kela_participation.clone()));
            }
        }
        CostsIndex => {
            if let Some(p) = a.costs.yearly_index_pct {
                out.push(para(c.f(Msg::DocIndex, &[&l.dec(p)])));
            }
        }
        ClientDataJoint => {
            if a.client_data.joint_controllers {
                out.push(para(c.t(Msg::DocClientData)));
            }
        }
        ClientDataPrivacyAnnex => {
            if let Some(n) = c.annex(Topic::ClientData).filter(|_| a.client_data.privacy_notice_annex) {
                out.push(para(c.f(Msg::DocPrivacyAnnex, &[&n.to_string()])));
            }
        }
        PrivacyNotice => {
            if a.client_data.privacy_notice_annex {
                let p = [Msg::DocPrivacy1, Msg::DocPrivacy2, Msg::DocPrivacy3, Msg::DocPrivacy4, Msg::DocPrivacy5];
                out.extend(p.iter().map(|m| para(c.t(*m))));
            }
        }
        ValidityTerm => match (a.validity.effective_from, a.validity.until) {
            (Some(f), None) => out.push(para(c.f(Msg::DocEffectiveIndefinite, &[&l.date(f)]))),
            (Some(f), Some(u)) => out.push(para(c.f(Msg::DocEffectiveUntil, &[&l.date(f), &l.date(u)]))),
            _ => {}
        },
        ValidityReview => {
            if a.validity.reviewed_yearly {
                out.push(para(c.t(Msg::DocReviewYearly)));
            }
            if a.validity.reviewed_on_demand {
                out.push(para(c.t(Msg::DocReviewOnDemand)));
            }
        }
        ValidityAnnexes => {
            if a.validity.annexes_by_steering_group {
                out.push(para(c.t(Msg::DocAnnexesBySg)));
            }
        }
        ValidityAmendment => {
            if a.validity.amendment_in_writing {
                out.push(para(c.t(Msg::DocAmendWritten)));
            }
        }
        ValidityChangeNotice => {
            if let Some(m) = a.validity.change_notice_months {
                out.push(para(c.f(Msg::DocChangeNotice, &[&m.to_string()])));
            }
        }
        ValidityTermination => out.extend(termination(c).into_iter().map(para)),
        ValidityLawRepealed => {
            if a.validity.ends_if_law_repealed {
                out.push(para(c.t(Msg::DocLawRepealed)));
            }
        }
        ValidityDispute => {
            let d = &a.validity.dispute;
            if d.negotiation_first {
                out.push(para(c.t(Msg::DocNegotiation)));
            }
            if let Some(n) = d.negotiation_days {
                out.push(para(c.f(Msg::DocNegotiationDays, &[&n.to_string()])));
            }
            if !d.court.is_empty() {
                out.push(para(c.f(Msg::DocCourt, &[&d.court])));
            }
            if !d.civil_court.is_empty() {
                out.push(para(c.f(Msg::DocCivilCourt, &[&d.civil_court])));
            }
        }
        SignaturesCopies => {
            if let Some(n) = a.signatures.copies {
                out.push(para(c.f(Msg::DocCopies, &[&n.to_string()])));
            }
        }
        SignaturesElectronic => {
            if a.signatures.electronic {
                out.push(para(c.t(Msg::DocElectronic)));
            }
        }
        SignaturesPlaceDate => out.push(para(if a.signatures.place_date.trim().is_empty() {
            c.t(Msg::DocPlaceDateBlank)
        } else {
            a.signatures.place_date.clone()
        })),
    }
    out
}

/// The termination clause, one wording per rule; nothing when the agreement does not say.
fn termination(c: &Ctx) -> Vec<String> {
    let t = &c.a.validity.termination;
    let mut s = Vec::new();
    match t.allowed {
        None => {
            if let Some(m) = t.notice_months {
                s.push(c.f(Msg::DocNotice, &[&m.to_string()]));
            }
            return s;
        }
        Some(false) => return vec![c.t(Msg::DocNoTermination)],
        Some(true) => {}
    }
    s.push(c.t(if t.own_part { Msg::DocTermOwnPart } else { Msg::DocTermAllowed }));
    if t.written {
        s.push(c.t(Msg::DocTermWritten));
    }
    let months = t.notice_months.map(|m| m.to_string());
    match (&t.effect, &months) {
        (TerminationEffect::AfterNotice, Some(m)) => s.push(c.f(Msg::DocTermAfterNotice, &[m])),
        (TerminationEffect::EndOfYear, Some(m)) => s.push(c.f(Msg::DocTermEndOfYearNotice, &[m])),
        (TerminationEffect::EndOfYear, None) => s.push(c.t(Msg::DocTermEndOfYear)),
        (TerminationEffect::AtYearChange { notice_by }, _) => {
            if let Some(m) = &months {
                s.push(c.f(Msg::DocNotice, &[m]));
            }
            s.push(c.t(Msg::DocTermAtYearChange));
            if !notice_by.trim().is_empty() {
                s.push(c.f(Msg::DocTermNoticeBy, &[notice_by]));
            }
        }
        (TerminationEffect::HalfYearRule, _) => s.push(c.t(Msg::DocTermHalfYear)),
        (_, Some(m)) => s.push(c.f(Msg::DocNotice, &[m])),
        (_, None) => {}
    }
    s
}

fn basis_words(c: &Ctx, b: StaffBasis) -> String {
    c.t(match b {
        StaffBasis::Persons => Msg::DocBasisPersons,
        StaffBasis::Fte => Msg::DocBasisFte,
    })
}

/// One sentence per cost item, worded by its split rule.
fn cost_item_sentence(c: &Ctx, item: &CostItem) -> String {
    let (a, l) = (c.a, c.l);
    let what = if item.amount > 0 {
        format!("{} ({})", item.name, c.f(Msg::DocPerYear, &[&l.money(item.amount)]))
    } else {
        item.name.clone()
    };
    match &item.rule {
        SplitRule::ByStaff { basis, parties } => {
            let ids = if parties.is_empty() { crate::split::law_default_parties(a) } else { parties.clone() };
            let basis = crate::split::basis_in_force(a, *basis);
            c.f(Msg::DocItemByStaff, &[&what, &c.names(ids), &basis_words(c, basis)])
        }
        SplitRule::ByParticipants { counts } => {
            let ids: Vec<String> = counts.iter().map(|p| p.party.clone()).collect();
            if ids.is_empty() {
                c.f(Msg::DocItemByParticipantsLater, &[&what])
            } else {
                c.f(Msg::DocItemByParticipants, &[&what, &c.names(ids)])
            }
        }
        SplitRule::OnePayer { party } => c.f(Msg::DocItemOnePayer, &[&what, &c.name(party)]),
        SplitRule::FixedPercent { shares } => {
            let s: Vec<String> =
                shares.iter().map(|s| format!("{} {} %", c.name(&s.party), l.dec(s.percent))).collect();
            c.f(Msg::DocItemFixed, &[&what, &s.join(", ")])
        }
        SplitRule::Equal { parties } => c.f(Msg::DocItemEqual, &[&what, &c.names(parties.iter().cloned())]),
    }
}

/// A live field's value in the document's language; `None` when the data does not have it.
fn field(c: &Ctx, f: &FieldRef) -> Option<String> {
    let (a, l) = (c.a, c.l);
    let opt = |s: &str| (!s.trim().is_empty()).then(|| s.to_string());
    match (f.key, f.arg, f.sub) {
        ("area", None, None) => opt(&a.meta.area_name),
        ("party", Some(id), None) => a.party(id).map(|_| c.name(id)),
        ("party", Some(id), Some("business_id")) => a.party(id).and_then(|p| opt(&p.business_id)),
        ("party", Some(id), Some("address")) => a.party(id).and_then(|p| opt(&p.address)),
        ("party", Some(id), Some("contact")) => a.party(id).and_then(|p| opt(&p.contact)),
        ("term_start", None, None) => a.steering_group.term_start.map(|d| l.date(d)),
        ("term_end", None, None) => a.steering_group.term_end.map(|d| l.date(d)),
        ("municipalities", None, None) => {
            let m: Vec<String> = a.area.municipalities.iter().map(|m| m.name.clone()).collect();
            (!m.is_empty()).then(|| join_and(&m, l))
        }
        ("fte", None, None) => Some(l.dec(a.total_fte())),
        ("fte", Some(id), None) => a.party(id).map(|_| l.dec(a.party_fte(id))),
        ("persons", None, None) => {
            Some(a.staffing.rows.iter().filter_map(|r| r.persons).map(u64::from).sum::<u64>().to_string())
        }
        ("persons", Some(id), None) => a.party(id).map(|_| a.party_persons(id).to_string()),
        ("clients", None, None) => a.staffing.clients_estimate.map(|n| n.to_string()),
        ("annex", Some(t), None) => wording::Topic::from_path(t).and_then(|t| c.annex(t)).map(|n| n.to_string()),
        ("amount", Some(i), None) => {
            i.parse::<usize>().ok().and_then(|i| a.costs.items.get(i)).map(|it| l.money(it.amount))
        }
        ("cost_total", None, None) => {
            Some(l.money(a.costs.items.iter().map(|i| i.amount).fold(0i64, i64::saturating_add)))
        }
        ("notice_months", None, None) => a.validity.termination.notice_months.map(|m| m.to_string()),
        ("change_notice_months", None, None) => a.validity.change_notice_months.map(|m| m.to_string()),
        ("negotiation_days", None, None) => a.validity.dispute.negotiation_days.map(|m| m.to_string()),
        ("effective_from", None, None) => a.validity.effective_from.map(|d| l.date(d)),
        ("until", None, None) => a.validity.until.map(|d| l.date(d)),
        ("court", None, None) => opt(&a.validity.dispute.court),
        ("civil_court", None, None) => opt(&a.validity.dispute.civil_court),
        ("copies", None, None) => a.signatures.copies.map(|n| n.to_string()),
        ("place_date", None, None) => opt(&a.signatures.place_date),
        ("lead_title", None, None) => opt(&a.lead_person.title),
        ("deputy_title", None, None) => opt(&a.lead_person.deputy_title),
        ("term_years", None, None) => a.steering_group.term_years.map(|n| n.to_string()),
        ("working_time", None, None) => a.lead_person.working_time_pct.map(|d| l.dec(d)),
        ("decision_body", None, None) => opt(&a.steering_group.decision.body),
        ("decision_date", None, None) => a.steering_group.decision.date.map(|d| l.date(d)),
        ("decision_section", None, None) => opt(&a.steering_group.decision.section),
        ("notice_by", None, None) => match &a.validity.termination.effect {
            TerminationEffect::AtYearChange { notice_by } => opt(notice_by),
            _ => None,
        },
        _ => None,
    }
}

/// The field as the user wrote it, for messages: "party:wc2".
pub fn field_code(f: &FieldRef) -> String {
    [Some(f.key), f.arg, f.sub].into_iter().flatten().collect::<Vec<_>>().join(":")
}

/// Own wording with its fields filled; a field the data does not have becomes a visible placeholder.
fn fill(c: &Ctx, s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for p in pieces(s) {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Field(f) => match field(c, &f) {
                Some(v) => out.push_str(&v),
                None => out.push_str(&c.f(Msg::DocFieldMissing, &[&field_code(&f)])),
            },
        }
    }
    out
}

/// Own wording with its live fields filled from the data, as the document prints it (the comparison
/// shows a changed paragraph so).
pub fn fill_fields(a: &Agreement, text: &str, lang: Lang) -> String {
    let parts = a.wording.parts();
    fill(&Ctx::new(a, lang, &parts, &|| split_all(a, BasisChoice::AsAgreed)), text)
}

/// The live fields of the agreement's own wording that its data cannot fill, with their paths.
pub fn missing_fields(a: &Agreement) -> Vec<(crate::path::Path, String)> {
    let parts = a.wording.parts();
    let split = || split_all(a, BasisChoice::AsAgreed);
    let c = Ctx::new(a, Lang::Fi, &parts, &split);
    let mut v = Vec::new();
    for (path, text) in wording::own_texts(a) {
        for p in pieces(text) {
            if let Piece::Field(f) = p {
                if field(&c, &f).is_none() {
                    v.push((path, field_code(&f)));
                }
            }
        }
    }
    v
}

/// Whether a composition table block prints seat `i` (`rows`: the block's selection, `None` all).
pub fn shows(rows: Option<&[u32]>, i: usize) -> bool {
    rows.is_none_or(|r| r.iter().any(|&x| x as usize == i))
}

fn table(c: &Ctx, id: TableId, only: Option<&[u32]>) -> Option<Vec<Vec<String>>> {
    let (a, l) = (c.a, c.l);
    let head = |ms: &[Msg]| ms.iter().map(|m| c.t(*m)).collect::<Vec<String>>();
    let rows = match id {
        TableId::Parties => {
            let mut t = vec![head(&[Msg::UiParty, Msg::UiKind, Msg::DocBusinessId, Msg::UiAddress])];
            t.extend(
                a.parties
                    .iter()
                    .map(|p| vec![c.name(&p.id), c.t(p.kind.label()), p.business_id.clone(), p.address.clone()]),
            );
            t
        }
        TableId::Municipalities => {
            let mut t = vec![head(&[Msg::UiMunicipality, Msg::UiParty, Msg::UiSubArea, Msg::UiPopulation])];
            t.extend(a.area.municipalities.iter().map(|m| {
                vec![
                    m.name.clone(),
                    m.authority.as_deref().map(|p| c.name(p)).unwrap_or_default(),
                    m.sub_area.as_deref().map(|s| sub_area_name(a, s)).unwrap_or_default(),
                    m.population.map(|n| n.to_string()).unwrap_or_default(),
                ]
            }));
            t
        }
        TableId::Composition => {
            let mut t =
                vec![head(&[Msg::UiOrganisation, Msg::UiSector, Msg::UiSeatRole, Msg::UiMember, Msg::UiDeputy])];
            t.extend(a.steering_group.seats.iter().enumerate().filter(|(i, _)| shows(only, *i)).map(|(_, seat)| {
                let org = if seat.organisation.is_empty() {
                    seat.party.as_deref().map(|p| c.name(p)).unwrap_or_default()
                } else {
                    seat.organisation.clone()
                };
                vec![org, c.t(seat.sector.label()), c.t(seat.role.label()), seat.member.clone(), seat.deputy.clone()]
            }));
            t
        }
        TableId::Staffing => {
            if a.staffing.rows.is_empty() {
                return None;
            }
            let mut t = vec![head(&[Msg::UiParty, Msg::UiSubArea, Msg::UiRole, Msg::UiPersons, Msg::UiFte])];
            // Rows grouped by party in the agreement's order, each party closed by its subtotal.
            for p in &a.parties {
                let rows: Vec<&StaffRow> = a.staff_of(&p.id).collect();
                if rows.is_empty() {
                    continue;
                }
                for r in &rows {
                    t.push(vec![
                        c.name(&r.party),
                        r.sub_area.as_deref().map(|s| sub_area_name(a, s)).unwrap_or_default(),
                        format!("{} ({})", r.role, l.t(r.sector.label())),
                        r.persons.map(|p| p.to_string()).unwrap_or_default(),
                        r.fte.map(|f| l.dec(f)).unwrap_or_default(),
                    ]);
                }
                t.push(vec![
                    c.f(Msg::DocSubtotal, &[&c.name(&p.id)]),
                    String::new(),
                    String::new(),
                    a.party_persons(&p.id).to_string(),
                    l.dec(a.party_fte(&p.id)),
                ]);
            }
            // Rows of a party the agreement does not have are still printed, named as missing.
            for r in a.staffing.rows.iter().filter(|r| a.party(&r.party).is_none()) {
                t.push(vec![c.name(&r.party), String::new(), r.role.clone(), String::new(), String::new()]);
            }
            let persons: u64 = a.staffing.rows.iter().filter_map(|r| r.persons).map(u64::from).sum();
            t.push(vec![c.t(Msg::UiTotal), String::new(), String::new(), persons.to_string(), l.dec(a.total_fte())]);
            t
        }
        TableId::CostSplit => {
            if a.costs.items.is_empty() {
                return None;
            }
            let mut header = vec![c.t(Msg::UiCostName), c.t(Msg::DocRuleColumn)];
            header.extend(a.parties.iter().map(|p| c.name(&p.id)));
            header.push(c.t(Msg::UiTotal));
            let mut t = vec![header];
            let mut totals = vec![0i64; a.parties.len()];
            for (item, r) in a.costs.items.iter().zip(&c.split().items) {
                let mut row = vec![item.name.clone(), rule_and_weights(c, item, r.as_ref().ok())];
                for (i, p) in a.parties.iter().enumerate() {
                    let share = r.as_ref().ok().and_then(|s| s.shares.iter().find(|s| s.party == p.id));
                    if let Some(s) = share {
                        totals[i] = totals[i].saturating_add(s.cents);
                    }
                    row.push(share.map(|s| l.money(s.cents)).unwrap_or_default());
                }
                row.push(match r {
                    // Stated but not yet divided (development days whose participants are counted later).
                    Ok(s) if s.shares.is_empty() && item.amount != 0 => c.f(Msg::DocUnsplit, &[&l.money(item.amount)]),
                    Ok(_) => l.money(item.amount),
                    Err(_) => c.f(Msg::DocUnsplit, &[&l.money(item.amount)]),
                });
                t.push(row);
            }
            let mut total_row = vec![c.t(Msg::UiTotal), String::new()];
            total_row.extend(totals.iter().map(|&x| l.money(x)));
            total_row.push(l.money(a.costs.items.iter().map(|i| i.amount).fold(0i64, i64::saturating_add)));
            t.push(total_row);
            t
        }
        TableId::Signatures => return None,
    };
    (rows.len() > 1).then_some(rows)
}

/// The rule behind an item's shares and the weights it used: "henkilötyövuodet 1,5 : 2,255".
fn rule_and_weights(c: &Ctx, item: &CostItem, split: Option<&crate::split::ItemSplit>) -> String {
    let l = c.l;
    let weights = |f: &dyn Fn(u128) -> String| {
        split.map(|s| s.shares.iter().map(|sh| f(sh.weight)).collect::<Vec<_>>().join(" : ")).unwrap_or_default()
    };
    let in_force = crate::split::rule_in_force(c.a, &item.rule);
    let rule = c.t(rule_label(&in_force));
    let w = match &in_force {
        SplitRule::ByStaff { basis: StaffBasis::Fte, .. } => {
            weights(&|w| l.dec(Dec(i64::try_from(w).unwrap_or(i64::MAX))))
        }
        SplitRule::ByStaff { basis: StaffBasis::Persons, .. } | SplitRule::ByParticipants { .. } => {
            weights(&|w| w.to_string())
        }
        SplitRule::FixedPercent { .. } => {
            weights(&|w| format!("{} %", l.dec(Dec(i64::try_from(w).unwrap_or(i64::MAX)))))
        }
        SplitRule::OnePayer { .. } | SplitRule::Equal { .. } => String::new(),
    };
    if w.is_empty() {
        rule
    } else {
        format!("{rule} {w}")
    }
}

/// The rule's name in the cost annex's rule column; its weights, where it has any, are in units
/// the name says (FTE, persons, participants, per cent).
pub(crate) fn rule_label(rule: &SplitRule) -> Msg {
    match rule {
        SplitRule::ByStaff { basis: StaffBasis::Fte, .. } => Msg::BasisFte,
        SplitRule::ByStaff { basis: StaffBasis::Persons, .. } => Msg::BasisPersons,
        SplitRule::ByParticipants { .. } => Msg::RuleByParticipants,
        SplitRule::OnePayer { .. } => Msg::RuleOnePayer,
        SplitRule::FixedPercent { .. } => Msg::RuleFixedPercent,
        SplitRule::Equal { .. } => Msg::RuleEqual,
    }
}

/// A sub-area's name, or its id when the agreement does not list it.
pub(crate) fn sub_area_name(a: &Agreement, id: &str) -> String {
    a.area.sub_areas.iter().find(|s| s.id == id).map(|s| s.name.clone()).unwrap_or_else(|| id.to_string())
}

fn signatures(c: &Ctx) -> Vec<(String, String)> {
    c.a.signatures
        .signatories
        .iter()
        .map(|s| {
            let org = s.party.as_deref().map(|p| c.name(p)).unwrap_or_default();
            let who = [s.name.as_str(), s.title.as_str()]
                .iter()
                .filter(|x| !x.trim().is_empty())
                .copied()
                .collect::<Vec<_>>();
            (org, who.join(", "))
        })
        .collect()
}

fn generated_heading(topic: Topic, kind: PartKind) -> Option<Msg> {
    Some(match (kind, topic) {
        (PartKind::Annex, Topic::SteeringGroup) => Msg::DocAnnexSteering,
        (PartKind::Annex, Topic::Staffing) => Msg::DocAnnexStaff,
        (PartKind::Annex, Topic::LeadPerson) => Msg::DocAnnexLead,
        (PartKind::Annex, Topic::Costs) => Msg::DocAnnexCosts,
        (PartKind::Annex, Topic::Objectives) => Msg::DocAnnexObjectives,
        (PartKind::Annex, Topic::ClientData) => Msg::DocAnnexPrivacy,
        (_, Topic::Purpose) => Msg::DocH1,
        (_, Topic::Parties) => Msg::DocH2,
        (_, Topic::Area) => Msg::DocH3,
        (_, Topic::SteeringGroup) => Msg::DocH4,
        (_, Topic::Objectives) => Msg::DocH5,
        (_, Topic::Arrangement) => Msg::DocH6,
        (_, Topic::Services) => Msg::DocH7,
        (_, Topic::Staffing) => Msg::DocH8,
        (_, Topic::LeadPerson) => Msg::DocH9,
        (_, Topic::Costs) => Msg::DocH10,
        (_, Topic::ClientData) => Msg::DocH11,
        (_, Topic::Validity) => Msg::DocH12,
        (_, Topic::Signatures) => Msg::UiSignatures,
        (_, Topic::Other) => return None,
    })
}

/// Own wording in the document's language: Swedish from `sv`, Finnish otherwise; a Swedish document
/// whose Swedish is missing gets the Finnish marked as untranslated.
fn own_text<'s>(l: Lang, fi: &'s str, sv: &'s str) -> (&'s str, bool) {
    match l {
        Lang::Sv if !sv.trim().is_empty() => (sv, false),
        Lang::Sv => (fi, !fi.trim().is_empty()),
        _ if fi.trim().is_empty() => (sv, false),
        _ => (fi, false),
    }
}

fn part_blocks(c: &Ctx, part: &Part, tables: bool) -> (Vec<DocBlock>, Vec<usize>) {
    let mut out = Vec::new();
    let mut sources = Vec::new();
    for (i, b) in part.blocks.iter().enumerate() {
        match b {
            Block::Clause { clause: id } => out.extend(clause(c, *id)),
            Block::Own { style, fi, sv, .. } => {
                let (text, untranslated) = own_text(c.l, fi, sv);
                if text.trim().is_empty() {
                    continue;
                }
                // A blank line in own wording starts a new block of the same style.
                for text in text.split("\n\n").map(str::trim).filter(|t| !t.is_empty()) {
                    let text = fill(c, text);
                    out.push(match (untranslated, style) {
                        (true, _) => DocBlock::Untranslated(text),
                        (_, Style::Paragraph) => DocBlock::Paragraph(text),
                        (_, Style::Item) => DocBlock::Item(text),
                        (_, Style::Heading) => DocBlock::Heading(text),
                    });
                }
            }
            Block::Table { .. } if !tables => {}
            Block::Table { table: TableId::Signatures, .. } => {
                let s = signatures(c);
                if !s.is_empty() {
                    out.push(DocBlock::Signatures(s));
                }
            }
            Block::Table { table: id, rows } => out.extend(table(c, *id, rows.as_deref()).map(DocBlock::Table)),
        }
        sources.resize(out.len(), i);
    }
    (out, sources)
}

/// What one block of the wording prints, as own wording would write it: paragraphs separated by a
/// blank line, list items marked "– ", party and area names as live fields. The editor turns a
/// generated clause into own wording with it, so the parties start from the generated text.
pub fn block_as_own_text(a: &Agreement, part: usize, block: usize, lang: Lang) -> String {
    let parts = a.wording.parts();
    let Some(p) = parts.get(part) else { return String::new() };
    let Some(b) = p.blocks.get(block) else { return String::new() };
    let split = || split_all(a, BasisChoice::AsAgreed);
    let c = Ctx::new(a, lang, &parts, &split);
    let one = Part { blocks: vec![b.clone()], ..p.clone() };
    let (blocks, _) = part_blocks(&c, &one, true);
    let text = blocks
        .iter()
        .map(|b| match b {
            DocBlock::Item(t) => format!("– {t}"),
            other => other.plain(),
        })
        .collect::<Vec<_>>()
        .join("\n\n");
    bind_fields(a, &text, lang)
}

/// `text` with the names of the parties and of the area replaced by live fields, longest name first,
/// so that renaming a party later renames it in this text too.
pub fn bind_fields(a: &Agreement, text: &str, lang: Lang) -> String {
    let mut names: Vec<(String, String)> = a
        .parties
        .iter()
        .filter_map(|p| a.party(&p.id).map(|_| (party_name(a, &p.id, lang), format!("{{{{party:{}}}}}", p.id))))
        .filter(|(n, _)| !n.trim().is_empty() && a.party(n).is_none())
        .collect();
    if !a.meta.area_name.trim().is_empty() {
        names.push((a.meta.area_name.clone(), "{{area}}".into()));
    }
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    let mut out = text.to_string();
    for (i, (name, _)) in names.iter().enumerate() {
        // Placeholders first, so a shorter name inside a longer one's field is not replaced again.
        out = out.replace(name.as_str(), &format!("\u{1}{i}\u{1}"));
    }
    for (i, (_, field)) in names.iter().enumerate() {
        out = out.replace(&format!("\u{1}{i}\u{1}"), field);
    }
    out
}

/// The live fields the user can insert into own wording, with their labels in the language.
pub fn field_choices(a: &Agreement, lang: Lang) -> Vec<(String, String)> {
    let mut v = vec![("area".to_string(), lang.t(Msg::FieldArea).to_string())];
    for p in &a.parties {
        v.push((format!("party:{}", p.id), lang.fmt(Msg::FieldParty, &[&party_name(a, &p.id, lang)])));
    }
    v.push(("municipalities".into(), lang.t(Msg::FieldMunicipalities).into()));
    v.push(("fte".into(), lang.t(Msg::FieldFte).into()));
    for p in a.parties.iter().filter(|p| a.staffing.rows.iter().any(|r| r.party == p.id)) {
        v.push((format!("fte:{}", p.id), lang.fmt(Msg::FieldPartyFte, &[&party_name(a, &p.id, lang)])));
    }
    v.push(("persons".into(), lang.t(Msg::FieldPersons).into()));
    v.push(("clients".into(), lang.t(Msg::FieldClients).into()));
    let parts = a.wording.parts();
    let mut seen = Vec::new();
    for p in parts.iter().filter(|p| p.kind == PartKind::Annex && p.topic != Topic::Other) {
        if !seen.contains(&p.topic) {
            seen.push(p.topic);
            let title = generated_heading(p.topic, PartKind::Annex).map(|m| lang.t(m)).unwrap_or_default();
            let title = if p.heading.fi.trim().is_empty() { title.to_string() } else { p.heading.fi.clone() };
            v.push((format!("annex:{}", p.topic.path()), lang.fmt(Msg::FieldAnnex, &[&title])));
        }
    }
    for (code, m) in [
        ("cost_total", Msg::FieldCostTotal),
        ("notice_months", Msg::FieldNoticeMonths),
        ("change_notice_months", Msg::FieldChangeNotice),
        ("effective_from", Msg::FieldEffectiveFrom),
        ("until", Msg::FieldUntil),
        ("court", Msg::FieldCourt),
        ("negotiation_days", Msg::FieldNegotiationDays),
        ("copies", Msg::FieldCopies),
        ("lead_title", Msg::FieldLeadTitle),
        ("term_years", Msg::FieldTermYears),
        ("place_date", Msg::FieldPlaceDate),
    ] {
        v.push((code.into(), lang.t(m).into()));
    }
    v
}

pub fn generate(a: &Agreement, lang: Lang) -> Document {
    generate_with(a, lang, split_all(a, BasisChoice::AsAgreed))
}

/// `generate` with the agreement's split as agreed already at hand (the app keeps one per version).
pub fn generate_with(a: &Agreement, lang: Lang, split: SplitReport) -> Document {
    // Asked for once at most (`Ctx::split`).
    let split = std::cell::Cell::new(Some(split));
    generate_where(a, lang, &|| split.take().unwrap_or_default(), |_| true, true, None)
}

/// The document as the wording editor previews it, without the cost of the rest: the blocks made
/// from the wording's blocks but no tables (the editor names a table block; it does not print it)
/// and no "annex empty" line, and with `only` the blocks of that topic's parts alone (the others
/// keep their headings and numbers). `split` gives the split as agreed if a preview prints it. In
/// the large agreement the staff table was most of a keystroke's text generation.
pub fn generate_previews(a: &Agreement, lang: Lang, split: &dyn Fn() -> SplitReport, only: Option<Topic>) -> Document {
    generate_where(a, lang, split, |p| only.is_none_or(|t| p.topic == t), false, None)
}

/// `generate_previews` of `a` after an edit of `before`, whose previews (in the same language and
/// of the same topic) are `previews`: a part whose wording is unchanged keeps its blocks when nothing
/// else they are worded from changed (the agreement's data, the title, which annex is about which
/// topic).
/// Typing in a clause then words that clause again, not the whole document: in the large agreement
/// the other parts were a fifth of the keystroke.
pub fn generate_previews_after(
    a: &Agreement,
    lang: Lang,
    split: &dyn Fn() -> SplitReport,
    only: Option<Topic>,
    before: &Agreement,
    previews: &Document,
) -> Document {
    let (parts, old) = (a.wording.parts(), before.wording.parts());
    let reuse = (parts.len() == old.len()
        && previews.sections.len() == old.len()
        && same_but_parts(a, before)
        // A clause names the annex of its topic by number: the parts' kinds and topics in order.
        && parts.iter().map(|p| (p.kind, p.topic)).eq(old.iter().map(|p| (p.kind, p.topic))))
    .then_some((&*old, previews));
    generate_where(a, lang, split, |p| only.is_none_or(|t| p.topic == t), false, reuse)
}

/// `a` and `b` are equal but for their wording's parts. The fields are named once: the pattern makes
/// a field added to the agreement a build error here rather than a field forgotten.
fn same_but_parts(a: &Agreement, b: &Agreement) -> bool {
    macro_rules! equal_fields {
        ($($f:ident),*) => {{
            let Agreement { $($f: _,)* wording: _ } = a;
            $(a.$f == b.$f &&)* a.wording.title == b.wording.title
        }};
    }
    equal_fields!(
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
        signatures
    )
}

/// `reuse`: the parts of a version whose context is the same, and its document, whose blocks a part
/// equal to its part there keeps. Out of line: the app's two previews share one copy.
#[inline(never)]
fn generate_where(
    a: &Agreement,
    lang: Lang,
    split: &dyn Fn() -> SplitReport,
    keep: impl Fn(&Part) -> bool,
    tables: bool,
    reuse: Option<(&[Part], &Document)>,
) -> Document {
    let parts = a.wording.parts();
    let own = !a.wording.parts.is_empty();
    let c = Ctx::new(a, lang, &parts, split);
    let mut number = 0;
    let sections = parts
        .iter()
        .zip(&c.annexes)
        .enumerate()
        .map(|(i, (p, annex_no))| {
            let (h, _) = own_text(lang, &p.heading.fi, &p.heading.sv);
            let title = if h.trim().is_empty() {
                generated_heading(p.topic, p.kind).map(|m| c.t(m)).unwrap_or_default()
            } else {
                fill(&c, h)
            };
            let heading = match (p.kind, annex_no) {
                (PartKind::Annex, Some(n)) => c.f(Msg::DocAnnexHeading, &[&n.to_string(), &title]),
                (PartKind::Section, _) => {
                    number += 1;
                    format!("{number} {title}")
                }
                _ => title,
            };
            let kept = reuse.filter(|(old, _)| old[i] == *p).map(|(_, d)| &d.sections[i]);
            let (mut blocks, mut sources) = match kept {
                _ if !keep(p) => Default::default(),
                Some(s) => (s.blocks.clone(), s.sources.clone()),
                None => part_blocks(&c, p, tables),
            };
            if tables && p.kind == PartKind::Annex && blocks.is_empty() {
                blocks.push(para(c.t(Msg::DocAnnexEmpty)));
                sources.push(usize::MAX);
            }
            let annex = p.kind == PartKind::Annex;
            DocSection { heading, blocks, sources, annex, path: p.topic.path(), part: own.then_some(i) }
        })
        .collect();
    let (t, _) = own_text(lang, &a.wording.title.fi, &a.wording.title.sv);
    let title = if t.trim().is_empty() { c.t(Msg::DocTitle) } else { t.to_string() };
    let mut subtitle = Vec::new();
    if !a.meta.area_name.trim().is_empty() {
        subtitle.push(a.meta.area_name.clone());
    }
    if !a.parties.is_empty() {
        subtitle.push(c.f(Msg::DocBetween, &[&c.names(a.parties.iter().map(|p| p.id.clone()))]));
    }
    let draft_mark = (a.meta.status == Status::Draft).then(|| c.t(Msg::DocDraftMark));
    let mut header = vec![a.meta.area_name.clone()];
    if let Some(d) = a.meta.version_date {
        header.push(c.f(Msg::DocVersion, &[&lang.date(d)]));
    }
    if let Some(m) = &draft_mark {
        header.push(m.clone());
    }
    Document {
        lang,
        title,
        subtitle,
        header: header.into_iter().filter(|s| !s.trim().is_empty()).collect::<Vec<_>>().join(" · "),
        draft_mark,
        unofficial: (lang == Lang::En).then(|| c.t(Msg::DocUnofficial)),
        sections,
    }
}

/// User text in Markdown: characters that would start markup or raw HTML are escaped.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// The document as Markdown, tables as pipe tables.
pub fn to_markdown(d: &Document) -> String {
    let mut out = String::new();
    if let Some(m) = &d.draft_mark {
        out.push_str(&format!("**{}**\n\n", md(m)));
    }
    if let Some(u) = &d.unofficial {
        out.push_str(&format!("*{}*\n\n", md(u)));
    }
    if !d.header.is_empty() {
        out.push_str(&format!("*{}*\n\n", md(&d.header)));
    }
    out.push_str(&format!("# {}\n\n", md(&d.title)));
    for s in &d.subtitle {
        out.push_str(&md(s));
        out.push_str("\n\n");
    }
    let untranslated = d.lang.t(Msg::DocUntranslated);
    for s in &d.sections {
        if !s.heading.is_empty() {
            out.push_str(&format!("## {}\n\n", md(&s.heading)));
        }
        let mut in_list = false;
        for b in &s.blocks {
            if in_list && !matches!(b, DocBlock::Item(_)) {
                out.push('\n');
            }
            in_list = matches!(b, DocBlock::Item(_));
            match b {
                DocBlock::Paragraph(p) => out.push_str(&format!("{}\n\n", md(p))),
                DocBlock::Item(p) => out.push_str(&format!("- {}\n", md(p))),
                DocBlock::Heading(p) => out.push_str(&format!("### {}\n\n", md(p))),
                DocBlock::Untranslated(p) => out.push_str(&format!("*[{}]* {}\n\n", md(untranslated), md(p))),
                DocBlock::Table(t) => {
                    if let Some((head, rows)) = t.split_first() {
                        let row = |r: &Vec<String>| r.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | ");
                        out.push_str(&format!("| {} |\n", row(head)));
                        out.push_str(&format!("|{}\n", " --- |".repeat(head.len())));
                        for r in rows {
                            out.push_str(&format!("| {} |\n", row(r)));
                        }
                        out.push('\n');
                    }
                }
                DocBlock::Signatures(sigs) => {
                    for (org, who) in sigs {
                        out.push_str(&format!(
                            "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  \n{}  \n{}\n\n",
                            md(who),
                            md(org)
                        ));
                    }
                }
            }
        }
        if in_list {
            out.push('\n');
        }
    }
    out
}

/// The document as a standalone HTML page with a print stylesheet for A4: the draft mark and the
/// running header on every printed page, annexes on new pages.
pub fn to_html(d: &Document) -> String {
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n\
         body{{font-family:Arial,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5}}\
         table{{border-collapse:collapse;width:100%}}th,td{{border:1px solid #555;padding:.25rem .4rem;text-align:left}}\
         .annex{{break-before:page}}thead{{display:table-header-group}}.sign{{margin-top:3rem;break-inside:avoid}}\
         .sign-line{{border-top:1px solid #000;width:18rem;padding-top:.2rem}}.untranslated{{background:#fff3bf}}\
         .running{{color:#555;font-size:.85rem}}\
         @page{{size:A4;margin:20mm 18mm 22mm}}@media print{{.running{{position:fixed;top:0;right:0}}}}\n</style>\n</head>\n<body>\n",
        d.lang.code(),
        crate::escape::html(&d.title)
    );
    if !d.header.is_empty() {
        out.push_str(&format!("<p class=\"running\">{}</p>\n", crate::escape::html(&d.header)));
    }
    if let Some(m) = &d.draft_mark {
        out.push_str(&format!("<p><strong>{}</strong></p>\n", crate::escape::html(m)));
    }
    if let Some(u) = &d.unofficial {
        out.push_str(&format!("<p><em>{}</em></p>\n", crate::escape::html(u)));
    }
    out.push_str(&format!("<h1>{}</h1>\n", crate::escape::html(&d.title)));
    for s in &d.subtitle {
        out.push_str(&format!("<p class=\"subtitle\">{}</p>\n", crate::escape::html(s)));
    }
    let untranslated = d.lang.t(Msg::DocUntranslated);
    for s in &d.sections {
        out.push_str(&format!("<section{}>\n", if s.annex { " class=\"annex\"" } else { "" }));
        if !s.heading.is_empty() {
            out.push_str(&format!("<h2>{}</h2>\n", crate::escape::html(&s.heading)));
        }
        let mut in_list = false;
        for b in &s.blocks {
            let item = matches!(b, DocBlock::Item(_));
            if item && !in_list {
                out.push_str("<ul>\n");
            } else if !item && in_list {
                out.push_str("</ul>\n");
            }
            in_list = item;
            match b {
                DocBlock::Paragraph(p) => out.push_str(&format!("<p>{}</p>\n", crate::escape::html(p))),
                DocBlock::Item(p) => out.push_str(&format!("<li>{}</li>\n", crate::escape::html(p))),
                DocBlock::Heading(p) => out.push_str(&format!("<h3>{}</h3>\n", crate::escape::html(p))),
                DocBlock::Untranslated(p) => out.push_str(&format!(
                    "<p class=\"untranslated\" lang=\"fi\"><strong>[{}]</strong> {}</p>\n",
                    crate::escape::html(untranslated),
                    crate::escape::html(p)
                )),
                DocBlock::Table(t) => {
                    if let Some((head, rows)) = t.split_first() {
                        out.push_str("<table>\n<thead><tr>");
                        for c in head {
                            out.push_str(&format!("<th scope=\"col\">{}</th>", crate::escape::html(c)));
                        }
                        out.push_str("</tr></thead>\n<tbody>\n");
                        for r in rows {
                            out.push_str("<tr>");
                            for c in r {
                                out.push_str(&format!("<td>{}</td>", crate::escape::html(c)));
                            }
                            out.push_str("</tr>\n");
                        }
                        out.push_str("</tbody>\n</table>\n");
                    }
                }
                DocBlock::Signatures(sigs) => {
                    for (org, who) in sigs {
                        out.push_str(&format!(
                            "<div class=\"sign\"><div class=\"sign-line\">{}</div><div>{}</div></div>\n",
                            crate::escape::html(who),
                            crate::escape::html(org)
                        ));
                    }
                }
            }
        }
        if in_list {
            out.push_str("</ul>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;

    #[test]
    fn previews_are_the_documents_blocks_of_their_topic_without_tables() {
        for p in presets::PRESETS {
            let a = presets::load(p.id).unwrap().agreement;
            let whole = generate(&a, Lang::Fi);
            for only in Topic::ALL.map(Some).into_iter().chain([None]) {
                let previews = generate_previews(&a, Lang::Fi, &|| split_all(&a, BasisChoice::AsAgreed), only);
                assert_eq!(previews.sections.len(), whole.sections.len());
                for (w, v) in whole.sections.iter().zip(&previews.sections) {
                    assert_eq!(w.heading, v.heading, "{}", p.id);
                    let kept = |s: &DocSection| -> Vec<(usize, String)> {
                        s.sources
                            .iter()
                            .zip(&s.blocks)
                            .filter(|(i, b)| {
                                **i != usize::MAX && !matches!(b, DocBlock::Table(_) | DocBlock::Signatures(_))
                            })
                            .map(|(i, b)| (*i, b.plain()))
                            .collect()
                    };
                    let expected = if only.is_none_or(|t| w.path == t.path()) { kept(w) } else { Vec::new() };
                    assert_eq!(kept(v), expected, "{} {only:?} {}", p.id, w.heading);
                    assert_eq!(v.blocks.len(), kept(v).len(), "no table is previewed");
                }
            }
        }
    }

    /// Edits of one part, of a part's kind and of the annexes' order (the annexes' numbers and the
    /// references to them), of the data
    /// and of the title: previews made after each from the version before equal those made afresh.
    #[test]
    fn previews_after_an_edit_equal_previews_made_afresh() {
        let mut cases: Vec<(String, Agreement)> = Vec::new();
        for p in presets::PRESETS {
            let a = presets::load(p.id).unwrap().agreement;
            for i in 0..a.wording.parts().len() {
                let mut b = a.clone();
                b.wording.parts = a.wording.parts().into_owned();
                let part = &mut b.wording.parts[i];
                if let Some(Block::Own { fi, .. }) = part.blocks.iter_mut().find(|b| matches!(b, Block::Own { .. })) {
                    fi.push_str(" {{annex:staffing}} x");
                } else {
                    part.blocks.push(Block::own(Style::Paragraph, "{{annex:costs}} x"));
                }
                cases.push((format!("{} part {i} worded", p.id), b));
                // Renumbers the annexes, which other parts refer to.
                let mut b = a.clone();
                b.wording.parts = a.wording.parts().into_owned();
                let part = &mut b.wording.parts[i];
                part.kind = if part.kind == PartKind::Annex { PartKind::Section } else { PartKind::Annex };
                cases.push((format!("{} part {i} made an annex or a section", p.id), b));
                // Swaps the part with the next annex: the kinds stay in order, the annexes' topics do not.
                let parts = a.wording.parts();
                if let Some(j) =
                    (i + 1..parts.len()).find(|&j| parts[i].kind == PartKind::Annex && parts[j].kind == PartKind::Annex)
                {
                    let mut b = a.clone();
                    b.wording.parts = parts.into_owned();
                    b.wording.parts.swap(i, j);
                    cases.push((format!("{} annexes {i} and {j} swapped", p.id), b));
                }
            }
            let mut b = a.clone();
            if let Some(r) = b.staffing.rows.first_mut() {
                r.fte = Some(Dec(r.fte.unwrap_or_default().0 + 1000));
            }
            b.meta.area_name.push('x');
            cases.push((format!("{} data", p.id), b));
            let mut b = a.clone();
            b.wording.title.fi.push('x');
            cases.push((format!("{} title", p.id), b));
        }
        let split = |a: &Agreement| split_all(a, BasisChoice::AsAgreed);
        for (what, b) in &cases {
            let a = presets::load(what.split(' ').next().unwrap()).unwrap().agreement;
            for only in Topic::ALL.map(Some).into_iter().chain([None]) {
                let before = generate_previews(&a, Lang::Fi, &|| split(&a), only);
                let after = generate_previews_after(b, Lang::Fi, &|| split(b), only, &a, &before);
                assert_eq!(after, generate_previews(b, Lang::Fi, &|| split(b), only), "{what} {only:?}");
            }
        }
    }

    #[test]
    fn annexes_are_numbered_and_referred_to_by_number() {
        let a = presets::blank().agreement;
        let mut a = a;
        a.staffing.rows.push(
            StaffRow { party: "ea".into(), role: "Ohjaaja".into(), fte: Some(Dec(1500)), ..Default::default() }.into(),
        );
        let d = generate(&a, Lang::Fi);
        let annexes: Vec<&str> = d.sections.iter().filter(|s| s.annex).map(|s| s.heading.as_str()).collect();
        assert!(annexes[1].starts_with("Liite 2"), "{annexes:?}");
        let md = to_markdown(&d);
        assert!(md.contains("liitteessä 2"), "{md}");
    }

    #[test]
    fn own_wording_fills_its_fields_and_marks_a_missing_one() {
        let mut a = presets::blank().agreement;
        a.wording.parts = wording::template();
        a.wording.parts[0].blocks =
            vec![Block::own(Style::Paragraph, "Sopijapuoli {{party:kela}} ja {{party:nobody}}.")];
        let d = generate(&a, Lang::Fi);
        let text = d.sections[0].blocks[0].plain();
        assert!(text.contains("Kansaneläkelaitos"), "{text}");
        assert!(text.contains("party:nobody"), "{text}");
        assert_eq!(
            missing_fields(&a),
            vec![(crate::path::F::WordingPartsBlocksFi.at2(0, 0), "party:nobody".to_string())]
        );
    }

    #[test]
    fn a_swedish_document_marks_own_wording_it_has_only_in_finnish() {
        let mut a = presets::blank().agreement;
        a.wording.parts = wording::template();
        a.wording.parts[0].blocks = vec![Block::own(Style::Paragraph, "Vain suomeksi.")];
        let d = generate(&a, Lang::Sv);
        assert_eq!(d.sections[0].blocks[0], DocBlock::Untranslated("Vain suomeksi.".into()));
        assert!(to_html(&d).contains("class=\"untranslated\""));
    }

    #[test]
    fn each_split_rule_and_termination_rule_has_its_own_wording() {
        let mut a = presets::load("lantinen-pirkanmaa").unwrap().agreement;
        a.wording.parts.clear();
        let rules = [
            SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] },
            SplitRule::ByStaff { basis: StaffBasis::Persons, parties: vec![] },
            SplitRule::ByParticipants { counts: vec![] },
            SplitRule::ByParticipants { counts: vec![PartyCount { party: "kela".into(), count: 2 }] },
            SplitRule::OnePayer { party: "ea".into() },
            SplitRule::FixedPercent { shares: vec![PartyShare { party: "ea".into(), percent: Dec(100_000) }] },
            SplitRule::Equal { parties: vec!["ea".into(), "wc".into()] },
        ];
        let mut seen = Vec::new();
        for rule in rules {
            a.costs.items = vec![CostItem { name: "Erä".into(), amount: 100, rule, sub_splits: vec![] }];
            let md = to_markdown(&generate(&a, Lang::Fi));
            let line = md.lines().find(|l| l.starts_with("Erä")).unwrap().to_string();
            assert!(!seen.contains(&line), "{line}");
            seen.push(line);
        }
        let effects = [
            TerminationEffect::NotStated,
            TerminationEffect::AfterNotice,
            TerminationEffect::EndOfYear,
            TerminationEffect::AtYearChange { notice_by: "30.6.".into() },
            TerminationEffect::HalfYearRule,
        ];
        let mut seen = Vec::new();
        for effect in effects {
            a.validity.termination =
                Termination { allowed: Some(true), notice_months: Some(6), effect, written: true, own_part: false };
            let section = generate(&a, Lang::Fi).sections.into_iter().find(|s| s.path == "validity").unwrap();
            assert!(!seen.contains(&section.blocks), "{:?}", section.blocks);
            seen.push(section.blocks);
        }
        a.validity.termination.allowed = None;
        a.validity.termination.notice_months = None;
        let md = to_markdown(&generate(&a, Lang::Fi));
        assert!(!md.contains("irtisanoa"), "not stated prints no termination clause");
        a.validity.termination.allowed = Some(false);
        assert!(to_markdown(&generate(&a, Lang::Fi)).contains("Sopimusta ei voi irtisanoa."));
    }

    #[test]
    fn markdown_and_xml_escape_user_text() {
        assert_eq!(md("<b>a|b</b>"), "\\<b\\>a\\|b\\<\\/b\\>".replace("\\/", "/"));
        assert_eq!(crate::escape::xml_text("a\u{b}\u{c}<&>\u{1}b"), "a&lt;&amp;&gt;b");
    }
}
