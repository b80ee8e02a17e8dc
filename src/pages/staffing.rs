//! Staffing (section 8): the staff rows by party, sub-area, role and sector; sub-areas with client
//! estimates; the totals as the agreement words them; FTE per party and clients per FTE against the
//! parties' own threshold.

use super::party_options;
use crate::components::sections::{area::parse_count, clause_text::ClauseText};
use crate::components::staff_row::{parse_fte, StaffRowEditor};
use crate::components::{
    checkbox_field::CheckboxField, dec_field::DecField, no_draft::NoDraft, select_field::SelectField,
    text_field::TextField,
};
use crate::hooks::{use_workbench, WorkbenchHandle};
use std::rc::Rc;
use tym_core::check::{clients_per_fte, field_id, DEFAULT_MAX_CLIENTS_PER_FTE};
use tym_core::model::{Agreement, StaffRow, StatedTotal, SubArea};
use tym_core::num::Dec;
use tym_core::{Lang, Msg};
use yew::prelude::*;

fn one_decimal(lang: Lang, d: Dec) -> String {
    lang.dec(Dec((d.0 + 50) / 100 * 100))
}

/// The editable staff table; the costs view shows it too, so headcounts can be changed beside the split.
pub(crate) fn staff_rows(wb: &WorkbenchHandle, a: &Agreement, parties: Rc<Vec<(String, String)>>) -> Html {
    let lang = wb.lang;
    let editor = wb.editor();
    let rows = a.staffing.rows.iter().enumerate().map(|(i, r)| {
        html! { <StaffRowEditor key={i} index={i} row={r.clone()} parties={parties.clone()} {lang} editor={editor.clone()} /> }
    });
    let add = {
        let wb = wb.clone();
        let first = a.parties.first().map(|p| p.id.clone()).unwrap_or_default();
        let n = a.staffing.rows.len();
        Callback::from(move |_| {
            let first = first.clone();
            wb.edit(move |a| a.staffing.rows.push(StaffRow { party: first.clone(), ..Default::default() }));
            crate::platform::focus_soon(field_id(&format!("staffing.rows[{n}].party")));
        })
    };
    html! {
        <>
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
        </>
    }
}

fn sub_areas(wb: &WorkbenchHandle, a: &Agreement) -> Html {
    let lang = wb.lang;
    let rows = a.area.sub_areas.iter().enumerate().map(|(i, s)| {
        let n = (i + 1).to_string();
        let lbl = |m: Msg| format!("{} {}", lang.t(m), n);
        let edit = |f: fn(&mut SubArea, String)| wb.editor().item_edit(|a| &mut a.area.sub_areas, i, f);
        let on_clients = {
            let set = wb.editor().item_edit(|a| &mut a.area.sub_areas, i, |s: &mut SubArea, c: Option<u64>| s.clients = c);
            let msg = lang.t(Msg::UiErrWholeNumber);
            Callback::from(move |v: String| -> Result<(), String> {
                set.emit(parse_count(&v).map_err(|_| msg)?);
                Ok(())
            })
        };
        let fte: Dec = a.staffing.rows.iter().filter(|r| r.sub_area.as_deref() == Some(s.id.as_str())).filter_map(|r| r.fte).sum();
        let ratio = s.clients.and_then(|c| clients_per_fte(c, fte)).map(|r| one_decimal(lang, r)).unwrap_or_else(|| "–".into());
        html! {
            <tr key={i}>
                <td><TextField id={field_id(&format!("area.sub_areas[{i}].id"))} label={lbl(Msg::UiSubAreaCode)} in_table=true value={s.id.clone()} onchange={edit(|s, v| s.id = v)} /></td>
                <td><TextField id={field_id(&format!("area.sub_areas[{i}].name"))} label={lbl(Msg::UiSubAreaName)} in_table=true value={s.name.clone()} onchange={edit(|s, v| s.name = v)} /></td>
                <td><DecField id={field_id(&format!("area.sub_areas[{i}].clients"))} label={lbl(Msg::UiClients)} in_table=true value={s.clients.map(|c| c.to_string()).unwrap_or_default()} parse={on_clients} /></td>
                <td class="num">{ lang.dec(fte) }</td>
                <td class="num">{ ratio }</td>
            </tr>
        }
    });
    let add = {
        let wb = wb.clone();
        Callback::from(move |_| {
            wb.edit(|a| {
                let id = (1..)
                    .map(|n| format!("s{n}"))
                    .find(|id| !a.area.sub_areas.iter().any(|s| s.id == *id))
                    .unwrap_or_default();
                a.area.sub_areas.push(SubArea { id, ..Default::default() });
            })
        })
    };
    html! {
        <>
        <table class="edit-table" id="sub-areas-table">
            <caption>{ wb.t(Msg::UiSubAreas) }</caption>
            <thead><tr>
                <th scope="col">{ wb.t(Msg::UiSubAreaCode) }</th><th scope="col">{ wb.t(Msg::UiSubAreaName) }</th>
                <th scope="col">{ wb.t(Msg::UiClients) }</th><th scope="col">{ wb.t(Msg::UiFte) }</th>
                <th scope="col">{ wb.t(Msg::UiClientsPerFte) }</th>
            </tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
        <p><button type="button" id={field_id("area.sub_areas")} onclick={add}>{ wb.t(Msg::UiAddSubArea) }</button></p>
        </>
    }
}

