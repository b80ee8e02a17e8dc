//! Document: the agreement's generated text with its annexes in Finnish or Swedish (English as an
//! unofficial reading aid), marked as a draft while it is one; each heading takes the user to the
//! section's fields. Print (A4, page numbers, annexes on new pages, a wide annex on a landscape page)
//! and DOCX, HTML, Markdown and CSV exports. The preview (`tym_lazy::views::document`) and the
//! exports are the lazy module's, loaded the first time the page is opened or a file is exported.

use crate::components::lazy_html::LazyHtml;
use crate::components::no_draft::NoDraft;
use crate::hooks::use_workbench;
use crate::pages::checks::view_of;
use crate::platform;
use std::rc::Rc;
use tym_core::format::AgreementFile;
use tym_core::model::DocLang;
use tym_core::{Lang, Msg};
use yew::prelude::*;

/// What the preview is rendered from: the open file (the same version, not an equal one) and the
/// document's language.
struct Source(Option<Rc<AgreementFile>>, Lang);

impl PartialEq for Source {
    fn eq(&self, other: &Self) -> bool {
        self.1 == other.1
            && match (&self.0, &other.0) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
    }
}

#[function_component(DocumentPage)]
pub fn document_page() -> Html {
    let wb = use_workbench();
    let doc_lang = use_state(|| None::<Lang>);
    let lang = (*doc_lang)
        .or_else(|| {
            wb.agreement().map(|a| match a.meta.document_language {
                DocLang::Fi => Lang::Fi,
                DocLang::Sv => Lang::Sv,
            })
        })
        .unwrap_or_default();
    // A Swedish or English document needs that language's strings first (loaded on first use);
    // `Some(false)` when they could not be loaded. Never a document with Finnish text in it instead.
    let loaded = use_state(|| None::<bool>);
    {
        let loaded = loaded.clone();
        use_effect_with(lang, move |&l| {
            if !tym_core::i18n::is_installed(l) {
                wasm_bindgen_futures::spawn_local(async move { loaded.set(Some(platform::load_language(l).await)) });
            }
        });
    }
    let set = |l: Lang| {
        let d = doc_lang.clone();
        Callback::from(move |_| d.set(Some(l)))
    };
    let lang_button = |l: Lang, label: &str| {
        html! { <button type="button" aria-pressed={(lang == l).to_string()} onclick={set(l)} lang={l.code()}>{ label }</button> }
    };
    let languages = html! {
        <div class="no-print toolbar" role="group" aria-label={wb.t(Msg::UiDocLanguage)}>
            { lang_button(Lang::Fi, "Suomeksi") }
            { lang_button(Lang::Sv, "På svenska") }
            { lang_button(Lang::En, "In English") }
        </div>
    };
    // The preview's input, made once per version of the file and language: the file as its JSON text.
    let input = use_memo(Source(wb.file.clone(), lang), |Source(file, lang)| -> Rc<str> {
        let file = file.as_ref().map(|f| tym_core::format::save(f)).unwrap_or_default();
        crate::platform::lazy::input(vec![("file", file.into()), ("lang", lang.code().into())])
    });
    let input: Rc<str> = (*input).clone();
    let Some(a) = wb.agreement() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewDocument) }</h1><NoDraft /></section> };
    };
    if !tym_core::i18n::is_installed(lang) {
        let status = if *loaded == Some(false) { Msg::UiLanguageUnavailable } else { Msg::UiLanguageLoading };
        return html! {
            <section aria-labelledby="view-heading">
                <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewDocument) }</h1>
                { languages }
                <p role="status" id="document-status">{ wb.t(status) }</p>
            </section>
        };
    }
    let file_base = {
        let t = platform::safe_file_name(&a.meta.title);
        if t.is_empty() {
            "sopimus".to_string()
        } else {
            t
        }
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    // Every export is written by the lazy module (`platform::lazy`), loaded on first use.
    let export = |kind: &'static str| {
        let (base, wb) = (file_base.clone(), wb.clone());
        Callback::from(move |_| {
            let Some(file) = wb.file.as_ref().map(|f| tym_core::format::save(f)) else { return };
            let (name, mime) = match kind {
                "docx" => {
                    (format!("{base}.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                }
                "html" => (format!("{base}.html"), "text/html;charset=utf-8"),
                "csv" => (format!("{base}-henkilosto.csv"), "text/csv;charset=utf-8"),
                "xlsx" => (
                    format!("{base}-liitteet.xlsx"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ),
                _ => (format!("{base}.md"), "text/markdown;charset=utf-8"),
            };
            let wb = wb.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match platform::lazy::export_document(kind, &file, lang).await {
                    Ok(bytes) => platform::download_bytes(&name, mime, &bytes),
                    Err(platform::lazy::ExportError::Unavailable) => {
                        wb.error(|l| l.t(Msg::UiLazyUnavailable).to_string())
                    }
                    Err(platform::lazy::ExportError::Refused(e)) => wb.error(move |_| e.clone()),
                }
            });
        })
    };
    // A section's heading takes the user to its fields.
    let onaction = {
        let wb = wb.clone();
        Callback::from(move |(action, path): (String, String)| {
            if action == "go" {
                wb.go(view_of(&path));
                platform::focus_soon(format!("sec-{}", path.replace('_', "-")));
            }
        })
    };
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1" class="no-print">{ wb.t(Msg::UiViewDocument) }</h1>
            <p class="no-print hint">{ wb.t(Msg::UiPreviewHint) }</p>
            { languages }
            <div class="no-print toolbar">
                <button type="button" id="print" onclick={print}>{ wb.t(Msg::UiPrint) }</button>
                <button type="button" id="export-docx" onclick={export("docx")}>{ wb.t(Msg::UiExportDocx) }</button>
                <button type="button" id="export-html" onclick={export("html")}>{ wb.t(Msg::UiExportHtml) }</button>
                <button type="button" id="export-md" onclick={export("md")}>{ wb.t(Msg::UiExportMarkdown) }</button>
                <button type="button" id="export-staff-csv" onclick={export("csv")}>{ wb.t(Msg::UiExportStaffCsv) }</button>
                <button type="button" id="export-xlsx" onclick={export("xlsx")}>{ wb.t(Msg::UiExportXlsx) }</button>
            </div>
            <LazyHtml kind="document" {input} {onaction} />
        </section>
    }
}
