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

/// A stand-in for the lazy module (`platform::lazy` takes `window.tym_lazy` when it is there): its
/// `render` answers every view with `html`.
fn fake_lazy_module(html: &str) {
    let module = js_sys::Function::new_with_args(
        "html",
        "const m = () => Promise.resolve(); m.render = () => html; self.tym_lazy = m;",
    );
    module.call1(&wasm_bindgen::JsValue::NULL, &html.into()).unwrap();
}

thread_local! {
    /// What the LazyHtml under test emitted: (action, arg) and (action, file).
    static ACTIONS: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
    static FILES: std::cell::RefCell<Vec<(String, web_sys::File)>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[yew::function_component(FormHost)]
fn form_host() -> yew::Html {
    use tym_app::components::lazy_html::LazyHtml;
    let onaction = yew::Callback::from(|a: (String, String)| ACTIONS.with(|v| v.borrow_mut().push(a)));
    let onfile = yew::Callback::from(|f: (String, web_sys::File)| FILES.with(|v| v.borrow_mut().push(f)));
    yew::html! {
        <tym_app::hooks::WorkbenchProvider>
            <LazyHtml kind="test" input={std::rc::Rc::<str>::from("{}")} id="lazy-form" {onaction} {onfile} />
        </tym_app::hooks::WorkbenchProvider>
    }
}

#[wasm_bindgen_test]
async fn lazy_html_sends_a_forms_controls_as_json_and_a_chosen_file() {
    fake_lazy_module(
        r#"<form><label for="t">T</label><input id="t" name="text" value="a &quot;b&quot;">
        <label for="p">P</label><input id="p" type="password" name="pass" value="salainen">
        <textarea name="note">rivi 1
rivi 2</textarea>
        <input type="radio" name="choice" value="one"><input id="two" type="radio" name="choice" value="two" checked>
        <input type="checkbox" name="yes" checked><input type="checkbox" name="no">
        <input type="file" name="ignored" id="file" data-action="pick">
        <button type="submit" id="ok" data-action="ok" data-form>OK</button>
        <button type="button" id="plain" data-action="go" data-arg="a.b">Go</button></form>"#,
    );
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<FormHost>::with_root(root.clone()).render();
    tick().await;
    tick().await;
    assert!(root.query_selector("#lazy-form #ok").unwrap().is_some(), "the view is in: {}", root.inner_html());

    click(&root, "#plain");
    click(&root, "#ok");
    let actions = ACTIONS.with(|v| v.borrow().clone());
    assert_eq!(actions[0], ("go".to_string(), "a.b".to_string()), "data-arg as before");
    assert_eq!(actions[1].0, "ok");
    let form: serde_json::Value = serde_json::from_str(&actions[1].1).unwrap();
    assert_eq!(
        form,
        serde_json::json!({ "text": "a \"b\"", "pass": "salainen", "note": "rivi 1\nrivi 2", "choice": "two", "yes": "on" })
    );

    // A file chosen in a file input with data-action.
    let input = root.query_selector("#file").unwrap().unwrap();
    let choose = js_sys::Function::new_with_args(
        "input",
        "const t = new DataTransfer(); t.items.add(new File(['sisältö'], 'palautettu.json'));
         input.files = t.files; input.dispatchEvent(new Event('change', { bubbles: true }));",
    );
    choose.call1(&wasm_bindgen::JsValue::NULL, &input).unwrap();
    let files = FILES.with(|v| v.borrow().clone());
    assert_eq!(files.len(), 1);
    assert_eq!((files[0].0.as_str(), files[0].1.name()), ("pick", "palautettu.json".to_string()));
    assert_eq!(ACTIONS.with(|v| v.borrow().len()), 2, "a file is not a click");
}
