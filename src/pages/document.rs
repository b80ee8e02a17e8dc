//! Document: the agreement's generated text with its annexes in Finnish or Swedish (English as an
//! unofficial reading aid), marked as a draft while it is one; each heading takes the user to the
//! section's fields. Print (A4, page numbers, annexes on new pages, a wide annex on a landscape page)
//! and DOCX, HTML, Markdown and CSV exports.

use crate::components::no_draft::NoDraft;
use crate::components::scroll_region::ScrollRegion;
use crate::hooks::use_workbench;
use crate::pages::checks::view_of;
use crate::platform;
use tym_core::model::DocLang;
use tym_core::{text, Lang, Msg};
use yew::prelude::*;

/// A section's blocks as the preview shows them: lists as lists, tables in a scroll region, own
/// wording that a Swedish document has only in Finnish marked, signatures as lines to sign on.
fn blocks(s: &text::DocSection, lang: Lang) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut items: Vec<Html> = Vec::new();
    let flush = |items: &mut Vec<Html>, out: &mut Vec<Html>| {
        if !items.is_empty() {
            let li = std::mem::take(items);
            out.push(html! { <ul>{ for li }</ul> });
        }
    };
    for b in &s.blocks {
        if let text::DocBlock::Item(t) = b {
            items.push(html! { <li>{ t }</li> });
            continue;
        }
        flush(&mut items, &mut out);
        out.push(match b {
            text::DocBlock::Paragraph(t) => html! { <p>{ t }</p> },
            text::DocBlock::Heading(t) => html! { <h4>{ t }</h4> },
            text::DocBlock::Untranslated(t) => html! {
                <p class="untranslated" lang="fi"><strong lang={lang.code()}>{ format!("[{}] ", lang.t(Msg::DocUntranslated)) }</strong>{ t }</p>
            },
            text::DocBlock::Table(t) => match t.split_first() {
                Some((head, rows)) => html! {
                    <ScrollRegion label={s.heading.clone()}>
                        <table class="doc-table">
                            <thead><tr>{ for head.iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr></thead>
                            <tbody>{ for rows.iter().map(|r| html! { <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr> }) }</tbody>
                        </table>
                    </ScrollRegion>
                },
                None => html! {},
            },
            text::DocBlock::Signatures(sigs) => html! {
                <div class="signatures">
                    { for sigs.iter().map(|(org, who)| html! {
                        <div class="sign"><div class="sign-line">{ who }</div><div>{ org }</div></div>
                    }) }
                </div>
            },
            text::DocBlock::Item(_) => html! {},
        });
    }
    flush(&mut items, &mut out);
    html! { <>{ for out }</> }
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
    // The split the app keeps per version of the file, not a second one.
    let doc = match &wb.file {
        Some(f) => text::generate_with(a, lang, (*crate::derived::split(f)).clone()),
        None => text::generate(a, lang),
    };
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
    let export = |kind: &'static str| {
        let (doc, a, base, wb) = (doc.clone(), a.clone(), file_base.clone(), wb.clone());
        Callback::from(move |_| match kind {
            // Word and HTML are written by the lazy module (`platform::lazy`), loaded on first use.
            "docx" | "html" => {
                let Some(file) = wb.file.as_ref().map(|f| tym_core::format::save(f)) else { return };
                let (wb, name) = (wb.clone(), format!("{base}.{kind}"));
                let mime = if kind == "docx" {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                } else {
                    "text/html;charset=utf-8"
                };
                wasm_bindgen_futures::spawn_local(async move {
                    match platform::lazy::export_document(kind, &file, lang).await {
                        Ok(bytes) => platform::download_bytes(&name, mime, &bytes),
                        Err(platform::lazy::ExportError::Unavailable) => {
                            wb.error(|l| l.t(Msg::UiLazyUnavailable).to_string())
                        }
                        Err(platform::lazy::ExportError::Refused(e)) => wb.error(move |_| e.clone()),
                    }
                });
            }
            "csv" => platform::download(
                &format!("{base}-henkilosto.csv"),
                "text/csv;charset=utf-8",
                &tym_core::csv::staff(&a, doc.lang),
            ),
            _ => platform::download(&format!("{base}.md"), "text/markdown;charset=utf-8", &text::to_markdown(&doc)),
        })
    };
    let sections = doc.sections.iter().enumerate().map(|(i, s)| {
        let go = {
            let (wb, path) = (wb.clone(), s.path);
            Callback::from(move |_| {
                wb.go(view_of(path));
                platform::focus_soon(format!("sec-{}", path.replace('_', "-")));
            })
        };
        html! {
            // A wide annex prints on a landscape page (`DocSection::wide`).
            <section class={classes!("doc-section", s.annex.then_some("annex"), s.wide().then_some("wide"))} key={i}>
                if !s.heading.is_empty() {
                    <h3>
                        <button type="button" class="link heading-link" onclick={go} title={wb.lang.fmt(Msg::UiEditSection, &[&s.heading])}>{ &s.heading }</button>
                    </h3>
                }
                { blocks(s, lang) }
            </section>
        }
    });
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
            </div>
            <article class="agreement-doc" lang={lang.code()} id="document">
                if let Some(mark) = &doc.draft_mark { <p class="draft-mark">{ mark }</p> }
                if let Some(u) = &doc.unofficial { <p class="unofficial">{ u }</p> }
                if !doc.header.is_empty() { <p class="running-header">{ &doc.header }</p> }
                <h2 class="doc-title">{ &doc.title }</h2>
                { for doc.subtitle.iter().map(|t| html! { <p class="doc-subtitle">{ t }</p> }) }
                { for sections }
            </article>
        </section>
    }
}
