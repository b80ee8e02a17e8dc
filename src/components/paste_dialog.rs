//! Pasting a block copied from a spreadsheet into an editable table (issue 21): the table's `paste`
//! handler (`edit_table`) hands a block of several cells to this dialog (`request`), which shows the
//! lazy module's preview (`tym_lazy::render("paste")`: where the cells land, every cell that cannot
//! be read) with Paste and Cancel. Paste takes the pasted list over from the file the lazy module
//! wrote (`tym_lazy::paste_apply`) as one edit, so one Ctrl+Z undoes it. The reading and the preview
//! live in the lazy module; only this dialog and the hook are in the first download.

use crate::components::lazy_html::LazyHtml;
use crate::hooks::use_workbench;
use crate::platform::lazy;
use std::cell::RefCell;
use std::rc::Rc;
use tym_core::path::F;
use tym_core::Msg;
use yew::prelude::*;

/// A block pasted into a table: the list, the row and field it landed on (the row past the end
/// and an empty field when pasted on the add button), and the clipboard's text.
#[derive(Clone, PartialEq)]
pub struct Request {
    pub list: F,
    pub row: usize,
    pub field: String,
    pub text: String,
}

thread_local! {
    /// The mounted dialog's opener.
    static OPEN: RefCell<Option<Callback<Request>>> = const { RefCell::new(None) };
}

/// Opens the dialog for a pasted block (nothing happens before the dialog is mounted).
pub fn request(r: Request) {
    if let Some(open) = OPEN.with(|o| o.borrow().clone()) {
        open.emit(r);
    }
}

/// The lazy module's answer: the file after the paste and how many rows it writes, when it can be
/// applied.
type Ready = Option<(Rc<str>, usize)>;

#[function_component(PasteDialog)]
pub fn paste_dialog() -> Html {
    let wb = use_workbench();
    let pending = use_state(|| None::<(Request, Rc<str>)>);
    let ready = use_state(|| None::<Ready>);
    // The newest paste: the answer to an older one (pasted again before it came) is dropped.
    let generation = use_memo((), |_| std::cell::Cell::new(0u32));
    {
        let (pending, ready, wb) = (pending.clone(), ready.clone(), wb.clone());
        let open = Callback::from(move |r: Request| {
            let Some(file) = wb.file.as_ref().map(|f| tym_core::format::save(f)) else { return };
            let input = lazy::input(vec![
                ("file", file.as_str().into()),
                ("path", r.list.pattern().into()),
                ("row", r.row.into()),
                ("field", r.field.as_str().into()),
                ("text", r.text.as_str().into()),
            ]);
            ready.set(None);
            let (ready, r2, generation) = (ready.clone(), r.clone(), generation.clone());
            let mine = generation.get().wrapping_add(1);
            generation.set(mine);
            wasm_bindgen_futures::spawn_local(async move {
                let answer = lazy::paste_apply(&file, r2.list.pattern(), r2.row, &r2.field, &r2.text).await;
                if generation.get() == mine {
                    ready.set(Some(answer.map(|(f, n)| (Rc::from(f), n))));
                }
            });
            pending.set(Some((r, input)));
        });
        use_effect_with((), move |_| {
            OPEN.with(|o| *o.borrow_mut() = Some(open));
            || OPEN.with(|o| *o.borrow_mut() = None)
        });
    }
    let close = {
        let pending = pending.clone();
        Callback::from(move |()| pending.set(None))
    };
    let modal = crate::hooks::use_modal(pending.is_some(), close.clone());
    let confirm = {
        let (wb, pending, ready, close) = (wb.clone(), pending.clone(), ready.clone(), close.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some((r, _)), Some(Some((file, n)))) = (&*pending, &*ready) else { return };
            match tym_core::format::load(file) {
                Ok(after) => {
                    let (path, after, n) = (r.list.pattern(), Rc::new(after.agreement), *n);
                    wb.edit(move |a| tym_core::paste::take_list(a, &after, path));
                    wb.info(move |l| l.fmt(Msg::PasteApplied, &[&n.to_string()]));
                }
                // Nothing is pasted, and the user is told why rather than seeing the dialog just close.
                Err(e) => wb.error(move |l| e.message(l)),
            }
            close.emit(());
        })
    };
    let can = matches!(&*ready, Some(Some(_)));
    html! {
        <dialog ref={modal.node} id="paste-dialog" class="paste-dialog" aria-labelledby="paste-title" aria-describedby="paste-summary" oncancel={modal.oncancel}>
            <h2 id="paste-title">{ wb.t(Msg::PasteTitle) }</h2>
            <p>{ wb.t(Msg::PasteIntro) }</p>
            // A live region that exists before the preview arrives, so that a screen reader reads it.
            <div aria-live="polite">
                if let Some((_, input)) = &*pending {
                    <LazyHtml kind="paste" input={input.clone()} id="paste-preview" />
                }
            </div>
            <div class="toolbar">
                <button type="button" id="paste-confirm" onclick={confirm} disabled={!can}>{ wb.t(Msg::PasteConfirm) }</button>
                <button type="button" id="paste-cancel" class="cancel" onclick={modal.onclose}>{ wb.t(Msg::UiCancel) }</button>
            </div>
        </dialog>
    }
}
