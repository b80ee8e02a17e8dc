//! The editable tables of the agreement's lists (parties, municipalities, seats, services, staff rows,
//! signatories, sub-areas, stated totals): one `TableSpec` per list says what differs — columns, cells,
//! how a new item looks — and this module owns what is the same: the table markup, field ids that follow
//! the model's paths, row labels with the row's number, move/remove, adding with focus on the new row, and a block pasted
//! from a spreadsheet (to the paste dialog). The list and its columns are typed paths
//! (`tym_core::path::fields`): a cell's id, its setter and its undo step come from the same column.
//!
//! A row is a component whose props are the file its item is in (the item compared by value, never
//! copied), its index, the language and an `Editor` whose identity never changes: typing in one row
//! re-renders that row and its group. Rows come in groups of `GROUP`, each a component too, so that a
//! keystroke in a long table compares a few groups' items (the staff rows by pointer,
//! `tym_core::shared`) instead of building and comparing a component for every row.

use crate::components::dec_field::parsing;
use crate::components::row_actions::RowActions;
use crate::hooks::Editor;
use std::ops::Range;
use std::rc::Rc;
use tym_core::format::AgreementFile;
use tym_core::model::Agreement;
use tym_core::path::{Col, List, F};
use tym_core::{Lang, Msg};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// (value, label) options of a select, shared by every row.
pub type Options = Rc<Vec<(String, String)>>;

/// What differs between the editable tables.
pub struct TableSpec<T: 'static> {
    pub table: Table,
    /// The list in the agreement: its path names the table's fields.
    pub list: List<T>,
    /// The row's edited cells (`<td>`s).
    pub cells: fn(&RowCx<T>) -> Html,
    /// A new item, made from the agreement as it is when the user adds it (fresh ids, first party).
    pub new: fn(&Agreement) -> T,
}

/// The part of a table's description that does not depend on its items' type.
pub struct Table {
    /// The table element's id.
    pub id: &'static str,
    pub caption: Msg,
    /// The section heading already says what the table holds.
    pub caption_hidden: bool,
    /// Column headers of the edited cells and then of the derived (read-only) ones.
    pub columns: &'static [Msg],
    /// Rows can be moved and removed.
    pub row_actions: bool,
    pub add: Msg,
    /// The column of a new row that gets the focus (a field of the table's list).
    pub focus: F,
}

/// What a row's cells are made from.
pub struct RowCx<'a, T: 'static> {
    pub i: usize,
    pub item: &'a T,
    pub lang: Lang,
    pub options: &'a Options,
    editor: &'a Editor,
    spec: &'a TableSpec<T>,
}

impl<T: 'static> RowCx<'_, T> {
    /// The id of a field of this row: the model path, as the checker's findings name it.
    pub fn id<V>(&self, col: Col<T, V>) -> AttrValue {
        col.id(self.i).into()
    }

    /// The id of the row's item itself ("f-parties-3"), where a finding about the whole item points.
    pub fn row_id(&self) -> AttrValue {
        self.spec.list.f.at(self.i).id().into()
    }

    /// A label naming the column and the row's number, since the column header is the visible label.
    pub fn label(&self, m: Msg) -> AttrValue {
        format!("{} {}", self.lang.t(m), self.i + 1).into()
    }

    /// Sets a field of this row's item.
    pub fn edit<V: Clone + 'static>(&self, col: Col<T, V>) -> Callback<V> {
        self.editor.item_edit(self.spec.list, self.i, col)
    }

    /// Sets a field from a form's value made the field's first (a select's code).
    pub fn edit_with<V: 'static, W: Clone + 'static>(&self, col: Col<T, V>, f: fn(W) -> V) -> Callback<W> {
        self.editor.item_edit_with(self.spec.list, self.i, col, f)
    }

    /// Sets a field from text that must parse; otherwise the field shows `msg` and nothing changes.
    pub fn parsed<V: Clone + 'static>(
        &self,
        parse: fn(&str) -> Option<V>,
        msg: Msg,
        col: Col<T, V>,
    ) -> Callback<String, Result<(), String>> {
        parsing(parse, self.lang.t(msg), self.edit(col))
    }
}

