//! Pasting a staff table from Excel: the rows are added in one undoable step, or, if any line cannot
//! be read, nothing is added and every such line is named.

use crate::components::text_field::TextField;
use crate::hooks::use_workbench;
use tym_core::paste;
use tym_core::Msg;
use yew::prelude::*;

fn column_label(c: &str) -> Msg {
    match c {
        "party" => Msg::UiParty,
        "sector" => Msg::UiSector,
        "persons" => Msg::UiPersons,
        _ => Msg::UiFte,
    }
}

#[function_component(StaffPaste)]
pub fn staff_paste() -> Html {
    let wb = use_workbench();
    let text = use_state(String::new);
    let errors = use_state(Vec::<String>::new);
    let lang = wb.lang;
    let on_text = {
        let text = text.clone();
        Callback::from(move |v: String| text.set(v))
    };
    let add = {
        let (wb, text, errors) = (wb.clone(), text.clone(), errors.clone());
        Callback::from(move |_| {
            let Some(a) = wb.agreement() else { return };
            let room = tym_core::limits::STAFF_ROWS.saturating_sub(a.staffing.rows.len());
            match paste::staff_rows(a, &text) {
                Ok(rows) if rows.len() > room => {
                    let max = tym_core::limits::STAFF_ROWS.to_string();
                    errors.set(vec![wb.lang.fmt(Msg::ErrTooMany, &["staffing.rows", &max])]);
                }
                Ok(rows) => {
                    let n = rows.len();
                    wb.edit(move |a| a.staffing.rows.extend(rows.iter().cloned()));
                    wb.info(move |l| l.fmt(Msg::UiPasteAdded, &[&n.to_string()]));
                    text.set(String::new());
                    errors.set(Vec::new());
                }
                Err(list) => errors.set(
                    list.iter()
                        .map(|e| {
                            wb.lang
                                .fmt(Msg::UiPasteError, &[&e.line.to_string(), wb.t(column_label(e.column)), &e.value])
                        })
                        .collect(),
                ),
            }
        })
    };
    html! {
        <details class="staff-paste">
            <summary>{ lang.t(Msg::UiPasteTitle) }</summary>
            <TextField id="staff-paste" label={lang.t(Msg::UiPasteLabel)} value={(*text).clone()} onchange={on_text} multiline=true max_chars={None::<usize>}
                hint={AttrValue::from(lang.t(Msg::UiPasteHint))} />
            <p><button type="button" id="staff-paste-add" onclick={add}>{ lang.t(Msg::UiPasteAdd) }</button></p>
            if !errors.is_empty() {
                <ul class="field-error" id="staff-paste-errors">{ for errors.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
            }
        </details>
    }
}
