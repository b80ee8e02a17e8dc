//! A part of a view that the lazy module renders (`platform::lazy::render`, `crates/tym-lazy/src/views`):
//! read-only, rarely used views whose Yew code would not fit the first download. The module builds the
//! HTML from escaped text only; it is set into this component's element, which Yew never gives
//! children of its own (so it never touches them). Clicks on an element with `data-action` inside it
//! come out as `onaction(action, data-arg)`. Until the HTML arrives, and if the module cannot be
//! loaded, a status line beside the element says so.

use crate::hooks::use_workbench;
use crate::platform::lazy;
use std::cell::Cell;
use std::rc::Rc;
use tym_core::Msg;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LazyHtmlProps {
    /// The view (`tym_lazy::render`'s `kind`).
    pub kind: &'static str,
    /// Its input as JSON; a new input renders it again.
    pub input: Rc<str>,
    /// The element's id and class.
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// A click on an element with `data-action`: (action, `data-arg`).
    #[prop_or_default]
    pub onaction: Callback<(String, String)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Loading,
    Ready,
    Unavailable,
}

#[function_component(LazyHtml)]
pub fn lazy_html(props: &LazyHtmlProps) -> Html {
    let wb = use_workbench();
    let host = use_node_ref();
    let status = use_state(|| Status::Loading);
    // The newest request: an answer to an older one (the input changed meanwhile) is dropped.
    let generation = use_memo((), |_| Cell::new(0u32));
    {
        let (host, status, generation) = (host.clone(), status.clone(), generation.clone());
        use_effect_with((props.kind, props.input.clone(), wb.lang), move |(kind, input, lang)| {
            let (kind, input, lang) = (*kind, input.clone(), *lang);
            let mine = generation.get().wrapping_add(1);
            generation.set(mine);
            wasm_bindgen_futures::spawn_local(async move {
                let html = lazy::render(kind, &input, lang).await;
                if generation.get() != mine {
                    return;
                }
                match (html, host.cast::<web_sys::Element>()) {
                    (Some(html), Some(el)) => {
                        el.set_inner_html(&html);
                        status.set(Status::Ready);
                    }
                    _ => status.set(Status::Unavailable),
                }
            });
        });
    }
    let onclick = {
        let onaction = props.onaction.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            if let Ok(Some(el)) = target.closest("[data-action]") {
                onaction.emit((
                    el.get_attribute("data-action").unwrap_or_default(),
                    el.get_attribute("data-arg").unwrap_or_default(),
                ));
            }
        })
    };
    let line = match *status {
        Status::Loading => Some(Msg::UiLazyLoading),
        Status::Ready => None,
        Status::Unavailable => Some(Msg::UiLazyUnavailable),
    };
    html! {
        <>
            if let Some(m) = line { <p role="status" class="lazy-status">{ wb.t(m) }</p> }
            <div ref={host} id={props.id.clone()} class={props.class.clone()} {onclick}></div>
        </>
    }
}
