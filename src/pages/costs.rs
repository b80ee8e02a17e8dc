//! Costs (section 10): the common cost items and their split rules, the split per party and per
//! municipality, the persons ↔ FTE comparison of the law's "staff amount", and the multi-year view.

use super::party_options;
use crate::components::{
    bar_chart::{BarChart, Segment},
    dec_field::DecField,
    no_draft::NoDraft,
    select_field::SelectField,
    text_field::TextField,
};
use crate::hooks::use_workbench;
use crate::platform;
use tym_core::check::field_id;
use tym_core::model::{Agreement, CostItem, PartyCount, PartyShare, SplitRule, StaffBasis};
use tym_core::num::{parse_euros, Dec};
use tym_core::split::{self, BasisChoice};
use tym_core::{Lang, Msg};
use yew::prelude::*;

fn rule_code(r: &SplitRule) -> &'static str {
    match r {
        SplitRule::ByStaff { basis: StaffBasis::Fte, .. } => "staff_fte",
        SplitRule::ByStaff { basis: StaffBasis::Persons, .. } => "staff_persons",
        SplitRule::ByParticipants { .. } => "participants",
        SplitRule::OnePayer { .. } => "one_payer",
        SplitRule::Equal { .. } => "equal",
        SplitRule::FixedPercent { .. } => "fixed",
    }
}

fn rule_from(code: &str, a: &Agreement) -> SplitRule {
    let all: Vec<String> = a.parties.iter().map(|p| p.id.clone()).collect();
    match code {
        "staff_persons" => SplitRule::ByStaff { basis: StaffBasis::Persons, parties: vec![] },
        "participants" => SplitRule::ByParticipants { counts: a.costs.participants.clone() },
        "one_payer" => SplitRule::OnePayer { party: all.first().cloned().unwrap_or_default() },
        "equal" => SplitRule::Equal { parties: all },
        "fixed" => SplitRule::FixedPercent {
            shares: a.parties.iter().map(|p| PartyShare { party: p.id.clone(), percent: Dec::ZERO }).collect(),
        },
        _ => SplitRule::ByStaff { basis: StaffBasis::Fte, parties: vec![] },
    }
}

fn rule_options(lang: Lang) -> Vec<(String, String)> {
    let staff = lang.t(Msg::RuleByStaff);
    vec![
        ("staff_fte".into(), format!("{staff}, {}", lang.t(Msg::BasisFte))),
        ("staff_persons".into(), format!("{staff}, {}", lang.t(Msg::BasisPersons))),
        ("participants".into(), lang.t(Msg::RuleByParticipants).into()),
        ("one_payer".into(), lang.t(Msg::RuleOnePayer).into()),
        ("equal".into(), lang.t(Msg::RuleEqual).into()),
        ("fixed".into(), lang.t(Msg::RuleFixedPercent).into()),
    ]
}

/// Per-cent of a share of a total, one decimal, in the language's format.
fn pct(lang: Lang, part: i64, total: i64) -> String {
    if total <= 0 {
        return "–".into();
    }
    let tenths = (i128::from(part) * 1000 * 2 + i128::from(total)) / (2 * i128::from(total));
    format!("{} %", lang.dec(Dec((tenths * 100) as i64)))
}

