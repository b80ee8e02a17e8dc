//! Sharing without a server: the open draft as a link (compressed into the URL fragment, which the
//! browser never sends anywhere) or as an encrypted file, optionally protected by a passphrase.

use crate::components::text_field::TextField;
use crate::hooks::use_workbench;
use crate::platform::{self, crypto};
use tym_core::format;
use tym_core::share::{link_fragment, EncryptedFile, LinkPayload, ShareError};
use tym_core::Msg;
use yew::prelude::*;

#[function_component(ShareDialog)]
pub fn share_dialog() -> Html {
    let wb = use_workbench();
    let open = use_state(|| false);
    let passphrase = use_state(String::new);
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
    let on_pass = {
        let p = passphrase.clone();
        Callback::from(move |v: String| p.set(v))
    };
    let make_link = {
        let (file, pass, link, message, wb) =
            (file.clone(), passphrase.clone(), link.clone(), message.clone(), wb.clone());
        Callback::from(move |_| {
            let (file, pass, link, message, wb) =
                (file.clone(), (*pass).clone(), link.clone(), message.clone(), wb.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let json = format::save(&file);
                let Ok(compressed) = crypto::compress(json.as_bytes()).await else {
                    return message.set(wb.t(Msg::UiShareFailed).into());
                };
                let payload = if pass.is_empty() {
                    LinkPayload { encrypted: false, bytes: compressed }
                } else {
                    match crypto::encrypt(&pass, &compressed).await {
                        Ok((salt, iv, ct)) => LinkPayload { encrypted: true, bytes: [salt, iv, ct].concat() },
                        Err(_) => return message.set(wb.t(Msg::UiShareFailed).into()),
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
                        link.set(url);
                        message.set(wb.t(Msg::UiLinkReady).into());
                    }
                    Err(ShareError::TooLong { chars }) => {
                        link.set(String::new());
                        message.set(wb.lang.fmt(Msg::UiLinkTooLong, &[&chars.to_string()]));
                    }
                    Err(_) => message.set(wb.t(Msg::UiShareFailed).into()),
                }
            });
        })
    };
    let save_encrypted = {
        let (file, pass, message, wb) = (file.clone(), passphrase.clone(), message.clone(), wb.clone());
        Callback::from(move |_| {
            let (file, pass, message, wb) = (file.clone(), (*pass).clone(), message.clone(), wb.clone());
            if pass.is_empty() {
                return message.set(wb.t(Msg::UiNeedPassphrase).into());
            }
            wasm_bindgen_futures::spawn_local(async move {
                match crypto::encrypt(&pass, format::save(&file).as_bytes()).await {
                    Ok((salt, iv, ct)) => {
                        let name = platform::safe_file_name(&file.agreement.meta.title);
                        let name = if name.is_empty() { "sopimus".to_string() } else { name };
                        platform::download(
                            &format!("{name}.tym-salattu.json"),
                            "application/json",
                            &EncryptedFile::new(&salt, &iv, &ct).to_json(),
                        );
                        message.set(wb.t(Msg::UiEncryptedSaved).into());
                    }
                    Err(_) => message.set(wb.t(Msg::UiShareFailed).into()),
                }
            });
        })
    };
    html! {
        <>
        <button type="button" id="share" onclick={show}>{ lang.t(Msg::UiShare) }</button>
        <dialog ref={modal.node} id="share-dialog" aria-labelledby="share-heading" oncancel={modal.oncancel}>
            <h2 id="share-heading">{ lang.t(Msg::UiShare) }</h2>
            <p>{ lang.t(Msg::UiShareIntro) }</p>
            <p id="share-history">{ lang.t(Msg::UiShareHistory) }</p>
            <TextField id="share-passphrase" label={lang.t(Msg::UiPassphrase)} value={(*passphrase).clone()} onchange={on_pass} password=true
                hint={AttrValue::from(lang.t(Msg::UiPassphraseHint))} />
            <div class="toolbar">
                <button type="button" id="make-link" onclick={make_link}>{ lang.t(Msg::UiCopyLink) }</button>
                <button type="button" id="save-encrypted" onclick={save_encrypted}>{ lang.t(Msg::UiSaveEncrypted) }</button>
            </div>
            <p role="status" id="share-message">{ (*message).clone() }</p>
            if !link.is_empty() {
                <div class="field">
                    <label for="share-link">{ lang.t(Msg::UiTheLink) }</label>
                    <textarea id="share-link" readonly=true rows="3" value={(*link).clone()} />
                </div>
            }
            <div class="toolbar"><button type="button" class="cancel" onclick={modal.onclose}>{ lang.t(Msg::UiClose) }</button></div>
        </dialog>
        </>
    }
}
