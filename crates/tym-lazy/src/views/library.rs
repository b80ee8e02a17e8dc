//! The library's rarely used actions (`components/library.rs`): renaming a draft, a form
//! (`components/lazy_html.rs`) whose Save sends the new name (`data-form`; Enter in the field saves
//! too) and whose Cancel leaves it.

use super::Html;
use serde_json::Value;
use tym_core::{limits, Lang, Msg};

/// `render("rename")`, input `{"id": the field's id, "title": the draft's title now}`.
pub fn rename(input: &Value, lang: Lang) -> String {
    let s = |k: &str| input[k].as_str().unwrap_or_default();
    let max = limits::TEXT_CHARS.to_string();
    let mut h = Html::new();
    h.open("form", &[("class", Some("rename"))]).open("div", &[("class", Some("field"))]);
    h.el("label", &[("for", Some(s("id")))], lang.t(Msg::UiNewName));
    h.open(
        "input",
        &[
            ("id", Some(s("id"))),
            ("name", Some("title")),
            ("type", Some("text")),
            ("value", Some(s("title"))),
            ("maxlength", Some(&max)),
            ("autofocus", Some("")),
        ],
    );
    h.close("div");
    let save = [("type", Some("submit")), ("data-action", Some("save")), ("data-form", Some(""))];
    h.el("button", &save, lang.t(Msg::UiSave));
    let cancel = [("type", Some("button")), ("class", Some("cancel")), ("data-action", Some("cancel"))];
    h.el("button", &cancel, lang.t(Msg::UiCancel));
    h.close("form");
    h.finish()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_rename_form_has_its_label_the_title_and_a_default_button() {
        let html = super::rename(&serde_json::json!({ "id": "rename-1", "title": "A \"B\" <C>" }), tym_core::Lang::Sv);
        assert!(html.contains("<label for=\"rename-1\">"), "{html}");
        assert!(html.contains("value=\"A &quot;B&quot; &lt;C&gt;\""), "{html}");
        assert!(html.contains("<button type=\"submit\" data-action=\"save\" data-form=\"\">"), "{html}");
    }
}
