//! Text generation: the agreement document in the sections' order of the seeds, with its annexes
//! (steering-group decision and composition, staffing, lead person's tasks, cost split, privacy notice,
//! objectives), in Finnish or Swedish — English only as an unofficial reading aid. Structured fields
//! become sentences and tables; a section's free text replaces its generated wording. All wording comes
//! from the language catalogues in `i18n`. Markdown, HTML and DOCX are renderings of one `Document`.

use crate::i18n::{Lang, Msg};
use crate::model::*;
use crate::split::{split_all, BasisChoice};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub lang: Lang,
    pub title: String,
    /// "LUONNOS" / "UTKAST" while the agreement is a draft.
    pub draft_mark: Option<String>,
    /// Set for English: a reading aid, not an official text.
    pub unofficial: Option<String>,
    pub sections: Vec<DocSection>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocSection {
    pub heading: String,
    pub paragraphs: Vec<String>,
    /// First row is the header; empty when the section has no table.
    pub table: Vec<Vec<String>>,
    pub annex: bool,
    /// Where the section's fields are (a model path), so the preview can take the user there.
    pub path: &'static str,
}

/// More table columns than this (the cost split of five or more parties) do not fit a portrait A4
/// page at the document's type size; such an annex is printed and exported in landscape.
pub const WIDE_COLUMNS: usize = 6;

impl DocSection {
    /// Whether the section's table needs a landscape page.
    pub fn wide(&self) -> bool {
        self.table.first().map_or(0, Vec::len) > WIDE_COLUMNS
    }
}

fn name(a: &Agreement, id: &str, l: Lang) -> String {
    match a.party(id) {
        Some(p) if l == Lang::Sv && !p.name_sv.is_empty() => p.name_sv.clone(),
        Some(p) if !p.name_fi.is_empty() => p.name_fi.clone(),
        _ => id.to_string(),
    }
}

fn section(heading: String, path: &'static str, generated: Vec<String>, text: &str) -> DocSection {
    let paragraphs = if text.trim().is_empty() {
        generated
    } else {
        text.split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
    };
    DocSection { heading, paragraphs, table: Vec::new(), annex: false, path }
}