/// A table's rows seen without their item type, so that `EditRow` is one component in the binary
/// rather than one per list (generic components cost several kB of wasm each).
trait Rows {
    /// Items `at` of the open variants of `a` and `b` are equal, as many of them as each has.
    fn same(&self, a: &AgreementFile, b: &AgreementFile, at: Range<usize>) -> bool;
    fn cells(&self, p: &EditRowProps) -> Html;
    fn actions(&self, p: &EditRowProps) -> Html;
}

impl<T: PartialEq + 'static> Rows for TableSpec<T> {
    fn same(&self, a: &AgreementFile, b: &AgreementFile, at: Range<usize>) -> bool {
        let (a, b) = ((self.list.get)(&a.agreement), (self.list.get)(&b.agreement));
        let clamp = |l: &[T]| l.len().min(at.start)..l.len().min(at.end);
        a[clamp(a)] == b[clamp(b)]
    }

    fn cells(&self, p: &EditRowProps) -> Html {
        let s = &p.common;
        let Some(item) = (self.list.get)(&s.file.agreement).get(p.i) else { return Html::default() };
        (self.cells)(&RowCx { i: p.i, item, lang: s.lang, options: &s.options, editor: &s.editor, spec: self })
    }

    fn actions(&self, p: &EditRowProps) -> Html {
        let (ed, s) = (&p.common.editor, &p.common);
        html! {
            <RowActions n={p.i + 1} of={s.table.caption} lang={s.lang} onup={ed.move_item(self.list, p.i, true)}
                ondown={ed.move_item(self.list, p.i, false)} onremove={ed.remove_item(self.list, p.i)} />
        }
    }
}

/// What the rows of a table share.
#[derive(Clone)]
struct Common {
    /// The file the items are in: shared, not copied; its open variant's list holds them.
    file: Rc<AgreementFile>,
    lang: Lang,
    editor: Editor,
    options: Options,
    table: &'static Table,
    rows: &'static dyn Rows,
}

impl Common {
    /// Equal for the items `at`: the same table, language, editor and options, and equal items.
    fn same(&self, o: &Common, at: Range<usize>) -> bool {
        std::ptr::eq(self.table, o.table)
            && self.lang == o.lang
            && self.editor == o.editor
            && self.options == o.options
            && (Rc::ptr_eq(&self.file, &o.file) || self.rows.same(&self.file, &o.file, at))
    }
}

#[derive(Properties)]
pub struct EditRowProps {
    pub i: usize,
    /// Read-only cells computed from other data (the FTE of a sub-area), already formatted.
    derived: Vec<String>,
    common: Common,
}

impl PartialEq for EditRowProps {
    fn eq(&self, o: &Self) -> bool {
        self.i == o.i && self.derived == o.derived && self.common.same(&o.common, self.i..self.i + 1)
    }
}

/// How many rows a group holds: about the square root of a large area's staff rows (300), so that a
/// keystroke builds and compares about as many groups as rows in its group.
const GROUP: usize = 20;

#[derive(Properties)]
pub struct EditRowsProps {
    /// The index of the group's first row.
    start: usize,
    /// Each row's read-only cells.
    derived: Vec<Vec<String>>,
    common: Common,
}

impl PartialEq for EditRowsProps {
    fn eq(&self, o: &Self) -> bool {
        self.start == o.start
            && self.derived == o.derived
            && self.common.same(&o.common, self.start..self.start + self.derived.len())
    }
}

#[function_component(EditRows)]
fn edit_rows(p: &EditRowsProps) -> Html {
    p.derived
        .iter()
        .zip(p.start..)
        .map(|(derived, i)| html! { <EditRow key={i} {i} derived={derived.clone()} common={p.common.clone()} /> })
        .collect()
}

#[function_component(EditRow)]
fn edit_row(p: &EditRowProps) -> Html {
    html! {
        <tr>
            { p.common.rows.cells(p) }
            { for p.derived.iter().map(|d| html! { <td class="num">{ d }</td> }) }
            if p.common.table.row_actions { <td class="actions">{ p.common.rows.actions(p) }</td> }
        </tr>
    }
}

