//! The checker: rules R1–R20 of shared/domain/README.md, R21–R22 on the agreement's own wording (and
//! R0, the integrity of references and business IDs). Each finding has a stable rule id, a severity, a
//! message in three languages, the legal citation and the path of the field it concerns. Citations and
//! thresholds live in `RULES` and the constants below, and nowhere else.

use crate::i18n::{Lang, Msg};
use crate::model::*;
use crate::num::Dec;
use crate::split::{split_all, BasisChoice, SplitReport};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Law,
    Practice,
    Consistency,
}

impl Severity {
    pub fn label(self) -> Msg {
        match self {
            Severity::Law => Msg::SevLaw,
            Severity::Practice => Msg::SevPractice,
            Severity::Consistency => Msg::SevConsistency,
        }
    }
}

/// One rule of the catalogue: its id, severity and source.
pub struct RuleDef {
    pub id: &'static str,
    pub severity: Severity,
    pub cite: Msg,
}

/// The rule catalogue. Section numbers marked (?) in the citation texts were read through the seeds'
/// quotations and not yet confirmed against the statute text.
pub const RULES: &[RuleDef] = &[
    RuleDef { id: "R0", severity: Severity::Consistency, cite: Msg::CiteBusinessId },
    RuleDef { id: "R1", severity: Severity::Law, cite: Msg::CiteAct2 },
    RuleDef { id: "R2", severity: Severity::Law, cite: Msg::CiteAct9 },
    RuleDef { id: "R3", severity: Severity::Law, cite: Msg::CiteDecree1 },
    RuleDef { id: "R4", severity: Severity::Law, cite: Msg::CiteDecree1 },
    RuleDef { id: "R5", severity: Severity::Law, cite: Msg::CiteDecree1 },
    RuleDef { id: "R6", severity: Severity::Practice, cite: Msg::CiteSeeds },
    RuleDef { id: "R7", severity: Severity::Law, cite: Msg::CiteAct9Decree4 },
    RuleDef { id: "R8", severity: Severity::Law, cite: Msg::CiteDecree4 },
    RuleDef { id: "R9", severity: Severity::Law, cite: Msg::CiteDecree2 },
    RuleDef { id: "R10", severity: Severity::Law, cite: Msg::CiteDecree3 },
    RuleDef { id: "R11", severity: Severity::Law, cite: Msg::CiteAct9Mom2 },
    RuleDef { id: "R12", severity: Severity::Law, cite: Msg::CiteDecree3 },
    RuleDef { id: "R13", severity: Severity::Law, cite: Msg::CiteAct9Mom2 },
    RuleDef { id: "R14", severity: Severity::Law, cite: Msg::CiteAct10 },
    RuleDef { id: "R15", severity: Severity::Consistency, cite: Msg::CiteArithmetic },
    RuleDef { id: "R16", severity: Severity::Consistency, cite: Msg::CiteSeeds },
    RuleDef { id: "R17", severity: Severity::Practice, cite: Msg::CiteAct16 },
    RuleDef { id: "R18", severity: Severity::Consistency, cite: Msg::CiteSeeds },
    RuleDef { id: "R19", severity: Severity::Consistency, cite: Msg::CiteSeeds },
    RuleDef { id: "R20", severity: Severity::Practice, cite: Msg::CiteSeeds },
    RuleDef { id: "R21", severity: Severity::Consistency, cite: Msg::CiteWording },
    RuleDef { id: "R22", severity: Severity::Consistency, cite: Msg::CiteWording },
];

/// Clients per FTE assumed when the parties have set no threshold. No national norm exists: this is
/// only a default and every finding based on it says so.
pub const DEFAULT_MAX_CLIENTS_PER_FTE: Dec = Dec(40_000);

/// The steering group's term in years (388/2024 1 §).
pub const TERM_YEARS: i32 = 5;

pub fn rule(id: &str) -> &'static RuleDef {
    RULES.iter().find(|r| r.id == id).unwrap_or(&RULES[0])
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
}

