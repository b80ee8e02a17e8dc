//! Checks: every finding grouped by severity (law, statutory duty, practice, consistency) with its
//! citation (the statute wording is on the rules page); choosing one takes the user to the field
//! concerned. The list is rendered by the lazy module (`tym_lazy::views::checks`, loaded when first
//! shown); the summary and the navigation count the same findings in the app (`derived::findings`).

use crate::components::{lazy_html::LazyHtml, no_draft::NoDraft};
use crate::hooks::{use_workbench, WorkbenchHandle};
use crate::platform;
use crate::state::View;
use tym_core::path::{Path, F};
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

/// The view that shows a field of `a`: a part of the wording is edited with its topic's fields.
pub fn view_of_in(a: &tym_core::Agreement, p: &Path) -> View {
    match tym_core::wording::topic_of(a, p) {
        Some(t) if p.field.section() == "wording" => view_of(t.path()),
        _ => view_of(p.field.pattern()),
    }
}

/// Shows the view of a field named by its path as text (a finding's "go to field", an import report
/// line) and focuses its input; a path of no field changes nothing.
pub fn go_to_field(wb: &WorkbenchHandle, a: Option<&tym_core::Agreement>, path: &str) {
    let Some(p) = Path::parse(path) else { return };
    wb.go(a.map_or_else(|| view_of(p.field.pattern()), |a| view_of_in(a, &p)));
    platform::focus_soon(p.id());
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
                go_to_field(&wb, Some(&file.agreement), &path);
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
