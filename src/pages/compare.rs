//! Compare: the open draft beside one of the real agreements, key figures side by side.

use crate::components::{no_draft::NoDraft, select_field::SelectField};
use crate::hooks::use_workbench;
use tym_core::check::{check, clients_per_fte, Severity};
use tym_core::model::{Agreement, PartyKind};
use tym_core::split::{split_all, BasisChoice};
use tym_core::{presets, Lang, Msg};
use yew::prelude::*;

fn figures(a: &Agreement, lang: Lang) -> Vec<(Msg, String)> {
    let fte_of = |k: PartyKind| a.parties_of(k).map(|p| a.party_fte(&p.id)).sum::<tym_core::num::Dec>();
    let f = check(a);
    let count = |s: Severity| f.iter().filter(|x| x.severity == s).count().to_string();
    let report = split_all(a, BasisChoice::AsAgreed);
    vec![
        (Msg::UiPartiesCount, a.parties.len().to_string()),
        (Msg::KindEmploymentAuthority, lang.dec(fte_of(PartyKind::EmploymentAuthority))),
        (Msg::KindWellbeingCounty, lang.dec(fte_of(PartyKind::WellbeingCounty))),
        (Msg::KindKela, lang.dec(fte_of(PartyKind::Kela))),
        (Msg::UiTotalFte, lang.dec(a.total_fte())),
        (
            Msg::UiClientsPerFte,
            a.staffing
                .clients_estimate
                .and_then(|c| clients_per_fte(c, a.total_fte()))
                .map(|d| lang.dec(d))
                .unwrap_or_else(|| "–".into()),
        ),
        (Msg::UiCommonCosts, lang.money(report.common_total)),
        (Msg::UiSeats, a.steering_group.seats.len().to_string()),
        (Msg::SevLaw, count(Severity::Law)),
        (Msg::SevPractice, count(Severity::Practice)),
        (Msg::SevConsistency, count(Severity::Consistency)),
    ]
}

#[function_component(ComparePage)]
pub fn compare_page() -> Html {
    let wb = use_workbench();
    let other = use_state(|| presets::PRESETS[0].id.to_string());
    let Some(a) = wb.agreement() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewCompare) }</h1><NoDraft /></section> };
    };
    let lang = wb.lang;
    let options: Vec<(String, String)> =
        presets::PRESETS.iter().map(|p| (p.id.to_string(), p.name.to_string())).collect();
    let onchange = {
        let other = other.clone();
        Callback::from(move |v: String| other.set(v))
    };
    let b = presets::load(&other).map(|f| f.agreement);
    let mine = figures(a, lang);
    let theirs = b.as_ref().map(|b| figures(b, lang)).unwrap_or_default();
    let rows = mine.iter().enumerate().map(|(i, (m, v))| {
        let w = theirs.get(i).map(|(_, w)| w.clone()).unwrap_or_default();
        let differs = *v != w;
        html! { <tr class={classes!(differs.then_some("differs"))}><th scope="row">{ lang.t(*m) }</th><td class="num">{ v }</td><td class="num">{ w }</td><td>{ if differs { lang.t(Msg::UiDiffers) } else { "" } }</td></tr> }
    });
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewCompare) }</h1>
            <p>{ wb.t(Msg::UiCompareIntro) }</p>
            <SelectField id="compare-with" label={wb.t(Msg::UiCompareWith)} {options} selected={(*other).clone()} {onchange} />
            <table class="figures" id="compare-table">
                <caption>{ wb.t(Msg::UiKeyFigures) }</caption>
                <thead><tr><th scope="col">{ wb.t(Msg::UiFigure) }</th><th scope="col">{ a.meta.title.clone() }</th><th scope="col">{ b.map(|b| b.meta.title).unwrap_or_default() }</th><th scope="col">{ wb.t(Msg::UiDifference) }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
