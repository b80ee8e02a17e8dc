//! A draft that arrives by link or encrypted file: asks for the passphrase when there is one, shows a
//! clear message for a wrong passphrase or a damaged link, and imports the draft as a new one of the
//! library — it never overwrites the open draft. A link is inflated up to the largest file the app
//! opens and no further, and one from a newer version of the app asks for an update. The dialog's
//! contents (the passphrase form, the draft's title and its buttons) are rendered by the lazy module
//! (`tym_lazy::views::incoming`, through `LazyHtml`); the dialog, the error line and the decoding are here.

use crate::components::lazy_html::LazyHtml;
use crate::hooks::use_workbench;
use crate::platform::crypto;
use crate::state::Incoming;
use tym_core::format::{self, AgreementFile};
use tym_core::share::{parse_fragment, ShareError, MAX_INFLATED};
use tym_core::Msg;
use yew::prelude::*;

/// Reads a share link from the address when the app opens, and removes it from the address.
pub fn take_link_from_address() -> Option<Result<Incoming, ShareError>> {
    let w = web_sys::window()?;
    let hash = w.location().hash().ok()?;
    let parsed = match parse_fragment(&hash) {
        Err(ShareError::NotALink) => return None,
        other => other,
    };
    // The draft stays in memory only; the address no longer carries it.
    if let Ok(h) = w.history() {
        let path = w.location().pathname().unwrap_or_default();
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
    Some(parsed.map(|p| {
        if p.encrypted {
            use tym_core::share::{IV_BYTES, SALT_BYTES};
            let (salt, rest) = p.bytes.split_at(SALT_BYTES);
            let (iv, data) = rest.split_at(IV_BYTES);
            Incoming {
                source: String::new(),
                encrypted: Some((salt.to_vec(), iv.to_vec(), data.to_vec())),
                bytes: Vec::new(),
                compressed: true,
            }
        } else {
            Incoming { source: String::new(), encrypted: None, bytes: p.bytes, compressed: true }
        }
    }))
}

async fn decode(i: &Incoming, passphrase: &str) -> Result<AgreementFile, Msg> {
    let plain = match &i.encrypted {
        Some((salt, iv, data)) => {
            crypto::decrypt(passphrase, salt, iv, data).await.map_err(|_| Msg::UiWrongPassphrase)?
        }
        None => i.bytes.clone(),
    };
    let json = if i.compressed {
        crypto::decompress_limited(&plain, MAX_INFLATED).await.map_err(|e| match e {
            crypto::Inflate::TooLarge => Msg::UiLinkTooLarge,
            crypto::Inflate::Failed => Msg::UiShareDamaged,
        })?
    } else {
        plain
    };
    // Decoded and loaded as a file is, so a draft from a newer app says so instead of "damaged".
    format::load_bytes(&json).map_err(|e| match e {
        format::LoadError::NewerVersion { .. } => Msg::UiLinkNewer,
        _ => Msg::UiShareDamaged,
    })
}

#[function_component(IncomingDraft)]
pub fn incoming_draft() -> Html {
    let wb = use_workbench();
    let decoded = use_state(|| None::<AgreementFile>);
    let error = use_state(|| None::<Msg>);
    // A returned copy (`returned.rs`) shares this dialog component: one component type less in the
    // first download.
    let base = use_state(|| None::<Option<std::rc::Rc<str>>>);
    let close_returned = {
        let (wb, base) = (wb.clone(), base.clone());
        Callback::from(move |()| {
            base.set(None);
            wb.set_returned(None)
        })
    };
    let returned_modal = crate::hooks::use_modal(wb.returned.is_some(), close_returned.clone());
    let modal = {
        let wb = wb.clone();
        crate::hooks::use_modal(wb.incoming.is_some(), Callback::from(move |()| wb.set_incoming(None)))
    };
    {
        // A link without a passphrase decodes at once.
        let (wb, decoded, error) = (wb.clone(), decoded.clone(), error.clone());
        use_effect_with(wb.incoming.clone(), move |inc| {
            decoded.set(None);
            error.set(None);
            if let Some(i) = inc.clone() {
                if i.encrypted.is_none() {
                    wasm_bindgen_futures::spawn_local(async move {
                        match decode(&i, "").await {
                            Ok(f) => decoded.set(Some(f)),
                            Err(m) => error.set(Some(m)),
                        }
                    });
                }
            }
            drop(wb);
        });
    }
    let returned = crate::components::returned::dialog(&wb, returned_modal, base, close_returned);
    let Some(incoming) = wb.incoming.clone() else {
        return html! { <><dialog ref={modal.node} id="incoming-dialog"></dialog>{ returned }</> };
    };
    let lang = wb.lang;
    // The lazy form's buttons: "unlock" with the form's passphrase, "import", "close".
    let onaction = {
        let (wb, incoming, decoded, error) = (wb.clone(), incoming.clone(), decoded.clone(), error.clone());
        Callback::from(move |(action, form): (String, String)| match action.as_str() {
            "unlock" => {
                let form = serde_json::from_str::<serde_json::Value>(&form).unwrap_or_default();
                let pass = tym_core::escape::clean_text(form["passphrase"].as_str().unwrap_or_default()).into_owned();
                let (incoming, decoded, error) = (incoming.clone(), decoded.clone(), error.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match decode(&incoming, &pass).await {
                        Ok(f) => {
                            error.set(None);
                            decoded.set(Some(f));
                        }
                        Err(m) => error.set(Some(m)),
                    }
                });
            }
            "import" => {
                if let Some(f) = (*decoded).clone() {
                    let title = f.agreement.meta.title.clone();
                    wb.set_incoming(None);
                    wb.open(f);
                    wb.info(move |l| l.fmt(Msg::UiImported, &[&title]));
                }
            }
            _ => wb.set_incoming(None),
        })
    };
    let from = if incoming.source.is_empty() { lang.t(Msg::UiFromLink).to_string() } else { incoming.source.clone() };
    // A wrong passphrase changes only the error line: the form stays as typed.
    let title = decoded.as_ref().map(|f| f.agreement.meta.title.as_str());
    let encrypted = incoming.encrypted.is_some();
    let input = crate::platform::lazy::input(vec![
        ("title", title.into()),
        ("encrypted", encrypted.into()),
        ("failed", (!encrypted && error.is_some()).into()),
    ]);
    html! {
        <>
        <dialog ref={modal.node} id="incoming-dialog" aria-labelledby="incoming-heading" oncancel={modal.oncancel}>
            <h2 id="incoming-heading">{ lang.fmt(Msg::UiIncoming, &[&from]) }</h2>
            <LazyHtml kind="incoming" input={std::rc::Rc::<str>::from(input.to_string())} {onaction} />
            <p role="alert" id="incoming-error" class="field-error">{ error.map(|m| lang.t(m)).unwrap_or_default() }</p>
        </dialog>
        { returned }
        </>
    }
}
