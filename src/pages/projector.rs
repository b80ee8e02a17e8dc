//! Projector mode's own part: the open draft's variants side by side — FTE and common costs per party,
//! the basis, clients per FTE and the number of findings — in large type under the live editor, for
//! the room's "what if" (the rest of projector mode is a style of the normal page: `:root.projector`
//! in styles/app.css). Shown when the draft has variants; the lazy module renders the table
//! (`tym_lazy::views::projector`), as it renders the comparison.

use crate::components::lazy_html::LazyHtml;
use crate::hooks::use_workbench;
use std::rc::Rc;
use yew::prelude::*;

#[function_component(ProjectorVariants)]
pub fn projector_variants() -> Html {
    let wb = use_workbench();
    let file = wb.file.clone().filter(|f| !f.variants.is_empty());
    // The file's text once per version of it, not once per render.
    let input = use_memo(file.as_ref().map(|f| Rc::as_ptr(f) as usize), move |_| {
        file.map(|f| crate::platform::lazy::input(vec![("file", tym_core::format::save(&f).into())]))
    });
    match &*input {
        Some(input) => html! {
            <section class="projector-variants" aria-labelledby="projector-variants">
                <LazyHtml kind="projector-variants" input={input.clone()} onaction={Callback::noop()} />
            </section>
        },
        None => html! {},
    }
}
