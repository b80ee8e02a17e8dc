//! The contents of the dialog for a draft that arrives by link or encrypted file
//! (`components/incoming.rs`, which keeps the dialog, its heading, the error line and the decoding):
//! the passphrase form (Unlock sends it, `data-form`; Enter in it unlocks), or the draft's title with
//! Import, or after an error only Close. The buttons' actions: "unlock", "import", "close".

use super::Html;
use serde_json::Value;
use tym_core::{limits, Lang, Msg};

/// `render("incoming")`, input `{"title": the decoded draft's title or null, "encrypted": whether it
/// asks for a passphrase, "failed": whether it could not be opened}`.
pub fn render(input: &Value, lang: Lang) -> String {
    let mut h = Html::new();
    let close = |h: &mut Html, m: Msg| {
        h.el(
            "button",
            &[("type", Some("button")), ("class", Some("cancel")), ("data-action", Some("close"))],
            lang.t(m),
        );
    };
    if let Some(title) = input["title"].as_str() {
        h.el("p", &[("id", Some("incoming-summary"))], &lang.fmt(Msg::UiImportAsNew, &[title]));
        h.open("div", &[("class", Some("toolbar"))]);
        h.el(
            "button",
            &[
                ("type", Some("button")),
                ("id", Some("import-draft")),
                ("data-action", Some("import")),
                ("autofocus", Some("")),
            ],
            lang.t(Msg::UiImport),
        );
        close(&mut h, Msg::UiCancel);
        h.close("div");
    } else if input["encrypted"] == true {
        let max = limits::TEXT_CHARS.to_string();
        h.open("form", &[]).open("div", &[("class", Some("field"))]);
        h.el("label", &[("for", Some("incoming-passphrase"))], lang.t(Msg::UiPassphrase));
        h.open(
            "input",
            &[
                ("id", Some("incoming-passphrase")),
                ("name", Some("passphrase")),
                ("type", Some("password")),
                ("autocomplete", Some("off")),
                ("maxlength", Some(&max)),
                ("autofocus", Some("")),
            ],
        );
        h.close("div").open("div", &[("class", Some("toolbar"))]);
        let unlock = [
            ("type", Some("submit")),
            ("id", Some("unlock")),
            ("data-action", Some("unlock")),
            ("data-form", Some("")),
        ];
        h.el("button", &unlock, lang.t(Msg::UiUnlock));
        close(&mut h, Msg::UiCancel);
        h.close("div").close("form");
    } else if input["failed"] == true {
        h.open("div", &[("class", Some("toolbar"))]);
        close(&mut h, Msg::UiClose);
        h.close("div");
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_stage_has_its_buttons() {
        let html = render(&json!({ "title": "A <B>", "encrypted": true }), Lang::Fi);
        assert!(html.contains("Tuodaanko ”A &lt;B&gt;”") && html.contains("id=\"import-draft\""), "{html}");
        let html = render(&json!({ "title": null, "encrypted": true, "failed": false }), Lang::Sv);
        assert!(
            html.contains("<label for=\"incoming-passphrase\">")
                && html.contains("id=\"unlock\" data-action=\"unlock\" data-form"),
            "{html}"
        );
        let html = render(&json!({ "title": null, "encrypted": false, "failed": true }), Lang::En);
        assert!(html.contains(">Close</button>") && !html.contains("form"), "{html}");
        assert_eq!(render(&json!({ "title": null, "encrypted": false, "failed": false }), Lang::Fi), "");
    }
}
