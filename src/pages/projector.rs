//! Projector mode: large type and high contrast for a room — the open draft's variants side by side
//! with FTE per party, clients per FTE, cost per party and the number of findings. Alt+P or Esc returns.

use crate::components::scroll_region::ScrollRegion;
use crate::hooks::use_workbench;
use tym_core::check::Severity;
use tym_core::compare::{figures, party_union};
use tym_core::Msg;
use yew::prelude::*;

#[function_component(ProjectorView)]
pub fn projector_view() -> Html {
    let wb = use_workbench();
    let lang = wb.lang;
    let leave = {
        let wb = wb.clone();
        Callback::from(move |_| wb.toggle_projector())
    };
    let Some(file) = wb.file.clone() else {
        return html! {
            <main id="main" class="projector">
                <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiProjector) }</h1>
                <p>{ wb.t(Msg::UiNoDraft) }</p>
                <button type="button" onclick={leave}>{ wb.t(Msg::UiLeaveProjector) }</button>
            </main>
        };
    };
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
        <main id="main" class="projector" lang={lang.code()}>
            <h1 id="view-heading" tabindex="-1">{ file.agreement.meta.title.clone() }</h1>
            // Many variants are wider than a projector: the table scrolls sideways, the page does not.
            <ScrollRegion label={wb.t(Msg::UiKeyFigures)}>
                <table class="projector-table">
                    <caption class="visually-hidden">{ wb.t(Msg::UiKeyFigures) }</caption>
                    <thead><tr><th scope="col">{ wb.t(Msg::UiVariants) }</th>{ for names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }</tr></thead>
                    <tbody>
                        { for rows }
                        <tr><th scope="row">{ wb.t(Msg::UiBasisLegend) }</th>{ cells(&|f| lang.t(tym_core::split::basis_label(f.staff_basis)).into()) }</tr>
                        <tr><th scope="row">{ wb.t(Msg::UiClientsPerFte) }</th>{ cells(&|f| f.clients_per_fte.map(|d| lang.dec(tym_core::num::Dec((d.0 + 50) / 100 * 100))).unwrap_or_else(|| "–".into())) }</tr>
                        <tr><th scope="row">{ wb.t(Msg::SevLaw) }</th>{ cells(&|f| f.findings.iter().filter(|x| x.severity == Severity::Law).count().to_string()) }</tr>
                        <tr><th scope="row">{ wb.t(Msg::UiViewChecks) }</th>{ cells(&|f| f.findings.len().to_string()) }</tr>
                    </tbody>
                </table>
            </ScrollRegion>
            <p><button type="button" id="leave-projector" onclick={leave}>{ wb.t(Msg::UiLeaveProjector) }</button></p>
        </main>
    }
}
