//! A part of a view that the lazy module renders (`platform::lazy::render`, `crates/tym-lazy/src/views`):
//! read-only, rarely used views whose Yew code would not fit the first download. The module builds the
//! HTML from escaped text only; it is set into this component's element, which Yew never gives
//! children of its own (so it never touches them). Clicks on an element with `data-action` inside it
//! come out as `onaction(action, data-arg)`. Until the HTML arrives, and if the module cannot be
//! loaded, a status line beside the element says so.
//!
//! Forms, so that a rarely used dialog's inputs can live in the lazy module too: an element with
//! `data-action` and `data-form` sends, instead of `data-arg`, the named controls of its nearest
//! `<form>` (or of the whole element) as a JSON object of strings ([`form_json`]). A `<form>`'s
//! Enter in a text field clicks its first `type="submit"` button, the browser's own implicit
//! submission; the page never submits (`onsubmit` is cancelled). A file chosen in an
//! `<input type="file" data-action>` comes out as `onfile(action, file)`. Once the HTML is in, an
//! element with `autofocus` in it takes the focus (a dialog opened before its lazy content arrived).

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
    /// A click on an element with `data-action`: (action, `data-arg`, or with `data-form` the form's
    /// JSON).
    #[prop_or_default]
    pub onaction: Callback<(String, String)>,
    /// A file chosen in an `<input type="file" data-action>`: (action, the file).
    #[prop_or_default]
    pub onfile: Callback<(String, web_sys::File)>,
}

/// The named controls under `scope` as a JSON object of strings, as a browser would submit them:
/// text fields' and selects' values, the checked radio's value per name, a checked checkbox's value
/// ("on" unless it has one; an unchecked one is absent). File inputs and buttons are left out.
pub fn form_json(scope: &web_sys::Element) -> String {
    let mut out = serde_json::Map::new();
    let Ok(list) = scope.query_selector_all("input[name],textarea[name],select[name]") else { return "{}".into() };
    for i in 0..list.length() {
        let Some(node) = list.item(i) else { continue };
        let value = match node.dyn_ref::<web_sys::HtmlInputElement>() {
            Some(input) => match input.type_().as_str() {
                "radio" | "checkbox" if !input.checked() => continue,
                "file" | "button" | "submit" | "reset" | "image" => continue,
                _ => input.value(),
            },
            // A textarea or a select: both have a `value`.
            None => js_sys::Reflect::get(&node, &"value".into()).ok().and_then(|v| v.as_string()).unwrap_or_default(),
        };
        let name = node.unchecked_ref::<web_sys::Element>().get_attribute("name").unwrap_or_default();
        out.insert(name, value.into());
    }
    serde_json::Value::Object(out).to_string()
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
                        if let Some(f) = el.query_selector("[autofocus]").ok().flatten() {
                            let _ = f.unchecked_into::<web_sys::HtmlElement>().focus();
                        }
                        status.set(Status::Ready);
                    }
                    _ => status.set(Status::Unavailable),
                }
            });
        });
    }
    let onclick = {
        let (onaction, host) = (props.onaction.clone(), host.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            let Ok(Some(el)) = target.closest("[data-action]") else { return };
            let arg = if el.has_attribute("data-form") {
                let Some(host) = host.cast::<web_sys::Element>() else { return };
                // The clicked element's nearest form inside the host, or the whole host.
                let form = el.closest("form").ok().flatten().filter(|f| host.contains(Some(f)));
                form_json(form.as_ref().unwrap_or(&host))
            } else {
                el.get_attribute("data-arg").unwrap_or_default()
            };
            onaction.emit((el.get_attribute("data-action").unwrap_or_default(), arg));
        })
    };
    let onchange = {
        let onfile = props.onfile.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let action = input.get_attribute("data-action");
            if let (Some(action), Some(file)) = (action, input.files().and_then(|l| l.get(0))) {
                // Cleared, so that choosing the same file again is a change too.
                input.set_value("");
                onfile.emit((action, file));
            }
        })
    };
    // A form in the view is never sent anywhere: its buttons act through `onaction`.
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let line = match *status {
        Status::Loading => Some(Msg::UiLazyLoading),
        Status::Ready => None,
        Status::Unavailable => Some(Msg::UiLazyUnavailable),
    };
    html! {
        <>
            if let Some(m) = line { <p role="status" class="lazy-status">{ wb.t(m) }</p> }
            <div ref={host} id={props.id.clone()} class={props.class.clone()} {onclick} {onchange} {onsubmit}></div>
        </>
    }
}