/// The whole table with its add button, of the list in `file`'s open variant. `derived` gives a
/// row's read-only cells.
pub fn edit_table<T: PartialEq + Clone + 'static>(
    spec: &'static TableSpec<T>,
    file: &Rc<AgreementFile>,
    lang: Lang,
    editor: &Editor,
    options: &Options,
    derived: impl Fn(usize, &T) -> Vec<String>,
) -> Html {
    let items = (spec.list.get)(&file.agreement);
    let common = Common {
        file: file.clone(),
        lang,
        editor: editor.clone(),
        options: options.clone(),
        table: &spec.table,
        rows: spec as &'static dyn Rows,
    };
    let rows: Html = items
        .chunks(GROUP)
        .zip((0..).step_by(GROUP))
        .map(|(group, start)| {
            let cells: Vec<_> = group.iter().zip(start..).map(|(item, i)| derived(i, item)).collect();
            html! { <EditRows key={start} {start} derived={cells} common={common.clone()} /> }
        })
        .collect();
    // The file format's limit of the list (`tym_core::limits`): a longer one could not be reopened.
    let max = tym_core::limits::max_items(spec.list.f.pattern());
    let onadd = {
        let ed = editor.clone();
        let focus = spec.table.focus.at(items.len()).id();
        Callback::from(move |_| {
            ed.edit(move |a| {
                let item = (spec.new)(a);
                tym_core::lists::push(a, spec.list.slot, item, max);
            });
            crate::platform::focus_soon(focus.clone());
        })
    };
    frame(&spec.table, spec.list.f, lang, rows, onadd, items.len() >= max, items.len())
}

/// A block of cells pasted (Ctrl+V of a range copied from Excel or LibreOffice) on a field of the
/// table, or on its add button, goes to the paste dialog's preview instead of into the one field;
/// a single value pastes into the field as usual. The field's id (its path's, `RowCx::id`) says the
/// row and column it landed on; the add button (the list's id) lands it past the last row.
fn on_paste(list: F, len: usize) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let Some(e) = e.dyn_ref::<web_sys::ClipboardEvent>() else { return };
        let Some(data) = e.clipboard_data() else { return };
        let Ok(text) = data.get_data("text/plain") else { return };
        let table = data.get_data("text/html").is_ok_and(|h| h.contains("<table"));
        if !tym_core::paste::is_block(&text, table) || !tym_core::paste::PASTE_TABLES.contains(&list.pattern()) {
            return;
        }
        let Some(id) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.id()) else { return };
        let base = list.id();
        let (row, field) = if id == base {
            (len, String::new())
        } else {
            let Some((row, field)) = id.strip_prefix(&format!("{base}-")).and_then(|r| r.split_once('-')) else {
                return;
            };
            let Ok(row) = row.parse::<usize>() else { return };
            (row, field.to_string())
        };
        e.prevent_default();
        crate::components::paste_dialog::request(crate::components::paste_dialog::Request { list, row, field, text });
    })
}

/// The markup every table shares, kept out of the generic part so that it exists once in the binary.
fn frame(
    t: &'static Table,
    list: F,
    lang: Lang,
    rows: Html,
    onadd: Callback<MouseEvent>,
    full: bool,
    len: usize,
) -> Html {
    html! {
        <div class="edit-table-frame" onpaste={on_paste(list, len)}>
        <table class="edit-table" id={t.id}>
            <caption class={classes!(t.caption_hidden.then_some("visually-hidden"))}>{ lang.t(t.caption) }</caption>
            <thead><tr>
                { for t.columns.iter().map(|m| html! { <th scope="col">{ lang.t(*m) }</th> }) }
                if t.row_actions { <th scope="col" class="actions"><span class="visually-hidden">{ lang.t(Msg::UiRemove) }</span></th> }
            </tr></thead>
            <tbody>{ rows }</tbody>
        </table>
        <p><button type="button" id={list.id()} onclick={onadd} disabled={full}>{ lang.t(t.add) }</button></p>
        </div>
    }
}
