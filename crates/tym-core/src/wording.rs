//! The agreement's wording as data: the document's parts (numbered sections, numbered annexes,
//! unnumbered parts such as a preamble or a group heading) in order, each an ordered list of blocks.
//! A block is a generated clause of the clause library (its wording follows the data), the area's own
//! wording with live fields (`{{party:ea}}`, `{{fte}}`, `{{annex:staffing}}` …) that the renderer fills
//! from the data, or a table bound to the data. An empty list of parts means the template
//! (`template()`): every clause and table in the de facto order of the real agreements.
//!
//! What the fields mean, and what they resolve to, is here; how a clause or a table is worded is in
//! `text.rs` and the language catalogues.

use crate::model::Agreement;
use crate::path::{Path, F};
use crate::{json_names, json_struct, json_tagged};
use schemars::JsonSchema;
use serde::Serialize;

/// Text in the document's two official languages. Swedish may be empty in a Finnish-only agreement;
/// a Swedish document then marks the block as untranslated rather than printing Finnish silently.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Text {
    pub fi: String,
    pub sv: String,
}

impl Text {
    pub fn fi(s: &str) -> Text {
        Text { fi: s.into(), sv: String::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.fi.trim().is_empty() && self.sv.trim().is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Wording {
    /// The agreement's title as it words it; empty: the generated title.
    pub title: Text,
    /// The document's parts in order; empty: `template()`.
    pub parts: Vec<Part>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PartKind {
    /// Numbered 1, 2, 3 … in document order.
    #[default]
    Section,
    /// Numbered Liite 1, Liite 2 … in document order, on a page of its own.
    Annex,
    /// A preamble, a group heading ("I PALVELUN JÄRJESTÄMISEN TAVAT"), an unnumbered signature part.
    Unnumbered,
}

/// Which part of the data a document part belongs to: where "go to field" leads, and the annex a
/// `{{annex:…}}` field refers to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Purpose,
    Parties,
    Area,
    SteeringGroup,
    Objectives,
    Arrangement,
    Services,
    Staffing,
    LeadPerson,
    Costs,
    ClientData,
    Validity,
    Signatures,
    #[default]
    Other,
}

impl Topic {
    pub const ALL: [Topic; 14] = [
        Topic::Purpose,
        Topic::Parties,
        Topic::Area,
        Topic::SteeringGroup,
        Topic::Objectives,
        Topic::Arrangement,
        Topic::Services,
        Topic::Staffing,
        Topic::LeadPerson,
        Topic::Costs,
        Topic::ClientData,
        Topic::Validity,
        Topic::Signatures,
        Topic::Other,
    ];

    /// The model path of the topic's fields ("steering_group"), the first segment of a finding's path.
    pub fn path(self) -> &'static str {
        match self {
            Topic::Purpose => "purpose",
            Topic::Parties => "parties",
            Topic::Area => "area",
            Topic::SteeringGroup => "steering_group",
            Topic::Objectives => "objectives",
            Topic::Arrangement => "arrangement",
            Topic::Services => "services",
            Topic::Staffing => "staffing",
            Topic::LeadPerson => "lead_person",
            Topic::Costs => "costs",
            Topic::ClientData => "client_data",
            Topic::Validity => "validity",
            Topic::Signatures => "signatures",
            Topic::Other => "wording",
        }
    }

    pub fn from_path(p: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.path() == p)
    }

    /// The name of the topic's section as the editor heads it ("Sopijaosapuolet"): the checks list
    /// groups findings under it and the agreement view's section list names its links with it.
    pub fn label(self) -> crate::Msg {
        use crate::Msg::*;
        match self {
            Topic::Purpose => DocH1,
            Topic::Parties => UiParties,
            Topic::Area => UiArea,
            Topic::SteeringGroup => UiSteeringGroup,
            Topic::Objectives => UiObjectives,
            Topic::Arrangement => UiArrangement,
            Topic::Services => UiServices,
            Topic::Staffing => UiViewStaffing,
            Topic::LeadPerson => UiLeadPerson,
            Topic::Costs => UiViewCosts,
            Topic::ClientData => UiClientData,
            Topic::Validity => UiValidity,
            Topic::Signatures => UiSignatures,
            Topic::Other => UiAgreementText,
        }
    }

    /// The section's number in the template the editor follows ("2"); the signatures and the other
    /// parts have none.
    pub fn number(self) -> Option<usize> {
        Topic::ALL[..12].iter().position(|t| *t == self).map(|i| i + 1)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(default)]
pub struct Part {
    pub kind: PartKind,
    pub topic: Topic,
    /// The heading as the agreement words it, without its number; empty: the topic's generated heading.
    pub heading: Text,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Style {
    #[default]
    Paragraph,
    /// A list item (written without its bullet or number).
    Item,
    /// A sub-heading inside a part.
    Heading,
}

/// One block of a part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A clause of the clause library, worded from the data.
    Clause { clause: ClauseId },
    /// The area's own wording, with live fields.
    Own {
        style: Style,
        fi: String,
        sv: String,
        /// The generated clause this wording replaced, to go back to it.
        #[serde(default)]
        replaces: Option<ClauseId>,
    },
    /// A table generated from the data.
    Table {
        table: TableId,
        /// The seats a composition table prints (their indexes), when an annex lists only some of them
        /// — a decision naming fewer members than the composition annex (Läntinen Pirkanmaa, annexes
        /// 1 and 2). `None`: every seat. Other tables print every row. Rule R26 compares two
        /// composition tables.
        #[serde(default)]
        rows: Option<Vec<u32>>,
    },
}

impl Block {
    pub fn own(style: Style, fi: &str) -> Block {
        Block::Own { style, fi: fi.into(), sv: String::new(), replaces: None }
    }
}

macro_rules! ids {
    ($(#[$m:meta])* $t:ident { $($v:ident = $n:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, JsonSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $t { $($v),* }
        impl $t {
            pub const ALL: &'static [$t] = &[$($t::$v),*];
            pub fn code(self) -> &'static str {
                match self { $($t::$v => $n),* }
            }
        }
        json_names!($t { $($v = $n),* });
    };
}

ids!(
    /// The generated clauses. Each has one wording per state of the data it reads (e.g. one per
    /// termination rule), in every language; a clause whose data is empty prints nothing.
    ClauseId {
        PurposeLaw = "purpose_law",
        PartiesList = "parties_list",
        AreaMunicipalities = "area_municipalities",
        SteeringDecision = "steering_decision",
        SteeringSetBy = "steering_set_by",
        SteeringTerm = "steering_term",
        SteeringMembers = "steering_members",
        ObjectivesAnnual = "objectives_annual",
        ObjectivesItems = "objectives_items",
        ArrangementWays = "arrangement_ways",
        ArrangementPremises = "arrangement_premises",
        ServicesCatalogue = "services_catalogue",
        ServicesYouth = "services_youth",
        StaffingAllocation = "staffing_allocation",
        StaffingReview = "staffing_review",
        StaffingClients = "staffing_clients",
        LeadNamedBy = "lead_named_by",
        LeadDeputy = "lead_deputy",
        LeadEmployer = "lead_employer",
        LeadWorkingTime = "lead_working_time",
        LeadTasks = "lead_tasks",
        LeadOtherTasks = "lead_other_tasks",
        CostsOwn = "costs_own",
        CostsItems = "costs_items",
        CostsKela = "costs_kela",
        CostsIndex = "costs_index",
        ClientDataJoint = "client_data_joint",
        ClientDataPrivacyAnnex = "client_data_privacy_annex",
        ValidityTerm = "validity_term",
        ValidityReview = "validity_review",
        ValidityAnnexes = "validity_annexes",
        ValidityAmendment = "validity_amendment",
        ValidityChangeNotice = "validity_change_notice",
        ValidityTermination = "validity_termination",
        ValidityLawRepealed = "validity_law_repealed",
        ValidityDispute = "validity_dispute",
        SignaturesCopies = "signatures_copies",
        SignaturesElectronic = "signatures_electronic",
        SignaturesPlaceDate = "signatures_place_date",
        PrivacyNotice = "privacy_notice",
    }
);

ids!(
    /// The tables generated from the data.
    TableId {
        Parties = "parties",
        Municipalities = "municipalities",
        Composition = "composition",
        Staffing = "staffing",
        CostSplit = "cost_split",
        Signatures = "signatures",
    }
);

impl ClauseId {
    /// The topic whose fields the clause reads.
    pub fn topic(self) -> Topic {
        use ClauseId::*;
        match self {
            PurposeLaw => Topic::Purpose,
            PartiesList => Topic::Parties,
            AreaMunicipalities => Topic::Area,
            SteeringDecision | SteeringSetBy | SteeringTerm | SteeringMembers => Topic::SteeringGroup,
            ObjectivesAnnual | ObjectivesItems => Topic::Objectives,
            ArrangementWays | ArrangementPremises => Topic::Arrangement,
            ServicesCatalogue | ServicesYouth => Topic::Services,
            StaffingAllocation | StaffingReview | StaffingClients => Topic::Staffing,
            LeadNamedBy | LeadDeputy | LeadEmployer | LeadWorkingTime | LeadTasks | LeadOtherTasks => Topic::LeadPerson,
            CostsOwn | CostsItems | CostsKela | CostsIndex => Topic::Costs,
            ClientDataJoint | ClientDataPrivacyAnnex | PrivacyNotice => Topic::ClientData,
            ValidityTerm | ValidityReview | ValidityAnnexes | ValidityAmendment | ValidityChangeNotice
            | ValidityTermination | ValidityLawRepealed | ValidityDispute => Topic::Validity,
            SignaturesCopies | SignaturesElectronic | SignaturesPlaceDate => Topic::Signatures,
        }
    }
}

impl TableId {
    pub fn topic(self) -> Topic {
        match self {
            TableId::Parties => Topic::Parties,
            TableId::Municipalities => Topic::Area,
            TableId::Composition => Topic::SteeringGroup,
            TableId::Staffing => Topic::Staffing,
            TableId::CostSplit => Topic::Costs,
            TableId::Signatures => Topic::Signatures,
        }
    }

    /// The table's name as the wording editor and the comparison show it.
    pub fn label(self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            TableId::Parties => Msg::DocH2,
            TableId::Municipalities => Msg::FieldMunicipalities,
            TableId::Composition => Msg::DocAnnexSteering,
            TableId::Staffing => Msg::DocAnnexStaff,
            TableId::CostSplit => Msg::DocAnnexCosts,
            TableId::Signatures => Msg::UiSignatures,
        }
    }
}

/// The de facto template of the real agreements: sections 1–12, the signatures, and the annexes, every
/// part made of generated clauses and tables. A new blank agreement and a file without wording use it.
pub fn template() -> Vec<Part> {
    use ClauseId::*;
    let part = |kind, topic, blocks: Vec<Block>| Part { kind, topic, heading: Text::default(), blocks };
    let section = |topic, clauses: &[ClauseId]| {
        part(PartKind::Section, topic, clauses.iter().map(|&clause| Block::Clause { clause }).collect())
    };
    let table = |table| Block::Table { table, rows: None };
    vec![
        section(Topic::Purpose, &[PurposeLaw]),
        section(Topic::Parties, &[PartiesList]),
        section(Topic::Area, &[AreaMunicipalities]),
        section(Topic::SteeringGroup, &[SteeringSetBy, SteeringTerm, SteeringMembers]),
        section(Topic::Objectives, &[ObjectivesAnnual]),
        section(Topic::Arrangement, &[ArrangementWays, ArrangementPremises]),
        section(Topic::Services, &[ServicesCatalogue, ServicesYouth]),
        section(Topic::Staffing, &[StaffingAllocation, StaffingClients, StaffingReview]),
        section(Topic::LeadPerson, &[LeadNamedBy, LeadDeputy, LeadEmployer, LeadWorkingTime]),
        section(Topic::Costs, &[CostsOwn, CostsItems, CostsKela, CostsIndex]),
        section(Topic::ClientData, &[ClientDataJoint, ClientDataPrivacyAnnex]),
        section(
            Topic::Validity,
            &[
                ValidityTerm,
                ValidityReview,
                ValidityAnnexes,
                ValidityAmendment,
                ValidityChangeNotice,
                ValidityTermination,
                ValidityLawRepealed,
                ValidityDispute,
            ],
        ),
        part(
            PartKind::Unnumbered,
            Topic::Signatures,
            vec![
                Block::Clause { clause: SignaturesCopies },
                Block::Clause { clause: SignaturesElectronic },
                Block::Clause { clause: SignaturesPlaceDate },
                table(TableId::Signatures),
            ],
        ),
        part(
            PartKind::Annex,
            Topic::SteeringGroup,
            vec![Block::Clause { clause: SteeringDecision }, table(TableId::Composition)],
        ),
        part(PartKind::Annex, Topic::Staffing, vec![table(TableId::Staffing)]),
        part(
            PartKind::Annex,
            Topic::LeadPerson,
            vec![Block::Clause { clause: LeadTasks }, Block::Clause { clause: LeadOtherTasks }],
        ),
        part(PartKind::Annex, Topic::Costs, vec![table(TableId::CostSplit)]),
        part(PartKind::Annex, Topic::Objectives, vec![Block::Clause { clause: ObjectivesItems }]),
        part(PartKind::Annex, Topic::ClientData, vec![Block::Clause { clause: PrivacyNotice }]),
    ]
}

impl Wording {
    /// The parts the document has: its own, or the template's.
    pub fn parts(&self) -> std::borrow::Cow<'_, [Part]> {
        if self.parts.is_empty() {
            std::borrow::Cow::Owned(template())
        } else {
            std::borrow::Cow::Borrowed(&self.parts)
        }
    }