#[function_component(CostsPage)]
pub fn costs_page() -> Html {
    let wb = use_workbench();
    let basis = use_state(|| BasisChoice::AsAgreed);
    let Some(a) = wb.agreement() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewCosts) }</h1><NoDraft /></section> };
    };
    let lang = wb.lang;
    let report = split::split_all(a, *basis);
    let persons = split::split_all(a, BasisChoice::Override(StaffBasis::Persons));
    let fte = split::split_all(a, BasisChoice::Override(StaffBasis::Fte));

    let items = a.costs.items.iter().enumerate().map(|(i, item)| {
        let on_name = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.costs.items[i].name = v.clone())) };
        let on_amount = {
            let wb = wb.clone();
            Callback::from(move |v: String| -> Result<(), String> {
                match parse_euros(&v) {
                    Some(c) => { wb.edit(move |a| a.costs.items[i].amount = c); Ok(()) }
                    None => Err(wb.t(Msg::UiErrEuros).to_string()),
                }
            })
        };
        let on_rule = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| { let r = rule_from(&v, a); a.costs.items[i].rule = r; })) };
        let remove = { let wb = wb.clone(); Callback::from(move |_| wb.edit(move |a| { if i < a.costs.items.len() { a.costs.items.remove(i); } })) };
        let extra = match &item.rule {
            SplitRule::OnePayer { party } => {
                let on_payer = { let wb = wb.clone(); Callback::from(move |v: String| wb.edit(move |a| a.costs.items[i].rule = SplitRule::OnePayer { party: v.clone() })) };
                html! { <SelectField id={field_id(&format!("costs.items[{i}].rule.party"))} label={wb.t(Msg::UiPayer)} options={party_options(a)} selected={party.clone()} onchange={on_payer} /> }
            }
            SplitRule::FixedPercent { shares } => html! {
                <div class="form-grid">{ for shares.iter().enumerate().map(|(j, s)| {
                    let on_pct = {
                        let wb = wb.clone();
                        Callback::from(move |v: String| -> Result<(), String> {
                            match Dec::parse(&v) {
                                Some(d) if (0..=100_000).contains(&d.0) => { wb.edit(move |a| if let SplitRule::FixedPercent { shares } = &mut a.costs.items[i].rule { shares[j].percent = d; }); Ok(()) }
                                _ => Err(wb.t(Msg::UiErrPercent).to_string()),
                            }
                        })
                    };
                    html! { <DecField id={field_id(&format!("costs.items[{i}].rule.shares[{j}].percent"))} label={format!("{} (%)", a.party_name(&s.party))} value={lang.dec(s.percent)} parse={on_pct} unit="%" /> }
                }) }</div>
            },
            _ => html! {},
        };
        let result = match &report.items[i] {
            Ok(s) => {
                let segs: Vec<Segment> = s.shares.iter().map(|sh| Segment { label: format!("{} {}", a.party_name(&sh.party), lang.money(sh.cents)), value: sh.cents }).collect();
                let desc = segs.iter().map(|s| s.label.clone()).collect::<Vec<_>>().join("; ");
                html! {
                    <>
                    <table class="figures result">
                        <caption>{ lang.fmt(Msg::UiSplitOf, &[&item.name]) }</caption>
                        <thead><tr><th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiShareEuro) }</th><th scope="col">{ wb.t(Msg::UiSharePct) }</th></tr></thead>
                        <tbody>{ for s.shares.iter().map(|sh| html! {
                            <tr><th scope="row">{ a.party_name(&sh.party) }</th>
                                <td class="num" data-party={sh.party.clone()}>{ lang.money(sh.cents) }</td>
                                <td class="num">{ pct(lang, sh.cents, s.total) }</td></tr>
                        }) }</tbody>
                    </table>
                    { for s.sub_splits.iter().map(|sub| match sub {
                        Ok(sub) => html! {
                            <table class="figures sub">
                                <caption>{ lang.fmt(Msg::UiSubSplitOf, &[a.party_name(&sub.party)]) }</caption>
                                <tbody>{ for sub.shares.iter().map(|m| html! { <tr><th scope="row">{ &m.municipality }</th><td class="num">{ lang.money(m.cents) }</td></tr> }) }</tbody>
                            </table>
                        },
                        Err(e) => html! { <p class="field-error">{ e.message(lang, &item.name) }</p> },
                    }) }
                    <BarChart title={item.name.clone()} segments={segs} description={desc} />
                    </>
                }
            }
            Err(e) => html! { <p class="field-error" id={format!("cost-error-{i}")}>{ e.message(lang, &item.name) }</p> },
        };
        html! {
            <article class="cost-item" key={i}>
                <h3>{ if item.name.is_empty() { lang.fmt(Msg::UiCostItemN, &[&(i + 1).to_string()]) } else { item.name.clone() } }</h3>
                <div class="form-grid">
                    <TextField id={field_id(&format!("costs.items[{i}].name"))} label={wb.t(Msg::UiCostName)} value={item.name.clone()} onchange={on_name} />
                    <DecField id={field_id(&format!("costs.items[{i}].amount"))} label={wb.t(Msg::UiAmountEuro)} value={tym_core::num::format_cents(item.amount, ' ', ',')} parse={on_amount} unit="€" />
                    <SelectField id={field_id(&format!("costs.items[{i}].rule"))} label={wb.t(Msg::UiSplitRule)} options={rule_options(lang)} selected={rule_code(&item.rule)} onchange={on_rule} />
                </div>
                { extra }
                { result }
                <button type="button" class="remove" onclick={remove}>{ lang.fmt(Msg::UiRemoveItem, &[&item.name]) }</button>
            </article>
        }
    });
    let add = {
        let wb = wb.clone();
        Callback::from(move |_| {
            // The index the new item will have: the count as rendered, before this edit.
            let n = wb.agreement().map(|a| a.costs.items.len()).unwrap_or(0);
            wb.edit(|a| a.costs.items.push(CostItem::default()));
            platform::focus_soon(field_id(&format!("costs.items[{n}].name")));
        })
    };
    let participants = a.parties.iter().map(|p| {
        let id = p.id.clone();
        let count = a.costs.participants.iter().find(|c| c.party == p.id).map(|c| c.count);
        let on_count = {
            let wb = wb.clone();
            Callback::from(move |v: String| -> Result<(), String> {
                let id = id.clone();
                let n = if v.trim().is_empty() { 0 } else { v.trim().parse::<u64>().map_err(|_| wb.t(Msg::UiErrWholeNumber).to_string())? };
                wb.edit(move |a| {
                    a.costs.participants.retain(|c| c.party != id);
                    if n > 0 { a.costs.participants.push(PartyCount { party: id.clone(), count: n }); }
                    let order: Vec<String> = a.parties.iter().map(|p| p.id.clone()).collect();
                    a.costs.participants.sort_by_key(|c| order.iter().position(|o| *o == c.party));
                    let counts = a.costs.participants.clone();
                    for item in &mut a.costs.items {
                        if let SplitRule::ByParticipants { counts: c } = &mut item.rule { *c = counts.clone(); }
                    }
                });
                Ok(())
            })
        };
        html! { <DecField id={field_id(&format!("costs.participants.{}", p.id))} label={a.party_name(&p.id).to_string()} value={count.map(|c| c.to_string()).unwrap_or_default()} parse={on_count} /> }
    });
    let basis_radio = [(BasisChoice::AsAgreed, "asagreed", Msg::UiBasisAsAgreed), (BasisChoice::Override(StaffBasis::Fte), "fte", Msg::BasisFte), (BasisChoice::Override(StaffBasis::Persons), "persons", Msg::BasisPersons)]
        .into_iter()
        .map(|(choice, code, m)| {
            let basis = basis.clone();
            let id = format!("basis-{code}");
            html! {
                <span class="radio">
                    <input type="radio" name="basis" id={id.clone()} checked={*basis == choice} onchange={Callback::from(move |_| basis.set(choice))} />
                    <label for={id}>{ lang.t(m) }</label>
                </span>
            }
        });
    let totals = a.parties.iter().enumerate().map(|(k, p)| {
        let shown = report.totals[k].common;
        let by_p = persons.totals[k].common;
        let by_f = fte.totals[k].common;
        html! {
            <tr>
                <th scope="row">{ a.party_name(&p.id) }</th>
                <td class="num" data-total={p.id.clone()}>{ lang.money(shown) }</td>
                <td class="num">{ lang.money(by_p) }</td>
                <td class="num">{ lang.money(by_f) }</td>
                <td class="num">{ lang.money(by_f - by_p) }</td>
                <td class="num">{ lang.money(report.totals[k].own_staff) }</td>
            </tr>
        }
    });
    let csv = {
        let a = a.clone();
        let basis = *basis;
        Callback::from(move |_| {
            let r = split::split_all(&a, basis);
            platform::download(
                "kustannusjako.csv",
                "text/csv;charset=utf-8",
                &format!("\u{feff}{}", split::to_csv(&a, &r, lang, false)),
            );
        })
    };
    let announce = a
        .parties
        .iter()
        .enumerate()
        .map(|(k, p)| format!("{} {}", a.party_name(&p.id), lang.money(report.totals[k].common)))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewCosts) }</h1>
            <p>{ wb.t(Msg::UiCostsIntro) }</p>
            <fieldset class="basis">
                <legend>{ wb.t(Msg::UiBasisLegend) }</legend>
                { for basis_radio }
            </fieldset>
            <h2>{ wb.t(Msg::UiCostItems) }</h2>
            { for items }
            <p><button type="button" id="add-cost-item" onclick={add}>{ wb.t(Msg::UiAddCostItem) }</button></p>
            <h2>{ wb.t(Msg::UiParticipants) }</h2>
            <div class="form-grid">{ for participants }</div>
            <h2>{ wb.t(Msg::UiTotalsPerParty) }</h2>
            <table class="figures" id="cost-totals">
                <caption>{ wb.t(Msg::UiTotalsCaption) }</caption>
                <thead><tr>
                    <th scope="col">{ wb.t(Msg::UiParty) }</th><th scope="col">{ wb.t(Msg::UiShown) }</th>
                    <th scope="col">{ wb.t(Msg::BasisPersons) }</th><th scope="col">{ wb.t(Msg::BasisFte) }</th>
                    <th scope="col">{ wb.t(Msg::UiDifference) }</th><th scope="col">{ wb.t(Msg::UiOwnStaffCosts) }</th>
                </tr></thead>
                <tbody>{ for totals }</tbody>
            </table>
            <p class="visually-hidden" role="status" id="cost-announce">{ announce }</p>
            <p><button type="button" onclick={csv}>{ wb.t(Msg::UiExportCsv) }</button></p>
        </section>
    }
}
