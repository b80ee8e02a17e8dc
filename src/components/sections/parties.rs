//! Section 2: the parties, with kind, names in Finnish and Swedish, business ID and lead municipality.
//! A business ID typed or pasted as people write it ("1234567–8", "1234567 8", "FI12345678", spaces
//! around it) becomes the canonical "1234567-8" as soon as it reads as a valid ID; otherwise the text
//! stays as typed and, once the field is left (`.when-left` in styles/app.css), a message next to it
//! says whether the form or the check digit is wrong.

use super::super::{select_field::SelectField, text_field::TextField};
use super::SectionProps;
use crate::components::edit_table::{edit_table, RowCx, Table, TableSpec};
use tym_core::business_id::{self, BusinessIdError};
use tym_core::model::{Party, PartyKind};
use tym_core::path::{fields, F};
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

/// The business ID's field, with its message when the stored text is not a valid ID. A plain cell,
/// not a component of its own (a component costs kilobytes of wasm; the size budget is tight).
fn business_id_cell(r: &RowCx<Party>) -> Html {
    let value = &r.item.business_id;
    let error = match business_id::validate(value) {
        _ if value.trim().is_empty() => None,
        Ok(()) => None,
        Err(BusinessIdError::Shape) => Some(Msg::UiErrBusinessIdShape),
        Err(BusinessIdError::CheckDigit) => Some(Msg::UiErrBusinessId),
    };
    let id = r.id(fields::PARTIES_BUSINESS_ID);
    let error_id = format!("{id}-error");
    let set = r.edit(fields::PARTIES_BUSINESS_ID);
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            let v = i.value();
            set.emit(business_id::normalize(&v).unwrap_or(v));
        }
    });
    html! {
        <div class="field in-table">
            <input {id} aria-label={r.label(Msg::UiBusinessId)} type="text" value={value.clone()} {oninput} autocomplete="off" spellcheck="false"
                aria-invalid={error.is_some().then_some("true")} aria-describedby={error.is_some().then(|| error_id.clone())} />
            if let Some(m) = error { <p class="field-error when-left" id={error_id}>{ r.lang.t(m) }</p> }
        </div>
    }
}

fn cells(r: &RowCx<Party>) -> Html {
    let p = r.item;
    let code = KINDS.iter().find(|(k, _)| *k == p.kind).map(|(_, c)| *c).unwrap_or("");
    html! {
        <>
        <td><TextField id={r.id(fields::PARTIES_NAME_FI)} label={r.label(Msg::UiNameFi)} in_table=true value={p.name_fi.clone()} onchange={r.edit(fields::PARTIES_NAME_FI)} /></td>
        <td><TextField id={r.id(fields::PARTIES_NAME_SV)} label={r.label(Msg::UiNameSv)} in_table=true value={p.name_sv.clone()} onchange={r.edit(fields::PARTIES_NAME_SV)} /></td>
        // The row's own id: a finding about the party as a whole (its kind) points at "parties[3]".
        <td><SelectField id={r.row_id()} label={r.label(Msg::UiKind)} in_table=true options={kind_options(r.lang)} selected={code}
            onchange={r.edit_with(fields::PARTIES_KIND, |v: String| KINDS.iter().find(|(_, c)| *c == v).map(|(k, _)| *k).unwrap_or_default())} /></td>
        <td>{ business_id_cell(r) }</td>
        <td><TextField id={r.id(fields::PARTIES_LEAD_MUNICIPALITY)} label={r.label(Msg::UiLeadMunicipality)} in_table=true value={p.lead_municipality.clone()} onchange={r.edit(fields::PARTIES_LEAD_MUNICIPALITY)} /></td>
        </>
    }
}

static PARTIES: TableSpec<Party> = TableSpec {
    table: Table {
        id: "parties-table",
        caption: Msg::UiParties,
        caption_hidden: true,
        columns: &[Msg::UiNameFi, Msg::UiNameSv, Msg::UiKind, Msg::UiBusinessId, Msg::UiLeadMunicipality],
        row_actions: true,
        add: Msg::UiAddParty,
        focus: F::PartiesNameFi,
    },
    list: fields::PARTIES,
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
            { edit_table(&PARTIES, &p.file.0, lang, &p.editor, &p.parties, |_, _| Vec::new()) }
        </section>
    }
}