fn annex(heading: String, path: &'static str, paragraphs: Vec<String>, table: Vec<Vec<String>>) -> DocSection {
    DocSection { heading, paragraphs, table, annex: true, path }
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

fn main_sections(a: &Agreement, l: Lang) -> Vec<DocSection> {
    let h = |n: usize, m: Msg| format!("{n} {}", l.t(m));
    let mut s = Vec::new();
    s.push(section(h(1, Msg::DocH1), "purpose", vec![l.t(Msg::DocPurpose).to_string()], &a.purpose.text));

    let parties: Vec<String> = a
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut line = format!("{}. {}", i + 1, name(a, &p.id, l));
            // Kela's name already says what it is.
            if p.kind != PartyKind::Kela {
                line.push_str(&format!(" ({})", lowercase_first(l.t(p.kind.label()))));
            }
            if !p.business_id.is_empty() {
                line.push_str(&format!(", {} {}", l.t(Msg::DocBusinessId), p.business_id));
            }
            line
        })
        .collect();
    s.push(section(h(2, Msg::DocH2), "parties", parties, ""));

    let munis: Vec<&str> = a.area.municipalities.iter().map(|m| m.name.as_str()).collect();
    let p3 = if munis.is_empty() { Vec::new() } else { vec![l.fmt(Msg::DocArea, &[&munis.join(", ")])] };
    s.push(section(h(3, Msg::DocH3), "area", p3, &a.area.text));

    let sg = &a.steering_group;
    let mut p4 = Vec::new();
    if let Some(id) = &sg.set_by {
        p4.push(l.fmt(Msg::DocSetBy, &[&name(a, id, l)]));
    }
    if let (Some(st), Some(en)) = (sg.term_start, sg.term_end) {
        p4.push(l.fmt(Msg::DocTerm, &[&l.date(st), &l.date(en)]));
    } else if let Some(y) = sg.term_years {
        p4.push(l.fmt(Msg::DocTermYears, &[&y.to_string()]));
    }
    s.push(section(h(4, Msg::DocH4), "steering_group", p4, &sg.text));

    let mut p5 = vec![l.t(Msg::DocObjectives).to_string()];
    p5.extend(a.objectives.items.iter().cloned());
    s.push(section(h(5, Msg::DocH5), "objectives", p5, &a.objectives.text));

    let mut p6 = Vec::new();
    if a.arrangement.in_person {
        p6.push(l.t(Msg::DocInPerson).to_string());
    }
    if a.arrangement.remote {
        p6.push(l.t(Msg::DocRemote).to_string());
    }
    s.push(section(h(6, Msg::DocH6), "arrangement", p6, &a.arrangement.text));

    let mut p7: Vec<String> = a
        .services
        .entries
        .iter()
        .map(|e| match &e.party {
            Some(p) => format!("{}: {}", name(a, p, l), e.service),
            None => e.service.clone(),
        })
        .collect();
    match a.services.youth_one_stop {
        YouthOneStop::Included => p7.push(l.t(Msg::DocYouthIncluded).into()),
        YouthOneStop::SeparateAgreement => p7.push(l.t(Msg::DocYouthSeparate).into()),
        YouthOneStop::NotStated => {}
    }
    s.push(section(h(7, Msg::DocH7), "services", p7, &a.services.text));

    let p8: Vec<String> = a
        .parties
        .iter()
        .filter(|p| a.staffing.rows.iter().any(|r| r.party == p.id))
        .map(|p| l.fmt(Msg::DocStaffTotal, &[&name(a, &p.id, l), &l.dec(a.party_fte(&p.id))]))
        .collect();
    s.push(section(h(8, Msg::DocH8), "staffing", p8, &a.staffing.text));

    let lp = &a.lead_person;
    let mut p9 = Vec::new();
    if let Some(id) = &lp.named_by {
        p9.push(l.fmt(Msg::DocLeadNamedBy, &[&name(a, id, l)]));
    }
    if let Some(id) = &lp.administrative_employer {
        p9.push(l.fmt(Msg::DocEmployer, &[&name(a, id, l)]));
    }
    s.push(section(h(9, Msg::DocH9), "lead_person", p9, &lp.text));

    let mut p10 = Vec::new();
    if a.costs.own_staff_costs_own {
        p10.push(l.t(Msg::DocOwnCosts).to_string());
    }
    if !a.costs.kela_participation.is_empty() {
        p10.push(a.costs.kela_participation.clone());
    }
    s.push(section(h(10, Msg::DocH10), "costs", p10, &a.costs.text));

    s.push(section(h(11, Msg::DocH11), "client_data", vec![l.t(Msg::DocClientData).to_string()], &a.client_data.text));

    let v = &a.validity;
    let mut p12 = Vec::new();
    match (v.effective_from, v.until) {
        (Some(f), None) => p12.push(l.fmt(Msg::DocEffectiveIndefinite, &[&l.date(f)])),
        (Some(f), Some(u)) => p12.push(l.fmt(Msg::DocEffectiveUntil, &[&l.date(f), &l.date(u)])),
        _ => {}
    }
    if let Some(m) = v.termination.notice_months {
        p12.push(l.fmt(Msg::DocNotice, &[&m.to_string()]));
    }
    if !v.dispute.court.is_empty() {
        p12.push(l.fmt(Msg::DocCourt, &[&v.dispute.court]));
    }
    if let Some(c) = a.signatures.copies {
        p12.push(l.fmt(Msg::DocCopies, &[&c.to_string()]));
    }
    s.push(section(h(12, Msg::DocH12), "validity", p12, &v.text));

    let mut sig = section(l.t(Msg::UiSignatures).to_string(), "signatures", Vec::new(), "");
    if !a.signatures.signatories.is_empty() {
        sig.table.push(vec![
            l.t(Msg::UiParty).into(),
            l.t(Msg::UiSignatoryTitle).into(),
            l.t(Msg::DocSignature).into(),
        ]);
        for sgn in &a.signatures.signatories {
            let who = sgn.party.as_deref().map(|p| name(a, p, l)).unwrap_or_default();
            let title = [sgn.name.as_str(), sgn.title.as_str()]
                .iter()
                .filter(|x| !x.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            sig.table.push(vec![who, title, String::new()]);
        }
    }
    s.push(sig);
    s
}

