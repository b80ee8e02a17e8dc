//! The header: product name, the promise that nothing leaves the browser, language switch, undo/redo
//! and saving to a file.

use crate::components::share_dialog::ShareDialog;
use crate::hooks::use_workbench;
use tym_core::{Lang, Msg};
use yew::prelude::*;

#[function_component(Header)]
pub fn header() -> Html {
    let wb = use_workbench();
    let langs = Lang::ALL.iter().map(|&l| {
        let wb2 = wb.clone();
        let pressed = wb.lang == l;
        let label = match l {
            Lang::Fi => "Suomeksi",
            Lang::Sv => "På svenska",
            Lang::En => "In English",
        };
        html! {
            <button type="button" class="lang" lang={l.code()} aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| wb2.set_lang(l))}>{ label }</button>
        }
    });
    let undo = {
        let wb = wb.clone();
        Callback::from(move |_| wb.undo())
    };
    let redo = {
        let wb = wb.clone();
        Callback::from(move |_| wb.redo())
    };
    let save = {
        let wb = wb.clone();
        Callback::from(move |_| wb.save_file())
    };
    let projector = {
        let wb = wb.clone();
        Callback::from(move |_| wb.toggle_projector())
    };
    html! {
        <header class="site-header">
            <div class="brand">
                <p class="product">{ wb.t(Msg::UiProduct) }</p>
                <p class="privacy" id="privacy-note">{ wb.t(Msg::UiPrivacyPromise) }</p>
            </div>
            <div class="tools">
                if wb.file.is_some() {
                    <span class="save-state" id="save-state">{ if wb.unsaved() { wb.t(Msg::UiSaving) } else { wb.t(Msg::UiAllSaved) } }</span>
                    <button type="button" onclick={undo} disabled={!wb.can_undo()} aria-keyshortcuts="Control+Z">{ wb.t(Msg::UiUndo) }</button>
                    <button type="button" onclick={redo} disabled={!wb.can_redo()} aria-keyshortcuts="Control+Shift+Z Control+Y">{ wb.t(Msg::UiRedo) }</button>
                    <button type="button" onclick={save}>{ wb.t(Msg::UiSaveFile) }</button>
                    <ShareDialog />
                    <button type="button" id="projector" onclick={projector} aria-pressed={wb.projector.to_string()} aria-keyshortcuts="Alt+P">{ wb.t(Msg::UiProjector) }</button>
                }
                <div class="langs" role="group" aria-label={wb.t(Msg::UiLanguage)}>{ for langs }</div>
            </div>
        </header>
    }
}
