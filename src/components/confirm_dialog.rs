//! A modal confirmation on the native `<dialog>`: it traps focus, closes with Esc and returns focus to
//! where it was, as the browser provides.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    pub id: AttrValue,
    pub open: bool,
    pub message: AttrValue,
    pub confirm_label: AttrValue,
    pub cancel_label: AttrValue,
    pub onconfirm: Callback<()>,
    pub oncancel: Callback<()>,
}

#[function_component(ConfirmDialog)]
pub fn confirm_dialog(p: &ConfirmDialogProps) -> Html {
    let modal = crate::hooks::use_modal(p.open, p.oncancel.clone());
    let confirm = p.onconfirm.clone();
    let msg_id = format!("{}-message", p.id);
    html! {
        <dialog ref={modal.node} id={p.id.clone()} aria-describedby={msg_id.clone()} oncancel={modal.oncancel}>
            <p id={msg_id}>{ &p.message }</p>
            <div class="toolbar">
                <button type="button" class="remove confirm" onclick={Callback::from(move |_| confirm.emit(()))}>{ &p.confirm_label }</button>
                <button type="button" class="cancel" onclick={modal.onclose}>{ &p.cancel_label }</button>
            </div>
        </dialog>
    }
}
