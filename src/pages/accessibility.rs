//! The accessibility statement (saavutettavuusseloste) required of public-sector services by Act
//! 306/2019, shipped inside the app.

use crate::hooks::use_workbench;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(AccessibilityPage)]
pub fn accessibility_page() -> Html {
    let wb = use_workbench();
    let paragraphs = [Msg::A11yScope, Msg::A11yStatus, Msg::A11yHow, Msg::A11yKnown, Msg::A11yFeedback, Msg::A11yDate];
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiAccessibility) }</h1>
            { for paragraphs.iter().map(|m| html! { <p>{ wb.t(*m) }</p> }) }
        </section>
    }
}
