//! Projector mode's own part: the open draft's variants side by side — FTE and common costs per party,
//! the basis, clients per FTE and the number of findings — in large type under the live editor, for
//! the room's "what if" (the rest of projector mode is a style of the normal page: `:root.projector`
//! in styles/app.css). Shown when the draft has more than one variant.

use crate::components::scroll_region::ScrollRegion;
use crate::hooks::WorkbenchHandle;
use tym_core::check::Severity;
use tym_core::compare::{figures, party_union};
use tym_core::Msg;
use yew::prelude::*;

pub fn variants(wb: &WorkbenchHandle) -> Html {
    let lang = wb.lang;
    let Some(file) = wb.file.clone().filter(|f| !f.variants.is_empty()) else { return html! {} };
    let current =
        if file.variant_name.is_empty() { lang.t(Msg::UiVariantFirst).to_string() } else { file.variant_name.clone() };
    let mut names = vec![current];
    names.extend(file.variants.iter().map(|v| v.name.clone()));
    let mut figs = vec![figures(&file.agreement, lang)];
    figs.extend(file.variants.iter().map(|v| figures(&v.agreement, lang)));
    let parties = party_union(&figs);
    let cells = |f: &dyn Fn(&tym_core::compare::Figures) -> String| {
        figs.iter().map(|x| html! { <td>{ f(x) }</td> }).collect::<Html>()
    };
    let rows = parties.iter().map(|(id, name)| {
        let id2 = id.clone();
        let fte = cells(&|f| f.parties.iter().find(|p| p.party == id2).map(|p| format!("{} {}", lang.dec(p.fte), lang.t(Msg::UiFteUnit))).unwrap_or_else(|| "–".into()));
        let id3 = id.clone();
        let money = cells(&|f| f.parties.iter().find(|p| p.party == id3).map(|p| lang.money(p.common)).unwrap_or_else(|| "–".into()));
        html! {
            <>
            <tr><th scope="row">{ name }</th>{ fte }</tr>
            <tr class="money"><th scope="row"><span class="visually-hidden">{ name }{ ": " }</span>{ lang.t(Msg::UiCommonCosts) }</th>{ money }</tr>
            </>
        }
    });
    html! {
        <section class="projector-variants" aria-labelledby="projector-variants">
            <h2 id="projector-variants" tabindex="-1">{ lang.t(Msg::UiVariants) }</h2>
            // Many variants are wider than a projector: the table scrolls sideways, the page does not.
            <ScrollRegion label={lang.t(Msg::UiKeyFigures)}>
                <table class="projector-table">
                    <caption class="visually-hidden">{ lang.t(Msg::UiKeyFigures) }</caption>
                    <thead><tr><th scope="col">{ lang.t(Msg::UiVariants) }</th>{ for names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }</tr></thead>
                    <tbody>
                        { for rows }
                        <tr><th scope="row">{ lang.t(Msg::UiBasisLegend) }</th>{ cells(&|f| lang.t(tym_core::split::basis_label(f.staff_basis)).into()) }</tr>
                        <tr><th scope="row">{ lang.t(Msg::UiClientsPerFte) }</th>{ cells(&|f| f.clients_per_fte.map(|d| lang.dec(tym_core::num::Dec((d.0 + 50) / 100 * 100))).unwrap_or_else(|| "–".into())) }</tr>
                        <tr><th scope="row">{ lang.t(Msg::SevLaw) }</th>{ cells(&|f| f.findings.iter().filter(|x| x.severity == Severity::Law).count().to_string()) }</tr>
                        <tr><th scope="row">{ lang.t(Msg::UiViewChecks) }</th>{ cells(&|f| f.findings.len().to_string()) }</tr>
                    </tbody>
                </table>
            </ScrollRegion>
        </section>
    }
}
