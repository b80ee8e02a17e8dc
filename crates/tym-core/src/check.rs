//! The checker: runs the rule registry (`crate::rules`, one file per rule R0–R26) over an agreement.
//! Each finding has its rule's typed id, a severity that matches the law, a message in three
//! languages, the provisions it rests on (cited in the version in force on the agreement's start
//! date, from `crate::law`) and the path of the field it concerns.

use crate::i18n::{Lang, Msg};
use crate::law::Prov;
use crate::model::Agreement;
use crate::num::Dec;
use crate::path::Path;
pub use crate::rules::{clients_per_fte, rule, RuleId, DEFAULT_MAX_CLIENTS_PER_FTE, REGISTRY, TERM_YEARS};
use crate::split::{split_all, BasisChoice, SplitReport};
use chrono::NaiveDate;
use serde::Serialize;

/// How serious a finding is, as the law makes it (shared/domain/README.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The draft contradicts the statute, or lacks content that 388/2024 3 § requires.
    Law,
    /// The law places a duty on an authority or the steering group that the draft does not record:
    /// the user checks the decision.
    StatutoryDuty,
    /// What the real agreements agree on.
    Practice,
    /// The draft contradicts itself.
    Consistency,
}

impl Severity {
    pub const ALL: [Severity; 4] = [Severity::Law, Severity::StatutoryDuty, Severity::Practice, Severity::Consistency];

    pub fn label(self) -> Msg {
        match self {
            Severity::Law => Msg::SevLaw,
            Severity::StatutoryDuty => Msg::SevStatutoryDuty,
            Severity::Practice => Msg::SevPractice,
            Severity::Consistency => Msg::SevConsistency,
        }
    }

    /// The class name and DOM id fragment: "law", "statutory_duty", …
    pub fn code(self) -> &'static str {
        match self {
            Severity::Law => "law",
            Severity::StatutoryDuty => "statutory_duty",
            Severity::Practice => "practice",
            Severity::Consistency => "consistency",
        }
    }
}

/// A placeholder value of a finding's message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    Text(String),
    /// A number, written with the language's decimal separator.
    Dec(Dec),
    /// A catalogue entry, translated.
    #[serde(skip)]
    Msg(Msg),
    /// Why a cost item cannot be split, worded in the reader's language.
    #[serde(skip)]
    Split(crate::split::SplitError, String),
    /// A party, named in the reader's language (its kind for a party without a name).
    Party(crate::model::PartyName),
    /// A staff row: its party's name, then the rest of its label (": role (sub-area)").
    Row(crate::model::PartyName, String),
    /// A part of the document by its number: "liite 2", "kohta 8" (an unnumbered part by its kind).
    #[serde(skip)]
    Place(crate::wording::PartKind, usize),
    /// A field or a row of a list, by its label (never its path).
    Field(Path),
}

impl Arg {
    pub fn format(&self, lang: Lang) -> String {
        match self {
            Arg::Text(s) => s.clone(),
            Arg::Dec(d) => lang.dec(*d),
            Arg::Msg(m) => lang.t(*m).to_string(),
            Arg::Split(e, item) => e.message(lang, item),
            Arg::Party(p) => p.show(lang),
            Arg::Row(p, rest) => p.show(lang) + rest,
            Arg::Place(kind, n) => match kind {
                crate::wording::PartKind::Annex => lang.fmt(Msg::R26Annex, &[&n.to_string()]),
                crate::wording::PartKind::Section => lang.fmt(Msg::R26Section, &[&n.to_string()]),
                crate::wording::PartKind::Unnumbered => lang.t(Msg::R26Unnumbered).to_string(),
            },
            Arg::Field(p) => p.short_label(lang),
        }
    }

    /// The party `id` of `a`, as every output names it (`Agreement::party_label`).
    pub fn party(a: &Agreement, id: &str) -> Arg {
        Arg::Party(a.party_label(id))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<Dec> for Arg {
    fn from(d: Dec) -> Arg {
        Arg::Dec(d)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    #[serde(skip)]
    pub msg: Msg,
    /// The message's placeholders, formatted in the reader's language when the message is made.
    pub args: Vec<Arg>,
    /// The field concerned: "staffing.rows[2].fte", as in file-format errors.
    pub path: Path,
    /// The provisions (or other bases) this finding rests on.
    #[serde(skip)]
    pub basis: &'static [Prov],
    /// The day whose law is cited: the agreement's start date; `None` is today's law.
    #[serde(skip)]
    pub on: Option<NaiveDate>,
}

impl Finding {
    pub fn message(&self, lang: Lang) -> String {
        let args: Vec<String> = self.args.iter().map(|a| a.format(lang)).collect();
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        lang.fmt(self.msg, &refs)
    }

    /// The citations, in the version in force on the agreement's start date:
    /// "laki 381/2023 9 § 2 mom. (437/2024); asetus 388/2024 3 § 2 kohta".
    pub fn citation(&self, lang: Lang) -> String {
        crate::law::cite_all(self.basis, lang, self.on)
    }

    /// Each citation with the statute's wording in force (Finnish, or Swedish for `Lang::Sv`), for
    /// the reader who wants to see what the finding rests on.
    pub fn wording(&self, lang: Lang) -> Vec<(String, &'static str)> {
        self.basis.iter().filter_map(|p| Some((p.cite(lang, self.on), p.wording(lang, self.on)?))).collect()
    }

    /// The section of the agreement the finding belongs to (the path's first segment).
    pub fn section(&self) -> &str {
        self.path.field.section()
    }

    /// The DOM id of the field's input in the app: the path with separators turned into dashes.
    pub fn field_id(&self) -> String {
        self.path.id()
    }
}

/// Checks the whole agreement. Findings come in rule order, then in the order of the agreement.
pub fn check(a: &Agreement) -> Vec<Finding> {
    check_with(a, &split_all(a, BasisChoice::AsAgreed))
}

/// `check` with the agreement's split as agreed already at hand (the app keeps one), so that R15 does
/// not split the costs a second time. `split` must be `split_all(a, BasisChoice::AsAgreed)`.
pub fn check_with(a: &Agreement, split: &SplitReport) -> Vec<Finding> {
    debug_assert_eq!(split.items.len(), a.costs.items.len(), "the split of another agreement");
    let cx = crate::rules::Ctx { a, split };
    let mut o = crate::rules::Out::new(a.validity.effective_from);
    for r in REGISTRY {
        o.run(r, &cx);
    }
    o.found
}
