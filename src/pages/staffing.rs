//! Staffing (section 8): the staff rows by party, sub-area, role and sector, with FTE per party and
//! clients per FTE against the parties' own threshold.

use super::{party_options, sector_code, sector_from, sector_options};
use crate::components::{dec_field::DecField, no_draft::NoDraft, select_field::SelectField, text_field::TextField};
use crate::hooks::use_workbench;
use tym_core::check::{clients_per_fte, field_id, DEFAULT_MAX_CLIENTS_PER_FTE};
use tym_core::model::StaffRow;
use tym_core::num::Dec;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(StaffingPage)]
pub fn staffing_page() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewStaffing) }</h1><NoDraft /></section> };
    };
    let lang = wb.lang;
    let parties = party_options(a);
    let rows = a.staffing.rows.iter().enumerate().map(|(i, r)| {
        let n = (i + 1).to_string();
        let lbl = |m: Msg| format!("{} {}", lang.t(m), n);
        let on_party = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.staffing.rows[i].party = v.clone())) };
        let on_sub = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.staffing.rows[i].sub_area = Some(v.clone()).filter(|s| !s.trim().is_empty()))) };
        let on_role = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.staffing.rows[i].role = v.clone())) };
        let on_sector = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.staffing.rows[i].sector = sector_from(&v))) };
        let on_persons = {
            let wb = wb.clone();
            Callback::from(move |v: String| -> Result<(), String> {
                let t = v.trim();
                if t.is_empty() {
                    wb.edit(move |a| a.staffing.rows[i].persons = None);
                    return Ok(());
                }
                match t.parse::<u32>() {
                    Ok(p) if p <= 100_000 => { wb.edit(move |a| a.staffing.rows[i].persons = Some(p)); Ok(()) }
                    _ => Err(wb.t(Msg::UiErrWholeNumber).to_string()),
                }
            })
        };
        let on_fte = {
            let wb = wb.clone();
            Callback::from(move |v: String| -> Result<(), String> {
                if v.trim().is_empty() {
                    wb.edit(move |a| a.staffing.rows[i].fte = None);
                    return Ok(());
                }
                match Dec::parse(&v) {
                    Some(d) if d.0 >= 0 && d.0 <= tym_core::format::MAX_ROW_FTE => { wb.edit(move |a| a.staffing.rows[i].fte = Some(d)); Ok(()) }
                    _ => Err(wb.t(Msg::UiErrFte).to_string()),
                }
            })
        };
        let remove = { let wb = wb.clone(); Callback::from(move |_| wb.edit(move |a| { if i < a.staffing.rows.len() { a.staffing.rows.remove(i); } })) };
        let path = |f: &str| field_id(&format!("staffing.rows[{i}].{f}"));
        html! {
            <tr key={i}>
                <td><SelectField id={path("party")} label={lbl(Msg::UiParty)} in_table=true options={parties.clone()} selected={r.party.clone()} onchange={on_party} /></td>
                <td><TextField id={path("sub_area")} label={lbl(Msg::UiSubArea)} in_table=true value={r.sub_area.clone().unwrap_or_default()} onchange={on_sub} /></td>
                <td><TextField id={path("role")} label={lbl(Msg::UiRole)} in_table=true value={r.role.clone()} onchange={on_role} /></td>
                <td><SelectField id={path("sector")} label={lbl(Msg::UiSector)} in_table=true options={sector_options(lang)} selected={sector_code(r.sector)} onchange={on_sector} /></td>
                <td><DecField id={path("persons")} label={lbl(Msg::UiPersons)} in_table=true value={r.persons.map(|p| p.to_string()).unwrap_or_default()} parse={on_persons} /></td>
                <td><DecField id={path("fte")} label={lbl(Msg::UiFte)} in_table=true value={r.fte.map(|f| lang.dec(f)).unwrap_or_default()} parse={on_fte} /></td>
                <td><button type="button" class="remove" onclick={remove} aria-label={lbl(Msg::UiRemoveRow)}>{ wb.t(Msg::UiRemove) }</button></td>
            </tr>
        }
    });
    let add = {
        let wb = wb.clone();
        let first = a.parties.first().map(|p| p.id.clone()).unwrap_or_default();
        Callback::from(move |_| {
            let first = first.clone();
            // The index the new row will have: the count as rendered, before this edit.
            let n = wb.agreement().map(|a| a.staffing.rows.len()).unwrap_or(0);
            wb.edit(move |a| a.staffing.rows.push(StaffRow { party: first.clone(), ..Default::default() }));
            // Focus the new row's first field once it is rendered.
            crate::platform::focus_soon(field_id(&format!("staffing.rows[{n}].party")));
        })
    };
    let on_clients = {
        let wb = wb.clone();
        Callback::from(move |v: String| -> Result<(), String> {
            let t = v.trim().replace(['\u{a0}', ' '], "");
            if t.is_empty() {
                wb.edit(|a| a.staffing.clients_estimate = None);
                return Ok(());
            }
            match t.parse::<u64>() {
                Ok(c) if c <= 10_000_000 => {
                    wb.edit(move |a| a.staffing.clients_estimate = Some(c));
                    Ok(())
                }
                _ => Err(wb.t(Msg::UiErrWholeNumber).to_string()),
            }
        })
    };
    let on_threshold = {
        let wb = wb.clone();
        Callback::from(move |v: String| -> Result<(), String> {
            if v.trim().is_empty() {
                wb.edit(|a| a.staffing.max_clients_per_fte = None);
                return Ok(());
            }
            match Dec::parse(&v) {
                Some(d) if d.0 > 0 => {
                    wb.edit(move |a| a.staffing.max_clients_per_fte = Some(d));
                    Ok(())
                }
                _ => Err(wb.t(Msg::UiErrPositive).to_string()),
            }
        })
    };
    let per_party = a.parties.iter().map(|p| html! {
        <tr><th scope="row">{ a.party_name(&p.id) }</th><td class="num">{ lang.dec(a.party_fte(&p.id)) }</td><td class="num">{ a.party_persons(&p.id) }</td></tr>
    });
    let threshold = a.staffing.max_clients_per_fte;
    let ratio = a.staffing.clients_estimate.and_then(|c| clients_per_fte(c, a.total_fte()));
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewStaffing) }</h1>
            <p>{ wb.t(Msg::UiStaffingIntro) }</p>
            <table class="edit-table" id="staff-table">
                <caption>{ wb.t(Msg::UiStaffRows) }</caption>
                <thead><tr>
                    <th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiSubArea) }</th>
                    <th scope="col">{ wb.t(Msg::UiRole) }</th><th scope="col">{ wb.t(Msg::UiSector) }</th>
                    <th scope="col">{ wb.t(Msg::UiPersons) }</th><th scope="col">{ wb.t(Msg::UiFte) }</th>
                    <th scope="col"><span class="visually-hidden">{ wb.t(Msg::UiRemove) }</span></th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p><button type="button" id="add-staff-row" onclick={add}>{ wb.t(Msg::UiAddStaffRow) }</button></p>
            <h2>{ wb.t(Msg::UiSufficiency) }</h2>
            <div class="form-grid">
                <DecField id={field_id("staffing.clients_estimate")} label={wb.t(Msg::UiClientsEstimate)} value={a.staffing.clients_estimate.map(|c| c.to_string()).unwrap_or_default()} parse={on_clients} />
                <DecField id={field_id("staffing.max_clients_per_fte")} label={wb.t(Msg::UiThreshold)} value={threshold.map(|t| lang.dec(t)).unwrap_or_default()} parse={on_threshold} />
            </div>
            if threshold.is_none() {
                <p class="hint">{ lang.fmt(Msg::UiThresholdDefault, &[&lang.dec(DEFAULT_MAX_CLIENTS_PER_FTE)]) }</p>
            }
            <table class="figures">
                <caption>{ wb.t(Msg::UiFtePerParty) }</caption>
                <thead><tr><th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiFte) }</th><th scope="col">{ wb.t(Msg::UiPersons) }</th></tr></thead>
                <tbody>{ for per_party }</tbody>
                <tfoot><tr><th scope="row">{ wb.t(Msg::UiTotal) }</th><td class="num" id="total-fte">{ lang.dec(a.total_fte()) }</td><td></td></tr></tfoot>
            </table>
            <p id="clients-per-fte">{ wb.t(Msg::UiClientsPerFte) }{ ": " }{ ratio.map(|r| lang.dec(Dec((r.0 + 50) / 100 * 100))).unwrap_or_else(|| "–".into()) }</p>
        </section>
    }
}
