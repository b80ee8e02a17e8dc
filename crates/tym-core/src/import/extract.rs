//! The data the model holds, read from the imported parts' wording: parties (names, business IDs,
//! kinds, short names), municipalities and the lead municipality, the steering group's setting
//! decision, staffing rows and stated totals (from Word tables and from text laid out as lines), the
//! lead person's title, validity (start, notice months, termination rule, courts), copies and
//! signatories. Each fact found is an entry of the report with the words it came from; a fact the
//! source states in a way these rules do not read is "missing" with the field to fill in.
//!
//! Rules, not a grammar: they are the forms the five real agreements use, and the tests run them on
//! changed copies of those so they do not merely memorise them.

use super::structure::Doc;
use super::{Entry, SectionReport, Status};
use crate::i18n::Msg;
use crate::model::*;
use crate::num::Dec;
use crate::path::{Path, F};
use crate::wording::{Block, Topic};

struct Out {
    sections: Vec<SectionReport>,
    missing: Vec<Entry>,
}

impl Out {
    fn add(&mut self, part: usize, status: Status, field: Msg, path: impl Into<Path>, value: &str, source: &str) {
        let src: String = source.chars().take(160).collect();
        let e = Entry { status, field, path: path.into(), value: value.into(), value_msg: None, source: src };
        match self.sections.get_mut(part) {
            Some(s) => s.entries.push(e),
            None => self.missing.push(e),
        }
    }

    fn missing(&mut self, field: Msg, path: impl Into<Path>) {
        self.missing.push(Entry {
            status: Status::Missing,
            field,
            path: path.into(),
            value: String::new(),
            value_msg: None,
            source: String::new(),
        });
    }
}

/// The own texts of the parts: (part index, text).
fn texts(doc: &Doc) -> Vec<(usize, &str)> {
    let mut v = Vec::new();
    for (i, p) in doc.parts.iter().enumerate() {
        for (j, b) in p.blocks.iter().enumerate() {
            if doc.table_blocks.contains(&(i, j)) {
                continue;
            }
            if let Block::Own { fi, .. } = b {
                v.push((i, fi.as_str()));
            }
        }
    }
    v
}

fn of_topic(doc: &Doc, topic: Topic) -> Vec<(usize, &str)> {
    texts(doc).into_iter().filter(|(i, _)| doc.parts[*i].topic == topic).collect()
}

pub(super) fn kind_of(s: &str) -> Option<PartyKind> {
    let l = s.to_lowercase();
    if l.contains("kansaneläkelaitos") || l.split(|c: char| !c.is_alphanumeric()).any(|w| w == "kela") {
        Some(PartyKind::Kela)
    } else if l.contains("hyvinvointialue") {
        Some(PartyKind::WellbeingCounty)
    } else if ["työllisyysalue", "kaupunki", "kunta", "työvoimaviranomai", "lautakunta"].iter().any(|k| l.contains(k))
    {
        Some(PartyKind::EmploymentAuthority)
    } else {
        None
    }
}

fn find_business_id(s: &str) -> Option<String> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(8)).find_map(|i| {
        let w = &b[i..i + 9];
        let ok = w[..7].iter().all(u8::is_ascii_digit)
            && w[7] == b'-'
            && w[8].is_ascii_digit()
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && b.get(i + 9).is_none_or(|c| !c.is_ascii_digit());
        ok.then(|| s[i..i + 9].to_string())
    })
}

fn strip_number(s: &str) -> &str {
    let d = s.chars().take_while(char::is_ascii_digit).count();
    if d > 0 && s[d..].starts_with(". ") {
        s[d + 2..].trim()
    } else {
        s.trim()
    }
}

/// "Satakunnan Hyvinvointialue" → "Satakunnan hyvinvointialue": the kind word in lower case, as
/// the official names write it.
fn normalise_name(s: &str) -> String {
    let mut out = Vec::new();
    for (i, w) in s.split_whitespace().enumerate() {
        let lw = w.to_lowercase();
        if i > 0 && (lw.starts_with("hyvinvointialue") || lw.starts_with("työllisyysalue") || lw == "kaupunki") {
            out.push(lw);
        } else {
            out.push(w.to_string());
        }
    }
    out.join(" ")
}

