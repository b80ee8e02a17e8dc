//! The staff table of section 8 (the staffing view shows it, and the costs view beside the split so
//! that headcounts can be changed where their effect is seen). Rows are `EditRow`s: typing in one row
//! re-renders that row only.

use crate::components::dec_field::{count_upto, fte, DecField};
use crate::components::edit_table::{edit_table, Options, RowCx, Table, TableSpec};
use crate::components::{select_field::SelectField, text_field::TextField};
use crate::hooks::Editor;
use crate::pages::{sector_code, sector_from, sector_options};
use tym_core::model::StaffRow;
use tym_core::{Lang, Msg};
use yew::prelude::*;

fn cells(r: &RowCx<StaffRow>) -> Html {
    let (s, lang) = (r.item, r.lang);
    html! {
        <>
        <td><SelectField id={r.id("party")} label={r.label(Msg::UiParty)} in_table=true options={(**r.options).clone()} selected={s.party.clone()} onchange={r.edit(|s, v| s.party = v)} /></td>
        <td><TextField id={r.id("sub_area")} label={r.label(Msg::UiSubArea)} in_table=true value={s.sub_area.clone().unwrap_or_default()}
            onchange={r.edit(|s, v: String| s.sub_area = Some(v).filter(|v| !v.trim().is_empty()))} /></td>
        <td><TextField id={r.id("role")} label={r.label(Msg::UiRole)} in_table=true value={s.role.clone()} onchange={r.edit(|s, v| s.role = v)} /></td>
        <td><SelectField id={r.id("sector")} label={r.label(Msg::UiSector)} in_table=true options={sector_options(lang)} selected={sector_code(s.sector)} onchange={r.edit(|s, v: String| s.sector = sector_from(&v))} /></td>
        <td><DecField id={r.id("persons")} label={r.label(Msg::UiPersons)} in_table=true value={s.persons.map(|p| p.to_string()).unwrap_or_default()}
            parse={r.parsed(|v| count_upto(v, tym_core::limits::PERSONS), Msg::UiErrWholeNumber, |s, p| s.persons = p)} /></td>
        <td><DecField id={r.id("fte")} label={r.label(Msg::UiFte)} in_table=true value={s.fte.map(|f| lang.dec(f)).unwrap_or_default()}
            parse={r.parsed(fte, Msg::UiErrFte, |s, f| s.fte = f)} /></td>
        </>
    }
}

static STAFF_ROWS: TableSpec<StaffRow> = TableSpec {
    table: Table {
        id: "staff-table",
        caption: Msg::UiStaffRows,
        caption_hidden: false,
        columns: &[Msg::UiParty, Msg::UiSubArea, Msg::UiRole, Msg::UiSector, Msg::UiPersons, Msg::UiFte],
        path: "staffing.rows",
        row_actions: true,
        add: Msg::UiAddStaffRow,
        focus: "party",
    },
    list: |a| &mut a.staffing.rows,
    cells,
    new: |a| StaffRow { party: a.parties.first().map(|p| p.id.clone()).unwrap_or_default(), ..Default::default() },
};

/// The editable staff table; `parties` are (id, name) options without an empty choice.
pub(crate) fn staff_table(lang: Lang, editor: &Editor, rows: &[StaffRow], parties: &Options) -> Html {
    edit_table(&STAFF_ROWS, rows, lang, editor, parties, |_, _| Vec::new())
}
