//! Rules ("Säännöt"): the checker's catalogue from the core's registry — each rule's title, the
//! severities its findings can have, and every provision it rests on with the statute's wording in
//! force on the open agreement's start date (today's law without a draft). The catalogue is rendered
//! by the lazy module (`tym_lazy::views::rules`), loaded when the page is first opened; the same
//! catalogue is docs/rules.md.

use crate::components::lazy_html::LazyHtml;
use crate::hooks::use_workbench;
use std::rc::Rc;
use tym_core::Msg;
use yew::prelude::*;

#[function_component(RulesPage)]
pub fn rules_page() -> Html {
    let wb = use_workbench();
    let on = wb.file.as_ref().and_then(|f| f.agreement.validity.effective_from);
    let input: Rc<str> = match on {
        Some(d) => format!("{{\"on\":\"{}\"}}", tym_core::num::iso_date::format(d)).into(),
        None => "{\"on\":null}".into(),
    };
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewRules) }</h1>
            <p>{ wb.t(Msg::UiRulesIntro) }</p>
            <LazyHtml kind="rules" {input} id="rules" />
        </section>
    }
}
