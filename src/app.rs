//! The app shell: skip link, header, navigation, the live regions, the current page and the running
//! summary. Global keyboard shortcuts (undo/redo) are bound here.

use crate::components::{
    footer::Footer, header::Header, incoming::IncomingDraft, nav::Nav, notice::NoticeRegion, summary::Summary,
    variant_bar::VariantBar,
};
use crate::hooks::{use_persistence, use_settled, use_workbench, WorkbenchProvider};
use crate::pages;
use crate::platform;
use crate::state::View;
use gloo::events::{EventListener, EventListenerOptions};
use tym_core::Msg;
use wasm_bindgen::JsCast;
use yew::prelude::*;

thread_local! {
    /// Whether projector mode is on, for the page-wide key listener (Esc leaves it).
    static LATEST_PROJECTOR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

#[function_component(App)]
pub fn app() -> Html {
    html! { <WorkbenchProvider><Shell /></WorkbenchProvider> }
}

#[function_component(Shell)]
fn shell() -> Html {
    let wb = use_workbench();
    use_persistence(&wb);
    let settled = use_settled(&wb);
    // Runs after every render: the end of an edit's processing for bench/measure.mjs.
    use_effect(|| platform::mark("tym-rendered"));
    LATEST_PROJECTOR.with(|p| p.set(wb.projector));
    // Projector mode is a presentation style of the same page (`:root.projector` in styles/app.css):
    // the editor stays, and with it the field being typed in and its focus.
    use_effect_with(wb.projector, |on| platform::set_root_class(if *on { "projector" } else { "" }));
    {
        let wb = wb.clone();
        use_effect_with((), move |_| match crate::components::incoming::take_link_from_address() {
            Some(Ok(i)) => wb.set_incoming(Some(i)),
            Some(Err(tym_core::share::ShareError::NewerVersion)) => wb.error(|l| l.t(Msg::UiLinkNewer).into()),
            Some(Err(_)) => wb.error(|l| l.t(Msg::UiShareDamaged).into()),
            None => {}
        });
    }
    {
        let view = wb.view;
        let was_loaded = use_mut_ref(|| false);
        let loaded = wb.loaded;
        // Moving focus to the new view's heading tells keyboard and screen-reader users where they are;
        // while the page loads (and reopens the last draft) focus stays at the top, at the skip link.
        {
            let was_loaded = was_loaded.clone();
            use_effect_with(view, move |_| {
                if *was_loaded.borrow() {
                    platform::focus_view_heading();
                }
            });
        }
        use_effect_with(loaded, move |l| *was_loaded.borrow_mut() = *l);
    }
    {
        let wb = wb.clone();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            // Not passive: the shortcuts replace the browser's own undo in text fields.
            let listener = EventListener::new_with_options(
                &document,
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    if e.alt_key() && !e.ctrl_key() && e.code() == "KeyP" {
                        e.prevent_default();
                        wb.toggle_projector();
                        return;
                    }
                    // Esc in a dialog closes the dialog only; elsewhere it leaves projector mode.
                    let in_dialog = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|t| t.closest("dialog").ok().flatten().is_some());
                    if e.key() == "Escape" && LATEST_PROJECTOR.with(|p| p.get()) && !in_dialog {
                        wb.toggle_projector();
                        return;
                    }
                    // Undo inside a dialog (a paste's preview) would change what the dialog applies.
                    if !(e.ctrl_key() || e.meta_key()) || in_dialog {
                        return;
                    }
                    let key = e.key().to_ascii_lowercase();
                    if key == "z" && !e.shift_key() {
                        e.prevent_default();
                        wb.undo();
                    } else if (key == "z" && e.shift_key()) || key == "y" {
                        e.prevent_default();
                        wb.redo();
                    }
                },
            );
            move || drop(listener)
        });
    }
    let page = match wb.view {
        View::Start => html! { <pages::start::StartPage /> },
        View::Agreement => {
            html! { <pages::agreement::AgreementPage findings={settled.as_ref().map(|s| s.by_topic).unwrap_or_default()} /> }
        }
        View::Staffing => html! { <pages::staffing::StaffingPage /> },
        View::Costs => html! { <pages::costs::CostsPage /> },
        View::Checks => html! { <pages::checks::ChecksPage /> },
        View::Compare => html! { <pages::compare::ComparePage /> },
        View::Document => html! { <pages::document::DocumentPage /> },
        View::Rules => html! { <pages::rules::RulesPage /> },
        View::Accessibility => html! { <pages::accessibility::AccessibilityPage /> },
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ wb.t(Msg::UiSkipToContent) }</a>
            <Header />
            <Nav findings={settled.as_ref().map(|s| s.findings.len())} view={wb.view} lang={wb.lang} editor={wb.editor()} />
            <NoticeRegion />
            <div class="layout">
                <main id="main" tabindex="-1">
                    { read_only_banner(&wb) }
                    if wb.view != View::Start && wb.file.is_some() {
                        <fieldset class="page" disabled={wb.read_only.is_some()}><VariantBar /></fieldset>
                    }
                    // A read-only tab shows the draft but every form control in it is disabled.
                    <fieldset class="page" disabled={wb.read_only.is_some() && wb.view != View::Start}>{ page }</fieldset>
                    if wb.projector {
                        <pages::projector::ProjectorVariants />
                    }
                </main>
                <Summary {settled} lang={wb.lang} />
            </div>
            <Footer lang={wb.lang} editor={wb.editor()} />
            <IncomingDraft />
            <crate::components::paste_dialog::PasteDialog />
        </>
    }
}

fn read_only_banner(wb: &crate::hooks::WorkbenchHandle) -> Html {
    let Some(r) = wb.read_only else { return html! {} };
    let msg = r.msg();
    let take = {
        let wb = wb.clone();
        Callback::from(move |_| wb.take_over())
    };
    html! {
        <div class="read-only no-print" id="read-only">
            <p>{ wb.t(msg) }</p>
            <button type="button" id="take-over" onclick={take}>{ wb.t(Msg::UiTakeOver) }</button>
        </div>
    }
}
