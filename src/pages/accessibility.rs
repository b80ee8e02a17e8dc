//! The accessibility statement (saavutettavuusseloste) required of public-sector services by Act
//! 306/2019, shipped inside the app; its paragraphs come from the lazy module
//! (`tym_lazy::views::accessibility`).

use crate::components::lazy_html::LazyHtml;
use crate::hooks::use_workbench;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(AccessibilityPage)]
pub fn accessibility_page() -> Html {
    let wb = use_workbench();
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiAccessibility) }</h1>
            <LazyHtml kind="accessibility" input={std::rc::Rc::<str>::from("{}")} onaction={Callback::noop()} />
        </section>
    }
}
