//! Navigation between the views; the checks entry carries the number of findings. Its props are all
//! it shows, so a keystroke does not render it.

use crate::hooks::Editor;
use crate::state::View;
use tym_core::{Lang, Msg};
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
    pub view: View,
    pub lang: Lang,
    pub editor: Editor,
}

#[function_component(Nav)]
pub fn nav(p: &NavProps) -> Html {
    let (findings, lang) = (p.findings, p.lang);
    let items = View::NAV.iter().map(|&v| {
        let ed = p.editor.clone();
        let current = p.view == v;
        let badge = match (v, findings) {
            (View::Checks, Some(n)) => html! {
                <span class="badge" aria-label={lang.findings(n)}>{ n }</span>
            },
            _ => html! {},
        };
        html! {
            <li>
                <button type="button" class="nav-item" aria-current={current.then_some("page")}
                    onclick={Callback::from(move |_| ed.go(v))}>
                    { lang.t(view_title(v)) }{ badge }
                </button>
            </li>
        }
    });
    html! { <nav aria-label={lang.t(Msg::UiNavigation)}><ul class="nav">{ for items }</ul></nav> }
}
