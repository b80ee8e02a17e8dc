//! Navigation between the views; the checks entry carries the number of findings.

use crate::hooks::use_workbench;
use crate::state::View;
use tym_core::Msg;
use yew::prelude::*;

pub fn view_title(view: View) -> Msg {
    match view {
        View::Start => Msg::UiViewStart,
        View::Agreement => Msg::UiViewAgreement,
        View::Staffing => Msg::UiViewStaffing,
        View::Costs => Msg::UiViewCosts,
        View::Checks => Msg::UiViewChecks,
        View::Compare => Msg::UiViewCompare,
        View::Document => Msg::UiViewDocument,
        View::Rules => Msg::UiViewRules,
        View::Accessibility => Msg::UiAccessibility,
    }
}

#[derive(Properties, PartialEq)]
pub struct NavProps {
    /// The number of findings of the open file, as settled (`hooks::use_settled`).
    pub findings: Option<usize>,
}

#[function_component(Nav)]
pub fn nav(p: &NavProps) -> Html {
    let wb = use_workbench();
    let findings = p.findings;
    let items = View::NAV.iter().map(|&v| {
        let wb2 = wb.clone();
        let current = wb.view == v;
        let badge = match (v, findings) {
            (View::Checks, Some(n)) => html! {
                <span class="badge" aria-label={wb.lang.findings(n)}>{ n }</span>
            },
            _ => html! {},
        };
        html! {
            <li>
                <button type="button" class="nav-item" aria-current={current.then_some("page")}
                    onclick={Callback::from(move |_| wb2.go(v))}>
                    { wb.t(view_title(v)) }{ badge }
                </button>
            </li>
        }
    });
    html! { <nav aria-label={wb.t(Msg::UiNavigation)}><ul class="nav">{ for items }</ul></nav> }
}
