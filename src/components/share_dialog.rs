//! Sharing without a server: the open draft as a link (compressed into the URL fragment, which the
//! browser never sends anywhere) or as an encrypted file, optionally protected by a passphrase.
//! The dialog's contents (the texts, the passphrase and its buttons, the link made) are rendered by
//! the lazy module (`tym_lazy::views::share`, through `LazyHtml`), loaded when the dialog is first
//! opened; the dialog, the status line, the crypto and the link making are here.

use crate::components::lazy_html::LazyHtml;
use crate::hooks::{use_workbench, WorkbenchHandle};
use crate::platform::{self, crypto};
use std::rc::Rc;
use tym_core::format::{self, AgreementFile};
use tym_core::share::{link_fragment, EncryptedFile, LinkPayload, ShareError};
use tym_core::Msg;
use yew::prelude::*;

/// The link of `file`, copied to the clipboard when the browser allows it: (the link or nothing,
/// the message).
async fn make_link(wb: &WorkbenchHandle, file: &AgreementFile, pass: &str) -> (String, String) {
    let failed = || (String::new(), wb.t(Msg::UiShareFailed).to_string());
    let Ok(compressed) = crypto::compress(format::save(file).as_bytes()).await else { return failed() };
    let payload = if pass.is_empty() {
        LinkPayload { encrypted: false, bytes: compressed }
    } else {
        match crypto::encrypt(pass, &compressed).await {
            Ok((salt, iv, ct)) => LinkPayload { encrypted: true, bytes: [salt, iv, ct].concat() },
            Err(_) => return failed(),
        }
    };
    match link_fragment(&payload) {
        Ok(fragment) => {
            let base = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
            let url = format!("{}#{fragment}", base.split('#').next().unwrap_or_default());
            // Copying may be refused (no permission); the link is shown to copy by hand.
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&url);
            }
            (url, wb.t(Msg::UiLinkReady).into())
        }
        Err(ShareError::TooLong { chars }) => (String::new(), wb.lang.fmt(Msg::UiLinkTooLong, &[&chars.to_string()])),
        Err(_) => failed(),
    }
}

/// Saves `file` encrypted with `pass`: the message.
async fn save_encrypted(wb: &WorkbenchHandle, file: &AgreementFile, pass: &str) -> String {
    if pass.is_empty() {
        return wb.t(Msg::UiNeedPassphrase).into();
    }
    match crypto::encrypt(pass, format::save(file).as_bytes()).await {
        Ok((salt, iv, ct)) => {
            let name = platform::safe_file_name(&file.agreement.meta.title);
            let name = if name.is_empty() { "sopimus".to_string() } else { name };
            let json = EncryptedFile::new(&salt, &iv, &ct).to_json();
            platform::download(&format!("{name}.tym-salattu.json"), "application/json", &json);
            wb.t(Msg::UiEncryptedSaved).into()
        }
        Err(_) => wb.t(Msg::UiShareFailed).into(),
    }
}

#[function_component(ShareDialog)]
pub fn share_dialog() -> Html {
    let wb = use_workbench();
    let open = use_state(|| false);
    let link = use_state(String::new);
    let message = use_state(String::new);
    let modal = {
        let open = open.clone();
        crate::hooks::use_modal(*open, Callback::from(move |()| open.set(false)))
    };
    let Some(file) = wb.file.clone() else { return html! {} };
    let lang = wb.lang;
    let show = {
        let (open, link, message) = (open.clone(), link.clone(), message.clone());
        Callback::from(move |_| {
            link.set(String::new());
            message.set(String::new());
            open.set(true);
        })
    };
    // The lazy form's buttons: "link" or "encrypt", with the form's passphrase.
    let onaction = {
        let (link, message, wb) = (link.clone(), message.clone(), wb.clone());
        Callback::from(move |(action, form): (String, String)| {
            let form = serde_json::from_str::<serde_json::Value>(&form).unwrap_or_default();
            // As every text field: no control characters.
            let pass = tym_core::escape::clean_text(form["passphrase"].as_str().unwrap_or_default()).into_owned();
            let (file, link, message, wb) = (file.clone(), link.clone(), message.clone(), wb.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if action == "link" {
                    let (url, m) = make_link(&wb, &file, &pass).await;
                    link.set(url);
                    message.set(m);
                } else {
                    message.set(save_encrypted(&wb, &file, &pass).await);
                }
            });
        })
    };
    html! {
        <>
        <button type="button" id="share" onclick={show}>{ lang.t(Msg::UiShare) }</button>
        <dialog ref={modal.node} id="share-dialog" aria-labelledby="share-heading" oncancel={modal.oncancel}>
            <h2 id="share-heading">{ lang.t(Msg::UiShare) }</h2>
            // Only while open: the lazy module is loaded when the dialog is first used.
            if *open { <LazyHtml kind="share" input={Rc::<str>::from("{}")} {onaction} /> }
            <p role="status" id="share-message">{ (*message).clone() }</p>
            if !link.is_empty() {
                <LazyHtml kind="share-link" input={crate::platform::lazy::input(vec![("link", link.as_str().into())])} />
            }
            <div class="toolbar"><button type="button" class="cancel" onclick={modal.onclose}>{ lang.t(Msg::UiClose) }</button></div>
        </dialog>
        </>
    }
}