impl Arg {
    pub fn format(&self, lang: Lang) -> String {
        match self {
            Arg::Text(s) => s.clone(),
            Arg::Dec(d) => lang.dec(*d),
            Arg::Msg(m) => lang.t(*m).to_string(),
        }
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
    pub rule: &'static str,
    pub severity: Severity,
    #[serde(skip)]
    pub msg: Msg,
    /// The message's placeholders, formatted in the reader's language when the message is made.
    pub args: Vec<Arg>,
    /// Path of the field concerned, as in file-format errors: "staffing.rows[2].fte".
    pub path: String,
}

impl Finding {
    pub fn message(&self, lang: Lang) -> String {
        let args: Vec<String> = self.args.iter().map(|a| a.format(lang)).collect();
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        lang.fmt(self.msg, &refs)
    }

    pub fn citation(&self, lang: Lang) -> &'static str {
        lang.t(rule(self.rule).cite)
    }

    /// The section of the agreement the finding belongs to (the path's first segment).
    pub fn section(&self) -> &str {
        self.path.split(['.', '[']).next().unwrap_or("")
    }

    /// The DOM id of the field's input in the app: the path with separators turned into dashes.
    pub fn field_id(&self) -> String {
        field_id(&self.path)
    }
}

/// `staffing.rows[2].fte` → `f-staffing-rows-2-fte`; the app gives its inputs these ids.
pub fn field_id(path: &str) -> String {
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

struct Out(Vec<Finding>);

impl Out {
    fn add(&mut self, rule: &'static str, msg: Msg, args: &[&str], path: impl Into<String>) {
        self.add_args(rule, msg, args.iter().map(|s| Arg::from(*s)).collect(), path);
    }

    fn add_args(&mut self, rule: &'static str, msg: Msg, args: Vec<Arg>, path: impl Into<String>) {
        self.0.push(Finding { rule, severity: self::rule(rule).severity, msg, args, path: path.into() });
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
    let mut o = Out(Vec::new());
    r0_integrity(a, &mut o);
    r1_parties(a, &mut o);
    r2_setter(a, &mut o);
    r3_r4_r6_seats(a, &mut o);
    r5_term(a, &mut o);
    r7_r8_lead(a, &mut o);
    r9_r10(a, &mut o);
    r11_r12_r13_staff(a, &mut o);
    r14_r15_costs(a, split, &mut o);
    r16_consistency(a, &mut o);
    r17_r18_r19_r20(a, &mut o);
    r21_r22_wording(a, &mut o);
    let mut v = o.0;
    crate::order::sort_by_key(&mut v, |f| f.rule[1..].parse::<u64>().unwrap_or(0));
    v
}

fn is_core(kind: PartyKind) -> bool {
    matches!(kind, PartyKind::EmploymentAuthority | PartyKind::WellbeingCounty | PartyKind::Kela)
}

fn r0_integrity(a: &Agreement, o: &mut Out) {
    for (i, p) in a.parties.iter().enumerate() {
        if !p.business_id.trim().is_empty() && crate::business_id::validate(&p.business_id).is_err() {
            o.add("R0", Msg::R0BusinessId, &[a.party_name(&p.id), &p.business_id], format!("parties[{i}].business_id"));
        }
    }
    let unknown = |id: &str| !id.is_empty() && a.party(id).is_none();
    for (i, r) in a.staffing.rows.iter().enumerate() {
        if unknown(&r.party) {
            o.add(
                "R0",
                Msg::R0UnknownPartyRef,
                &[&format!("staffing.rows[{i}]"), &r.party],
                format!("staffing.rows[{i}].party"),
            );
        }
    }
    for (i, s) in a.steering_group.seats.iter().enumerate() {
        if let Some(p) = s.party.as_deref().filter(|p| unknown(p)) {
            o.add(
                "R0",
                Msg::R0UnknownPartyRef,
                &[&format!("steering_group.seats[{i}]"), p],
                format!("steering_group.seats[{i}].party"),
            );
        }
    }
    for (i, s) in a.signatures.signatories.iter().enumerate() {
        if let Some(p) = s.party.as_deref().filter(|p| unknown(p)) {
            o.add(
                "R0",
                Msg::R0UnknownPartyRef,
                &[&format!("signatures.signatories[{i}]"), p],
                format!("signatures.signatories[{i}].party"),
            );
        }
    }
}

fn r1_parties(a: &Agreement, o: &mut Out) {
    if a.parties_of(PartyKind::EmploymentAuthority).next().is_none() {
        o.add("R1", Msg::R1NoEmploymentAuthority, &[], "parties");
    }
    if a.parties_of(PartyKind::WellbeingCounty).next().is_none() {
        o.add("R1", Msg::R1NoCounty, &[], "parties");
    }
    if a.parties_of(PartyKind::Kela).next().is_none() {
        o.add("R1", Msg::R1NoKela, &[], "parties");
    }
}

fn r2_setter(a: &Agreement, o: &mut Out) {
    let sg = &a.steering_group;
    match sg.set_by.as_deref().and_then(|id| a.party(id)) {
        None => o.add("R2", Msg::R2NoSetter, &[], "steering_group.set_by"),
        Some(p) if p.kind != PartyKind::EmploymentAuthority => {
            o.add("R2", Msg::R2SetterNotAuthority, &[&p.name_fi], "steering_group.set_by")
        }
        Some(_) => {}
    }
    if a.parties_of(PartyKind::EmploymentAuthority).count() > 1 && !sg.authorities_agreed {
        o.add("R2", Msg::R2SeveralNotAgreed, &[], "steering_group.authorities_agreed");
    }
}

fn seat_party_kind(a: &Agreement, s: &Seat) -> Option<PartyKind> {
    s.party.as_deref().and_then(|id| a.party(id)).map(|p| p.kind)
}

fn r3_r4_r6_seats(a: &Agreement, o: &mut Out) {
    let seats = &a.steering_group.seats;
    for (i, p) in a.parties.iter().enumerate().filter(|(_, p)| is_core(p.kind)) {
        if !seats.iter().any(|s| s.party.as_deref() == Some(p.id.as_str())) {
            o.add("R3", Msg::R3PartyNoMembers, &[a.party_name(&p.id)], format!("parties[{i}]"));
        }
    }
    for (i, s) in seats.iter().enumerate() {
        let voting = !matches!(s.role, SeatRole::Secretary | SeatRole::Expert);
        if voting && s.deputy.trim().is_empty() {
            let org = s.party.as_deref().map(|p| a.party_name(p)).unwrap_or(s.organisation.as_str());
            o.add("R3", Msg::R3NoDeputy, &[&s.member, org], format!("steering_group.seats[{i}].deputy"));
        }
    }
    match seats.iter().position(|s| s.role == SeatRole::Chair) {
        None => o.add("R4", Msg::R4NoChair, &[], "steering_group.seats"),
        Some(i) if seat_party_kind(a, &seats[i]) != Some(PartyKind::EmploymentAuthority) => {
            o.add("R4", Msg::R4ChairNotAuthority, &[], format!("steering_group.seats[{i}].party"))
        }
        Some(_) => {}
    }
    match seats.iter().position(|s| s.role == SeatRole::ViceChair) {
        None => o.add("R4", Msg::R4NoViceChair, &[], "steering_group.seats"),
        Some(i) if seat_party_kind(a, &seats[i]) != Some(PartyKind::WellbeingCounty) => {
            o.add("R4", Msg::R4ViceChairNotCounty, &[], format!("steering_group.seats[{i}].party"))
        }
        Some(_) => {}
    }
    for (i, p) in a.parties.iter().enumerate().filter(|(_, p)| p.kind == PartyKind::WellbeingCounty) {
        let sectors: Vec<Sector> =
            seats.iter().filter(|s| s.party.as_deref() == Some(p.id.as_str())).map(|s| s.sector).collect();
        if !sectors.contains(&Sector::Social) {
            o.add("R6", Msg::R6CountyNoSocial, &[a.party_name(&p.id)], format!("parties[{i}]"));
        }
        if !sectors.contains(&Sector::Health) {
            o.add("R6", Msg::R6CountyNoHealth, &[a.party_name(&p.id)], format!("parties[{i}]"));
        }
    }
}

fn r5_term(a: &Agreement, o: &mut Out) {
    let sg = &a.steering_group;
    let (Some(start), Some(end)) = (sg.term_start, sg.term_end) else {
        match sg.term_years {
            Some(y) if y == TERM_YEARS as u32 => {}
            Some(y) => o.add("R5", Msg::R5TermNotFiveYears, &[&y.to_string()], "steering_group.term_years"),
            None => o.add("R5", Msg::R5TermMissing, &[], "steering_group.term_start"),
        }
        return;
    };
    use chrono::Datelike;
    let five = start.with_year(start.year() + TERM_YEARS);
    let ok = five.is_some_and(|f| end == f || end.succ_opt() == Some(f));
    if !ok {
        let text = format!("{} – {}", Lang::Fi.date(start), Lang::Fi.date(end));
        o.add("R5", Msg::R5TermNotFiveYears, &[&text], "steering_group.term_end");
    }
}

fn r7_r8_lead(a: &Agreement, o: &mut Out) {
    let lp = &a.lead_person;
    let named_by_authority =
        lp.named_by.as_deref().and_then(|id| a.party(id)).is_some_and(|p| p.kind == PartyKind::EmploymentAuthority);
    if !named_by_authority {
        o.add("R7", Msg::R7NotNamedByAuthority, &[], "lead_person.named_by");
    }
    if !lp.approved_by_steering_group {
        o.add("R7", Msg::R7NotApproved, &[], "lead_person.approved_by_steering_group");
    }
    if let (Some(until), Some(end)) = (lp.appointed_until, a.steering_group.term_end) {
        if until > end {
            o.add("R7", Msg::R7BeyondTerm, &[], "lead_person.appointed_until");
        }
    }
    for task in LeadTask::REQUIRED.into_iter().filter(|t| !lp.tasks.contains(t)) {
        o.add_args("R8", Msg::R8TaskMissing, vec![Arg::Msg(task.label())], "lead_person.tasks");
    }
}

fn r9_r10(a: &Agreement, o: &mut Out) {
    if !a.objectives.set_annually {
        o.add("R9", Msg::R9NotAnnual, &[], "objectives.set_annually");
    }
    if a.objectives.national_considered.is_empty() {
        o.add("R9", Msg::R9NationalMissing, &[], "objectives.national_considered");
    }
    let ar = &a.arrangement;
    if !ar.in_person && !ar.remote && !crate::wording::has_own_wording(a, crate::wording::Topic::Arrangement) {
        o.add("R10", Msg::R10NoArrangement, &[], "arrangement.in_person");
    }
}

fn row_label(a: &Agreement, r: &StaffRow) -> String {
    let mut s = format!("{}: {}", a.party_name(&r.party), r.role);
    if let Some(sa) = &r.sub_area {
        s.push_str(&format!(" ({sa})"));
    }
    s
}

fn r11_r12_r13_staff(a: &Agreement, o: &mut Out) {
    let st = &a.staffing;
    for (i, p) in a.parties.iter().enumerate().filter(|(_, p)| is_core(p.kind)) {
        if a.party_fte(&p.id).is_zero() && a.party_persons(&p.id) == 0 {
            o.add("R11", Msg::R11PartyNoStaff, &[a.party_name(&p.id)], format!("parties[{i}]"));
        }
    }
    for (i, r) in st.rows.iter().enumerate() {
        if r.fte.is_none() {
            o.add("R11", Msg::R11RowNoFte, &[&row_label(a, r)], format!("staffing.rows[{i}].fte"));
        }
    }
    for (i, p) in a.parties.iter().enumerate().filter(|(_, p)| p.kind == PartyKind::WellbeingCounty) {
        let rows: Vec<&StaffRow> = st.rows.iter().filter(|r| r.party == p.id).collect();
        let social = rows.iter().any(|r| r.sector == Sector::Social);
        let health = rows.iter().any(|r| r.sector == Sector::Health);
        let itemised = social && health;
        if !rows.is_empty() && !itemised {
            o.add("R11", Msg::R11CountyNotItemised, &[a.party_name(&p.id)], format!("parties[{i}]"));
        }
    }
    if !st.reviewed_yearly && !a.validity.reviewed_yearly {
        o.add("R12", Msg::R12NoReview, &[], "staffing.reviewed_yearly");
    }
    if !st.amended_on_change {
        o.add("R12", Msg::R12NoAmendment, &[], "staffing.amended_on_change");
    }
    let threshold = match st.max_clients_per_fte {
        Some(t) => t,
        None => {
            o.add_args(
                "R13",
                Msg::R13NoThreshold,
                vec![DEFAULT_MAX_CLIENTS_PER_FTE.into()],
                "staffing.max_clients_per_fte",
            );
            DEFAULT_MAX_CLIENTS_PER_FTE
        }
    };
    let mut any_clients = false;
    for (i, sa) in a.area.sub_areas.iter().enumerate() {
        if let Some(clients) = sa.clients {
            any_clients = true;
            let fte: Dec =
                st.rows.iter().filter(|r| r.sub_area.as_deref() == Some(sa.id.as_str())).filter_map(|r| r.fte).sum();
            sufficiency(o, &sa.name, clients, fte, threshold, format!("area.sub_areas[{i}].clients"));
        }
    }
    if let Some(clients) = st.clients_estimate {
        any_clients = true;
        let name = if a.meta.area_name.is_empty() { "—" } else { a.meta.area_name.as_str() };
        sufficiency(o, name, clients, a.total_fte(), threshold, "staffing.clients_estimate".into());
    }
    if !any_clients {
        o.add("R13", Msg::R13NoClients, &[], "staffing.clients_estimate");
    }
}

/// Clients per FTE against the threshold; the finding says how many FTE are missing.
pub fn clients_per_fte(clients: u64, fte: Dec) -> Option<Dec> {
    if fte.0 <= 0 {
        return None;
    }
    // clients / (fte/1000), in thousandths, rounded half up.
    let v = (u128::from(clients) * 1_000_000 + (fte.0 as u128) / 2) / fte.0 as u128;
    Some(Dec(v.min(i64::MAX as u128) as i64))
}

fn sufficiency(o: &mut Out, name: &str, clients: u64, fte: Dec, threshold: Dec, path: String) {
    // Needed FTE = clients / threshold, rounded up to the thousandth.
    let needed = (u128::from(clients) * 1_000_000).div_ceil(threshold.0.max(1) as u128);
    let needed = Dec(needed.min(i64::MAX as u128) as i64);
    if needed > fte {
        let ratio = clients_per_fte(clients, fte).map(|d| Arg::Dec(round1(d))).unwrap_or_else(|| "∞".into());
        let missing = Dec(needed.0.saturating_sub(fte.0));
        o.add_args("R13", Msg::R13OverThreshold, vec![name.into(), ratio, threshold.into(), missing.into()], path);
    }
}

fn round1(d: Dec) -> Dec {
    Dec((d.0 + 50) / 100 * 100)
}

fn r14_r15_costs(a: &Agreement, split: &SplitReport, o: &mut Out) {
    let c = &a.costs;
    if !c.own_staff_costs_own {
        o.add("R14", Msg::R14OwnCostsMissing, &[], "costs.own_staff_costs_own");
    }
    for (i, (item, result)) in c.items.iter().zip(&split.items).enumerate() {
        let by_staff_or_participants =
            matches!(item.rule, SplitRule::ByStaff { .. } | SplitRule::ByParticipants { .. });
        if !by_staff_or_participants && !c.override_recorded {
            o.add("R14", Msg::R14OverrideNotRecorded, &[&item.name], format!("costs.items[{i}].rule"));
        }
        match result {
            Err(e) => {
                let m = e.message(Lang::Fi, &item.name);
                o.add("R15", Msg::R15ItemError, &[&item.name, &m], format!("costs.items[{i}].rule"));
            }
            Ok(s) => {
                for sub in s.sub_splits.iter().filter_map(|r| r.as_ref().err()) {
                    let m = sub.message(Lang::Fi, &item.name);
                    o.add("R15", Msg::R15ItemError, &[&item.name, &m], format!("costs.items[{i}].sub_splits"));
                }
            }
        }
    }
    if a.parties_of(PartyKind::Kela).next().is_some() && c.kela_participation.trim().is_empty() {
        o.add("R14", Msg::R14KelaNotStated, &[], "costs.kela_participation");
    }
}

fn r16_consistency(a: &Agreement, o: &mut Out) {
    for (i, r) in a.staffing.rows.iter().enumerate() {
        if let (Some(f), Some(p)) = (r.fte, r.persons) {
            if f > Dec::from_int(i64::from(p)) {
                let args = vec![Arg::Text(row_label(a, r)), f.into(), Dec::from_int(i64::from(p)).into()];
                o.add_args("R16", Msg::R16FteOverPersons, args, format!("staffing.rows[{i}].fte"));
            }
        }
    }
    for (i, t) in a.staffing.stated_totals.iter().enumerate() {
        let sum = a.party_fte(&t.party);
        // "n. 6 htv" tolerates half an FTE either way; an exact statement must match to the thousandth.
        let tolerance = if t.approximate { 500 } else { 0 };
        if sum.0.abs_diff(t.fte.0) > tolerance {
            let args = vec![a.party_name(&t.party).into(), t.fte.into(), sum.into()];
            o.add_args("R16", Msg::R16StatedTotalDiffers, args, format!("staffing.stated_totals[{i}].fte"));
        }
    }
}

/// The county names a Finnish text gives: the capitalised word in the genitive before "hyvinvointialue"
/// in any of its forms ("Keski-Pohjanmaan" in "Keski-Pohjanmaan hyvinvointialueen").
fn counties_named(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("hyvinvointialue").filter_map(move |(at, _)| {
        let before = text[..at].strip_suffix(' ')?;
        // The word starts after the last character that is not part of it, which may be several
        // bytes long ("”", a no-break space, "–").
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphabetic() || c == '-'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[start..];
        (word.starts_with(char::is_uppercase) && word.ends_with('n')).then_some(word)
    })
}

/// The wellbeing services counties by the genitive `counties_named` finds in their Finnish name, with
/// their Swedish names before "välfärdsområde", as the act establishing the counties gives them
/// (616/2021; the section is not yet confirmed). Swedish names are a closed list because a
/// capitalised word before "välfärdsområdet" is as often the start of a sentence.
const COUNTIES_SV: [(&str, &str); 21] = [
    ("Itä-Uudenmaan", "Östra Nylands"),
    ("Keski-Uudenmaan", "Mellersta Nylands"),
    ("Länsi-Uudenmaan", "Västra Nylands"),
    ("Keravan", "Vanda och Kervo"),
    ("Varsinais-Suomen", "Egentliga Finlands"),
    ("Satakunnan", "Satakunta"),
    ("Kanta-Hämeen", "Egentliga Tavastlands"),
    ("Pirkanmaan", "Birkalands"),
    ("Päijät-Hämeen", "Päijänne-Tavastlands"),
    ("Kymenlaakson", "Kymmenedalens"),
    ("Etelä-Karjalan", "Södra Karelens"),
    ("Etelä-Savon", "Södra Savolax"),
    ("Pohjois-Savon", "Norra Savolax"),
    ("Pohjois-Karjalan", "Norra Karelens"),
    ("Keski-Suomen", "Mellersta Finlands"),
    ("Etelä-Pohjanmaan", "Södra Österbottens"),
    ("Pohjanmaan", "Österbottens"),
    ("Keski-Pohjanmaan", "Mellersta Österbottens"),
    ("Pohjois-Pohjanmaan", "Norra Österbottens"),
    ("Kainuun", "Kajanalands"),
    ("Lapin", "Lapplands"),
];

/// The counties a Swedish text names, by the longest name of `COUNTIES_SV` standing whole before
/// "välfärdsområde" in any of its forms ("Mellersta Österbottens", not "Österbottens").
fn counties_named_sv(text: &str) -> impl Iterator<Item = &'static str> + '_ {
    text.match_indices("välfärdsområde").filter_map(move |(at, _)| {
        let before = text[..at].strip_suffix(' ')?;
        COUNTIES_SV
            .iter()
            .map(|&(_, sv)| sv)
            .filter(|sv| {
                before.strip_suffix(sv).is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphabetic() || c == '-'))
            })
            .max_by_key(|sv| sv.len())
    })
}