fn parties(a: &mut Agreement, doc: &Doc, out: &mut Out) {
    let src = of_topic(doc, Topic::Parties);
    let mut last_kind_line = false;
    for (part, t) in src {
        let t = t.trim();
        let low = t.to_lowercase();
        if let Some(id) = find_business_id(t).filter(|_| low.contains("y-tunnus") || t.len() < 40) {
            if let Some(i) = a.parties.len().checked_sub(1) {
                a.parties[i].business_id = id.clone();
                out.add(part, Status::Recognised, Msg::ImpFBusinessId, F::PartiesBusinessId.at(i), &id, t);
            }
            last_kind_line = false;
            continue;
        }
        if low.starts_with("osoite") {
            if let Some(p) = a.parties.last_mut() {
                p.address = t.split_once(':').map(|(_, r)| r.trim()).unwrap_or(t).to_string();
            }
            last_kind_line = false;
            continue;
        }
        if low.starts_with("yhteyshenkil") {
            // The contacts follow the parties; they name titles, not parties.
            break;
        }
        let words = t.split_whitespace().count();
        if words > 12 || t.ends_with('.') {
            last_kind_line = false;
            continue;
        }
        let body = strip_number(t);
        let (name, paren) = match body.split_once('(') {
            Some((n, p)) => (n.trim(), p.trim_end_matches(')').trim()),
            None => (body, ""),
        };
        let Some(kind) = kind_of(name) else {
            last_kind_line = false;
            continue;
        };
        if name.eq_ignore_ascii_case("työvoimaviranomainen") || name.eq_ignore_ascii_case("hyvinvointialue") {
            // A label line above the name ("Työvoimaviranomainen" / "Jämsän kaupunki").
            continue;
        }
        let name = normalise_name(name);
        let short =
            paren.strip_prefix("jäljempänä").map(|s| s.trim().trim_start_matches("myös").trim()).unwrap_or(paren);
        // "Jämsän kaupunki" / "Eteläisen … työllisyysaluelautakunta (jäljempänä työllisyysalue)":
        // two lines naming one employment authority.
        if last_kind_line && kind == PartyKind::EmploymentAuthority {
            if let Some(p) = a.parties.last_mut().filter(|p| p.kind == kind && p.business_id.is_empty()) {
                p.name_fi = format!("{}, {}", p.name_fi, name);
                let i = a.parties.len() - 1;
                out.add(part, Status::Uncertain, Msg::ImpFParty, F::PartiesNameFi.at(i), &a.parties[i].name_fi, t);
                last_kind_line = !paren.is_empty();
                last_kind_line = !last_kind_line;
                continue;
            }
        }
        let n_same = a.parties.iter().filter(|p| p.kind == kind).count();
        let base = match kind {
            PartyKind::EmploymentAuthority => "ea",
            PartyKind::WellbeingCounty => "wc",
            PartyKind::Kela => "kela",
            PartyKind::Municipality => "m",
        };
        let id = if n_same == 0 { base.to_string() } else { format!("{base}{}", n_same + 1) };
        a.parties.push(Party { id, kind, name_fi: name.clone(), contact: short.to_string(), ..Party::default() });
        let i = a.parties.len() - 1;
        out.add(part, Status::Recognised, Msg::ImpFParty, F::PartiesNameFi.at(i), &name, t);
        last_kind_line = paren.is_empty();
    }
    // Short names are not contacts; they were kept for binding only.
    for p in &mut a.parties {
        p.contact.clear();
    }
    for (i, p) in a.parties.iter_mut().enumerate() {
        if p.kind == PartyKind::Kela && p.business_id.is_empty() {
            // Kela's business ID is public and never changes; the agreement may leave it out.
            p.business_id = "0246246-0".into();
            out.add(
                usize::MAX,
                Status::Uncertain,
                Msg::ImpFBusinessId,
                F::PartiesBusinessId.at(i),
                "0246246-0",
                "Kansaneläkelaitos",
            );
        }
    }
    if a.parties.is_empty() {
        out.missing(Msg::ImpFParty, F::Parties);
    }
}

/// "Nurmijärven" → "Nurmijärvi": the nominative of a municipality's genitive, by the endings the
/// names have ("-sten"/"-sen" → "-nen", "-ven" → "-vi", else drop "-n").
fn nominative(g: &str) -> String {
    if let Some(s) = g.strip_suffix("sten").or_else(|| g.strip_suffix("sen")) {
        format!("{s}nen")
    } else if let Some(s) = g.strip_suffix("ven") {
        format!("{s}vi")
    } else {
        g.strip_suffix('n').unwrap_or(g).to_string()
    }
}

