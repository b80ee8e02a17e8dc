//! Section 2: the parties, with kind, names in Finnish and Swedish, business ID and lead municipality.

use super::super::{business_id_field::BusinessIdField, select_field::SelectField, text_field::TextField};
use super::SectionProps;
use crate::components::edit_table::{edit_table, RowCx, Table, TableSpec};
use tym_core::model::{Party, PartyKind};
use tym_core::{Lang, Msg};
use yew::prelude::*;

const KINDS: [(PartyKind, &str); 4] = [
    (PartyKind::EmploymentAuthority, "employment_authority"),
    (PartyKind::WellbeingCounty, "wellbeing_county"),
    (PartyKind::Kela, "kela"),
    (PartyKind::Municipality, "municipality"),
];

fn kind_options(lang: Lang) -> Vec<(String, String)> {
    KINDS.iter().map(|(k, c)| (c.to_string(), lang.t(k.label()).to_string())).collect()
}

fn cells(r: &RowCx<Party>) -> Html {
    let p = r.item;
    let code = KINDS.iter().find(|(k, _)| *k == p.kind).map(|(_, c)| *c).unwrap_or("");
    html! {
        <>
        <td><TextField id={r.id("name_fi")} label={r.label(Msg::UiNameFi)} in_table=true value={p.name_fi.clone()} onchange={r.edit(|p, v| p.name_fi = v)} /></td>
        <td><TextField id={r.id("name_sv")} label={r.label(Msg::UiNameSv)} in_table=true value={p.name_sv.clone()} onchange={r.edit(|p, v| p.name_sv = v)} /></td>
        <td><SelectField id={r.id("")} label={r.label(Msg::UiKind)} in_table=true options={kind_options(r.lang)} selected={code}
            onchange={r.edit(|p, v: String| p.kind = KINDS.iter().find(|(_, c)| *c == v).map(|(k, _)| *k).unwrap_or_default())} /></td>
        <td><BusinessIdField id={r.id("business_id")} label={r.label(Msg::UiBusinessId)} lang={r.lang} value={p.business_id.clone()} onchange={r.edit(|p, v| p.business_id = v)} /></td>
        <td><TextField id={r.id("lead_municipality")} label={r.label(Msg::UiLeadMunicipality)} in_table=true value={p.lead_municipality.clone()} onchange={r.edit(|p, v| p.lead_municipality = v)} /></td>
        </>
    }
}

static PARTIES: TableSpec<Party> = TableSpec {
    table: Table {
        id: "parties-table",
        caption: Msg::UiParties,
        caption_hidden: true,
        columns: &[Msg::UiNameFi, Msg::UiNameSv, Msg::UiKind, Msg::UiBusinessId, Msg::UiLeadMunicipality],
        path: "parties",
        row_actions: true,
        add: Msg::UiAddParty,
        focus: "name_fi",
    },
    list: |a| &mut a.parties,
    cells,
    // A fresh id that no rule or row refers to yet.
    new: |a| {
        let id = (1..).map(|n| format!("p{n}")).find(|id| a.party(id).is_none()).unwrap_or_default();
        Party { id, ..Default::default() }
    },
};

#[function_component(PartiesSection)]
pub fn parties_section(p: &SectionProps<Vec<Party>>) -> Html {
    let lang = p.lang;
    html! {
        <section aria-labelledby="sec-parties">
            <h2 id="sec-parties" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["2", lang.t(Msg::UiParties)]) }</h2>
            { edit_table(&PARTIES, &p.data, lang, &p.editor, &p.parties, |_, _| Vec::new()) }
        </section>
    }
}