    /// The composition tables' selections after the seats list changed by `change`, so that a
    /// selection names the same people as before (`crate::lists` calls this on every removal, move,
    /// addition and paste of seats). Its order does not matter: a table prints in the seats' order.
    pub fn seats_renumbered(&mut self, change: crate::lists::Change) {
        // In place, without iterator adapters: this runs in the app (wasm size).
        for p in &mut self.parts {
            for b in &mut p.blocks {
                if let Block::Table { table: TableId::Composition, rows: Some(rows) } = b {
                    let mut kept = 0;
                    for k in 0..rows.len() {
                        if let Some(to) = change.to(rows[k] as usize) {
                            rows[kept] = to as u32;
                            kept += 1;
                        }
                    }
                    rows.truncate(kept);
                }
            }
        }
    }
}

/// The annex numbers of the parts: `Some(n)` for the n-th annex (from 1).
pub fn annex_numbers(parts: &[Part]) -> Vec<Option<usize>> {
    let mut n = 0;
    parts
        .iter()
        .map(|p| {
            (p.kind == PartKind::Annex).then(|| {
                n += 1;
                n
            })
        })
        .collect()
}

/// A live field in own wording, `{{key}}` or `{{key:arg}}` or `{{key:arg:sub}}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldRef<'a> {
    pub key: &'a str,
    pub arg: Option<&'a str>,
    pub sub: Option<&'a str>,
}