fn stated_totals(wb: &WorkbenchHandle, a: &Agreement) -> Html {
    let lang = wb.lang;
    let parties = party_options(a);
    let rows = a.staffing.stated_totals.iter().enumerate().map(|(i, t)| {
        let n = (i + 1).to_string();
        let lbl = |m: Msg| format!("{} {}", lang.t(m), n);
        let edit = |f: fn(&mut StatedTotal, String)| wb.editor().item_edit(|a| &mut a.staffing.stated_totals, i, f);
        let on_fte = {
            let set = wb.editor().item_edit(|a| &mut a.staffing.stated_totals, i, |t: &mut StatedTotal, f: Dec| t.fte = f);
            let msg = lang.t(Msg::UiErrFte);
            Callback::from(move |v: String| -> Result<(), String> {
                set.emit(parse_fte(&v).ok().flatten().ok_or(msg)?);
                Ok(())
            })
        };
        let on_approx = wb.editor().item_edit(|a| &mut a.staffing.stated_totals, i, |t: &mut StatedTotal, b: bool| t.approximate = b);
        let rows_sum = a.party_fte(&t.party);
        html! {
            <tr key={i}>
                <td><SelectField id={field_id(&format!("staffing.stated_totals[{i}].party"))} label={lbl(Msg::UiParty)} in_table=true options={parties.clone()} selected={t.party.clone()} onchange={edit(|t, v| t.party = v)} /></td>
                <td><TextField id={field_id(&format!("staffing.stated_totals[{i}].wording"))} label={lbl(Msg::UiWording)} in_table=true value={t.wording.clone()} onchange={edit(|t, v| t.wording = v)} /></td>
                <td><DecField id={field_id(&format!("staffing.stated_totals[{i}].fte"))} label={lbl(Msg::UiFte)} in_table=true value={lang.dec(t.fte)} parse={on_fte} /></td>
                <td><CheckboxField id={field_id(&format!("staffing.stated_totals[{i}].approximate"))} label={lbl(Msg::UiApproximate)} checked={t.approximate} onchange={on_approx} /></td>
                <td class="num">{ lang.dec(rows_sum) }</td>
            </tr>
        }
    });
    let add = {
        let wb = wb.clone();
        let first = a.parties.first().map(|p| p.id.clone()).unwrap_or_default();
        Callback::from(move |_| {
            let first = first.clone();
            wb.edit(move |a| a.staffing.stated_totals.push(StatedTotal { party: first.clone(), ..Default::default() }))
        })
    };
    html! {
        <>
        <table class="edit-table" id="stated-totals-table">
            <caption>{ wb.t(Msg::UiStatedTotals) }</caption>
            <thead><tr>
                <th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiWording) }</th>
                <th scope="col">{ wb.t(Msg::UiFte) }</th><th scope="col">{ wb.t(Msg::UiApproximate) }</th>
                <th scope="col">{ wb.t(Msg::UiRowsSum) }</th>
            </tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
        <p><button type="button" onclick={add}>{ wb.t(Msg::UiAddStatedTotal) }</button></p>
        </>
    }
}

