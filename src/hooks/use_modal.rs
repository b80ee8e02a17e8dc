//! `use_modal`: shows a native `<dialog>` as modal while `open` is true (the browser then traps focus,
//! closes on Esc and returns focus), and closes it otherwise.

use yew::prelude::*;

#[hook]
pub fn use_modal(open: bool) -> NodeRef {
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
    node
}
