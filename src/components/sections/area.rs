//! Section 3: the municipalities of the area, with the employment authority each belongs to (R1: every
//! authority of the area is a party), population and client estimate for sub-splits.

use super::super::{dec_field::DecField, select_field::SelectField, text_field::TextField};
use super::{chosen, SectionProps};
use crate::components::dec_field::count;
use crate::components::edit_table::{edit_table, RowCx, Table, TableSpec};
use tym_core::model::{Area, Municipality};
use tym_core::path::{fields, F};
use tym_core::Msg;
use yew::prelude::*;

fn shown(n: Option<u64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

fn cells(r: &RowCx<Municipality>) -> Html {
    let m = r.item;
    html! {
        <>
        <td><TextField id={r.id(fields::AREA_MUNICIPALITIES_NAME)} label={r.label(Msg::UiMunicipality)} in_table=true value={m.name.clone()} onchange={r.edit(fields::AREA_MUNICIPALITIES_NAME)} /></td>
        <td><SelectField id={r.id(fields::AREA_MUNICIPALITIES_AUTHORITY)} label={r.label(Msg::UiMunicipalityAuthority)} in_table=true
            options={(**r.options).clone()} selected={m.authority.clone().unwrap_or_default()} onchange={r.edit_with(fields::AREA_MUNICIPALITIES_AUTHORITY, chosen)} /></td>
        <td><DecField id={r.id(fields::AREA_MUNICIPALITIES_POPULATION)} label={r.label(Msg::UiPopulation)} in_table=true value={shown(m.population)}
            parse={r.parsed(count, Msg::UiErrWholeNumber, fields::AREA_MUNICIPALITIES_POPULATION)} /></td>
        <td><DecField id={r.id(fields::AREA_MUNICIPALITIES_CLIENTS)} label={r.label(Msg::UiClients)} in_table=true value={shown(m.clients)}
            parse={r.parsed(count, Msg::UiErrWholeNumber, fields::AREA_MUNICIPALITIES_CLIENTS)} /></td>
        </>
    }
}

static MUNICIPALITIES: TableSpec<Municipality> = TableSpec {
    table: Table {
        id: "municipalities-table",
        caption: Msg::UiMunicipalities,
        caption_hidden: true,
        columns: &[Msg::UiMunicipality, Msg::UiMunicipalityAuthority, Msg::UiPopulation, Msg::UiClients],
        row_actions: true,
        add: Msg::UiAddMunicipality,
        focus: F::AreaMunicipalitiesName,
    },
    list: fields::AREA_MUNICIPALITIES,
    cells,
    new: |_| Municipality::default(),
};

#[function_component(AreaSection)]
pub fn area_section(p: &SectionProps<Area>) -> Html {
    let lang = p.lang;
    html! {
        <section aria-labelledby="sec-area">
            <h2 id="sec-area" tabindex="-1">{ lang.fmt(Msg::UiSectionN, &["3", lang.t(Msg::UiArea)]) }</h2>
            { edit_table(&MUNICIPALITIES, &p.file.0, lang, &p.editor, &p.parties, |_, _| Vec::new()) }
        </section>
    }
}
