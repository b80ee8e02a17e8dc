//! Section 3: the municipalities of the area, with population and client estimate for sub-splits.

use super::super::{dec_field::DecField, text_field::TextField};
use super::clause_text::ClauseText;
use crate::components::row_actions::RowActions;
use crate::hooks::use_workbench;
use tym_core::check::field_id;
use tym_core::model::Municipality;
use tym_core::Msg;
use yew::prelude::*;

/// Parses a whole number as users type it ("10 400"); empty means not stated.
pub(crate) fn parse_count(v: &str) -> Result<Option<u64>, ()> {
    let t: String = v.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<u64>().map(Some).map_err(|_| ())
}

#[function_component(AreaSection)]
pub fn area_section() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else { return html! {} };
    let lang = wb.lang;
    let rows = a.area.municipalities.iter().enumerate().map(|(i, m)| {
        let n = (i + 1).to_string();
        let lbl = |k: Msg| format!("{} {n}", lang.t(k));
        let on_name = wb.editor().item_edit(|a| &mut a.area.municipalities, i, |m: &mut Municipality, v: String| m.name = v);
        let count = |set: fn(&mut Municipality, Option<u64>)| {
            let set = wb.editor().item_edit(|a| &mut a.area.municipalities, i, set);
            let msg = lang.t(Msg::UiErrWholeNumber);
            Callback::from(move |v: String| -> Result<(), String> {
                set.emit(parse_count(&v).map_err(|_| msg)?);
                Ok(())
            })
        };
        let remove = wb.editor().remove_item(|a| &mut a.area.municipalities, i);
        let up = wb.editor().move_item(|a| &mut a.area.municipalities, i, true);
        let down = wb.editor().move_item(|a| &mut a.area.municipalities, i, false);
        html! {
            <tr key={i}>
                <td><TextField id={field_id(&format!("area.municipalities[{i}].name"))} label={lbl(Msg::UiMunicipality)} in_table=true value={m.name.clone()} onchange={on_name} /></td>
                <td><DecField id={field_id(&format!("area.municipalities[{i}].population"))} label={lbl(Msg::UiPopulation)} in_table=true value={m.population.map(|p| p.to_string()).unwrap_or_default()} parse={count(|m, c| m.population = c)} /></td>
                <td><DecField id={field_id(&format!("area.municipalities[{i}].clients"))} label={lbl(Msg::UiClients)} in_table=true value={m.clients.map(|p| p.to_string()).unwrap_or_default()} parse={count(|m, c| m.clients = c)} /></td>
                <td><RowActions n={i + 1} {lang} onup={up} ondown={down} onremove={remove} /></td>
            </tr>
        }
    });
    let add = {
        let wb = wb.clone();
        let n = a.area.municipalities.len();
        Callback::from(move |_| {
            wb.edit(|a| a.area.municipalities.push(Municipality::default()));
            crate::platform::focus_soon(field_id(&format!("area.municipalities[{n}].name")));
        })
    };
    let on_text = {
        let wb = wb.clone();
        Callback::from(move |v: String| wb.edit(move |a| a.area.text = v.clone()))
    };
    html! {
        <section aria-labelledby="sec-area">
            <h2 id="sec-area" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["3", lang.t(Msg::UiArea)]) }</h2>
            <table class="edit-table" id="municipalities-table">
                <caption class="visually-hidden">{ wb.t(Msg::UiMunicipalities) }</caption>
                <thead><tr>
                    <th scope="col">{ wb.t(Msg::UiMunicipality) }</th><th scope="col">{ wb.t(Msg::UiPopulation) }</th>
                    <th scope="col">{ wb.t(Msg::UiClients) }</th>
                    <th scope="col"><span class="visually-hidden">{ wb.t(Msg::UiRemove) }</span></th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p><button type="button" id={field_id("area.municipalities")} onclick={add}>{ wb.t(Msg::UiAddMunicipality) }</button></p>
            <ClauseText id={field_id("area.text")} value={a.area.text.clone()} onchange={on_text} />
        </section>
    }
}
