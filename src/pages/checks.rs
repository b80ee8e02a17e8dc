//! Checks: every finding grouped by severity (law, statutory duty, practice, consistency) with its
//! citation (the statute wording is on the rules page); choosing one takes the user to the field
//! concerned.

use crate::components::no_draft::NoDraft;
use crate::hooks::use_workbench;
use crate::platform;
use crate::state::View;
use tym_core::check::Severity;
use tym_core::Msg;
use yew::prelude::*;

/// The view where a finding's field is edited, from its path.
pub fn view_of(path: &str) -> View {
    if path.starts_with("wording.") {
        // A wording path is resolved against the agreement by `view_of_in`; without it, the agreement view.
        View::Agreement
    } else if path.starts_with("staffing") || path.starts_with("area.sub_areas") {
        View::Staffing
    } else if path.starts_with("costs") {
        View::Costs
    } else {
        View::Agreement
    }
}

/// The view that shows a path of `a`: a part of the wording is edited with its topic's fields.
pub fn view_of_in(a: &tym_core::Agreement, path: &str) -> View {
    match tym_core::wording::topic_of_path(a, path) {
        Some(t) if path.starts_with("wording.") => view_of(t.path()),
        _ => view_of(path),
    }
}

/// The sections in the order of the agreement.
const SECTION_ORDER: [&str; 13] = [
    "meta",
    "parties",
    "area",
    "steering_group",
    "objectives",
    "arrangement",
    "services",
    "staffing",
    "lead_person",
    "costs",
    "client_data",
    "validity",
    "signatures",
];

/// The name of the agreement's section a finding belongs to.
fn section_label(section: &str) -> Msg {
    match section {
        "parties" => Msg::UiParties,
        "area" => Msg::UiArea,
        "steering_group" => Msg::UiSteeringGroup,
        "objectives" => Msg::UiObjectives,
        "arrangement" => Msg::UiArrangement,
        "services" => Msg::UiServices,
        "staffing" => Msg::UiViewStaffing,
        "lead_person" => Msg::UiLeadPerson,
        "costs" => Msg::UiViewCosts,
        "client_data" => Msg::UiClientData,
        "validity" => Msg::UiValidity,
        "signatures" => Msg::UiSignatures,
        _ => Msg::UiViewAgreement,
    }
}

#[function_component(ChecksPage)]
pub fn checks_page() -> Html {
    let wb = use_workbench();
    let Some(file) = wb.file.clone() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewChecks) }</h1><NoDraft /></section> };
    };
    let lang = wb.lang;
    let findings = crate::derived::findings(&file);
    let groups = Severity::ALL.into_iter().map(|sev| {
        let list: Vec<_> = findings.iter().filter(|f| f.severity == sev).collect();
        let mut sections: Vec<&str> = list.iter().map(|f| f.section()).collect();
        tym_core::order::sort_by_key(&mut sections, |s| tym_core::order::rank(&SECTION_ORDER, s));
        sections.dedup();
        let item = |f: &tym_core::check::Finding| {
            let wb2 = wb.clone();
            let id = f.field_id();
            let view = view_of_in(&file.agreement, &f.path);
            let onclick = Callback::from(move |_| {
                wb2.go(view);
                platform::focus_soon(id.clone());
            });
            html! {
                <li class={format!("finding sev-{}", sev.code())} data-rule={f.rule.code()} data-field={f.field_id()}>
                    <span class="rule-id">{ f.rule.code() }</span>{ " " }
                    <span class="message">{ f.message(lang) }</span>{ " " }
                    <cite>{ "(" }{ f.citation(lang) }{ ")" }</cite>{ " " }
                    <button type="button" class="link" {onclick}>{ wb.t(Msg::UiGoToField) }</button>
                </li>
            }
        };
        let items = sections.iter().map(|sec| {
            html! {
                <li class="finding-section">
                    <h3>{ wb.t(section_label(sec)) }</h3>
                    <ul>{ for list.iter().filter(|f| f.section() == *sec).map(|f| item(f)) }</ul>
                </li>
            }
        });
        html! {
            <section class="finding-group" aria-labelledby={format!("sev-{}", sev.code())}>
                <h2 id={format!("sev-{}", sev.code())}>{ wb.t(sev.label()) }{ format!(" ({})", list.len()) }</h2>
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
