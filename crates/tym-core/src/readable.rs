//! The comparison as people read it: every field path of the file named in the reader's language
//! ("staffing.rows[2].fte" → "8 Henkilöstö — rivi 3 — htv"), every value in the language's formats
//! (decimal commas, euros, dates as d.m.yyyy, enum values and party ids as their names, lists
//! summarised), and the differences of two agreements in agreement order, grouped by section. No
//! internal key, id, enum value or dot decimal reaches the reader.
//!
//! The section of a field is named as the document numbers it ("9 Organisointia johtava henkilö ja
//! tehtävät"), from the agreement's own wording when it has one.

use crate::diff::{diff, Difference};
use crate::i18n::{Lang, Msg};
use crate::json::{At, Json};
use crate::model::*;
use crate::num::Dec;
use crate::wording::{Block, ClauseId, PartKind, Style, TableId, Topic};
use serde_json::Value;

use crate::path::Label::{self as L, Whole};
use crate::path::F;

/// Fields a reader of a comparison has no use for: where a preset came from and internal ids.
const LEFT_OUT: &[F] = &[F::MetaSource, F::PartiesId, F::AreaSubAreasId];

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Step::Key(key.to_string()));
        }
        for i in rest.split('[') {
            if let Ok(n) = i.trim_end_matches(']').parse() {
                out.push(Step::Index(n));
            }
        }
    }
    out
}