fn municipalities(a: &mut Agreement, doc: &Doc, out: &mut Out) {
    let src = of_topic(doc, Topic::Area);
    for (part, t) in &src {
        let low = t.to_lowercase();
        let list = ["kunnat:", "johon kuuluvat", "työllisyysalue (", "työllisyysalueen ("]
            .iter()
            .find_map(|k| low.find(k).map(|i| i + k.len()))
            .map(|start| {
                let rest = &t[start..];
                let end = if low[..start].ends_with('(') { rest.find(')') } else { rest.find(". ").or(rest.find('.')) };
                &rest[..end.unwrap_or(rest.len())]
            });
        let Some(list) = list else { continue };
        let genitive = list.contains("kaupungit") || list.contains("kunnat");
        let mut names = Vec::new();
        let mut lead = None;
        // Parentheses inside the list ("Sastamala (työllisyysalueen vastuukunta)") name the lead.
        let mut cleaned = String::new();
        let mut depth = 0;
        let mut inner = String::new();
        for c in list.chars() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if inner.contains("vastuukunta") {
                        cleaned.push_str(" @LEAD");
                    }
                    inner.clear();
                }
                c if depth > 0 => inner.push(c),
                c => cleaned.push(c),
            }
        }
        for chunk in cleaned.replace(" sekä ", ",").replace(" ja ", ",").split(',') {
            let chunk = chunk.trim();
            let is_lead = chunk.contains("@LEAD");
            let words: Vec<&str> = chunk
                .split_whitespace()
                .filter(|w| *w != "@LEAD" && !matches!(*w, "kaupungit" | "kunnat" | "kaupunki" | "kunta"))
                .collect();
            if words.is_empty() || words.len() > 2 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
                continue;
            }
            let name = words.join(" ");
            let name = if genitive { nominative(&name) } else { name };
            if is_lead {
                lead = Some(name.clone());
            }
            names.push(name);
        }
        if names.len() < 2 {
            continue;
        }
        a.area.municipalities =
            names.iter().map(|n| Municipality { name: n.clone(), ..Municipality::default() }).collect();
        let status = if genitive { Status::Uncertain } else { Status::Recognised };
        out.add(*part, status, Msg::ImpFMunicipalities, F::AreaMunicipalities, &names.join(", "), t);
        if let (Some(l), Some(i)) = (lead, a.parties.iter().position(|p| p.kind == PartyKind::EmploymentAuthority)) {
            a.parties[i].lead_municipality = l.clone();
            out.add(*part, Status::Recognised, Msg::ImpFLead, F::PartiesLeadMunicipality.at(i), &l, t);
        }
        return;
    }
    out.missing(Msg::ImpFMunicipalities, F::AreaMunicipalities);
}

fn date_in(s: &str) -> Option<(chrono::NaiveDate, usize, usize)> {
    let b = s.as_bytes();
    for i in 0..b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'.')) {
            continue;
        }
        let rest = &s[i..];
        let parts: Vec<&str> = rest.splitn(4, '.').collect();
        if parts.len() < 3 {
            continue;
        }
        let y: String = parts[2].chars().take_while(char::is_ascii_digit).collect();
        let (Ok(d), Ok(m), Ok(yy)) = (parts[0].parse::<u32>(), parts[1].parse::<u32>(), y.parse::<i32>()) else {
            continue;
        };
        if y.len() != 4 {
            continue;
        }
        if let Some(date) = chrono::NaiveDate::from_ymd_opt(yy, m, d) {
            let len = parts[0].len() + parts[1].len() + y.len() + 2;
            return Some((date, i, len));
        }
    }
    None
}

fn decision(a: &mut Agreement, doc: &Doc, out: &mut Out) {
    for (part, t) in texts(doc) {
        let low = t.to_lowercase();
        if !low.contains("lautakunta") || !t.contains('§') {
            continue;
        }
        let Some((date, at, len)) = date_in(t) else { continue };
        let after = &t[at + len..];
        let section: String =
            after.trim_start().trim_start_matches('§').trim_start().chars().take_while(char::is_ascii_digit).collect();
        let section = if section.is_empty() {
            after
                .split('§')
                .next()
                .and_then(|s| s.split_whitespace().last())
                .filter(|s| s.chars().all(|c| c.is_ascii_digit()))
                .unwrap_or("")
                .to_string()
        } else {
            section
        };
        let before = &t[..at];
        let body = before.split(" on kokouksessaan").next().unwrap_or(before).trim().trim_end_matches(',').trim();
        if body.split_whitespace().count() > 8 || section.is_empty() {
            continue;
        }
        let body = match body.split_once(", ") {
            Some((a, b)) => format!("{a}, {}", b.to_lowercase()),
            None => body.to_string(),
        };
        a.steering_group.decision =
            Decision { body: body.clone(), date: Some(date), section: format!("{section} §"), ..Default::default() };
        let v = format!("{body} {} {section} §", crate::Lang::Fi.date(date));
        out.add(part, Status::Recognised, Msg::ImpFDecision, F::SteeringGroupDecision, &v, t);
        return;
    }
    out.missing(Msg::ImpFDecision, F::SteeringGroupDecisionBody);
}