/// A clause naming a wellbeing services county that is not a party: a copy from another area's
/// agreement left unedited (the Keski-Pohjanmaa seed names "Pohjanmaan hyvinvointialue" in its area).
/// Finnish and Swedish texts are both read; a party named in Finnish only is known by its Swedish
/// name too.
fn r19_counties_in_texts(a: &Agreement, o: &mut Out) {
    let counties: Vec<&Party> = a.parties_of(PartyKind::WellbeingCounty).collect();
    let named_fi: Vec<&str> = counties.iter().flat_map(|p| counties_named(&p.name_fi)).collect();
    let named_sv: Vec<&str> = counties.iter().flat_map(|p| counties_named_sv(&p.name_sv)).collect();
    // A party is known by both of its names, whichever of them the file gives.
    let fi: Vec<&str> =
        COUNTIES_SV.iter().filter(|(_, s)| named_sv.contains(s)).map(|&(f, _)| f).chain(named_fi).collect();
    let sv: Vec<&str> = COUNTIES_SV.iter().filter(|(f, _)| fi.contains(f)).map(|&(_, s)| s).chain(named_sv).collect();
    let listed_fi = counties.iter().map(|p| p.name_fi.as_str()).collect::<Vec<_>>().join(", ");
    let listed_sv = counties
        .iter()
        .map(|p| if p.name_sv.is_empty() { p.name_fi.as_str() } else { p.name_sv.as_str() })
        .collect::<Vec<_>>()
        .join(", ");
    for (path, text) in a.clause_texts() {
        let others_fi = counties_named(text)
            .filter(|c| !fi.is_empty() && !fi.contains(c))
            .map(|c| (format!("{c} hyvinvointialue"), &listed_fi));
        let others_sv = counties_named_sv(text)
            .filter(|c| !sv.is_empty() && !sv.contains(c))
            .map(|c| (format!("{c} välfärdsområde"), &listed_sv));
        let mut seen: Vec<String> = Vec::new();
        for (county, parties) in others_fi.chain(others_sv) {
            if !seen.contains(&county) {
                o.add("R19", Msg::R19CountyNotParty, &[&county, parties], path.clone());
                seen.push(county);
            }
        }
    }
}

