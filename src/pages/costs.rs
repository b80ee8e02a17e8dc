//! Costs (section 10): the common cost items and their split rules, the split per party and per
//! municipality, the persons ↔ FTE comparison of the law's "staff amount", the change against the draft
//! as opened ("what if"), the multi-year budget and the CSV export.

use super::party_options;
use crate::components::bar_chart::{BarChart, Segment};
use crate::components::dec_field::{count, decimal_in, parsing};
use crate::components::row_actions::RowActions;
use crate::components::scroll_region::ScrollRegion;
use crate::components::wording_editor::WordingEditor;
use crate::components::{
    checkbox_field::CheckboxField, dec_field::DecField, no_draft::NoDraft, select_field::SelectField,
    text_field::TextField,
};
use crate::hooks::{use_workbench, WorkbenchHandle};
use crate::pages::Wordings;
use crate::platform;
use tym_core::law::Prov;
use tym_core::model::{
    Agreement, CostItem, PartyCount, PartyKind, PartyShare, SplitRule, StaffBasis, SubSplit, SubSplitRule,
};
use tym_core::num::{format_cents, parse_euros, Cents, Dec};
use tym_core::path::{fields, F};
use tym_core::split::{self, BasisChoice, ItemSplit, SplitReport};
use tym_core::wording::Topic;
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

fn sub_rule_code(r: Option<&SubSplitRule>) -> &'static str {
    match r {
        None => "none",
        Some(SubSplitRule::Population) => "population",
        Some(SubSplitRule::Clients) => "clients",
        Some(SubSplitRule::Equal) => "equal",
        Some(SubSplitRule::FixedPercent { .. }) => "fixed",
    }
}

/// Per cent of a share of a total, one decimal, in the language's format.
fn pct(lang: Lang, part: Cents, total: Cents) -> String {
    if total <= 0 {
        return "–".into();
    }
    let tenths = (i128::from(part) * 2000 + i128::from(total)) / (2 * i128::from(total));
    format!("{} %", lang.dec(Dec((tenths * 100) as i64)))
}

fn rule_details(wb: &WorkbenchHandle, a: &Agreement, i: usize, item: &CostItem) -> Html {
    let lang = wb.lang;
    // The rule's fields live in its variant, where no `Field` reaches: each is set by a closure, its
    // path giving the input's id and keying its keystrokes.
    match &item.rule {
        SplitRule::OnePayer { party } => {
            let at = F::CostsItemsRuleParty.at(i);
            let ed = wb.editor();
            let onchange = Callback::from(move |v: String| {
                ed.typed(at, move |a| {
                    if let Some(it) = a.costs.items.get_mut(i) {
                        it.rule = SplitRule::OnePayer { party: v.clone() };
                    }
                })
            });
            html! {
                <SelectField id={at.id()} label={wb.t(Msg::UiPayer)} options={party_options(a, lang)} selected={party.clone()} {onchange} />
            }
        }
        SplitRule::FixedPercent { shares } => {
            let fields = shares.iter().enumerate().map(|(j, s)| {
                let at = F::CostsItemsRuleSharesPercent.at2(i, j);
                let ed = wb.editor();
                let set = Callback::from(move |d: Dec| {
                    ed.typed(at, move |a| {
                        if let Some(SplitRule::FixedPercent { shares }) =
                            a.costs.items.get_mut(i).map(|it| &mut it.rule)
                        {
                            if let Some(s) = shares.get_mut(j) {
                                s.percent = d;
                            }
                        }
                    })
                });
                let on_pct = parsing(
                    |v| decimal_in(v, tym_core::limits::PERCENT.range()).flatten(),
                    lang.t(Msg::UiErrPercent),
                    set,
                );
                html! {
                    <DecField id={at.id()} label={format!("{} (%)", a.party_name(&s.party, lang))}
                        value={lang.dec(s.percent)} parse={on_pct} unit="%" />
                }
            });
            html! { <div class="form-grid">{ for fields }</div> }
        }
        _ => html! {},
    }
}

