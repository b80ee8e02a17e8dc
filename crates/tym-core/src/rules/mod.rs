//! The rule registry: one file per rule (`r01_parties.rs` … `r26_table_rows.rs`), each holding the rule's typed id, its
//! title's catalogue key, the severities its findings can have, the provisions it rests on (from
//! `crate::law`, dated), the check itself and its own tests — at least one that makes it fire and one
//! that keeps it quiet. `REGISTRY` lists them all in order; `check::check` runs it, `docs/rules.md`
//! and the app's rules page are written from it.
//!
//! Severity follows the law (shared/domain/README.md): *law* when the draft contradicts the statute or
//! lacks content 388/2024 3 § requires; *statutory duty* when the law places a duty on an authority or
//! the steering group that the draft does not record; *practice*; *consistency*.

mod r00_integrity;
mod r01_parties;
mod r02_setter;
mod r03_members;
mod r04_chair;
mod r05_term;
mod r06_county_sectors;
mod r07_lead_naming;
mod r08_lead_tasks;
mod r09_objectives;
mod r10_arrangement;
mod r11_staff;
mod r12_review;
mod r13_sufficiency;
mod r14_costs;
mod r15_split;
mod r16_figures;
mod r17_youth;
mod r18_signatures;
mod r19_names;
mod r20_termination;
mod r21_wording_fields;
mod r22_untranslated;
mod r23_placeholders;
mod r24_party_names;
mod r25_decision_naming;
mod r26_table_rows;

#[cfg(test)]
pub(crate) mod testing;

use crate::check::{Arg, Finding, Severity};
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::{Agreement, PartyKind};
use crate::path::Path;
use crate::split::SplitReport;
use chrono::NaiveDate;
use serde::Serialize;

pub use r05_term::TERM_YEARS;
pub use r13_sufficiency::{clients_per_fte, DEFAULT_MAX_CLIENTS_PER_FTE};

macro_rules! rule_ids {
    ($($id:ident),* $(,)?) => {
        /// A rule's stable id. Findings sort in this order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId { $($id),* }
        impl RuleId {
            pub const ALL: &'static [RuleId] = &[$(RuleId::$id),*];
            /// "R1", as in the catalogue, the file format's reports and the documentation.
            pub fn code(self) -> &'static str {
                match self { $(RuleId::$id => stringify!($id)),* }
            }
        }
    };
}

rule_ids!(
    R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R20, R21, R22, R23, R24,
    R25, R26
);

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

/// One rule of the catalogue.
pub struct Rule {
    pub id: RuleId,
    /// Short title, for the catalogue.
    pub title: Msg,
    /// What the rule tests and on what basis, one or two sentences, for docs/rules.md (English; not
    /// in the browser app, whose rules page shows each provision's wording instead).
    #[cfg(feature = "all-languages")]
    pub summary: &'static str,
    /// The severities its findings can have, most serious first.
    pub severities: &'static [Severity],
    /// Every provision or other basis the rule rests on.
    pub basis: &'static [Prov],
    pub check: fn(&Ctx, &mut Out),
}

/// The registry, in rule order.
pub const REGISTRY: &[&Rule] = &[
    &r00_integrity::RULE,
    &r01_parties::RULE,
    &r02_setter::RULE,
    &r03_members::RULE,
    &r04_chair::RULE,
    &r05_term::RULE,
    &r06_county_sectors::RULE,
    &r07_lead_naming::RULE,
    &r08_lead_tasks::RULE,
    &r09_objectives::RULE,
    &r10_arrangement::RULE,
    &r11_staff::RULE,
    &r12_review::RULE,
    &r13_sufficiency::RULE,
    &r14_costs::RULE,
    &r15_split::RULE,
    &r16_figures::RULE,
    &r17_youth::RULE,
    &r18_signatures::RULE,
    &r19_names::RULE,
    &r20_termination::RULE,
    &r21_wording_fields::RULE,
    &r22_untranslated::RULE,
    &r23_placeholders::RULE,
    &r24_party_names::RULE,
    &r25_decision_naming::RULE,
    &r26_table_rows::RULE,
];

pub fn rule(id: RuleId) -> &'static Rule {
    REGISTRY.iter().find(|r| r.id == id).copied().unwrap_or(REGISTRY[0])
}

/// What a check reads: the agreement and its split as agreed.
pub struct Ctx<'a> {
    pub a: &'a Agreement,
    pub split: &'a SplitReport,
}

/// Where a check puts its findings; the registry sets the rule and the date of the law in force.
pub struct Out {
    rule: RuleId,
    on: Option<NaiveDate>,
    pub(crate) found: Vec<Finding>,
}

impl Out {
    pub(crate) fn new(on: Option<NaiveDate>) -> Out {
        Out { rule: RuleId::R0, on, found: Vec::new() }
    }

    pub(crate) fn run(&mut self, r: &Rule, cx: &Ctx) {
        self.rule = r.id;
        (r.check)(cx, self);
    }

    /// A finding with text arguments.
    pub fn add(&mut self, sev: Severity, basis: &'static [Prov], msg: Msg, args: &[&str], path: impl Into<Path>) {
        self.add_args(sev, basis, msg, args.iter().map(|s| Arg::from(*s)).collect(), path);
    }

