//! `use_modal`: shows a native `<dialog>` as modal while `open` is true (the browser then traps focus,
//! closes on Esc and returns focus), and closes it otherwise. The component's state decides whether
//! the dialog is open: Esc and the dialog's own close buttons report `close` instead of closing it.

use yew::prelude::*;

/// What a dialog component attaches to its `<dialog>` and its close or cancel buttons.
pub struct Modal {
    pub node: NodeRef,
    /// For the `<dialog>`'s `oncancel` (Esc): the browser's own closing is prevented, so that the
    /// state follows and the dialog can open again.
    pub oncancel: Callback<Event>,
    /// For a close or cancel button.
    pub onclose: Callback<MouseEvent>,
}

#[hook]
pub fn use_modal(open: bool, close: Callback<()>) -> Modal {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(open, move |open| {
            if let Some(d) = node.cast::<web_sys::HtmlDialogElement>() {
                if *open && !d.open() {
                    let _ = d.show_modal();
                } else if !*open && d.open() {
                    d.close();
                }
            }
        });
    }
    let cancel = close.clone();
    Modal {
        node,
        oncancel: Callback::from(move |e: Event| {
            e.prevent_default();
            cancel.emit(());
        }),
        onclose: close.reform(|_| ()),
    }
}
