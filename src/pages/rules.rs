//! Rules ("Säännöt"): the checker's catalogue from the core's registry — each rule's title, the
//! severities its findings can have, what it tests, and every provision it rests on with the
//! statute's wording in force on the open agreement's start date (today's law without a draft). The
//! same catalogue is docs/rules.md.

use crate::hooks::use_workbench;
use tym_core::check::REGISTRY;
use tym_core::{Lang, Msg};
use yew::prelude::*;

#[function_component(RulesPage)]
pub fn rules_page() -> Html {
    let wb = use_workbench();
    let lang = wb.lang;
    let on = wb.file.as_ref().and_then(|f| f.agreement.validity.effective_from);
    // The statutes are authentic in Finnish and Swedish only; English readers see the Finnish text.
    let text_lang = if lang == Lang::Sv { "sv" } else { "fi" };
    let rules = REGISTRY.iter().map(|r| {
        let id = format!("rule-{}", r.id.code());
        let severities: Vec<&str> = r.severities.iter().map(|s| lang.t(s.label())).collect();
        let basis = r.basis.iter().map(|p| {
            let cite = p.cite(lang, on);
            match p.wording(lang, on) {
                Some(text) => html! {
                    <li><cite>{ cite }</cite><blockquote lang={text_lang}><p>{ text }</p></blockquote></li>
                },
                None => html! { <li><cite>{ cite }</cite></li> },
            }
        });
        html! {
            <section class="rule" aria-labelledby={id.clone()}>
                <h2 {id}><span class="rule-id">{ r.id.code() }</span>{ " " }{ lang.t(r.title) }</h2>
                <p><strong>{ lang.t(Msg::UiRuleSeverity) }{ ": " }</strong>{ severities.join(", ") }</p>
                <h3>{ lang.t(Msg::UiRuleBasis) }</h3>
                <ul class="statute">{ for basis }</ul>
            </section>
        }
    });
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewRules) }</h1>
            <p>{ wb.t(Msg::UiRulesIntro) }</p>
            { for rules }
        </section>
    }
}