fn party_in(a: &Agreement, s: &str) -> Option<String> {
    let low = s.to_lowercase();
    let keys: [(&[&str], PartyKind); 3] = [
        (&["työvoimaviranomai", "työllisyysalue"], PartyKind::EmploymentAuthority),
        (&["hyvinvointialue"], PartyKind::WellbeingCounty),
        (&["kela", "kansaneläkelaitos"], PartyKind::Kela),
    ];
    keys.iter()
        .filter_map(|(ks, kind)| ks.iter().filter_map(|k| low.find(k)).min().map(|at| (at, *kind)))
        .min_by_key(|(at, _)| *at)
        .and_then(|(_, kind)| a.parties_of(kind).next().map(|p| p.id.clone()))
}

fn dec_at(s: &str) -> Option<Dec> {
    let n: String = s.chars().take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.').collect();
    Dec::parse(n.trim_end_matches([',', '.']))
}

fn capitalise(s: &str) -> String {
    if s.chars().all(|c| !c.is_lowercase()) {
        let mut c = s.chars();
        c.next().map(|f| f.to_string() + &c.as_str().to_lowercase()).unwrap_or_default()
    } else {
        s.to_string()
    }
}

fn staffing(a: &mut Agreement, doc: &Doc, out: &mut Out) {
    let mut ctx: Option<String> = None;
    // Word tables: a header naming persons or FTE.
    for (part, tables) in doc.tables.iter().enumerate() {
        for rows in tables {
            let Some(head) = rows.first() else { continue };
            let h: Vec<String> = head.iter().map(|c| c.to_lowercase()).collect();
            let col = |keys: &[&str]| h.iter().position(|c| keys.iter().any(|k| c.contains(k)));
            let (Some(role), fte, persons) =
                (col(&["tehtävä", "ammatti", "rooli", "nimike"]), col(&["htv"]), col(&["henkil", "lkm"]))
            else {
                continue;
            };
            if fte.is_none() && persons.is_none() {
                continue;
            }
            let party_col = col(&["osapuoli", "organisaatio", "sopijapuoli"]);
            for r in &rows[1..] {
                let cell = |i: Option<usize>| i.and_then(|i| r.get(i)).map(|s| s.trim()).unwrap_or("");
                let party = party_col
                    .and_then(|_| party_in(a, cell(party_col)))
                    .or_else(|| party_in(a, &r.join(" ")))
                    .or(ctx.clone());
                let Some(party) = party else { continue };
                ctx = Some(party.clone());
                if cell(Some(role)).is_empty() || cell(Some(role)).to_lowercase().starts_with("yhteensä") {
                    continue;
                }
                let row = StaffRow {
                    party,
                    role: cell(Some(role)).to_string(),
                    persons: cell(persons).parse().ok(),
                    fte: dec_at(cell(fte)),
                    ..StaffRow::default()
                };
                a.staffing.rows.push(row.into());
                let i = a.staffing.rows.len() - 1;
                out.add(
                    part,
                    Status::Recognised,
                    Msg::ImpFStaffRow,
                    F::StaffingRows.at(i),
                    &r.join(" | "),
                    &r.join(" | "),
                );
            }
        }
    }
    if !a.staffing.rows.is_empty() {
        return;
    }
    ctx = None;
    for (part, t) in of_topic(doc, Topic::Staffing) {
        let t = t.trim();
        let words = t.split_whitespace().count();
        // "1. sosiaaliohjaajat ja sosiaalityöntekijät (9 henkilöä)"
        if let Some((role, rest)) = strip_number(t).rsplit_once('(') {
            let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if rest[n.len()..].trim_start().starts_with("henkilö")
                && !n.is_empty()
                && role.split_whitespace().count() <= 6
            {
                if let Some(party) = ctx.clone() {
                    a.staffing.rows.push(
                        StaffRow {
                            party,
                            role: role.trim().to_string(),
                            persons: n.parse().ok(),
                            ..StaffRow::default()
                        }
                        .into(),
                    );
                    let i = a.staffing.rows.len() - 1;
                    out.add(part, Status::Recognised, Msg::ImpFStaffRow, F::StaffingRows.at(i), t, t);
                }
                continue;
            }
        }
        let here = party_in(a, t);
        if here.is_some() {
            ctx = here.clone();
        }
        let low = t.to_lowercase();
        // "Työvoimaviranomainen n. 5 htv", "KELA 0,2 htv/vuosi": a party and a figure on a line.
        if words <= 6 && low.contains("htv") {
            if let (Some(party), Some(at)) = (here.clone(), t.find(|c: char| c.is_ascii_digit())) {
                let approx = t[..at].trim_end().ends_with("n.");
                let Some(fte) = dec_at(&t[at..]) else { continue };
                if approx {
                    let from = t[..at].rfind("n.").unwrap_or(at);
                    let wording = t[from..].trim().to_string();
                    a.staffing.stated_totals.push(StatedTotal { party, fte, approximate: true, wording });
                    let i = a.staffing.stated_totals.len() - 1;
                    out.add(part, Status::Recognised, Msg::ImpFStatedTotal, F::StaffingStatedTotals.at(i), t, t);
                } else {
                    let role = capitalise(t[..at].trim());
                    a.staffing.rows.push(StaffRow { party, role, fte: Some(fte), ..StaffRow::default() }.into());
                    let i = a.staffing.rows.len() - 1;
                    out.add(part, Status::Uncertain, Msg::ImpFStaffRow, F::StaffingRows.at(i), t, t);
                }
                continue;
            }
        }
        if !low.contains("htv") {
            continue;
        }
        let Some(party) = ctx.clone() else { continue };
        // "yhteensä 1,5 htv.tä": a stated total.
        if let Some(at) = low.find("yhteensä ") {
            let rest = &t[at + "yhteensä ".len()..];
            if let Some(fte) = dec_at(rest) {
                let end = rest
                    .find("htv")
                    .map(|e| e + rest[e..].find(['.', ' ']).map(|x| x + 2).unwrap_or(3))
                    .unwrap_or(rest.len())
                    .min(rest.len());
                let wording = format!("yhteensä {}", rest[..end].trim_end_matches(['.', ' ']).trim());
                let wording = if wording.ends_with("htv.t") { format!("{wording}ä") } else { wording };
                a.staffing.stated_totals.push(StatedTotal { party: party.clone(), fte, approximate: false, wording });
                let i = a.staffing.stated_totals.len() - 1;
                out.add(
                    part,
                    Status::Recognised,
                    Msg::ImpFStatedTotal,
                    F::StaffingStatedTotals.at(i),
                    &fte.format(','),
                    t,
                );
            }
        }
        // "0,8 htv.tä (työkykyneuvoja)" and "sosiaalityöntekijä 0,6 ja sosiaaliohjaaja 0,9": roles
        // with their FTE in a sentence.
        let toks: Vec<&str> = t.split_whitespace().collect();
        for (k, w) in toks.iter().enumerate() {
            let Some(fte) = dec_at(w).filter(|_| w.starts_with(|c: char| c.is_ascii_digit()) && w.contains(',')) else {
                continue;
            };
            let prev = k.checked_sub(1).map(|p| toks[p]).unwrap_or("");
            let next2 = toks.get(k + 1..(k + 3).min(toks.len())).map(|s| s.join(" ")).unwrap_or_default();
            let role = if next2.starts_with("htv") && next2.contains('(') {
                next2
                    .split_once('(')
                    .map(|(_, r)| r.trim_end_matches([')', '.']).to_string())
                    .filter(|r| r.starts_with(char::is_lowercase))
            } else if prev.chars().all(|c| c.is_lowercase() || c == '-')
                && !prev.is_empty()
                && !prev.ends_with("ia")
                && !["yhteensä", "on", "ja", "sekä"].contains(&prev)
                && !["stä", "sta", "ssä", "ssa", "lle", "lta", "ltä"].iter().any(|e| prev.ends_with(e))
            {
                Some(prev.to_string())
            } else {
                None
            };
            if let Some(role) = role {
                a.staffing
                    .rows
                    .push(StaffRow { party: party.clone(), role, fte: Some(fte), ..StaffRow::default() }.into());
                let i = a.staffing.rows.len() - 1;
                out.add(part, Status::Uncertain, Msg::ImpFStaffRow, F::StaffingRows.at(i), w, t);
            }
        }
    }
    if a.staffing.rows.is_empty() {
        out.missing(Msg::ImpFStaffRow, F::StaffingRows);
    }
}