fn sub_split_editor(wb: &WorkbenchHandle, a: &Agreement, i: usize, item: &CostItem) -> Html {
    let lang = wb.lang;
    // A share can be split further among the municipalities of an employment authority.
    let authorities: Vec<_> = a.parties_of(PartyKind::EmploymentAuthority).collect();
    let fields = authorities.iter().map(|p| {
        let current = item.sub_splits.iter().find(|s| s.party == p.id).map(|s| &s.rule);
        let opts = vec![
            ("none".to_string(), lang.t(Msg::UiNoSubSplit).to_string()),
            ("population".to_string(), lang.t(Msg::SubPopulation).to_string()),
            ("clients".to_string(), lang.t(Msg::SubClients).to_string()),
            ("equal".to_string(), lang.t(Msg::SubEqual).to_string()),
        ];
        let party = p.id.clone();
        let wb = wb.clone();
        let onchange = Callback::from(move |v: String| {
            let party = party.clone();
            wb.edit(move |a| {
                let Some(item) = a.costs.items.get_mut(i) else { return };
                item.sub_splits.retain(|s| s.party != party);
                let rule = match v.as_str() {
                    "population" => SubSplitRule::Population,
                    "clients" => SubSplitRule::Clients,
                    "equal" => SubSplitRule::Equal,
                    _ => return,
                };
                item.sub_splits.push(SubSplit { party: party.clone(), rule });
            })
        });
        html! {
            <SelectField id={F::CostsItemsSubSplits.at(i).id_keyed(&p.id)} label={lang.fmt(Msg::UiSubSplitOf, &[&a.party_name(&p.id, lang)])}
                options={opts} selected={sub_rule_code(current)} {onchange} />
        }
    });
    html! { <div class="form-grid" id={F::CostsItemsSubSplits.at(i).id()}>{ for fields }</div> }
}

fn item_result(
    lang: Lang,
    a: &Agreement,
    i: usize,
    item: &CostItem,
    result: &Result<ItemSplit, split::SplitError>,
) -> Html {
    let s = match result {
        Ok(s) => s,
        Err(e) => {
            let reason = e.message(lang, &item.name);
            return html! { <p class="field-error" id={format!("cost-error-{i}")}>{ lang.fmt(Msg::DocItemUnsplit, &[&lang.money(item.amount), &reason]) }</p> };
        }
    };
    let segs: Vec<Segment> = s
        .shares
        .iter()
        .map(|sh| Segment {
            label: format!("{} {}", a.party_name(&sh.party, lang), lang.money(sh.cents)),
            value: sh.cents,
        })
        .collect();
    let desc = segs.iter().map(|s| s.label.clone()).collect::<Vec<_>>().join("; ");
    html! {
        <>
        <table class="figures result">
            <caption>{ lang.fmt(Msg::UiSplitOf, &[&item.name]) }</caption>
            <thead><tr><th scope="col">{ lang.t(Msg::UiParty) }</th><th scope="col">{ lang.t(Msg::UiShareEuro) }</th><th scope="col">{ lang.t(Msg::UiSharePct) }</th></tr></thead>
            <tbody>{ for s.shares.iter().map(|sh| html! {
                <tr><th scope="row">{ a.party_name(&sh.party, lang) }</th>
                    <td class="num" data-party={sh.party.clone()}>{ lang.money(sh.cents) }</td>
                    <td class="num">{ pct(lang, sh.cents, s.total) }</td></tr>
            }) }</tbody>
        </table>
        { for s.sub_splits.iter().map(|sub| match sub {
            Ok(sub) => html! {
                <table class="figures sub">
                    <caption>{ lang.fmt(Msg::UiSubSplitOf, &[&a.party_name(&sub.party, lang)]) }</caption>
                    <tbody>{ for sub.shares.iter().map(|m| html! {
                        <tr><th scope="row">{ &m.municipality }</th><td class="num" data-municipality={m.municipality.clone()}>{ lang.money(m.cents) }</td></tr>
                    }) }</tbody>
                </table>
            },
            Err(e) => html! { <p class="field-error">{ e.message(lang, &item.name) }</p> },
        }) }
        <BarChart title={item.name.clone()} segments={segs} description={desc} />
        </>
    }
}

