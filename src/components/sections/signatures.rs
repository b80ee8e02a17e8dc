//! Signatures: the number of signed copies and a signatory for every party.

use super::super::{
    checkbox_field::CheckboxField, dec_field::DecField, select_field::SelectField, text_field::TextField,
};
use super::{area::parse_count, chosen, party_choice};
use crate::components::row_actions::RowActions;
use crate::hooks::use_workbench;
use tym_core::check::field_id;
use tym_core::model::Signatory;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(SignaturesSection)]
pub fn signatures_section() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else { return html! {} };
    let lang = wb.lang;
    let sig = &a.signatures;
    let on_copies = {
        let wb = wb.clone();
        Callback::from(move |s: String| -> Result<(), String> {
            let n = parse_count(&s).ok().filter(|n| n.is_none_or(|n| n <= 100)).ok_or(wb.t(Msg::UiErrWholeNumber))?;
            wb.edit(move |a| a.signatures.copies = n.map(|n| n as u32));
            Ok(())
        })
    };
    let on_electronic = {
        let wb = wb.clone();
        Callback::from(move |b: bool| wb.edit(move |a| a.signatures.electronic = b))
    };
    let parties = party_choice(a, None);
    let rows = sig.signatories.iter().enumerate().map(|(i, s)| {
        let n = (i + 1).to_string();
        let lbl = |m: Msg| format!("{} {}", lang.t(m), n);
        let edit = |f: fn(&mut Signatory, String)| wb.editor().item_edit(|a| &mut a.signatures.signatories, i, f);
        let remove = wb.editor().remove_item(|a| &mut a.signatures.signatories, i);
        let up = wb.editor().move_item(|a| &mut a.signatures.signatories, i, true);
        let down = wb.editor().move_item(|a| &mut a.signatures.signatories, i, false);
        let path = |f: &str| field_id(&format!("signatures.signatories[{i}].{f}"));
        html! {
            <tr key={i}>
                <td><SelectField id={path("party")} label={lbl(Msg::UiParty)} in_table=true options={parties.clone()} selected={s.party.clone().unwrap_or_default()} onchange={edit(|s, v| s.party = chosen(v))} /></td>
                <td><TextField id={path("title")} label={lbl(Msg::UiSignatoryTitle)} in_table=true value={s.title.clone()} onchange={edit(|s, v| s.title = v)} /></td>
                <td><TextField id={path("name")} label={lbl(Msg::UiSignatoryName)} in_table=true value={s.name.clone()} onchange={edit(|s, v| s.name = v)} /></td>
                <td><RowActions n={i + 1} {lang} onup={up} ondown={down} onremove={remove} /></td>
            </tr>
        }
    });
    let add = {
        let wb = wb.clone();
        let n = sig.signatories.len();
        Callback::from(move |_| {
            wb.edit(|a| a.signatures.signatories.push(Signatory::default()));
            crate::platform::focus_soon(field_id(&format!("signatures.signatories[{n}].party")));
        })
    };
    html! {
        <section aria-labelledby="sec-signatures">
            <h2 id="sec-signatures" tabindex="-1">{ wb.t(Msg::UiSignatures) }</h2>
            <div class="form-grid">
                <DecField id={field_id("signatures.copies")} label={wb.t(Msg::UiCopies)} value={sig.copies.map(|c| c.to_string()).unwrap_or_default()} parse={on_copies} />
            </div>
            <CheckboxField id={field_id("signatures.electronic")} label={wb.t(Msg::UiElectronic)} checked={sig.electronic} onchange={on_electronic} />
            <table class="edit-table" id="signatories-table">
                <caption>{ wb.t(Msg::UiSignatories) }</caption>
                <thead><tr>
                    <th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiSignatoryTitle) }</th>
                    <th scope="col">{ wb.t(Msg::UiSignatoryName) }</th>
                    <th scope="col"><span class="visually-hidden">{ wb.t(Msg::UiRemove) }</span></th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p><button type="button" id={field_id("signatures.signatories")} onclick={add}>{ wb.t(Msg::UiAddSignatory) }</button></p>
        </section>
    }
}