const NUMBER_WORDS: [&str; 12] = [
    "nolla",
    "yksi",
    "kaksi",
    "kolme",
    "neljä",
    "viisi",
    "kuusi",
    "seitsemän",
    "kahdeksan",
    "yhdeksän",
    "kymmenen",
    "yksitoista",
];

fn number_word(w: &str) -> Option<u32> {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    w.parse().ok().or_else(|| NUMBER_WORDS.iter().position(|n| *n == w).map(|p| p as u32))
}

/// The number before a word ("6 kuukautta", "kuusi (6) kuukautta", "kolme samansisältöistä").
fn number_before(toks: &[&str], k: usize) -> Option<u32> {
    (1..=2).filter_map(|d| k.checked_sub(d)).find_map(|j| number_word(toks[j]))
}

fn sentences(t: &str) -> impl Iterator<Item = &str> {
    t.split_inclusive(". ").map(str::trim)
}

fn validity(a: &mut Agreement, doc: &Doc, out: &mut Out) {
    let all = texts(doc);
    let v = &mut a.validity;
    let mut termination_found = false;
    for (part, t) in &all {
        for s in sentences(t) {
            let low = s.to_lowercase();
            let toks: Vec<&str> = s.split_whitespace().collect();
            if v.effective_from.is_none() && low.contains("tulee voimaan") {
                if let Some((d, _, _)) = date_in(s) {
                    v.effective_from = Some(d);
                    out.add(
                        *part,
                        Status::Recognised,
                        Msg::ImpFEffectiveFrom,
                        F::ValidityEffectiveFrom,
                        &crate::Lang::Fi.date(d),
                        s,
                    );
                }
                if low.contains("toistaiseksi") {
                    v.until = None;
                }
            }
            if low.contains("irtisano") {
                if v.termination.notice_months.is_none() {
                    if let Some(k) = toks.iter().position(|w| w.to_lowercase().starts_with("kuukau")) {
                        if let Some(n) = number_before(&toks, k) {
                            v.termination.notice_months = Some(n);
                            out.add(
                                *part,
                                Status::Recognised,
                                Msg::ImpFNotice,
                                F::ValidityTerminationNoticeMonths,
                                &n.to_string(),
                                s,
                            );
                        }
                    }
                }
                if low.contains("voi") && low.contains("irtisanoa")
                    || low.contains("oikeus irtisanoa")
                    || low.contains("irtisanomisaika")
                {
                    v.termination.allowed = Some(true);
                }
                if low.contains("kirjallisesti") {
                    v.termination.written = true;
                }
                if low.contains("omalta osaltaan") {
                    v.termination.own_part = true;
                }
                let effect = if low.contains("puoliskolla") {
                    Some(TerminationEffect::HalfYearRule)
                } else if low.contains("irtisanomisvuoden lop") || low.contains("vuoden lopussa") {
                    Some(TerminationEffect::EndOfYear)
                } else if low.contains("kuluttua irtisanomisesta") {
                    Some(TerminationEffect::AfterNotice)
                } else {
                    None
                };
                if let Some(e) = effect.filter(|_| !termination_found) {
                    termination_found = true;
                    v.termination.effect = e;
                    out.add(*part, Status::Recognised, Msg::ImpFTermination, F::ValidityTerminationEffect, "", s);
                }
            }
            if (low.contains("vuoden vaihtuessa") || low.contains("vuoden vaihteessa")) && !termination_found {
                termination_found = true;
                v.termination.effect = TerminationEffect::AtYearChange { notice_by: String::new() };
                out.add(*part, Status::Recognised, Msg::ImpFTermination, F::ValidityTerminationEffect, "", s);
            }
            if let TerminationEffect::AtYearChange { notice_by } = &mut v.termination.effect {
                if notice_by.is_empty() && low.contains("viimeistään") && low.contains("irtisano") {
                    if let Some(k) = toks.iter().position(|w| *w == "viimeistään") {
                        if let Some(d) =
                            toks.get(k + 1).filter(|d| d.chars().next().is_some_and(|c| c.is_ascii_digit()))
                        {
                            *notice_by = d.to_string();
                        }
                    }
                }
            }
            if v.dispute.court.is_empty() {
                if let Some(at) = low.find("hallinto-oikeu") {
                    let before: Vec<&str> = s[..at].split_whitespace().collect();
                    let court = match before.last() {
                        Some(w) if w.starts_with(char::is_uppercase) => Some(format!("{w} hallinto-oikeus")),
                        Some(w) if w.ends_with("ssä") || w.ends_with("ssa") => {
                            // "… perusteella määräytyvässä hallinto-oikeudessa": the court named by
                            // its rule, from after "hallintoriita-asiana".
                            let from = before
                                .iter()
                                .rposition(|x| x.starts_with("hallintoriita-asia"))
                                .map(|p| p + 1)
                                .unwrap_or(before.len() - 1);
                            let mut ws: Vec<String> = before[from..].iter().map(|s| s.to_string()).collect();
                            if let Some(l) = ws.last_mut() {
                                *l = l.trim_end_matches("ssä").trim_end_matches("ssa").to_string();
                            }
                            Some(format!("{} hallinto-oikeus", ws.join(" ")))
                        }
                        _ => None,
                    };
                    if let Some(c) = court {
                        v.dispute.court = c.clone();
                        out.add(*part, Status::Recognised, Msg::ImpFCourt, F::ValidityDisputeCourt, &c, s);
                    }
                }
            }
            if v.dispute.civil_court.is_empty() {
                if let Some(at) = low.find("käräjäoikeu") {
                    if let Some(w) = s[..at].split_whitespace().last().filter(|w| w.starts_with(char::is_uppercase)) {
                        v.dispute.civil_court = format!("{w} käräjäoikeus");
                        out.add(
                            *part,
                            Status::Recognised,
                            Msg::ImpFCivilCourt,
                            F::ValidityDisputeCivilCourt,
                            &v.dispute.civil_court,
                            s,
                        );
                    }
                }
            }
            if low.contains("neuvottel") && low.contains("erimielisyy") {
                v.dispute.negotiation_first = true;
            }
            if a.signatures.copies.is_none() {
                if let Some(k) = toks.iter().position(|w| w.starts_with("kappale")) {
                    if let Some(n) = number_before(&toks, k).filter(|_| low.contains("samansisältöi")).or_else(|| {
                        toks.iter().position(|w| w.starts_with("samansisältöi")).and_then(|j| number_before(&toks, j))
                    }) {
                        a.signatures.copies = Some(n);
                        out.add(*part, Status::Recognised, Msg::ImpFCopies, F::SignaturesCopies, &n.to_string(), s);
                    }
                }
            }
            if low.contains("sähköisesti") && low.contains("allekirjoit") || low.contains("sähköisen allekirjoituksen")
            {
                a.signatures.electronic = true;
            }
            if a.lead_person.title.is_empty() && low.contains("tehtävänimik") {
                if let Some(k) = toks.iter().position(|w| *w == "on") {
                    if let Some(t) = toks.get(k + 1) {
                        a.lead_person.title = t.trim_end_matches(['.', ',']).to_string();
                        out.add(
                            *part,
                            Status::Recognised,
                            Msg::ImpFLeadTitle,
                            F::LeadPersonTitle,
                            &a.lead_person.title,
                            s,
                        );
                    }
                }
            }
        }
    }
    let missing = [
        (a.validity.effective_from.is_none(), Msg::ImpFEffectiveFrom, F::ValidityEffectiveFrom),
        (a.validity.termination.notice_months.is_none(), Msg::ImpFNotice, F::ValidityTerminationNoticeMonths),
        (!termination_found, Msg::ImpFTermination, F::ValidityTerminationEffect),
        (a.validity.dispute.court.is_empty(), Msg::ImpFCourt, F::ValidityDisputeCourt),
        (a.signatures.copies.is_none(), Msg::ImpFCopies, F::SignaturesCopies),
        (a.lead_person.title.is_empty(), Msg::ImpFLeadTitle, F::LeadPersonTitle),
    ];
    for (m, f, p) in missing {
        if m {
            out.missing(f, p);
        }
    }
}