fn items(wb: &WorkbenchHandle, a: &Agreement, report: &SplitReport) -> Html {
    let lang = wb.lang;
    let list = a.costs.items.iter().enumerate().map(|(i, item)| {
        let ed = wb.editor();
        let on_amount =
            parsing(parse_euros, lang.t(Msg::UiErrEuros), ed.item_edit(fields::COSTS_ITEMS, i, fields::COSTS_ITEMS_AMOUNT));
        let on_rule = {
            let wb = wb.clone();
            Callback::from(move |v: String| {
                wb.edit(move |a| {
                    let r = rule_from(&v, a);
                    if let Some(it) = a.costs.items.get_mut(i) {
                        it.rule = r;
                    }
                })
            })
        };
        let remove = ed.remove_item(fields::COSTS_ITEMS, i);
        let up = ed.move_item(fields::COSTS_ITEMS, i, true);
        let down = ed.move_item(fields::COSTS_ITEMS, i, false);
        let title = if item.name.is_empty() { lang.fmt(Msg::UiCostItemN, &[&(i + 1).to_string()]) } else { item.name.clone() };
        html! {
            <article class="cost-item" key={i}>
                <h3>{ &title }</h3>
                <div class="form-grid">
                    <TextField id={fields::COSTS_ITEMS_NAME.id(i)} label={wb.t(Msg::UiCostName)} value={item.name.clone()} onchange={ed.item_edit(fields::COSTS_ITEMS, i, fields::COSTS_ITEMS_NAME)} />
                    <DecField id={fields::COSTS_ITEMS_AMOUNT.id(i)} label={wb.t(Msg::UiAmountEuro)} value={format_cents(item.amount, ' ', ',')} parse={on_amount} unit="€" />
                    <SelectField id={F::CostsItemsRule.at(i).id()} label={wb.t(Msg::UiSplitRule)} options={rule_options(lang)} selected={rule_code(&item.rule)} onchange={on_rule} />
                </div>
                { rule_details(wb, a, i, item) }
                { sub_split_editor(wb, a, i, item) }
                { item_result(lang, a, i, item, &report.items[i]) }
                <RowActions n={i + 1} of={Msg::UiCostItems} {lang} onup={up} ondown={down} onremove={remove} />
            </article>
        }
    });
    html! { { for list } }
}

fn participants(wb: &WorkbenchHandle, a: &Agreement) -> Html {
    let lang = wb.lang;
    let fields = a.parties.iter().map(|p| {
        let id = p.id.clone();
        let enrolled = a.costs.participants.iter().find(|c| c.party == p.id).map(|c| c.count);
        let wb = wb.clone();
        let on_count = Callback::from(move |v: String| -> Result<(), String> {
            let id = id.clone();
            let n = count(&v).ok_or(wb.t(Msg::UiErrWholeNumber))?.unwrap_or(0);
            wb.edit(move |a| {
                a.costs.participants.retain(|c| c.party != id);
                if n > 0 {
                    a.costs.participants.push(PartyCount { party: id.clone(), count: n });
                }
                let order: Vec<String> = a.parties.iter().map(|p| p.id.clone()).collect();
                tym_core::order::sort_by_key(&mut a.costs.participants, |c| tym_core::order::rank(&order, &c.party));
                // Items split by participants follow the enrolment.
                let counts = a.costs.participants.clone();
                for item in &mut a.costs.items {
                    if let SplitRule::ByParticipants { counts: c } = &mut item.rule {
                        *c = counts.clone();
                    }
                }
            });
            Ok(())
        });
        html! {
            <DecField id={F::CostsParticipants.path().id_keyed(&p.id)} label={a.party_name(&p.id, lang)}
                value={enrolled.map(|c| c.to_string()).unwrap_or_default()} parse={on_count} />
        }
    });
    html! { <div class="form-grid">{ for fields }</div> }
}

