//! The staff table of section 8 (the staffing view shows it, and the costs view beside the split so
//! that headcounts can be changed where their effect is seen). Rows are `EditRow`s in groups of 20: typing
//! in one row re-renders that row and its group.

use crate::components::dec_field::{count_upto, fte, DecField};
use crate::components::edit_table::{edit_table, Options, RowCx, Table, TableSpec};
use crate::components::{select_field::SelectField, text_field::TextField};
use crate::hooks::Editor;
use crate::pages::{sector_code, sector_from, sector_options};
use std::rc::Rc;
use tym_core::format::AgreementFile;
use tym_core::model::StaffRow;
use tym_core::path::{fields, F};
use tym_core::shared::Shared;
use tym_core::{Lang, Msg};
use yew::prelude::*;

fn cells(r: &RowCx<Shared<StaffRow>>) -> Html {
    let (s, lang) = (r.item, r.lang);
    html! {
        <>
        <td><SelectField id={r.id(fields::STAFFING_ROWS_PARTY)} label={r.label(Msg::UiParty)} in_table=true options={(**r.options).clone()} selected={s.party.clone()} onchange={r.edit(fields::STAFFING_ROWS_PARTY)} /></td>
        <td><TextField id={r.id(fields::STAFFING_ROWS_SUB_AREA)} label={r.label(Msg::UiSubArea)} in_table=true value={s.sub_area.clone().unwrap_or_default()}
            onchange={r.edit_with(fields::STAFFING_ROWS_SUB_AREA, |v: String| Some(v).filter(|v| !v.trim().is_empty()))} /></td>
        <td><TextField id={r.id(fields::STAFFING_ROWS_ROLE)} label={r.label(Msg::UiRole)} in_table=true value={s.role.clone()} onchange={r.edit(fields::STAFFING_ROWS_ROLE)} /></td>
        <td><SelectField id={r.id(fields::STAFFING_ROWS_SECTOR)} label={r.label(Msg::UiSector)} in_table=true options={sector_options(lang)} selected={sector_code(s.sector)} onchange={r.edit_with(fields::STAFFING_ROWS_SECTOR, |v: String| sector_from(&v))} /></td>
        <td><DecField id={r.id(fields::STAFFING_ROWS_PERSONS)} label={r.label(Msg::UiPersons)} in_table=true value={s.persons.map(|p| p.to_string()).unwrap_or_default()}
            parse={r.parsed(|v| count_upto(v, tym_core::limits::PERSONS), Msg::UiErrWholeNumber, fields::STAFFING_ROWS_PERSONS)} /></td>
        <td><DecField id={r.id(fields::STAFFING_ROWS_FTE)} label={r.label(Msg::UiFte)} in_table=true value={s.fte.map(|f| lang.dec(f)).unwrap_or_default()}
            parse={r.parsed(fte, Msg::UiErrFte, fields::STAFFING_ROWS_FTE)} /></td>
        </>
    }
}

static STAFF_ROWS: TableSpec<Shared<StaffRow>> = TableSpec {
    table: Table {
        id: "staff-table",
        caption: Msg::UiStaffRows,
        caption_hidden: false,
        columns: &[Msg::UiParty, Msg::UiSubArea, Msg::UiRole, Msg::UiSector, Msg::UiPersons, Msg::UiFte],
        row_actions: true,
        add: Msg::UiAddStaffRow,
        focus: F::StaffingRowsParty,
    },
    list: fields::STAFFING_ROWS,
    cells,
    new: |a| {
        StaffRow { party: a.parties.first().map(|p| p.id.clone()).unwrap_or_default(), ..Default::default() }.into()
    },
};

/// The editable staff table of `file`'s open variant; `parties` are (id, name) options without an
/// empty choice.
pub(crate) fn staff_table(lang: Lang, editor: &Editor, file: &Rc<AgreementFile>, parties: &Options) -> Html {
    edit_table(&STAFF_ROWS, file, lang, editor, parties, |_, _| Vec::new())
}