fn r17_r18_r19_r20(a: &Agreement, o: &mut Out) {
    if a.services.youth_one_stop == YouthOneStop::NotStated {
        o.add("R17", Msg::R17NotStated, &[], "services.youth_one_stop");
    }
    let sig = &a.signatures;
    let signing_parties = a.parties.len();
    if let Some(c) = sig.copies {
        if c as usize != signing_parties {
            o.add("R18", Msg::R18CopiesMismatch, &[&c.to_string(), &signing_parties.to_string()], "signatures.copies");
        }
    }
    for (i, p) in a.parties.iter().enumerate() {
        if !sig.signatories.iter().any(|s| s.party.as_deref() == Some(p.id.as_str())) {
            o.add("R18", Msg::R18PartyNoSignatory, &[a.party_name(&p.id)], format!("parties[{i}]"));
        }
    }
    for (i, p) in a.parties.iter().enumerate() {
        let lead = p.lead_municipality.trim();
        if !lead.is_empty()
            && !a.area.municipalities.is_empty()
            && !a.area.municipalities.iter().any(|m| m.name == lead)
        {
            o.add(
                "R19",
                Msg::R19NameMismatch,
                &[lead, "area.municipalities"],
                format!("parties[{i}].lead_municipality"),
            );
        }
    }
    r19_counties_in_texts(a, o);
    let t = &a.validity.termination;
    if t.allowed == Some(true) {
        if t.notice_months.is_none() && t.effect != TerminationEffect::HalfYearRule {
            o.add("R20", Msg::R20NoNotice, &[], "validity.termination.notice_months");
        }
        if t.effect == TerminationEffect::NotStated {
            o.add("R20", Msg::R20NoEffect, &[], "validity.termination.effect");
        }
    } else if t.effect == TerminationEffect::NotStated && t.notice_months.is_none() {
        o.add("R20", Msg::R20NoNotice, &[], "validity.termination.notice_months");
    }
    if a.validity.dispute.court.trim().is_empty() {
        o.add("R20", Msg::R20NoCourt, &[], "validity.dispute.court");
    }
}

/// R21: a live field of the own wording that the data cannot fill (a removed party, an annex the
/// document no longer has) prints as a visible placeholder. R22: a Swedish document whose own wording
/// is only in Finnish prints it marked as untranslated.
fn r21_r22_wording(a: &Agreement, o: &mut Out) {
    for (path, field) in crate::text::missing_fields(a) {
        o.add("R21", Msg::R21FieldMissing, &[&field], path);
    }
    if a.meta.document_language == DocLang::Sv {
        for (i, p) in a.wording.parts.iter().enumerate() {
            for (j, b) in p.blocks.iter().enumerate() {
                if let crate::wording::Block::Own { fi, sv, .. } = b {
                    if sv.trim().is_empty() && !fi.trim().is_empty() {
                        let start: String = fi.chars().take(60).collect();
                        o.add("R22", Msg::R22Untranslated, &[&start], format!("wording.parts[{i}].blocks[{j}].sv"));
                    }
                }
            }
        }
    }
}
