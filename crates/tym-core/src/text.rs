//! Text generation: the agreement document in the sections' order of the seeds, in Finnish or Swedish.
//! Structured fields become sentences and tables; a section's free text replaces its generated wording.
//! All wording comes from the language catalogues in `i18n`.

use crate::i18n::{Lang, Msg};
use crate::model::*;
use crate::split::{split_all, BasisChoice};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub title: String,
    /// "LUONNOS" / "UTKAST" while the agreement is a draft.
    pub draft_mark: Option<String>,
    pub sections: Vec<DocSection>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocSection {
    pub heading: String,
    pub paragraphs: Vec<String>,
    /// First row is the header; empty when the section has no table.
    pub table: Vec<Vec<String>>,
    pub annex: bool,
}

fn lang_of(d: DocLang) -> Lang {
    match d {
        DocLang::Fi => Lang::Fi,
        DocLang::Sv => Lang::Sv,
    }
}

fn name(a: &Agreement, id: &str, l: Lang) -> String {
    match a.party(id) {
        Some(p) if l == Lang::Sv && !p.name_sv.is_empty() => p.name_sv.clone(),
        Some(p) if !p.name_fi.is_empty() => p.name_fi.clone(),
        _ => id.to_string(),
    }
}

fn section(heading: String, generated: Vec<String>, text: &str) -> DocSection {
    let paragraphs = if text.trim().is_empty() {
        generated
    } else {
        text.split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
    };
    DocSection { heading, paragraphs, table: Vec::new(), annex: false }
}

pub fn generate(a: &Agreement, doc_lang: DocLang) -> Document {
    let l = lang_of(doc_lang);
    let h = |n: usize, m: Msg| format!("{n} {}", l.t(m));
    let mut s = Vec::new();

    s.push(section(h(1, Msg::DocH1), vec![l.t(Msg::DocPurpose).to_string()], &a.purpose.text));

    let parties: Vec<String> = a
        .parties
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut line = format!("{}. {}", i + 1, name(a, &p.id, l));
            // Kela's name already says what it is.
            if p.kind != PartyKind::Kela {
                line.push_str(&format!(" ({})", l.t(kind_msg(p.kind)).to_lowercase()));
            }
            if !p.business_id.is_empty() {
                line.push_str(&format!(", {} {}", l.t(Msg::DocBusinessId), p.business_id));
            }
            line
        })
        .collect();
    s.push(section(h(2, Msg::DocH2), parties, ""));

    let munis: Vec<&str> = a.area.municipalities.iter().map(|m| m.name.as_str()).collect();
    s.push(section(h(3, Msg::DocH3), vec![l.fmt(Msg::DocArea, &[&munis.join(", ")])], &a.area.text));

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
    s.push(section(h(4, Msg::DocH4), p4, &sg.text));

    let mut p5 = vec![l.t(Msg::DocObjectives).to_string()];
    p5.extend(a.objectives.items.iter().cloned());
    s.push(section(h(5, Msg::DocH5), p5, &a.objectives.text));

    let mut p6 = Vec::new();
    if a.arrangement.in_person {
        p6.push(l.t(Msg::DocInPerson).to_string());
    }
    if a.arrangement.remote {
        p6.push(l.t(Msg::DocRemote).to_string());
    }
    s.push(section(h(6, Msg::DocH6), p6, &a.arrangement.text));

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
    s.push(section(h(7, Msg::DocH7), p7, &a.services.text));

    let p8: Vec<String> = a
        .parties
        .iter()
        .filter(|p| a.staffing.rows.iter().any(|r| r.party == p.id))
        .map(|p| l.fmt(Msg::DocStaffTotal, &[&name(a, &p.id, l), &l.dec(a.party_fte(&p.id))]))
        .collect();
    s.push(section(h(8, Msg::DocH8), p8, &a.staffing.text));

    let lp = &a.lead_person;
    let mut p9 = Vec::new();
    if let Some(id) = &lp.named_by {
        p9.push(l.fmt(Msg::DocLeadNamedBy, &[&name(a, id, l)]));
    }
    if !lp.tasks.is_empty() {
        let tasks: Vec<&str> = lp.tasks.iter().map(|t| l.t(t.label())).collect();
        p9.push(l.fmt(Msg::DocLeadTasks, &[&tasks.join("; ")]));
    }
    s.push(section(h(9, Msg::DocH9), p9, &lp.text));

    let mut p10 = Vec::new();
    if a.costs.own_staff_costs_own {
        p10.push(l.t(Msg::DocOwnCosts).to_string());
    }
    if !a.costs.kela_participation.is_empty() {
        p10.push(a.costs.kela_participation.clone());
    }
    s.push(section(h(10, Msg::DocH10), p10, &a.costs.text));

    s.push(section(h(11, Msg::DocH11), vec![l.t(Msg::DocClientData).to_string()], &a.client_data.text));

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
    s.push(section(h(12, Msg::DocH12), p12, &v.text));

    // Annexes: staffing and the cost split, as tables.
    let mut staff = section(l.t(Msg::DocAnnexStaff).to_string(), Vec::new(), "");
    staff.annex = true;
    staff.table.push(vec![
        l.t(Msg::UiParty).into(),
        l.t(Msg::UiSubArea).into(),
        l.t(Msg::UiRole).into(),
        l.t(Msg::UiPersons).into(),
        l.t(Msg::UiFte).into(),
    ]);
    for r in &a.staffing.rows {
        staff.table.push(vec![
            name(a, &r.party, l),
            r.sub_area.clone().unwrap_or_default(),
            r.role.clone(),
            r.persons.map(|p| p.to_string()).unwrap_or_default(),
            r.fte.map(|f| l.dec(f)).unwrap_or_default(),
        ]);
    }
    s.push(staff);

    let report = split_all(a, BasisChoice::AsAgreed);
    let mut costs = section(l.t(Msg::DocAnnexCosts).to_string(), Vec::new(), "");
    costs.annex = true;
    let mut header = vec![l.t(Msg::UiCostName).to_string()];
    header.extend(a.parties.iter().map(|p| name(a, &p.id, l)));
    header.push(l.t(Msg::UiTotal).into());
    costs.table.push(header);
    for (item, r) in a.costs.items.iter().zip(&report.items) {
        let mut row = vec![item.name.clone()];
        for p in &a.parties {
            let cell =
                r.as_ref().ok().and_then(|s| s.shares.iter().find(|s| s.party == p.id)).map(|s| l.money(s.cents));
            row.push(cell.unwrap_or_default());
        }
        row.push(l.money(item.amount));
        costs.table.push(row);
    }
    s.push(costs);

    Document {
        title: l.t(Msg::DocTitle).to_string(),
        draft_mark: (a.meta.status == Status::Draft).then(|| l.t(Msg::DocDraftMark).to_string()),
        sections: s,
    }
}

fn kind_msg(k: PartyKind) -> Msg {
    match k {
        PartyKind::EmploymentAuthority => Msg::KindEmploymentAuthority,
        PartyKind::WellbeingCounty => Msg::KindWellbeingCounty,
        PartyKind::Kela => Msg::KindKela,
        PartyKind::Municipality => Msg::KindMunicipality,
    }
}

/// The document as Markdown, tables as pipe tables.
pub fn to_markdown(d: &Document) -> String {
    let mut out = String::new();
    if let Some(m) = &d.draft_mark {
        out.push_str(&format!("**{m}**\n\n"));
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