/// The party an organisation line names: by the first word of a party's name ("Pirkanmaan …"),
/// else by its kind.
fn resolve(a: &Agreement, org: &str) -> Option<String> {
    let first = org.split_whitespace().next()?.to_lowercase();
    a.parties
        .iter()
        .find(|p| {
            p.name_fi.split_whitespace().next().is_some_and(|w| w.to_lowercase() == first)
                && kind_of(org) == Some(p.kind)
        })
        .or_else(|| kind_of(org).and_then(|k| a.parties_of(k).next()))
        .map(|p| p.id.clone())
}

fn person(s: &str) -> bool {
    let w: Vec<&str> = s.split_whitespace().collect();
    (1..=4).contains(&w.len()) && w.iter().all(|x| x.starts_with(|c: char| c.is_uppercase() || c == '('))
}

fn signatories(a: &mut Agreement, doc: &Doc, out: &mut Out) {
    let mut ctx: Option<String> = None;
    let mut ctx_signed = true;
    let mut sigs: Vec<(usize, Signatory, String)> = Vec::new();
    for (part, t) in of_topic(doc, Topic::Signatures) {
        let t = t.trim();
        if t.ends_with('.') && t.split_whitespace().count() > 4 {
            continue;
        }
        if let Some((who, what)) = t.split_once(", ") {
            if person(who) && what.split_whitespace().count() <= 5 {
                let (party, title) = match kind_of(what).filter(|_| what.starts_with(char::is_uppercase)) {
                    Some(_) => (resolve(a, what), String::new()),
                    None => (ctx.clone(), what.trim().to_string()),
                };
                if party.is_some() {
                    ctx_signed = party == ctx || ctx_signed;
                    sigs.push((part, Signatory { party, title, name: who.trim().to_string() }, t.to_string()));
                    if ctx.is_some() && sigs.last().and_then(|s| s.1.party.clone()) == ctx {
                        ctx_signed = true;
                    }
                    continue;
                }
            }
        }
        if t.split_whitespace().count() <= 8 && kind_of(t).is_some() {
            let p = resolve(a, t);
            if p.is_some() && p != ctx {
                if let (Some(prev), false) = (&ctx, ctx_signed) {
                    sigs.push((part, Signatory { party: Some(prev.clone()), ..Signatory::default() }, String::new()));
                }
                ctx = p;
                ctx_signed = false;
            }
        }
    }
    if let (Some(prev), false) = (&ctx, ctx_signed) {
        sigs.push((usize::MAX, Signatory { party: Some(prev.clone()), ..Signatory::default() }, String::new()));
    }
    for (part, s, src) in sigs {
        a.signatures.signatories.push(s);
        let i = a.signatures.signatories.len() - 1;
        let s = &a.signatures.signatories[i];
        let party = s.party.as_deref().map(|p| a.party_name(p, crate::Lang::Fi)).unwrap_or_default();
        let v = format!("{party} – {}", s.title);
        let status = if src.is_empty() { Status::Uncertain } else { Status::Recognised };
        out.add(part, status, Msg::ImpFSignatory, F::SignaturesSignatories.at(i), &v, &src);
    }
    if a.signatures.signatories.is_empty() {
        out.missing(Msg::ImpFSignatory, F::SignaturesSignatories);
    }
}

