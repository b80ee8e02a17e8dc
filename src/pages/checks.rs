//! Checks: every finding grouped by severity with its legal source; choosing one takes the user to the
//! field concerned.

use crate::components::no_draft::NoDraft;
use crate::hooks::use_workbench;
use crate::platform;
use crate::state::View;
use tym_core::check::{check, Severity};
use tym_core::Msg;
use yew::prelude::*;

/// The view where a finding's field is edited, from its path.
pub fn view_of(path: &str) -> View {
    if path.starts_with("staffing") || path.starts_with("area.sub_areas") {
        View::Staffing
    } else if path.starts_with("costs") {
        View::Costs
    } else {
        View::Agreement
    }
}

#[function_component(ChecksPage)]
pub fn checks_page() -> Html {
    let wb = use_workbench();
    let Some(a) = wb.agreement() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewChecks) }</h1><NoDraft /></section> };
    };
    let lang = wb.lang;
    let findings = check(a);
    let groups = [Severity::Law, Severity::Practice, Severity::Consistency].into_iter().map(|sev| {
        let list: Vec<_> = findings.iter().filter(|f| f.severity == sev).collect();
        let items = list.iter().map(|f| {
            let wb2 = wb.clone();
            let id = f.field_id();
            let view = view_of(&f.path);
            let onclick = Callback::from(move |_| {
                wb2.go(view);
                let id = id.clone();
                // After the view has rendered, focus the field (or the view heading if it has none).
                gloo::timers::callback::Timeout::new(30, move || {
                    let exists = gloo::utils::document().get_element_by_id(&id).is_some();
                    platform::focus(if exists { &id } else { "view-heading" });
                })
                .forget();
            });
            html! {
                <li class={format!("finding sev-{sev:?}").to_lowercase()}>
                    <span class="rule-id">{ f.rule }</span>{ " " }
                    <span class="message">{ f.message(lang) }</span>{ " " }
                    <cite>{ "(" }{ f.citation(lang) }{ ")" }</cite>{ " " }
                    <button type="button" class="link" {onclick}>{ wb.t(Msg::UiGoToField) }</button>
                </li>
            }
        });
        html! {
            <section class="finding-group" aria-labelledby={format!("sev-{sev:?}")}>
                <h2 id={format!("sev-{sev:?}")}>{ wb.t(sev.label()) }{ format!(" ({})", list.len()) }</h2>
                if list.is_empty() { <p>{ wb.t(Msg::UiNoFindings) }</p> } else { <ul>{ for items }</ul> }
            </section>
        }
    });
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewChecks) }</h1>
            <p>{ wb.t(Msg::UiChecksIntro) }</p>
            { for groups }
        </section>
    }
}