#[function_component(StaffingPage)]
pub fn staffing_page() -> Html {
    let wb = use_workbench();
    // The party options change only when the parties do; a stable Rc lets unchanged rows skip rendering.
    let parties = use_memo(wb.agreement().map(party_options).unwrap_or_default(), |p| p.clone());
    let Some(a) = wb.agreement() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewStaffing) }</h1><NoDraft /></section> };
    };
    let lang = wb.lang;
    let on_clients = {
        let wb = wb.clone();
        Callback::from(move |v: String| -> Result<(), String> {
            let c = parse_count(&v)
                .ok()
                .filter(|c| c.is_none_or(|c| c <= 10_000_000))
                .ok_or(wb.t(Msg::UiErrWholeNumber))?;
            wb.edit(move |a| a.staffing.clients_estimate = c);
            Ok(())
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
    let flag = |f: fn(&mut Agreement, bool)| {
        let wb = wb.clone();
        Callback::from(move |b: bool| wb.edit(move |a| f(a, b)))
    };
    let on_text = {
        let wb = wb.clone();
        Callback::from(move |v: String| wb.edit(move |a| a.staffing.text = v.clone()))
    };
    // Each party's FTE against the whole area's clients: how thin a party's share of the service is.
    let party_ratio = |id: &str| {
        a.staffing
            .clients_estimate
            .and_then(|c| clients_per_fte(c, a.party_fte(id)))
            .map(|r| one_decimal(lang, r))
            .unwrap_or_else(|| "–".into())
    };
    let per_party = a.parties.iter().map(|p| {
        html! {
            <tr>
                <th scope="row">{ a.party_name(&p.id) }</th>
                <td class="num">{ lang.dec(a.party_fte(&p.id)) }</td>
                <td class="num">{ a.party_persons(&p.id) }</td>
                <td class="num">{ party_ratio(&p.id) }</td>
            </tr>
        }
    });
    let threshold = a.staffing.max_clients_per_fte;
    let ratio = a.staffing.clients_estimate.and_then(|c| clients_per_fte(c, a.total_fte()));
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewStaffing) }</h1>
            <p>{ wb.t(Msg::UiStaffingIntro) }</p>
            { staff_rows(&wb, a, parties) }
            <crate::components::staff_paste::StaffPaste />
            <table class="figures">
                <caption>{ wb.t(Msg::UiFtePerParty) }</caption>
                <thead><tr><th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiFte) }</th><th scope="col">{ wb.t(Msg::UiPersons) }</th><th scope="col">{ wb.t(Msg::UiClientsPerFte) }</th></tr></thead>
                <tbody>{ for per_party }</tbody>
                <tfoot><tr><th scope="row">{ wb.t(Msg::UiTotal) }</th><td class="num" id="total-fte">{ lang.dec(a.total_fte()) }</td><td class="num">{ a.parties.iter().map(|p| a.party_persons(&p.id)).sum::<u64>() }</td>
                    <td class="num">{ a.staffing.clients_estimate.and_then(|c| clients_per_fte(c, a.total_fte())).map(|r| one_decimal(lang, r)).unwrap_or_else(|| "–".into()) }</td></tr></tfoot>
            </table>
            <h2>{ wb.t(Msg::UiSufficiency) }</h2>
            <div class="form-grid">
                <DecField id={field_id("staffing.clients_estimate")} label={wb.t(Msg::UiClientsEstimate)} value={a.staffing.clients_estimate.map(|c| c.to_string()).unwrap_or_default()} parse={on_clients} />
                <DecField id={field_id("staffing.max_clients_per_fte")} label={wb.t(Msg::UiThreshold)} value={threshold.map(|t| lang.dec(t)).unwrap_or_default()} parse={on_threshold} />
            </div>
            if threshold.is_none() {
                <p class="hint">{ lang.fmt(Msg::UiThresholdDefault, &[&lang.dec(DEFAULT_MAX_CLIENTS_PER_FTE)]) }</p>
            }
            <p id="clients-per-fte">{ wb.t(Msg::UiClientsPerFte) }{ ": " }{ ratio.map(|r| one_decimal(lang, r)).unwrap_or_else(|| "–".into()) }</p>
            { sub_areas(&wb, a) }
            <CheckboxField id={field_id("staffing.reviewed_yearly")} label={wb.t(Msg::UiStaffReviewed)} checked={a.staffing.reviewed_yearly} onchange={flag(|a, b| a.staffing.reviewed_yearly = b)} />
            <CheckboxField id={field_id("staffing.amended_on_change")} label={wb.t(Msg::UiAmendedOnChange)} checked={a.staffing.amended_on_change} onchange={flag(|a, b| a.staffing.amended_on_change = b)} />
            <h2>{ wb.t(Msg::UiStatedTotals) }</h2>
            { stated_totals(&wb, a) }
            <ClauseText id={field_id("staffing.text")} value={a.staffing.text.clone()} onchange={on_text} />
        </section>
    }
}