fn annexes(a: &Agreement, l: Lang) -> Vec<DocSection> {
    let mut s = Vec::new();
    let sg = &a.steering_group;
    let mut decision = Vec::new();
    if !sg.decision.body.is_empty() {
        let date = sg.decision.date.map(|d| l.date(d)).unwrap_or_default();
        decision.push(l.fmt(Msg::DocDecision, &[&sg.decision.body, &date, &sg.decision.section]));
    }
    let mut seats = Vec::new();
    if !sg.seats.is_empty() {
        seats.push(vec![
            l.t(Msg::UiOrganisation).into(),
            l.t(Msg::UiSector).into(),
            l.t(Msg::UiSeatRole).into(),
            l.t(Msg::UiMember).into(),
            l.t(Msg::UiDeputy).into(),
        ]);
        for seat in &sg.seats {
            let org = if seat.organisation.is_empty() {
                seat.party.as_deref().map(|p| name(a, p, l)).unwrap_or_default()
            } else {
                seat.organisation.clone()
            };
            seats.push(vec![
                org,
                l.t(seat.sector.label()).into(),
                l.t(seat.role.label()).into(),
                seat.member.clone(),
                seat.deputy.clone(),
            ]);
        }
    }
    s.push(annex(l.t(Msg::DocAnnexSteering).into(), "steering_group", decision, seats));

    let mut staff = vec![vec![
        l.t(Msg::UiParty).into(),
        l.t(Msg::UiSubArea).into(),
        l.t(Msg::UiRole).into(),
        l.t(Msg::UiPersons).into(),
        l.t(Msg::UiFte).into(),
    ]];
    for r in &a.staffing.rows {
        let sub = r
            .sub_area
            .as_deref()
            .map(|id| {
                a.area.sub_areas.iter().find(|s| s.id == id).map(|s| s.name.clone()).unwrap_or_else(|| id.to_string())
            })
            .unwrap_or_default();
        staff.push(vec![
            name(a, &r.party, l),
            sub,
            format!("{} ({})", r.role, l.t(r.sector.label())),
            r.persons.map(|p| p.to_string()).unwrap_or_default(),
            r.fte.map(|f| l.dec(f)).unwrap_or_default(),
        ]);
    }
    staff.push(vec![l.t(Msg::UiTotal).into(), String::new(), String::new(), String::new(), l.dec(a.total_fte())]);
    s.push(annex(l.t(Msg::DocAnnexStaff).into(), "staffing", Vec::new(), staff));

    let lp = &a.lead_person;
    let mut tasks: Vec<String> = lp.tasks.iter().map(|t| format!("– {}", l.t(t.label()))).collect();
    tasks.extend(lp.other_tasks.iter().map(|t| format!("– {t}")));
    if let Some(p) = lp.working_time_pct {
        tasks.push(l.fmt(Msg::DocWorkingTime, &[&l.dec(p)]));
    }
    s.push(annex(l.t(Msg::DocAnnexLead).into(), "lead_person", tasks, Vec::new()));

    let report = split_all(a, BasisChoice::AsAgreed);
    let mut costs = Vec::new();
    if !a.costs.items.is_empty() {
        let mut header = vec![l.t(Msg::UiCostName).to_string()];
        header.extend(a.parties.iter().map(|p| name(a, &p.id, l)));
        header.push(l.t(Msg::UiTotal).into());
        costs.push(header);
        for (item, r) in a.costs.items.iter().zip(&report.items) {
            let mut row = vec![item.name.clone()];
            for p in &a.parties {
                let cell =
                    r.as_ref().ok().and_then(|s| s.shares.iter().find(|s| s.party == p.id)).map(|s| l.money(s.cents));
                row.push(cell.unwrap_or_default());
            }
            row.push(l.money(item.amount));
            costs.push(row);
        }
    }
    s.push(annex(l.t(Msg::DocAnnexCosts).into(), "costs", Vec::new(), costs));

    let mut objectives: Vec<String> =
        a.objectives.national_considered.iter().map(|o| format!("– {}", l.t(o.label()))).collect();
    objectives.extend(a.objectives.items.iter().cloned());
    s.push(annex(l.t(Msg::DocAnnexObjectives).into(), "objectives", objectives, Vec::new()));

    if a.client_data.privacy_notice_annex {
        let p = [Msg::DocPrivacy1, Msg::DocPrivacy2, Msg::DocPrivacy3, Msg::DocPrivacy4, Msg::DocPrivacy5];
        s.push(annex(
            l.t(Msg::DocAnnexPrivacy).into(),
            "client_data",
            p.iter().map(|m| l.t(*m).to_string()).collect(),
            Vec::new(),
        ));
    }
    s
}

