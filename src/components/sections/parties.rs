//! Section 2: the parties, with kind, names in Finnish and Swedish, business ID and lead municipality.

use super::super::{select_field::SelectField, text_field::TextField};
use crate::components::row_actions::RowActions;
use crate::hooks::use_workbench;
use tym_core::business_id;
use tym_core::check::field_id;
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

#[function_component(PartiesSection)]
pub fn parties_section() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else { return html! {} };
    let lang = wb.lang;
    let rows = a.parties.iter().enumerate().map(|(i, p)| {
        let n = (i + 1).to_string();
        let lbl = |m: Msg| format!("{} {}", lang.t(m), n);
        let edit = |f: fn(&mut Party, String)| wb.editor().item_edit(|a| &mut a.parties, i, f);
        let code = KINDS.iter().find(|(k, _)| *k == p.kind).map(|(_, c)| *c).unwrap_or("");
        let bid_error = (!p.business_id.trim().is_empty() && business_id::validate(&p.business_id).is_err())
            .then(|| lang.t(Msg::UiErrBusinessId));
        let remove = wb.editor().remove_item(|a| &mut a.parties, i);
        let up = wb.editor().move_item(|a| &mut a.parties, i, true);
        let down = wb.editor().move_item(|a| &mut a.parties, i, false);
        html! {
            <tr key={i}>
                <td><TextField id={field_id(&format!("parties[{i}].name_fi"))} label={lbl(Msg::UiNameFi)} in_table=true value={p.name_fi.clone()} onchange={edit(|p, v| p.name_fi = v)} /></td>
                <td><TextField id={field_id(&format!("parties[{i}].name_sv"))} label={lbl(Msg::UiNameSv)} in_table=true value={p.name_sv.clone()} onchange={edit(|p, v| p.name_sv = v)} /></td>
                <td><SelectField id={field_id(&format!("parties[{i}]"))} label={lbl(Msg::UiKind)} in_table=true options={kind_options(lang)} selected={code}
                    onchange={edit(|p, v| p.kind = KINDS.iter().find(|(_, c)| *c == v).map(|(k, _)| *k).unwrap_or_default())} /></td>
                <td>
                    <TextField id={field_id(&format!("parties[{i}].business_id"))} label={lbl(Msg::UiBusinessId)} in_table=true value={p.business_id.clone()} onchange={edit(|p, v| p.business_id = v)} />
                    if let Some(e) = bid_error { <p class="field-error">{ e }</p> }
                </td>
                <td><TextField id={field_id(&format!("parties[{i}].lead_municipality"))} label={lbl(Msg::UiLeadMunicipality)} in_table=true value={p.lead_municipality.clone()} onchange={edit(|p, v| p.lead_municipality = v)} /></td>
                <td><RowActions n={i + 1} {lang} onup={up} ondown={down} onremove={remove} /></td>
            </tr>
        }
    });
    let add = {
        let wb = wb.clone();
        Callback::from(move |_| {
            wb.edit(|a| {
                // A fresh id that no rule or row refers to yet.
                let id = (1..).map(|n| format!("p{n}")).find(|id| a.party(id).is_none()).unwrap_or_default();
                a.parties.push(Party { id, ..Default::default() });
            })
        })
    };
    html! {
        <section aria-labelledby="sec-parties">
            <h2 id="sec-parties" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["2", lang.t(Msg::UiParties)]) }</h2>
            <table class="edit-table" id="parties-table">
                <caption class="visually-hidden">{ wb.t(Msg::UiParties) }</caption>
                <thead><tr>
                    <th scope="col">{ wb.t(Msg::UiNameFi) }</th><th scope="col">{ wb.t(Msg::UiNameSv) }</th>
                    <th scope="col">{ wb.t(Msg::UiKind) }</th><th scope="col">{ wb.t(Msg::UiBusinessId) }</th>
                    <th scope="col">{ wb.t(Msg::UiLeadMunicipality) }</th>
                    <th scope="col"><span class="visually-hidden">{ wb.t(Msg::UiRemove) }</span></th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p><button type="button" id={field_id("parties")} onclick={add}>{ wb.t(Msg::UiAddParty) }</button></p>
        </section>
    }
}