    pub fn add_args(
        &mut self,
        severity: Severity,
        basis: &'static [Prov],
        msg: Msg,
        args: Vec<Arg>,
        path: impl Into<Path>,
    ) {
        debug_assert!(rule(self.rule).severities.contains(&severity), "{:?}: {severity:?} not declared", self.rule);
        self.found.push(Finding { rule: self.rule, severity, msg, args, path: path.into(), basis, on: self.on });
    }
}

/// A fact of the data is in the agreement only if the document prints it: its generated clause is in
/// the document's parts, or the parties worded that topic themselves (which may state it). A clause
/// removed from the wording leaves the field set but the agreement silent.
pub(crate) fn in_document(a: &Agreement, clause: crate::wording::ClauseId) -> bool {
    crate::wording::prints(a, clause) || crate::wording::has_own_wording(a, clause.topic())
}

/// The parties' own wording in the document's parts of a topic, with each text's path.
pub(crate) fn own_texts_of(a: &Agreement, topic: crate::wording::Topic) -> Vec<(Path, &str)> {
    a.clause_texts().into_iter().filter(|(path, _)| crate::wording::topic_of(a, path) == Some(topic)).collect()
}

/// A seat's organisation: its party as every output names it, or the organisation as typed.
pub(crate) fn seat_org(a: &Agreement, s: &crate::model::Seat) -> Arg {
    s.party.as_deref().filter(|p| a.party(p).is_some()).map_or_else(|| Arg::from(&s.organisation), |p| Arg::party(a, p))
}

pub(crate) fn is_core(kind: PartyKind) -> bool {
    matches!(kind, PartyKind::EmploymentAuthority | PartyKind::WellbeingCounty | PartyKind::Kela)
}

/// The catalogue as Markdown (docs/rules.md): every rule with its severities, citations and the
/// statute wording in force today, in English with the Finnish and Swedish wording.
#[cfg(feature = "all-languages")]
pub fn catalogue_markdown() -> String {
    use crate::i18n::Lang;
    let mut s = String::from(
        "# Rules of the checker\n\n\
         Generated from the registry (`crates/tym-core/src/rules/`) by `tym rules`; a test keeps this file \
         current. Severities: *law* — the draft contradicts the statute or lacks content that 388/2024 3 § \
         requires; *statutory duty* — the law places a duty on an authority or the steering group that the \
         draft does not record (check the decision); *practice* — the real agreements agree on it; \
         *consistency* — the draft contradicts itself. `tym check` exits 3 only on *law*.\n\n\
         The wording is that in force on the agreement's start date (`validity.effective_from`); shown \
         here is the newest version held in `crates/tym-core/src/law.rs`.\n\n\
         | rule | title | severity | basis |\n| --- | --- | --- | --- |\n",
    );
    for r in REGISTRY {
        let sev: Vec<&str> = r.severities.iter().map(|x| Lang::En.t(x.label())).collect();
        s.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            r.id,
            Lang::En.t(r.title),
            sev.join(", "),
            crate::law::cite_all(r.basis, Lang::En, None)
        ));
    }
    for r in REGISTRY {
        s.push_str(&format!("\n## {} {}\n\n{}\n", r.id, Lang::En.t(r.title), r.summary));
        for &p in r.basis {
            s.push_str(&format!("\n- **{}** / {}", p.cite(Lang::En, None), p.cite(Lang::Fi, None)));
            if let (Some(fi), Some(sv)) = (p.wording(Lang::Fi, None), p.wording(Lang::Sv, None)) {
                s.push_str(&format!("\n  - fi: “{fi}”\n  - sv: “{sv}”"));
            }
        }
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_complete_agreement_has_no_findings() {
        let f = crate::check::check(&testing::complete());
        assert!(f.is_empty(), "{:#?}", f.iter().map(|x| x.message(crate::Lang::En)).collect::<Vec<_>>());
    }

    #[test]
    fn the_registry_lists_every_rule_once_in_order() {
        let ids: Vec<RuleId> = REGISTRY.iter().map(|r| r.id).collect();
        assert_eq!(ids, RuleId::ALL);
    }

    #[test]
    fn a_law_rule_rests_on_a_statute_and_practice_on_no_statute_alone() {
        for r in REGISTRY {
            assert!(!r.severities.is_empty() && !r.basis.is_empty(), "{}", r.id);
            if r.severities.contains(&Severity::Law) || r.severities.contains(&Severity::StatutoryDuty) {
                assert!(r.basis.iter().any(|p| p.is_statute()), "{} is law without a statute", r.id);
            }
        }
    }

    #[test]
    #[cfg(feature = "all-languages")]
    fn docs_rules_md_is_generated_from_the_registry() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/rules.md");
        let now = catalogue_markdown();
        if std::env::var_os("TYM_WRITE_DOCS").is_some() {
            std::fs::write(path, &now).unwrap();
        }
        let stored = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            stored == now,
            "docs/rules.md is stale: run `tym rules > docs/rules.md` (or TYM_WRITE_DOCS=1 cargo test)"
        );
    }
}
