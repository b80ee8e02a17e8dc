//! Staffing (section 8): the staff rows by party, sub-area, role and sector; sub-areas with client
//! estimates; the totals as the agreement words them; FTE per party and clients per FTE against the
//! parties' own threshold.

use super::party_options;
use crate::components::dec_field::{count, decimal_in, fte, parsing};
use crate::components::edit_table::{edit_table, RowCx, Table, TableSpec};
use crate::components::staff_table::staff_table;
use crate::components::wording_editor::WordingEditor;
use crate::components::{
    checkbox_field::CheckboxField, dec_field::DecField, no_draft::NoDraft, select_field::SelectField,
    text_field::TextField,
};
use crate::hooks::use_workbench;
use crate::pages::Wordings;
use tym_core::check::{clients_per_fte, DEFAULT_MAX_CLIENTS_PER_FTE};
use tym_core::model::{StatedTotal, SubArea};
use tym_core::num::Dec;
use tym_core::path::{fields, F};
use tym_core::wording::Topic;
use tym_core::{Lang, Msg};
use yew::prelude::*;

fn one_decimal(lang: Lang, d: Dec) -> String {
    lang.dec(Dec((d.0 + 50) / 100 * 100))
}

fn sub_area_cells(r: &RowCx<SubArea>) -> Html {
    let s = r.item;
    html! {
        <>
        <td><TextField id={r.id(fields::AREA_SUB_AREAS_ID)} label={r.label(Msg::UiSubAreaCode)} in_table=true value={s.id.clone()} onchange={r.edit(fields::AREA_SUB_AREAS_ID)} /></td>
        <td><TextField id={r.id(fields::AREA_SUB_AREAS_NAME)} label={r.label(Msg::UiSubAreaName)} in_table=true value={s.name.clone()} onchange={r.edit(fields::AREA_SUB_AREAS_NAME)} /></td>
        <td><DecField id={r.id(fields::AREA_SUB_AREAS_CLIENTS)} label={r.label(Msg::UiClients)} in_table=true value={s.clients.map(|c| c.to_string()).unwrap_or_default()}
            parse={r.parsed(count, Msg::UiErrWholeNumber, fields::AREA_SUB_AREAS_CLIENTS)} /></td>
        </>
    }
}

static SUB_AREAS: TableSpec<SubArea> = TableSpec {
    table: Table {
        id: "sub-areas-table",
        caption: Msg::UiSubAreas,
        caption_hidden: false,
        columns: &[Msg::UiSubAreaCode, Msg::UiSubAreaName, Msg::UiClients, Msg::UiFte, Msg::UiClientsPerFte],
        row_actions: false,
        add: Msg::UiAddSubArea,
        focus: F::AreaSubAreasId,
    },
    list: fields::AREA_SUB_AREAS,
    cells: sub_area_cells,
    new: |a| {
        let id =
            (1..).map(|n| format!("s{n}")).find(|id| !a.area.sub_areas.iter().any(|s| s.id == *id)).unwrap_or_default();
        SubArea { id, ..Default::default() }
    },
};

fn stated_total_cells(r: &RowCx<StatedTotal>) -> Html {
    let t = r.item;
    html! {
        <>
        <td><SelectField id={r.id(fields::STAFFING_STATED_TOTALS_PARTY)} label={r.label(Msg::UiParty)} in_table=true options={(**r.options).clone()} selected={t.party.clone()} onchange={r.edit(fields::STAFFING_STATED_TOTALS_PARTY)} /></td>
        <td><TextField id={r.id(fields::STAFFING_STATED_TOTALS_WORDING)} label={r.label(Msg::UiWording)} in_table=true value={t.wording.clone()} onchange={r.edit(fields::STAFFING_STATED_TOTALS_WORDING)} /></td>
        <td><DecField id={r.id(fields::STAFFING_STATED_TOTALS_FTE)} label={r.label(Msg::UiFte)} in_table=true value={r.lang.dec(t.fte)}
            parse={r.parsed(|v| fte(v).flatten(), Msg::UiErrFte, fields::STAFFING_STATED_TOTALS_FTE)} /></td>
        <td><CheckboxField id={r.id(fields::STAFFING_STATED_TOTALS_APPROXIMATE)} label={r.label(Msg::UiApproximate)} checked={t.approximate} onchange={r.edit(fields::STAFFING_STATED_TOTALS_APPROXIMATE)} /></td>
        </>
    }
}

static STATED_TOTALS: TableSpec<StatedTotal> = TableSpec {
    table: Table {
        id: "stated-totals-table",
        caption: Msg::UiStatedTotals,
        caption_hidden: true,
        columns: &[Msg::UiParty, Msg::UiWording, Msg::UiFte, Msg::UiApproximate, Msg::UiRowsSum],
        row_actions: false,
        add: Msg::UiAddStatedTotal,
        focus: F::StaffingStatedTotalsParty,
    },
    list: fields::STAFFING_STATED_TOTALS,
    cells: stated_total_cells,
    new: |a| StatedTotal { party: a.parties.first().map(|p| p.id.clone()).unwrap_or_default(), ..Default::default() },
};