/// A piece of own wording: literal text or a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Field(FieldRef<'a>),
}

/// Splits own wording into text and fields. Anything that is not a well-formed `{{…}}` is text, so
/// braces a user types stay as typed.
pub fn pieces(s: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find("{{") {
        let after = &rest[open + 2..];
        let Some(close) = after.find("}}") else { break };
        let inner = &after[..close];
        let well_formed =
            !inner.is_empty() && inner.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | ':' | '-'));
        if !well_formed {
            out.push(Piece::Text(&rest[..open + 2]));
            rest = after;
            continue;
        }
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        let mut it = inner.splitn(3, ':');
        let key = it.next().unwrap_or_default();
        out.push(Piece::Field(FieldRef { key, arg: it.next(), sub: it.next() }));
        rest = &after[close + 2..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// Where each piece of own wording is, with its path in the file: `wording.parts[3].blocks[2].fi`.
pub fn own_texts(a: &Agreement) -> Vec<(Path, &str)> {
    let mut v = Vec::new();
    for (i, p) in a.wording.parts.iter().enumerate() {
        for (f, h) in [(F::WordingPartsHeadingFi, &p.heading.fi), (F::WordingPartsHeadingSv, &p.heading.sv)] {
            if !h.is_empty() {
                v.push((f.at(i), h.as_str()));
            }
        }
        for (j, b) in p.blocks.iter().enumerate() {
            if let Block::Own { fi, sv, .. } = b {
                for (f, t) in [(F::WordingPartsBlocksFi, fi), (F::WordingPartsBlocksSv, sv)] {
                    if !t.is_empty() {
                        v.push((f.at2(i, j), t.as_str()));
                    }
                }
            }
        }
    }
    v
}

/// Whether the document has own wording in a part of the topic (which may state what the fields do not).
pub fn has_own_wording(a: &Agreement, topic: Topic) -> bool {
    a.wording.parts.iter().filter(|p| p.topic == topic).flat_map(|p| &p.blocks).any(|b| match b {
        Block::Own { fi, sv, .. } => !fi.trim().is_empty() || !sv.trim().is_empty(),
        _ => false,
    })
}

/// Whether the document prints the clause (it is in its parts, or in the template when it has none).
pub fn prints(a: &Agreement, clause: ClauseId) -> bool {
    a.wording.parts().iter().flat_map(|p| &p.blocks).any(|b| matches!(b, Block::Clause { clause: c } if *c == clause))
}

/// The topic a path of the file belongs to — the one mapping from a finding's path to the agreement's
/// section, for "go to field", the checks list's groups and the section list's badges: a wording path
/// leads to its part's topic, any other path to its first segment (`meta` to none).
pub fn topic_of(a: &Agreement, p: &Path) -> Option<Topic> {
    if p.field.section() == "wording" && p.field != F::WordingTitle && !p.field.pattern().starts_with("wording.title") {
        return p.indices().next().and_then(|i| a.wording.parts.get(i)).map(|p| p.topic);
    }
    Topic::from_path(p.field.section())
}

json_struct!(Text { fi, sv });
json_struct!(Wording { title, parts });
json_names!(PartKind { Section = "section", Annex = "annex", Unnumbered = "unnumbered" });
json_names!(Topic {
    Purpose = "purpose",
    Parties = "parties",
    Area = "area",
    SteeringGroup = "steering_group",
    Objectives = "objectives",
    Arrangement = "arrangement",
    Services = "services",
    Staffing = "staffing",
    LeadPerson = "lead_person",
    Costs = "costs",
    ClientData = "client_data",
    Validity = "validity",
    Signatures = "signatures",
    Other = "other",
});
json_struct!(Part { kind, topic, heading, blocks });
json_names!(Style { Paragraph = "paragraph", Item = "item", Heading = "heading" });
json_tagged!(Block {
    Clause = "clause" { clause },
    Own = "own" { ; style, fi, sv, replaces },
    Table = "table" { table; rows },
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_maps_to_its_section_and_the_sections_are_numbered_as_the_editor_heads_them() {
        let mut a = Agreement::default();
        a.wording.parts.push(Part { topic: Topic::Objectives, ..Part::default() });
        assert_eq!(topic_of(&a, &F::StaffingRowsFte.at(2)), Some(Topic::Staffing));
        assert_eq!(topic_of(&a, &F::WordingPartsBlocksSv.at2(0, 1)), Some(Topic::Objectives));
        assert_eq!(topic_of(&a, &F::WordingPartsBlocksFi.at2(7, 0)), None);
        assert_eq!(topic_of(&a, &F::MetaTitle.path()), None);
        assert_eq!(Topic::Purpose.number(), Some(1));
        assert_eq!(Topic::LeadPerson.number(), Some(9));
        assert_eq!(Topic::Validity.number(), Some(12));
        assert_eq!((Topic::Signatures.number(), Topic::Other.number()), (None, None));
        assert_eq!(crate::Lang::Fi.t(Topic::Parties.label()), "Sopijaosapuolet");
        assert_eq!(
            (crate::Lang::Fi.findings(1), crate::Lang::Fi.findings(3)),
            ("1 havainto".into(), "3 havaintoa".into())
        );
    }

    #[test]
    fn fields_are_found_and_stray_braces_stay_text() {
        let p = pieces("A {{party:ea}} b {{fte}}{ c {{x y}} {{annex:staffing}}");
        assert_eq!(
            p,
            vec![
                Piece::Text("A "),
                Piece::Field(FieldRef { key: "party", arg: Some("ea"), sub: None }),
                Piece::Text(" b "),
                Piece::Field(FieldRef { key: "fte", arg: None, sub: None }),
                Piece::Text("{ c {{"),
                Piece::Text("x y}} "),
                Piece::Field(FieldRef { key: "annex", arg: Some("staffing"), sub: None }),
            ]
        );
        assert_eq!(
            pieces("{{party:ea:business_id}}")[0],
            Piece::Field(FieldRef { key: "party", arg: Some("ea"), sub: Some("business_id") })
        );
        assert_eq!(pieces("”{{"), vec![Piece::Text("”{{")]);
    }

    #[test]
    fn annexes_are_numbered_in_order() {
        let t = template();
        let n = annex_numbers(&t);
        assert_eq!(n.iter().flatten().copied().collect::<Vec<_>>(), vec![1, 2, 3, 4, 5, 6]);
        assert_eq!(n[0], None);
    }
}
