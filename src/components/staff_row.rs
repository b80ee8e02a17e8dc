//! One staff row in the staffing table. A component of its own so that typing in one row re-renders
//! that row only: its props are the row's data, which Yew compares, and its callbacks are made here.

use crate::components::row_actions::RowActions;
use crate::components::sections::area::parse_count;
use crate::components::{dec_field::DecField, select_field::SelectField, text_field::TextField};
use crate::hooks::Editor;
use crate::pages::{sector_code, sector_from, sector_options};
use std::rc::Rc;
use tym_core::check::field_id;
use tym_core::model::StaffRow;
use tym_core::num::Dec;
use tym_core::{Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StaffRowProps {
    pub index: usize,
    pub row: StaffRow,
    /// (party id, name) options, shared by all rows.
    pub parties: Rc<Vec<(String, String)>>,
    pub lang: Lang,
    pub editor: Editor,
}

/// Parses FTE as typed ("0,75", "0.75"); empty means not stated.
pub(crate) fn parse_fte(v: &str) -> Result<Option<Dec>, ()> {
    if v.trim().is_empty() {
        return Ok(None);
    }
    Dec::parse(v).filter(|d| d.0 >= 0 && d.0 <= tym_core::format::MAX_ROW_FTE).map(Some).ok_or(())
}

fn row_edit<T: Clone + 'static>(ed: &Editor, i: usize, f: fn(&mut StaffRow, T)) -> Callback<T> {
    ed.item_edit(|a| &mut a.staffing.rows, i, f)
}

#[function_component(StaffRowEditor)]
pub fn staff_row_editor(p: &StaffRowProps) -> Html {
    // No context here: the row re-renders only when its own props change.
    let wb = &p.editor;
    let (i, r, lang) = (p.index, &p.row, p.lang);
    let n = (i + 1).to_string();
    let lbl = |m: Msg| format!("{} {}", lang.t(m), n);
    let on_persons = {
        let set = row_edit(wb, i, |r, p: Option<u32>| r.persons = p);
        let msg = lang.t(Msg::UiErrWholeNumber);
        Callback::from(move |v: String| -> Result<(), String> {
            let p = parse_count(&v).ok().filter(|p| p.is_none_or(|p| p <= 100_000)).ok_or(msg)?;
            set.emit(p.map(|p| p as u32));
            Ok(())
        })
    };
    let on_fte = {
        let set = row_edit(wb, i, |r, f: Option<Dec>| r.fte = f);
        let msg = lang.t(Msg::UiErrFte);
        Callback::from(move |v: String| -> Result<(), String> {
            set.emit(parse_fte(&v).map_err(|_| msg)?);
            Ok(())
        })
    };
    let remove = wb.remove_item(|a| &mut a.staffing.rows, i);
    let up = wb.move_item(|a| &mut a.staffing.rows, i, true);
    let down = wb.move_item(|a| &mut a.staffing.rows, i, false);
    let path = |f: &str| field_id(&format!("staffing.rows[{i}].{f}"));
    html! {
        <tr>
            <td><SelectField id={path("party")} label={lbl(Msg::UiParty)} in_table=true options={(*p.parties).clone()} selected={r.party.clone()} onchange={row_edit(wb, i, |r, v: String| r.party = v)} /></td>
            <td><TextField id={path("sub_area")} label={lbl(Msg::UiSubArea)} in_table=true value={r.sub_area.clone().unwrap_or_default()}
                onchange={row_edit(wb, i, |r, v: String| r.sub_area = Some(v).filter(|s| !s.trim().is_empty()))} /></td>
            <td><TextField id={path("role")} label={lbl(Msg::UiRole)} in_table=true value={r.role.clone()} onchange={row_edit(wb, i, |r, v: String| r.role = v)} /></td>
            <td><SelectField id={path("sector")} label={lbl(Msg::UiSector)} in_table=true options={sector_options(lang)} selected={sector_code(r.sector)} onchange={row_edit(wb, i, |r, v: String| r.sector = sector_from(&v))} /></td>
            <td><DecField id={path("persons")} label={lbl(Msg::UiPersons)} in_table=true value={r.persons.map(|p| p.to_string()).unwrap_or_default()} parse={on_persons} /></td>
            <td><DecField id={path("fte")} label={lbl(Msg::UiFte)} in_table=true value={r.fte.map(|f| lang.dec(f)).unwrap_or_default()} parse={on_fte} /></td>
            <td><RowActions n={i + 1} {lang} onup={up} ondown={down} onremove={remove} /></td>
        </tr>
    }
}