fn totals(lang: Lang, a: &Agreement, report: &SplitReport, baseline: Option<&Agreement>) -> Html {
    let persons = split::split_all(a, BasisChoice::Override(StaffBasis::Persons));
    let fte = split::split_all(a, BasisChoice::Override(StaffBasis::Fte));
    let before = baseline.map(|b| split::split_all(b, BasisChoice::AsAgreed));
    // A party of a by-staff item without its persons or FTE: "missing", not a share worked out from
    // a zero, and no difference; the line above the table names them.
    let missing: Vec<[bool; 2]> = a.parties.iter().map(|p| split::staff_missing(a, &p.id)).collect();
    let rows = a.parties.iter().enumerate().map(|(k, p)| {
        let shown = report.totals[k].common;
        let [by_p, by_f] = [&persons, &fte].map(|r| r.totals[k].common);
        let [fp, ff, diff] = comparison_cells(lang, by_p, by_f, missing[k]);
        let was =
            before.as_ref().and_then(|b| b.totals.iter().find(|t| t.party == p.id)).map(|t| t.common).unwrap_or(0);
        html! {
            <tr>
                <th scope="row">{ a.party_name(&p.id, lang) }</th>
                <td class="num" data-total={p.id.clone()}>{ lang.money(shown) }</td>
                <td class="num">{ fp }</td>
                <td class="num">{ ff }</td>
                <td class="num" data-difference={p.id.clone()}>{ diff }</td>
                <td class="num" data-whatif={p.id.clone()}>{ lang.money(report.totals[k].common - was) }</td>
                <td class="num">{ lang.money(report.totals[k].own_staff) }</td>
            </tr>
        }
    });
    let note = missing_note(lang, a, &missing);
    html! {
        <ScrollRegion label={lang.t(Msg::UiTotalsCaption)}>
            if !note.is_empty() { <p class="basis-missing">{ note }</p> }
            <table class="figures" id="cost-totals">
                <caption>{ lang.t(Msg::UiTotalsCaption) }</caption>
                <thead><tr>
                    <th scope="col">{ lang.t(Msg::UiParty) }</th><th scope="col">{ lang.t(Msg::UiShown) }</th>
                    <th scope="col">{ lang.t(Msg::BasisPersons) }</th><th scope="col">{ lang.t(Msg::BasisFte) }</th>
                    <th scope="col">{ lang.t(Msg::UiDifference) }</th><th scope="col">{ lang.t(Msg::UiWhatIf) }</th>
                    <th scope="col">{ lang.t(Msg::UiOwnStaffCosts) }</th>
                </tr></thead>
                <tbody>
                    { for rows }
                    if report.unsplit > 0 {
                        <tr><th scope="row">{ lang.t(Msg::UiUnsplit) }</th><td class="num" id="cost-unsplit">{ lang.money(report.unsplit) }</td><td colspan="5"></td></tr>
                    }
                </tbody>
            </table>
        </ScrollRegion>
    }
}

/// The persons, FTE and difference cells of a party: "missing" where its persons or FTE are (no
/// difference then), the difference also as a per cent of the persons figure where there is one.
fn comparison_cells(lang: Lang, by_p: Cents, by_f: Cents, [no_p, no_f]: [bool; 2]) -> [String; 3] {
    let figure = |missing: bool, c| if missing { lang.t(Msg::UiNotStated).into() } else { lang.money(c) };
    let diff = if no_p || no_f {
        "–".into()
    } else {
        // Rounded on the magnitude (`pct` rounds a share, half up), then signed.
        let d = by_f - by_p;
        format!("{} ({}{})", lang.money(d), if d < 0 { "-" } else { "" }, pct(lang, d.abs(), by_p))
    };
    [figure(no_p, by_p), figure(no_f, by_f), diff]
}

/// The line naming the parties whose persons or FTE are missing; empty when none is.
fn missing_note(lang: Lang, a: &Agreement, missing: &[[bool; 2]]) -> String {
    let mut note = String::new();
    for (g, m) in [Msg::UiPersonsMissing, Msg::UiFteMissing].into_iter().enumerate() {
        let mut names = String::new();
        for (p, x) in a.parties.iter().zip(missing) {
            if x[g] {
                if !names.is_empty() {
                    names.push_str(", ");
                }
                names.push_str(&a.party_name(&p.id, lang));
            }
        }
        if !names.is_empty() {
            if !note.is_empty() {
                note.push(' ');
            }
            note.push_str(&lang.fmt(m, &[&names]));
        }
    }
    note
}