/// Fills the agreement from the parsed document; returns the report per part and the facts not found.
pub fn extract(a: &mut Agreement, doc: &Doc) -> (Vec<SectionReport>, Vec<Entry>) {
    let sections = doc
        .parts
        .iter()
        .enumerate()
        .map(|(i, p)| SectionReport {
            heading: doc.headings.get(i).map(|h| h.0.clone()).unwrap_or_default(),
            path: F::WordingParts.at(i),
            topic: p.topic,
            by: doc.headings.get(i).map(|h| h.1.clone()).unwrap_or_default(),
            paragraphs: p.blocks.len(),
            entries: Vec::new(),
        })
        .collect();
    let mut out = Out { sections, missing: Vec::new() };
    parties(a, doc, &mut out);
    let ea = a.parties_of(PartyKind::EmploymentAuthority).next().cloned();
    if let Some(ea) = ea {
        a.meta.area_name = ea.name_fi.split(", ").last().unwrap_or("").to_string();
        a.steering_group.set_by = Some(ea.id.clone());
        a.lead_person.named_by = Some(ea.id.clone());
    }
    municipalities(a, doc, &mut out);
    decision(a, doc, &mut out);
    staffing(a, doc, &mut out);
    validity(a, doc, &mut out);
    signatories(a, doc, &mut out);
    // The termination rule is worded by the interface's label of it, in the user's language.
    let rule = match &a.validity.termination.effect {
        TerminationEffect::NotStated => Msg::UiEffectNotStated,
        TerminationEffect::AfterNotice => Msg::UiEffectAfterNotice,
        TerminationEffect::EndOfYear => Msg::UiEffectEndOfYear,
        TerminationEffect::AtYearChange { .. } => Msg::UiEffectAtYearChange,
        TerminationEffect::HalfYearRule => Msg::UiEffectHalfYear,
    };
    for e in out.sections.iter_mut().flat_map(|s| &mut s.entries).filter(|e| e.field == Msg::ImpFTermination) {
        e.value_msg = Some(rule);
    }
    // The composition's seats are not read yet: the user enters them (the report says so).
    out.missing(Msg::ImpFSeats, F::SteeringGroupSeats);
    (out.sections, out.missing)
}
