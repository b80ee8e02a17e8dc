//! Checks: every finding grouped by severity (law, statutory duty, practice, consistency) with its
//! citation (the statute wording is on the rules page); choosing one takes the user to the field
//! concerned. The list is rendered by the lazy module (`tym_lazy::views::checks`, loaded when first
//! shown); the summary and the navigation count the same findings in the app (`derived::findings`).

use crate::components::{lazy_html::LazyHtml, no_draft::NoDraft};
use crate::hooks::{use_workbench, WorkbenchHandle};
use crate::platform;
use crate::state::View;
use tym_core::path::F;
use tym_core::{format, Msg};
use yew::prelude::*;

/// The view where a finding's field is edited, from its path (or a topic's, "staffing"). A wording
/// path is resolved against the agreement by `view_of_in`; without it, the agreement view.
pub fn view_of(path: &str) -> View {
    // By prefix rather than `Path::parse`: a topic's name ("purpose") is no field.
    let under = |f: F| path.starts_with(f.pattern());
    if under(F::Staffing) || under(F::AreaSubAreas) {
        View::Staffing
    } else if under(F::Costs) {
        View::Costs
    } else {
        View::Agreement
    }
}

/// Takes the user to the input of the field at a finding's path, in `view`: the one place a path
/// that comes as text (from the checker or an import's report) becomes an id.
pub fn go_to(wb: &WorkbenchHandle, view: View, path: &str) {
    wb.go(view);
    platform::focus_soon(tym_core::check::field_id(path));
}

/// The view that shows a path of `a`: a part of the wording is edited with its topic's fields.
pub fn view_of_in(a: &tym_core::Agreement, path: &str) -> View {
    match tym_core::wording::topic_of_path(a, path) {
        Some(t) if path.starts_with(F::Wording.pattern()) => view_of(t.path()),
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
                go_to(&wb, view_of_in(&file.agreement, &path), &path);
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