fn totals_chart(lang: Lang, a: &Agreement, report: &SplitReport) -> Html {
    let segs: Vec<Segment> = a
        .parties
        .iter()
        .zip(&report.totals)
        .map(|(p, t)| Segment {
            label: format!("{} {}", a.party_name(&p.id, lang), lang.money(t.common)),
            value: t.common,
        })
        .collect();
    let desc = segs.iter().map(|s| s.label.clone()).collect::<Vec<_>>().join("; ");
    html! { <BarChart title={lang.t(Msg::UiTotalsPerParty)} segments={segs} description={desc} /> }
}

#[function_component(MultiYear)]
fn multi_year() -> Html {
    let wb = use_workbench();
    let years = use_state(|| 5u32);
    let Some(a) = wb.agreement() else { return html! {} };
    let lang = wb.lang;
    let index = a.costs.yearly_index_pct.unwrap_or(Dec::ZERO);
    let on_years = {
        let years = years.clone();
        let msg = lang.t(Msg::UiErrYears);
        Callback::from(move |v: String| -> Result<(), String> {
            match v.trim().parse::<u32>() {
                Ok(n) if (1..=20).contains(&n) => {
                    years.set(n);
                    Ok(())
                }
                _ => Err(msg.to_string()),
            }
        })
    };
    let on_index = parsing(
        |v| decimal_in(v, tym_core::limits::INDEX_PERCENT.range()),
        lang.t(Msg::UiErrPercent),
        wb.editor().set(fields::COSTS_YEARLY_INDEX_PCT),
    );
    let rows = split::multi_year(a, BasisChoice::AsAgreed, *years, index.0);
    html! {
        <section aria-labelledby="multi-year-heading">
            <h2 id="multi-year-heading">{ wb.t(Msg::UiMultiYear) }</h2>
            <div class="form-grid">
                <DecField id="multi-year-years" label={wb.t(Msg::UiYears)} value={years.to_string()} parse={on_years} />
                <DecField id={fields::COSTS_YEARLY_INDEX_PCT.id()} label={wb.t(Msg::UiYearlyIndex)} value={a.costs.yearly_index_pct.map(|d| lang.dec(d)).unwrap_or_default()} parse={on_index} unit="%" />
            </div>
            <ScrollRegion label={wb.t(Msg::UiMultiYearCaption)}>
                <table class="figures" id="multi-year-table">
                    <caption>{ wb.t(Msg::UiMultiYearCaption) }</caption>
                    <thead><tr>
                        <th scope="col">{ wb.t(Msg::UiYear) }</th>
                        { for a.parties.iter().map(|p| html! { <th scope="col">{ a.party_name(&p.id, lang) }</th> }) }
                    </tr></thead>
                    <tbody>{ for rows.iter().enumerate().map(|(y, r)| html! {
                        <tr>
                            <th scope="row">{ y + 1 }</th>
                            { match r {
                                Ok(t) => html! { { for t.iter().map(|t| html! { <td class="num">{ lang.money(t.common) }</td> }) } },
                                Err(e) => html! { <td colspan={a.parties.len().to_string()}>{ e.message(lang, "") }</td> },
                            } }
                        </tr>
                    }) }</tbody>
                </table>
            </ScrollRegion>
        </section>
    }
}

