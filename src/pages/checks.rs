//! Checks: every finding grouped by severity (law, statutory duty, practice, consistency) with its
//! citation (the statute wording is on the rules page); choosing one takes the user to the field
//! concerned. The list is rendered by the lazy module (`tym_lazy::views::checks`, loaded when first
//! shown); the summary and the navigation count the same findings in the app (`derived::findings`).

use crate::components::{lazy_html::LazyHtml, no_draft::NoDraft};
use crate::hooks::{use_workbench, WorkbenchHandle};
use crate::platform;
use crate::state::View;
use tym_core::{format, Msg};
use yew::prelude::*;

/// The view of an editor page by its name (`tym_core::path::page_of_key`: a topic's name or the
/// page a field is edited on).
pub fn view_of(page: &str) -> View {
    match tym_core::path::page_of_key(page) {
        "staffing" => View::Staffing,
        "costs" => View::Costs,
        _ => View::Agreement,
    }
}

/// "Go to field" from a view's button: its argument is the page and the input's id
/// (`tym_core::path::Path::go_arg`, which the lazy views write), so the app reads no paths.
pub fn go_to_field(wb: &WorkbenchHandle, arg: &str) {
    let Some((page, id)) = arg.split_once(' ') else { return };
    wb.go(view_of(page));
    platform::focus_soon(id.to_string());
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
        Callback::from(move |(action, arg): (String, String)| {
            if action == "go" {
                go_to_field(&wb, &arg);
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
