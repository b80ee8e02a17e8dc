//! Component tests in headless Chromium: the app mounted in a real DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn tick() {
    // Yew renders after the current task; two timeouts let every scheduled render run.
    for _ in 0..2 {
        gloo::timers::future::TimeoutFuture::new(10).await;
    }
}

/// Answers the app's requests for `presets/<id>.json` as its static server does: the test runner's
/// server has only the test itself.
fn serve_presets() {
    let files: serde_json::Map<String, serde_json::Value> = tym_core::presets::PRESETS
        .iter()
        .map(|p| (p.path().trim_start_matches("presets/").to_string(), p.json.into()))
        .collect();
    let fetch = js_sys::Function::new_with_args(
        "url",
        &format!(
            "const files = {}; const text = files[String(url).split('/').pop()];
             return Promise.resolve(text === undefined ? new Response('', {{ status: 404 }}) : new Response(text));",
            serde_json::Value::Object(files)
        ),
    );
    js_sys::Reflect::set(&web_sys::window().unwrap(), &"fetch".into(), &fetch).unwrap();
}

fn mount() -> web_sys::Element {
    serve_presets();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<tym_app::App>::with_root(root.clone()).render();
    root
}

fn click(root: &web_sys::Element, selector: &str) {
    let el = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} missing"));
    el.dyn_into::<web_sys::HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn start_view_lists_the_blank_template_and_five_presets() {
    let root = mount();
    tick().await;
    let heading = root.query_selector("#view-heading").unwrap().unwrap();
    assert_eq!(heading.text_content().unwrap(), "Aloitus");
    assert!(root.query_selector("#new-blank").unwrap().is_some());
    assert_eq!(root.query_selector_all(".presets li").unwrap().length(), 5);
    assert_eq!(root.query_selector_all("nav .nav-item").unwrap().length(), 8, "seven views and the rules");
}

#[wasm_bindgen_test]
async fn opening_a_preset_shows_its_parties_and_counts_findings() {
    let root = mount();
    tick().await;
    click(&root, "#preset-etelainen-keski-suomi");
    tick().await;
    assert_eq!(root.query_selector("#view-heading").unwrap().unwrap().text_content().unwrap(), "Sopimus");
    assert_eq!(root.query_selector_all("#parties-table tbody tr").unwrap().length(), 4);
    let badge = root.query_selector("nav .badge").unwrap().expect("findings badge");
    let n: usize = badge.text_content().unwrap().parse().unwrap();
    assert!(n > 0, "the seed's gaps are reported");
}

#[wasm_bindgen_test]
async fn adding_a_staff_row_updates_the_total_fte() {
    let root = mount();
    tick().await;
    click(&root, "#new-blank");
    tick().await;
    click(&root, "nav li:nth-child(3) button");
    tick().await;
    click(&root, "#f-staffing-rows");
    tick().await;
    let input: web_sys::HtmlInputElement =
        root.query_selector("#f-staffing-rows-0-fte").unwrap().unwrap().dyn_into().unwrap();
    input.set_value("1,5");
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    tick().await;
    assert_eq!(root.query_selector("#total-fte").unwrap().unwrap().text_content().unwrap(), "1,5");
}