#[function_component(CostsPage)]
pub fn costs_page() -> Html {
    let wb = use_workbench();
    let decimal_point = use_state(|| false);
    let parties = use_memo(wb.agreement().map(|a| party_options(a, wb.lang)).unwrap_or_default(), |p| p.clone());
    let Some(file) = wb.file.as_ref() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewCosts) }</h1><NoDraft /></section> };
    };
    let a = &file.agreement;
    let lang = wb.lang;
    let report = crate::derived::split(file);
    let add = {
        let wb = wb.clone();
        let n = a.costs.items.len();
        Callback::from(move |_| {
            wb.edit(|a| {
                if a.costs.items.len() < tym_core::limits::COST_ITEMS {
                    a.costs.items.push(CostItem::default());
                }
            });
            platform::focus_soon(fields::COSTS_ITEMS_NAME.id(n));
        })
    };
    // The basis in force is the agreement's (and each variant's): an edit, saved and undoable.
    let basis_radio = [(None, "asagreed"), (Some(StaffBasis::Fte), "fte"), (Some(StaffBasis::Persons), "persons")]
        .into_iter()
        .map(|(choice, code)| {
            let wb = wb.clone();
            let id = format!("basis-{code}");
            html! {
                <span class="radio">
                    <input type="radio" name="basis" id={id.clone()} checked={a.costs.staff_basis == choice} onchange={Callback::from(move |_| wb.edit(move |a| a.costs.staff_basis = choice))} />
                    <label for={id}>{ lang.t(split::basis_label(choice)) }</label>
                </span>
            }
        });
    let ed = wb.editor();
    let csv = {
        let a = a.clone();
        let point = *decimal_point;
        Callback::from(move |_| {
            let r = split::split_all(&a, BasisChoice::AsAgreed);
            // The byte-order mark makes Excel read the file as UTF-8 (ä, ö).
            platform::download(
                "kustannusjako.csv",
                "text/csv;charset=utf-8",
                &format!("\u{feff}{}", split::to_csv(&a, &r, lang, point)),
            );
        })
    };
    let on_point = {
        let d = decimal_point.clone();
        Callback::from(move |b: bool| d.set(b))
    };
    let announce = a
        .parties
        .iter()
        .zip(&report.totals)
        .map(|(p, t)| format!("{} {}", a.party_name(&p.id, lang), lang.money(t.common)))
        .collect::<Vec<_>>()
        .join(", ");
    let baseline = wb.baseline.as_deref().map(|f| &f.agreement);
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewCosts) }</h1>
            <p>{ wb.lang.fmt(Msg::UiCostsIntro, &[&Prov::Act381S10M2.cite(wb.lang, None)]) }</p>
            <CheckboxField id={fields::COSTS_OWN_STAFF_COSTS_OWN.id()} label={wb.lang.fmt(Msg::UiOwnCostsOwn, &[&Prov::Act381S10M1.cite(wb.lang, None)])} checked={a.costs.own_staff_costs_own} onchange={ed.set(fields::COSTS_OWN_STAFF_COSTS_OWN)} />
            <CheckboxField id={fields::COSTS_OVERRIDE_RECORDED.id()} label={wb.t(Msg::UiOverrideRecorded)} checked={a.costs.override_recorded} onchange={ed.set(fields::COSTS_OVERRIDE_RECORDED)} />
            <TextField id={fields::COSTS_KELA_PARTICIPATION.id()} label={wb.t(Msg::UiKelaParticipation)} value={a.costs.kela_participation.clone()} onchange={ed.set(fields::COSTS_KELA_PARTICIPATION)} multiline=true />
            <fieldset class="basis">
                <legend>{ wb.t(Msg::UiBasisLegend) }</legend>
                { for basis_radio }
            </fieldset>
            // The cost items as a whole, where a finding about them (R14: no split agreed) takes the user.
            <h2 id={F::CostsItems.id()} tabindex="-1">{ wb.t(Msg::UiCostItems) }</h2>
            { items(&wb, a, &report) }
            <p><button type="button" id="add-cost-item" onclick={add} disabled={a.costs.items.len() >= tym_core::limits::COST_ITEMS}>{ wb.t(Msg::UiAddCostItem) }</button></p>
            <details class="staff-here">
                <summary>{ wb.t(Msg::UiHeadcountsHere) }</summary>
                { crate::components::staff_table::staff_table(lang, &ed, file, &parties) }
            </details>
            <h2>{ wb.t(Msg::UiParticipants) }</h2>
            { participants(&wb, a) }
            <h2>{ wb.t(Msg::UiTotalsPerParty) }</h2>
            { totals(lang, a, &report, baseline) }
            { totals_chart(lang, a, &report) }
            <p class="visually-hidden" role="status" id="cost-announce">{ announce }</p>
            <div class="toolbar">
                <button type="button" id="export-csv" onclick={csv}>{ wb.t(Msg::UiExportCsv) }</button>
                <CheckboxField id="csv-decimal-point" label={wb.t(Msg::UiCsvDecimalPoint)} checked={*decimal_point} onchange={on_point} />
            </div>
            <MultiYear />
            if let Some(f) = &wb.file {
                <WordingEditor topic={Topic::Costs} data={Wordings::of_one(f, lang, Topic::Costs)} {lang} editor={ed.clone()} />
            }
        </section>
    }
}