#[function_component(StaffingPage)]
pub fn staffing_page() -> Html {
    let wb = use_workbench();
    // The party options change only when the parties do; a stable Rc lets unchanged rows skip rendering.
    let parties = use_memo(wb.agreement().map(|a| party_options(a, wb.lang)).unwrap_or_default(), |p| p.clone());
    let Some(file) = wb.file.as_ref() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewStaffing) }</h1><NoDraft /></section> };
    };
    let a = &file.agreement;
    let lang = wb.lang;
    let ed = wb.editor();
    let on_clients = parsing(count, lang.t(Msg::UiErrWholeNumber), ed.set(fields::STAFFING_CLIENTS_ESTIMATE));
    let on_threshold = parsing(
        |v| decimal_in(v, tym_core::limits::CLIENTS_PER_FTE.range()),
        lang.t(Msg::UiErrPositive),
        ed.set(fields::STAFFING_MAX_CLIENTS_PER_FTE),
    );
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
                <th scope="row">{ a.party_name(&p.id, lang) }</th>
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
            { staff_table(lang, &ed, file, &parties) }
            <table class="figures">
                <caption>{ wb.t(Msg::UiFtePerParty) }</caption>
                <thead><tr><th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiFte) }</th><th scope="col">{ wb.t(Msg::UiPersons) }</th><th scope="col">{ wb.t(Msg::UiClientsPerFte) }</th></tr></thead>
                <tbody>{ for per_party }</tbody>
                <tfoot><tr><th scope="row">{ wb.t(Msg::UiTotal) }</th><td class="num" id="total-fte">{ lang.dec(a.total_fte()) }</td><td class="num">{ a.parties.iter().map(|p| a.party_persons(&p.id)).sum::<u64>() }</td>
                    <td class="num">{ a.staffing.clients_estimate.and_then(|c| clients_per_fte(c, a.total_fte())).map(|r| one_decimal(lang, r)).unwrap_or_else(|| "–".into()) }</td></tr></tfoot>
            </table>
            <h2>{ wb.t(Msg::UiSufficiency) }</h2>
            <div class="form-grid">
                <DecField id={fields::STAFFING_CLIENTS_ESTIMATE.id()} label={wb.t(Msg::UiClientsEstimate)} value={a.staffing.clients_estimate.map(|c| c.to_string()).unwrap_or_default()} parse={on_clients} />
                <DecField id={fields::STAFFING_MAX_CLIENTS_PER_FTE.id()} label={wb.t(Msg::UiThreshold)} value={threshold.map(|t| lang.dec(t)).unwrap_or_default()} parse={on_threshold} />
            </div>
            if threshold.is_none() {
                <p class="hint">{ lang.fmt(Msg::UiThresholdDefault, &[&lang.dec(DEFAULT_MAX_CLIENTS_PER_FTE)]) }</p>
            }
            <p id="clients-per-fte">{ wb.t(Msg::UiClientsPerFte) }{ ": " }{ ratio.map(|r| one_decimal(lang, r)).unwrap_or_else(|| "–".into()) }</p>
            { edit_table(&SUB_AREAS, file, lang, &ed, &parties, |_, s| {
                let fte: Dec = a.staffing.rows.iter().filter(|r| r.sub_area.as_deref() == Some(s.id.as_str())).filter_map(|r| r.fte).sum();
                let ratio = s.clients.and_then(|c| clients_per_fte(c, fte)).map(|r| one_decimal(lang, r)).unwrap_or_else(|| "–".into());
                vec![lang.dec(fte), ratio]
            }) }
            <CheckboxField id={fields::STAFFING_REVIEWED_YEARLY.id()} label={wb.t(Msg::UiStaffReviewed)} checked={a.staffing.reviewed_yearly} onchange={ed.set(fields::STAFFING_REVIEWED_YEARLY)} />
            <CheckboxField id={fields::STAFFING_AMENDED_ON_CHANGE.id()} label={wb.t(Msg::UiAmendedOnChange)} checked={a.staffing.amended_on_change} onchange={ed.set(fields::STAFFING_AMENDED_ON_CHANGE)} />
            <h2>{ wb.t(Msg::UiStatedTotals) }</h2>
            { edit_table(&STATED_TOTALS, file, lang, &ed, &parties, |_, t| vec![lang.dec(a.party_fte(&t.party))]) }
            <WordingEditor topic={Topic::Staffing} data={Wordings::of_one(file, lang, Topic::Staffing)} {lang} editor={ed.clone()} />
        </section>
    }
}
