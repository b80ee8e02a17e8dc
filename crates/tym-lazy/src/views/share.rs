//! The share dialog's contents (`components/share_dialog.rs`, which keeps the dialog, its heading,
//! the status line, the Close button and the link making): what a link and an encrypted file are, the
//! passphrase and the two buttons (`render`), and the link made, to copy by hand (`link`). The
//! passphrase is a form (`components/lazy_html.rs`): both buttons send it (`data-form`), and Enter in
//! it creates the link.

use super::Html;
use serde_json::Value;
use tym_core::{limits, Lang, Msg};

/// `render("share")`, input `{}`.
pub fn render(lang: Lang) -> String {
    let mut h = Html::new();
    h.el("p", &[], lang.t(Msg::UiShareIntro));
    h.el("p", &[("id", Some("share-history"))], lang.t(Msg::UiShareHistory));
    let max = limits::TEXT_CHARS.to_string();
    h.open("form", &[("id", Some("share-form"))]).open("div", &[("class", Some("field"))]);
    h.el("label", &[("for", Some("share-passphrase"))], lang.t(Msg::UiPassphrase));
    h.open(
        "input",
        &[
            ("id", Some("share-passphrase")),
            ("name", Some("passphrase")),
            ("type", Some("password")),
            ("autocomplete", Some("off")),
            ("maxlength", Some(&max)),
            ("aria-describedby", Some("share-passphrase-hint")),
            // The dialog opens before this arrives; the passphrase then takes the focus.
            ("autofocus", Some("")),
        ],
    );
    h.el("p", &[("class", Some("hint")), ("id", Some("share-passphrase-hint"))], lang.t(Msg::UiPassphraseHint));
    h.close("div").open("div", &[("class", Some("toolbar"))]);
    // The submit button is the form's default: Enter in the passphrase creates the link.
    let button =
        |ty, id, action| [("type", Some(ty)), ("id", Some(id)), ("data-action", Some(action)), ("data-form", Some(""))];
    h.el("button", &button("submit", "make-link", "link"), lang.t(Msg::UiCopyLink));
    h.el("button", &button("button", "save-encrypted", "encrypt"), lang.t(Msg::UiSaveEncrypted));
    h.close("div").close("form");
    h.finish()
}

/// `render("share-link")`, input `{"link"}`: the link, read-only, to copy by hand when the browser did
/// not allow copying it.
pub fn link(input: &Value, lang: Lang) -> String {
    let mut h = Html::new();
    h.open("div", &[("class", Some("field"))]);
    h.el("label", &[("for", Some("share-link"))], lang.t(Msg::UiTheLink));
    let attrs = [("id", Some("share-link")), ("readonly", Some("")), ("rows", Some("3"))];
    h.el("textarea", &attrs, input["link"].as_str().unwrap_or_default());
    h.close("div");
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_names_its_passphrase_and_the_link_is_escaped_text() {
        for lang in Lang::ALL {
            let html = render(lang);
            assert!(html.contains(&format!("<label for=\"share-passphrase\">{}</label>", lang.t(Msg::UiPassphrase))));
            assert!(html.contains("name=\"passphrase\" type=\"password\""), "{html}");
            assert_eq!(html.matches("data-form").count(), 2, "{html}");
        }
        let html = link(&serde_json::json!({ "link": "https://x/#tym1.a<b>&" }), Lang::Sv);
        assert!(html.contains(">https://x/#tym1.a&lt;b&gt;&amp;</textarea>"), "{html}");
        assert!(html.contains("<label for=\"share-link\">Länk</label>"), "{html}");
    }
}