pub fn generate(a: &Agreement, lang: Lang) -> Document {
    let mut sections = main_sections(a, lang);
    sections.extend(annexes(a, lang).into_iter().map(|mut s| {
        if s.paragraphs.is_empty() && s.table.is_empty() {
            s.paragraphs.push(lang.t(Msg::DocAnnexEmpty).to_string());
        }
        s
    }));
    Document {
        lang,
        title: lang.t(Msg::DocTitle).to_string(),
        draft_mark: (a.meta.status == Status::Draft).then(|| lang.t(Msg::DocDraftMark).to_string()),
        unofficial: (lang == Lang::En).then(|| lang.t(Msg::DocUnofficial).to_string()),
        sections,
    }
}

/// The document as Markdown, tables as pipe tables.
pub fn to_markdown(d: &Document) -> String {
    let mut out = String::new();
    if let Some(m) = &d.draft_mark {
        out.push_str(&format!("**{m}**\n\n"));
    }
    if let Some(u) = &d.unofficial {
        out.push_str(&format!("*{u}*\n\n"));
    }
    out.push_str(&format!("# {}\n\n", d.title));
    for s in &d.sections {
        out.push_str(&format!("## {}\n\n", s.heading));
        for p in &s.paragraphs {
            out.push_str(p);
            out.push_str("\n\n");
        }
        if let Some((head, rows)) = s.table.split_first() {
            let esc = |c: &String| c.replace('|', "\\|");
            out.push_str(&format!("| {} |\n", head.iter().map(esc).collect::<Vec<_>>().join(" | ")));
            out.push_str(&format!("|{}\n", " --- |".repeat(head.len())));
            for r in rows {
                out.push_str(&format!("| {} |\n", r.iter().map(esc).collect::<Vec<_>>().join(" | ")));
            }
            out.push('\n');
        }
    }
    out
}

pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The document as a standalone HTML page with a print stylesheet for A4.
pub fn to_html(d: &Document) -> String {
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n\
         body{{font-family:Arial,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5}}\
         table{{border-collapse:collapse;width:100%}}th,td{{border:1px solid #555;padding:.25rem .4rem;text-align:left}}\
         .annex{{break-before:page}}thead{{display:table-header-group}}\
         @page{{size:A4;margin:20mm 18mm 22mm}}\n</style>\n</head>\n<body>\n",
        d.lang.code(),
        escape(&d.title)
    );
    if let Some(m) = &d.draft_mark {
        out.push_str(&format!("<p><strong>{}</strong></p>\n", escape(m)));
    }
    if let Some(u) = &d.unofficial {
        out.push_str(&format!("<p><em>{}</em></p>\n", escape(u)));
    }
    out.push_str(&format!("<h1>{}</h1>\n", escape(&d.title)));
    for s in &d.sections {
        out.push_str(&format!(
            "<section{}>\n<h2>{}</h2>\n",
            if s.annex { " class=\"annex\"" } else { "" },
            escape(&s.heading)
        ));
        for p in &s.paragraphs {
            out.push_str(&format!("<p>{}</p>\n", escape(p)));
        }
        if let Some((head, rows)) = s.table.split_first() {
            out.push_str("<table>\n<thead><tr>");
            for c in head {
                out.push_str(&format!("<th scope=\"col\">{}</th>", escape(c)));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for r in rows {
                out.push_str("<tr>");
                for c in r {
                    out.push_str(&format!("<td>{}</td>", escape(c)));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}
