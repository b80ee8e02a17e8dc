//! Document: the agreement's generated text in Finnish or Swedish, marked as a draft while it is one,
//! printable from the browser.

use crate::components::no_draft::NoDraft;
use crate::hooks::use_workbench;
use tym_core::model::DocLang;
use tym_core::{text, Msg};
use yew::prelude::*;

#[function_component(DocumentPage)]
pub fn document_page() -> Html {
    let wb = use_workbench();
    let doc_lang = use_state(|| None::<DocLang>);
    let Some(a) = wb.agreement() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewDocument) }</h1><NoDraft /></section> };
    };
    let dl = doc_lang.unwrap_or(a.meta.document_language);
    let doc = text::generate(a, dl);
    let set = |l: DocLang| {
        let d = doc_lang.clone();
        Callback::from(move |_| d.set(Some(l)))
    };
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let md = {
        let doc = doc.clone();
        Callback::from(move |_| {
            crate::platform::download("sopimus.md", "text/markdown;charset=utf-8", &text::to_markdown(&doc))
        })
    };
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1" class="no-print">{ wb.t(Msg::UiViewDocument) }</h1>
            <div class="no-print toolbar">
                <button type="button" aria-pressed={(dl == DocLang::Fi).to_string()} onclick={set(DocLang::Fi)} lang="fi">{ "Suomeksi" }</button>
                <button type="button" aria-pressed={(dl == DocLang::Sv).to_string()} onclick={set(DocLang::Sv)} lang="sv">{ "På svenska" }</button>
                <button type="button" onclick={print}>{ wb.t(Msg::UiPrint) }</button>
                <button type="button" onclick={md}>{ wb.t(Msg::UiExportMarkdown) }</button>
            </div>
            <article class="agreement-doc" lang={if dl == DocLang::Sv { "sv" } else { "fi" }} id="document">
                if let Some(mark) = &doc.draft_mark { <p class="draft-mark">{ mark }</p> }
                <h2 class="doc-title">{ &doc.title }</h2>
                { for doc.sections.iter().map(|s| html! {
                    <section class={classes!("doc-section", s.annex.then_some("annex"))}>
                        <h3>{ &s.heading }</h3>
                        { for s.paragraphs.iter().map(|p| html! { <p>{ p }</p> }) }
                        if !s.table.is_empty() {
                            <table class="doc-table">
                                <thead><tr>{ for s.table[0].iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr></thead>
                                <tbody>{ for s.table[1..].iter().map(|r| html! { <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr> }) }</tbody>
                            </table>
                        }
                    </section>
                }) }
            </article>
        </section>
    }
}