/// The path without its list indices: "staffing.rows.fte".
pub fn plain(path: &str) -> String {
    steps(path)
        .iter()
        .filter_map(|s| match s {
            Step::Key(k) => Some(k.as_str()),
            Step::Index(_) => None,
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// A field's place in the agreement's order and its label (`path::F`, which every field has).
fn field(plain: &str) -> Option<(usize, L)> {
    F::from_plain(plain).map(|f| (f as usize, f.label()))
}

/// The position of a path in the agreement's order: field positions and list indices.
fn order_key(path: &str) -> Vec<usize> {
    let mut keys = Vec::new();
    let mut out = Vec::new();
    for s in steps(path) {
        match s {
            Step::Key(k) => {
                keys.push(k);
                out.push(field(&keys.join(".")).map_or(usize::MAX, |(i, _)| i));
            }
            Step::Index(i) => out.push(i),
        }
    }
    out
}

/// A field's label inside a longer label: "Htv" → "htv", but "Kelan osallistuminen" and "Y-tunnus"
/// keep their capital.
fn inner(s: &str) -> String {
    let mut cs = s.chars();
    let (Some(first), Some(second)) = (cs.next(), cs.next()) else { return s.to_string() };
    if !second.is_lowercase() || s.starts_with("Kel") || s.starts_with("FPA") {
        return s.to_string();
    }
    first.to_lowercase().chain(s[first.len_utf8()..].chars()).collect()
}

fn topic_heading(t: Topic) -> Msg {
    match t {
        Topic::Purpose => Msg::DocH1,
        Topic::Parties => Msg::DocH2,
        Topic::Area => Msg::DocH3,
        Topic::SteeringGroup => Msg::DocH4,
        Topic::Objectives => Msg::DocH5,
        Topic::Arrangement => Msg::DocH6,
        Topic::Services => Msg::DocH7,
        Topic::Staffing => Msg::DocH8,
        Topic::LeadPerson => Msg::DocH9,
        Topic::Costs => Msg::DocH10,
        Topic::ClientData => Msg::DocH11,
        Topic::Validity => Msg::DocH12,
        Topic::Signatures => Msg::UiSignatures,
        Topic::Other => Msg::CmpOther,
    }
}

/// Labels and values of one agreement's fields in one language. The section headings come from the
/// agreement's document, generated once.
pub struct Reader<'a> {
    a: &'a Agreement,
    json: Value,
    lang: Lang,
    /// (topic path, heading with its number), the document's numbered sections first.
    sections: Vec<(&'static str, String)>,
}

impl<'a> Reader<'a> {
    pub fn new(a: &'a Agreement, lang: Lang) -> Reader<'a> {
        let doc = crate::text::generate(a, lang);
        let mut sections: Vec<(&'static str, String)> = Vec::new();
        for annex in [false, true] {
            for s in doc.sections.iter().filter(|s| s.annex == annex && !s.heading.trim().is_empty()) {
                if !sections.iter().any(|(p, _)| *p == s.path) {
                    sections.push((s.path, s.heading.clone()));
                }
            }
        }
        Reader { a, json: a.write(), lang, sections }
    }

    fn t(&self, m: Msg) -> String {
        self.lang.t(m).to_string()
    }

    /// The heading of the section a path belongs to: "8 Henkilöstö".
    pub fn section(&self, path: &str) -> String {
        let first = path.split(['.', '[']).next().unwrap_or("");
        match first {
            "meta" => return self.t(Msg::CmpMeta),
            "wording" => return self.t(Msg::UiAgreementText),
            _ => {}
        }
        if let Some((_, h)) = self.sections.iter().find(|(p, _)| *p == first) {
            return h.clone();
        }
        match Topic::from_path(first) {
            Some(t) => self.t(topic_heading(t)),
            None => self.t(Msg::CmpOther),
        }
    }

    /// The value of `a`'s file at the steps, if it has one.
    fn at(&self, st: &[Step]) -> Option<&Value> {
        let mut cur = &self.json;
        for s in st {
            cur = match s {
                Step::Key(k) => cur.get(k)?,
                Step::Index(i) => cur.get(i)?,
            };
        }
        Some(cur)
    }

    fn party(&self, v: Option<&Value>) -> Option<String> {
        v?.as_str().filter(|id| !id.is_empty()).map(|id| self.a.party_name(id, self.lang))
    }

    /// The name of list item `i` of the list at `list` (a plain path): a party, a municipality, a
    /// cost item by its name, else its row number.
    fn item(&self, list: &str, st: &[Step], i: usize) -> String {
        let v = self.at(st);
        let get = |k: &str| v.and_then(|v| v.get(k)).and_then(Value::as_str).filter(|s| !s.trim().is_empty());
        let n = (i + 1).to_string();
        match list {
            "parties" => v
                .and_then(|v| v.get("id"))
                .and_then(Value::as_str)
                .map(|id| self.a.party_name(id, self.lang))
                .unwrap_or_else(|| self.lang.fmt(Msg::CmpRowN, &[&n])),
            "area.municipalities" => {
                get("name").map(str::to_string).unwrap_or_else(|| self.lang.fmt(Msg::CmpRowN, &[&n]))
            }
            "area.sub_areas" => get("name").map(str::to_string).unwrap_or_else(|| self.lang.fmt(Msg::CmpRowN, &[&n])),
            "costs.items" => match get("name") {
                Some(name) => format!("{} ”{name}”", self.t(Msg::UiCostName)),
                None => self.lang.fmt(Msg::UiCostItemN, &[&n]),
            },
            "costs.participants" | "costs.items.rule.counts" | "costs.items.rule.shares" => {
                self.party(v.and_then(|v| v.get("party"))).unwrap_or_else(|| self.lang.fmt(Msg::CmpRowN, &[&n]))
            }
            "costs.items.sub_splits" => match self.party(v.and_then(|v| v.get("party"))) {
                Some(p) => self.lang.fmt(Msg::UiSubSplitOf, &[&p]),
                None => self.lang.fmt(Msg::CmpRowN, &[&n]),
            },
            "costs.items.sub_splits.rule.shares" => {
                get("municipality").map(str::to_string).unwrap_or_else(|| self.lang.fmt(Msg::CmpRowN, &[&n]))
            }
            "wording.parts" => self.lang.fmt(Msg::CmpPartN, &[&n]),
            "wording.parts.blocks" => self.lang.fmt(Msg::UiBlockN, &[&n]),
            _ => self.lang.fmt(Msg::CmpRowN, &[&n]),
        }
    }

    /// The label of a field path: "8 Henkilöstö — rivi 3 — htv".
    pub fn label(&self, path: &str) -> String {
        let st = steps(path);
        let mut parts = vec![self.section(path)];
        let mut keys: Vec<String> = Vec::new();
        for (n, s) in st.iter().enumerate() {
            match s {
                Step::Key(k) => {
                    keys.push(k.clone());
                    if n == 0 {
                        continue;
                    }
                    let plain = keys.join(".");
                    // A list followed by an index is named by its item.
                    let item_follows = matches!(st.get(n + 1), Some(Step::Index(_)));
                    let scalar_list = item_follows && self.at(&st[..n + 2]).is_some_and(|v| !v.is_object());
                    if item_follows && !scalar_list {
                        continue;
                    }
                    match field(&plain) {
                        Some((_, Whole(_))) if n + 1 < st.len() => {}
                        Some((i, _)) => parts.extend(F::ALL[i].label_text(self.lang).map(|t| inner(&t))),
                        None => parts.push(self.t(Msg::CmpOther).to_lowercase()),
                    }
                }
                Step::Index(i) => {
                    let list = keys.join(".");
                    let scalar = self.at(&st[..n + 1]).is_some_and(|v| !v.is_object());
                    if scalar {
                        parts.push(self.lang.fmt(Msg::CmpItemN, &[&(i + 1).to_string()]));
                    } else {
                        parts.push(self.item(&list, &st[..n + 1], *i));
                    }
                }
            }
        }
        parts.join(" — ")
    }

    fn yes_no(&self, b: bool) -> String {
        self.t(if b { Msg::CmpYes } else { Msg::CmpNo })
    }

    fn dec(&self, v: &Value) -> Option<String> {
        Dec::read(v, &At::Root).ok().map(|d| self.lang.dec(d))
    }

    fn rule(&self, v: &Value) -> String {
        let Ok(rule) = SplitRule::read(v, &At::Root) else { return "–".into() };
        let names =
            |ids: &[PartyId]| ids.iter().map(|id| self.a.party_name(id, self.lang)).collect::<Vec<_>>().join(", ");
        let label = self.t(crate::text::rule_label(&rule));
        let detail = match &rule {
            SplitRule::ByStaff { parties, .. } | SplitRule::Equal { parties } => names(parties),
            SplitRule::ByParticipants { counts } => counts
                .iter()
                .map(|c| format!("{} {}", self.a.party_name(&c.party, self.lang), c.count))
                .collect::<Vec<_>>()
                .join(", "),
            SplitRule::OnePayer { party } => self.a.party_name(party, self.lang),
            SplitRule::FixedPercent { shares } => shares
                .iter()
                .map(|s| format!("{} {} %", self.a.party_name(&s.party, self.lang), self.lang.dec(s.percent)))
                .collect::<Vec<_>>()
                .join(", "),
        };
        if detail.is_empty() {
            label
        } else {
            format!("{label}: {detail}")
        }
    }

    fn sub_rule(&self, v: &Value) -> String {
        match SubSplitRule::read(v, &At::Root) {
            Ok(SubSplitRule::Population) => self.t(Msg::SubPopulation),
            Ok(SubSplitRule::Clients) => self.t(Msg::SubClients),
            Ok(SubSplitRule::Equal) => self.t(Msg::SubEqual),
            Ok(SubSplitRule::FixedPercent { shares }) => format!(
                "{}: {}",
                self.t(Msg::SubFixedPercent),
                shares
                    .iter()
                    .map(|s| format!("{} {} %", s.municipality, self.lang.dec(s.percent)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Err(_) => "–".into(),
        }
    }

    fn effect(&self, v: &Value) -> String {
        match TerminationEffect::read(v, &At::Root) {
            Ok(TerminationEffect::NotStated) => self.t(Msg::UiEffectNotStated),
            Ok(TerminationEffect::AfterNotice) => self.t(Msg::UiEffectAfterNotice),
            Ok(TerminationEffect::EndOfYear) => self.t(Msg::UiEffectEndOfYear),
            Ok(TerminationEffect::AtYearChange { notice_by }) if notice_by.trim().is_empty() => {
                self.t(Msg::UiEffectAtYearChange)
            }
            Ok(TerminationEffect::AtYearChange { notice_by }) => {
                format!("{} ({notice_by})", self.t(Msg::UiEffectAtYearChange))
            }
            Ok(TerminationEffect::HalfYearRule) => self.t(Msg::UiEffectHalfYear),
            Err(_) => "–".into(),
        }
    }

    fn clause(&self, c: ClauseId) -> String {
        let same: Vec<ClauseId> = ClauseId::ALL.iter().copied().filter(|x| x.topic() == c.topic()).collect();
        let k = same.iter().position(|x| *x == c).unwrap_or(0) + 1;
        self.lang.fmt(Msg::CmpClauseOf, &[self.lang.t(topic_heading(c.topic())), &k.to_string()])
    }

    fn block(&self, v: &Value) -> String {
        match Block::read(v, &At::Root) {
            Ok(Block::Clause { clause }) => format!("{}: {}", self.t(Msg::UiGenerated), self.clause(clause)),
            Ok(Block::Own { fi, sv, .. }) => {
                let t = if self.lang == Lang::Sv && !sv.trim().is_empty() { sv } else { fi };
                short(&crate::text::fill_fields(self.a, &t, self.lang))
            }
            Ok(Block::Table { table, .. }) => format!("{}: {}", self.t(Msg::CmpTable), self.t(table.label())),
            Err(_) => "–".into(),
        }
    }

    /// A value of the field at `path` as the reader's language writes it; never JSON, an internal id,
    /// an enum's file name or a dot decimal (in Finnish and Swedish).
    pub fn value(&self, path: &str, v: &Value) -> String {
        let plain = plain(path);
        let last = plain.rsplit('.').next().unwrap_or("");
        let list_item = path.ends_with(']');
        let named = |m: Option<Msg>| m.map(|m| self.t(m)).unwrap_or_else(|| "–".into());
        match v {
            Value::Null => return "–".into(),
            Value::String(s) if s.trim().is_empty() => return "–".into(),
            Value::Bool(b) => return self.yes_no(*b),
            Value::Array(xs) if xs.is_empty() => return "–".into(),
            _ => {}
        }
        // Lists: scalar items one by one, rows counted.
        if let Value::Array(xs) = v {
            if xs.iter().all(|x| !x.is_object() && !x.is_array()) {
                return xs
                    .iter()
                    .enumerate()
                    .map(|(i, x)| self.value(&format!("{path}[{i}]"), x))
                    .collect::<Vec<_>>()
                    .join(", ");
            }
            let n = xs.len().to_string();
            return match plain.as_str() {
                "parties" => xs
                    .iter()
                    .filter_map(|p| p.get("id").and_then(Value::as_str))
                    .map(|id| self.a.party_name(id, self.lang))
                    .collect::<Vec<_>>()
                    .join(", "),
                "area.municipalities" | "area.sub_areas" | "costs.items" => {
                    let names: Vec<String> = xs
                        .iter()
                        .map(|x| x.get("name").and_then(Value::as_str).unwrap_or_default().trim().to_string())
                        .collect();
                    if names.iter().all(|s| !s.is_empty()) {
                        names.join(", ")
                    } else {
                        self.lang.fmt(Msg::CmpNRows, &[&n])
                    }
                }
                "wording.parts" | "wording.parts.blocks" => {
                    format!("{} ({})", self.lang.fmt(Msg::CmpNItems, &[&n]), self.t(Msg::CmpSeeRedline))
                }
                _ => self.lang.fmt(Msg::CmpNRows, &[&n]),
            };
        }
        // The kind of a tagged value (a split rule, a termination rule) is read with the value it tags.
        if last == "kind" && plain != "parties.kind" && plain != "wording.parts.kind" {
            let parent = path.strip_suffix(".kind").unwrap_or(path);
            if let Some(whole) = self.at(&steps(parent)) {
                return self.value(parent, &whole.clone());
            }
        }
        let refers = matches!(last, "party" | "parties" | "authority" | "set_by" | "administrative_employer")
            || last.ends_with("named_by");
        match (plain.as_str(), v) {
            (_, Value::String(id)) if refers => self.a.party_name(id, self.lang),
            ("parties.kind", _) => named(PartyKind::read(v, &At::Root).ok().map(PartyKind::label)),
            ("steering_group.seats.sector" | "staffing.rows.sector", _) => {
                named(Sector::read(v, &At::Root).ok().map(Sector::label))
            }
            ("steering_group.seats.role", _) => named(SeatRole::read(v, &At::Root).ok().map(SeatRole::label)),
            ("meta.status", _) => named(Status::read(v, &At::Root).ok().map(|s| match s {
                Status::Draft => Msg::UiStatusDraft,
                Status::Signed => Msg::UiStatusSigned,
            })),
            ("meta.document_language", _) => named(DocLang::read(v, &At::Root).ok().map(|l| match l {
                DocLang::Fi => Msg::CmpLangFi,
                DocLang::Sv => Msg::CmpLangSv,
            })),
            ("services.youth_one_stop", _) => named(YouthOneStop::read(v, &At::Root).ok().map(|y| match y {
                YouthOneStop::NotStated => Msg::UiYouthNotStated,
                YouthOneStop::Included => Msg::UiYouthIncluded,
                YouthOneStop::SeparateAgreement => Msg::UiYouthSeparate,
            })),
            ("objectives.national_considered", _) if list_item => {
                named(NationalObjective::read(v, &At::Root).ok().map(NationalObjective::label))
            }
            ("lead_person.tasks", _) if list_item => named(LeadTask::read(v, &At::Root).ok().map(LeadTask::label)),
            ("costs.items.rule.basis" | "costs.staff_basis", _) => {
                named(StaffBasis::read(v, &At::Root).ok().map(|b| match b {
                    StaffBasis::Persons => Msg::BasisPersons,
                    StaffBasis::Fte => Msg::BasisFte,
                }))
            }
            ("costs.items.rule", _) => self.rule(v),
            ("costs.items.sub_splits.rule", _) => self.sub_rule(v),
            ("validity.termination.effect", _) => self.effect(v),
            ("wording.parts.kind", _) => named(PartKind::read(v, &At::Root).ok().map(|k| match k {
                PartKind::Section => Msg::CmpPartSection,
                PartKind::Annex => Msg::CmpPartAnnex,
                PartKind::Unnumbered => Msg::CmpPartUnnumbered,
            })),
            ("wording.parts.topic", _) => named(Topic::read(v, &At::Root).ok().map(topic_heading)),
            ("wording.parts.blocks", _) => self.block(v),
            ("wording.parts.blocks.clause" | "wording.parts.blocks.replaces", _) => {
                ClauseId::read(v, &At::Root).map(|c| self.clause(c)).unwrap_or_else(|_| "–".into())
            }
            ("wording.parts.blocks.table", _) => named(TableId::read(v, &At::Root).ok().map(TableId::label)),
            ("wording.parts.blocks.style", _) => named(Style::read(v, &At::Root).ok().map(|s| match s {
                Style::Paragraph => Msg::UiStyleParagraph,
                Style::Item => Msg::UiStyleItem,
                Style::Heading => Msg::UiStyleHeading,
            })),
            ("wording.parts.blocks.fi" | "wording.parts.blocks.sv", Value::String(s)) => {
                short(&crate::text::fill_fields(self.a, s, self.lang))
            }
            ("area.municipalities.sub_area" | "staffing.rows.sub_area", Value::String(id)) => {
                crate::text::sub_area_name(self.a, id)
            }
            // A composition table's selection: seat numbers as the editor shows them.
            ("wording.parts.blocks.rows", Value::Number(n)) if list_item => {
                n.as_u64().map(|i| (i + 1).to_string()).unwrap_or_else(|| "–".into())
            }
            (_, Value::Number(_)) => {
                let money = matches!(last, "amount" | "cost_per_fte");
                let pct = matches!(last, "percent" | "working_time_pct" | "yearly_index_pct");
                if money {
                    v.as_i64().map(|c| self.lang.money(c)).unwrap_or_else(|| "–".into())
                } else if let Some(i) = v.as_u64().filter(|_| !matches!(last, "fte" | "max_clients_per_fte") && !pct) {
                    i.to_string()
                } else {
                    let d = self.dec(v).unwrap_or_else(|| "–".into());
                    if pct {
                        format!("{d} %")
                    } else {
                        d
                    }
                }
            }
            (_, Value::String(s)) => match crate::num::iso_date::parse(s) {
                Some(d) if s.len() == 10 => self.lang.date(d),
                _ => short(s),
            },
            (_, Value::Object(o)) => match o.get("kind").map(|k| self.value(&format!("{path}.kind"), k)) {
                Some(k) => k,
                None => self.lang.fmt(Msg::CmpNItems, &[&o.len().to_string()]),
            },
            _ => "–".into(),
        }
    }
}

/// Long text cut for a list of differences; the redline shows it whole.
fn short(s: &str) -> String {
    const MAX: usize = 200;
    if s.chars().count() > MAX {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    } else {
        s.to_string()
    }
}

/// One difference as read: its label and both values, each in its own agreement's names.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub difference: Difference,
    pub label: String,
    pub left: String,
    pub right: String,
}

/// The differences of one section, under its heading.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub heading: String,
    pub changes: Vec<Change>,
}

/// The fields in which `b` differs from `a`, in the order of the agreement and grouped by section:
/// labels from `a`'s document, each value named in its own agreement. Internal ids and the preset's
/// source are left out, and so is a difference that reads the same on both sides (a party's id that
/// differs behind the same name).
pub fn changes(a: &Agreement, b: &Agreement, lang: Lang) -> Vec<Group> {
    let (ra, rb) = (Reader::new(a, lang), Reader::new(b, lang));
    let mut ds: Vec<Difference> = diff(a, b)
        .into_iter()
        .filter(|d| !F::from_plain(&plain(&d.path)).is_some_and(|f| LEFT_OUT.contains(&f)))
        .collect();
    ds.sort_by_cached_key(|d| {
        let first = d.path.split(['.', '[']).next().unwrap_or("");
        (section_rank(&ra, first), order_key(&d.path))
    });
    let mut groups: Vec<Group> = Vec::new();
    for d in ds {
        let (left, right) = (ra.value(&d.path, &d.left), rb.value(&d.path, &d.right));
        if left == right {
            continue;
        }
        let heading = ra.section(&d.path);
        let change = Change { label: ra.label(&d.path), left, right, difference: d };
        match groups.last_mut() {
            Some(g) if g.heading == heading => g.changes.push(change),
            _ => groups.push(Group { heading, changes: vec![change] }),
        }
    }
    groups
}

/// Sections in the order of `a`'s document; the draft's details first, the wording last.
fn section_rank(r: &Reader, first: &str) -> (usize, usize) {
    match first {
        "meta" => (0, 0),
        "wording" => (2, 0),
        _ => (1, r.sections.iter().position(|(p, _)| *p == first).unwrap_or(usize::MAX - 1)),
    }
}

/// The label of a field path of `a` in `lang` (`Reader::label`).
pub fn field_label(a: &Agreement, path: &str, lang: Lang) -> String {
    Reader::new(a, lang).label(path)
}

/// The document's text as plain paragraphs separated by blank lines: each section's heading, then
/// its blocks (a table row by row), for a redline of what the document says, not of its markup.
pub fn document_text(a: &Agreement, lang: Lang) -> String {
    let doc = crate::text::generate(a, lang);
    let mut paras = vec![doc.title.clone()];
    for s in &doc.sections {
        if !s.heading.trim().is_empty() {
            paras.push(s.heading.clone());
        }
        for b in &s.blocks {
            paras.extend(b.plain().split('\n').filter(|l| !l.trim().is_empty()).map(str::to_string));
        }
    }
    paras.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets;

    #[test]
    fn paths_are_labelled_with_sections_and_rows() {
        let a = presets::load("lantinen-pirkanmaa").unwrap().agreement;
        let r = Reader::new(&a, Lang::Fi);
        assert_eq!(r.label("staffing.rows[2].fte"), "8 Henkilöstö — rivi 3 — htv");
        assert!(
            r.label("lead_person.deputy_named_by").ends_with("— varahenkilön nimeää"),
            "{}",
            r.label("lead_person.deputy_named_by")
        );
        assert!(r.label("lead_person.deputy_named_by").starts_with("9 "));
        let sv = Reader::new(&a, Lang::Sv);
        assert!(sv.label("staffing.rows[2].fte").ends_with("rad 3 — årsv."), "{}", sv.label("staffing.rows[2].fte"));
    }

    #[test]
    fn values_are_in_the_language_s_formats() {
        let a = presets::load("lantinen-pirkanmaa").unwrap().agreement;
        let r = Reader::new(&a, Lang::Fi);
        assert_eq!(r.value("staffing.rows[0].fte", &serde_json::json!(0.75)), "0,75");
        assert_eq!(r.value("costs.items[0].amount", &serde_json::json!(7_840_000)), "78\u{a0}400,00 €");
        assert_eq!(r.value("costs.items[0].rule.basis", &serde_json::json!("persons")), "henkilömäärän mukaan");
        assert_eq!(r.value("costs.staff_basis", &serde_json::json!("persons")), "henkilömäärän mukaan");
        assert_eq!(
            r.label("costs.staff_basis"),
            "10 Yhteistoimintamallin kustannukset — henkilöstön määrä jakoperusteena"
        );
        assert_eq!(r.value("wording.parts[3].blocks[1].rows", &serde_json::json!([0, 2])), "1, 3");
        assert_eq!(r.value("validity.until", &serde_json::json!("2030-12-31")), "31.12.2030");
        assert_eq!(r.value("arrangement.remote", &serde_json::json!(true)), "kyllä");
        assert_eq!(r.value("staffing.rows", &serde_json::json!([{}, {}, {}])), "3 riviä");
        assert_eq!(r.value("lead_person.named_by", &serde_json::json!("ea")), a.party_name("ea", Lang::Fi));
        let en = Reader::new(&a, Lang::En);
        assert_eq!(en.value("staffing.rows[0].fte", &serde_json::json!(0.75)), "0.75");
    }

    #[test]
    fn changes_come_in_agreement_order_without_ids() {
        let a = presets::load("lantinen-pirkanmaa").unwrap().agreement;
        let b = presets::load("keski-pohjanmaa").unwrap().agreement;
        let groups = changes(&a, &b, Lang::Fi);
        assert!(!groups.is_empty());
        let all: Vec<&Change> = groups.iter().flat_map(|g| &g.changes).collect();
        assert!(all.iter().all(|c| !c.difference.path.ends_with(".id") && c.difference.path != "meta.source"));
        // Sections in document order: meta first, then numbered sections ascending.
        let numbers: Vec<usize> = groups.iter().filter_map(|g| g.heading.split(' ').next()?.parse().ok()).collect();
        assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
        let dot =
            |s: &str| s.as_bytes().windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
        for c in all {
            assert!(!c.label.contains('_') && !c.label.contains('['), "{}", c.label);
            assert!(!c.left.contains('_') && !c.right.contains('_'), "{c:?}");
            let dates = |s: &str| s.split(' ').all(|w| !dot(w) || w.matches('.').count() == 2);
            assert!(dates(&c.left) && dates(&c.right), "{c:?}");
        }
    }

    #[test]
    fn the_redline_text_has_no_markup() {
        let a = presets::load("satakunta").unwrap().agreement;
        let t = document_text(&a, Lang::Fi);
        assert!(!t.contains("**") && !t.contains("| ") && !t.contains("\\"));
    }
}
