//! Checks: every finding grouped by severity (law, statutory duty, practice, consistency) with its
//! citation (the statute wording is on the rules page); choosing one takes the user to the field
//! concerned. The list is rendered by the lazy module (`tym_lazy::views::checks`, loaded when first
//! shown); the summary and the navigation count the same findings in the app (`derived::findings`).

use crate::components::{lazy_html::LazyHtml, no_draft::NoDraft};
use crate::hooks::use_workbench;
use crate::platform;
use crate::state::View;
use tym_core::{format, Msg};
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

#[function_component(ChecksPage)]
pub fn checks_page() -> Html {
    let wb = use_workbench();
    let Some(file) = wb.file.clone() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewChecks) }</h1><NoDraft /></section> };
    };
    let input = use_memo(file.clone(), |f| crate::platform::lazy::input(vec![("file", format::save(f).into())]));
    let go = {
        let wb = wb.clone();
        Callback::from(move |(action, path): (String, String)| {
            if action == "go" {
                wb.go(view_of_in(&file.agreement, &path));
                platform::focus_soon(tym_core::check::field_id(&path));
            }
        })
    };
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewChecks) }</h1>
            <p>{ wb.t(Msg::UiChecksIntro) }</p>
            <LazyHtml kind="checks" input={(*input).clone()} id="findings" onaction={go} />
        </section>
    }
}
