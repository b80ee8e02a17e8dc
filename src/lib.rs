//! The Yew single-page app: a thin shell over `tym-core`. State lives in one `Reducible` (`state`),
//! reached through the `use_workbench` hook whose handle has the domain verbs; pages are views of it,
//! components are their parts.

pub mod app;
pub mod components;
pub mod derived;
pub mod hooks;
pub mod pages;
pub mod persist;
pub mod platform;
pub mod state;

pub use app::App;

/// Mounts the app on `<body>` and registers the offline service worker.
pub fn start() {
    // The page's note for a start that failed (index.html) is not needed: the app is running.
    if let Some(note) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot-note")) {
        note.remove();
    }
    platform::register_service_worker();
    wasm_bindgen_futures::spawn_local(async {
        // A remembered Swedish or English interface is loaded before the first render, so the page
        // never shows Finnish first.
        if let Some(lang) = platform::remembered_lang() {
            platform::load_language(lang).await;
        }
        // The first render in a task of its own, not the one that instantiated the module: two
        // shorter tasks block input less on a slow laptop than one long one (Lighthouse's TBT).
        gloo::timers::callback::Timeout::new(0, || {
            yew::Renderer::<App>::new().render();
        })
        .forget();
    });
}
