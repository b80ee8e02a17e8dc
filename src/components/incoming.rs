//! A draft that arrives by link or encrypted file: asks for the passphrase when there is one, shows a
//! clear message for a wrong passphrase or a damaged link, and imports the draft as a new one of the
//! library — it never overwrites the open draft. A link is inflated up to the largest file the app
//! opens and no further, and one from a newer version of the app asks for an update.

use crate::components::text_field::TextField;
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
    let passphrase = use_state(String::new);
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
    let on_pass = {
        let p = passphrase.clone();
        Callback::from(move |v: String| p.set(v))
    };
    let unlock = {
        let (incoming, passphrase, decoded, error) =
            (incoming.clone(), passphrase.clone(), decoded.clone(), error.clone());
        Callback::from(move |_| {
            let (incoming, pass, decoded, error) =
                (incoming.clone(), (*passphrase).clone(), decoded.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match decode(&incoming, &pass).await {
                    Ok(f) => {
                        error.set(None);
                        decoded.set(Some(f));
                    }
                    Err(m) => error.set(Some(m)),
                }
            });
        })
    };
    let import = {
        let (wb, decoded) = (wb.clone(), decoded.clone());
        Callback::from(move |_| {
            if let Some(f) = (*decoded).clone() {
                let title = f.agreement.meta.title.clone();
                wb.set_incoming(None);
                wb.open(f);
                wb.info(move |l| l.fmt(Msg::UiImported, &[&title]));
            }
        })
    };
    let cancel = modal.onclose;
    let from = if incoming.source.is_empty() { lang.t(Msg::UiFromLink).to_string() } else { incoming.source.clone() };
    html! {
        <>
        <dialog ref={modal.node} id="incoming-dialog" aria-labelledby="incoming-heading" oncancel={modal.oncancel}>
            <h2 id="incoming-heading">{ lang.fmt(Msg::UiIncoming, &[&from]) }</h2>
            if let Some(f) = &*decoded {
                <p id="incoming-summary">{ lang.fmt(Msg::UiImportAsNew, &[&f.agreement.meta.title]) }</p>
                <div class="toolbar">
                    <button type="button" id="import-draft" onclick={import}>{ lang.t(Msg::UiImport) }</button>
                    <button type="button" class="cancel" onclick={cancel}>{ lang.t(Msg::UiCancel) }</button>
                </div>
            } else {
                if incoming.encrypted.is_some() {
                    <TextField id="incoming-passphrase" label={lang.t(Msg::UiPassphrase)} value={(*passphrase).clone()} onchange={on_pass} password=true />
                    <div class="toolbar">
                        <button type="button" id="unlock" onclick={unlock}>{ lang.t(Msg::UiUnlock) }</button>
                        <button type="button" class="cancel" onclick={cancel.clone()}>{ lang.t(Msg::UiCancel) }</button>
                    </div>
                } else if error.is_some() {
                    <div class="toolbar"><button type="button" class="cancel" onclick={cancel.clone()}>{ lang.t(Msg::UiClose) }</button></div>
                }
            }
            <p role="alert" id="incoming-error" class="field-error">{ error.map(|m| lang.t(m)).unwrap_or_default() }</p>
        </dialog>
        { returned }
        </>
    }
}
