//! Compare: the open draft beside one to three others — its variants or the real agreements — with the
//! money each party pays, FTE and clients per FTE, the findings only one has, the fields that differ
//! (each can be taken over into the open draft, undoably) and a word-level redline of the text.

use crate::components::{checkbox_field::CheckboxField, no_draft::NoDraft};
use crate::hooks::{use_workbench, WorkbenchHandle};
use std::collections::HashMap;
use std::rc::Rc;
use tym_core::compare::{figures, party_union, unique_findings, Figures};
use tym_core::diff::{self, Redline};
use tym_core::model::Agreement;
use tym_core::num::Dec;
use tym_core::{presets, text, Lang, Msg};
use yew::prelude::*;

/// What can be compared with the open draft.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Other {
    Variant(usize),
    /// Another draft of the library, by id (read from the browser's storage when chosen).
    Draft(String),
    /// One of the real agreements, by id (read from the app's own files when chosen).
    Preset(&'static str),
}

/// The agreements read so far for the comparison, as they arrive; `None` for one that could not be read.
#[derive(Default, PartialEq)]
struct Loaded(HashMap<Other, Option<Rc<Agreement>>>);

impl Reducible for Loaded {
    type Action = (Other, Option<Rc<Agreement>>);
    fn reduce(self: Rc<Self>, (other, agreement): Self::Action) -> Rc<Self> {
        let mut map = self.0.clone();
        map.insert(other, agreement);
        Rc::new(Loaded(map))
    }
}

/// Reads a stored draft or a real agreement; `None` when it cannot be read.
async fn load(other: &Other) -> Option<Agreement> {
    match other {
        Other::Variant(_) => None,
        Other::Draft(id) => crate::persist::load_file(id).await.map(|f| f.agreement),
        Other::Preset(id) => {
            let preset = presets::PRESETS.iter().find(|p| p.id == *id)?;
            crate::platform::load_preset(preset).await.map(|f| f.agreement)
        }
    }
}

fn candidates(wb: &WorkbenchHandle) -> Vec<(Other, String)> {
    let lang = wb.lang;
    let mut v: Vec<(Other, String)> = wb
        .file
        .as_ref()
        .map(|f| {
            f.variants
                .iter()
                .enumerate()
                .map(|(i, v)| (Other::Variant(i), lang.fmt(Msg::UiVariantOf, &[&v.name])))
                .collect()
        })
        .unwrap_or_default();
    v.extend(
        wb.library
            .iter()
            .filter(|d| wb.draft_id.as_deref() != Some(d.id.as_str()))
            .map(|d| (Other::Draft(d.id.clone()), lang.fmt(Msg::UiDraftOf, &[&d.title]))),
    );
    v.extend(presets::PRESETS.iter().map(|p| (Other::Preset(p.id), lang.fmt(Msg::UiPresetOf, &[p.name]))));
    v
}

fn resolve(wb: &WorkbenchHandle, loaded: &Loaded, o: &Other) -> Option<Rc<Agreement>> {
    match o {
        Other::Variant(i) => wb.file.as_ref()?.variants.get(*i).map(|v| v.agreement.clone()),
        _ => loaded.0.get(o).cloned().flatten(),
    }
}

fn pct(lang: Lang, delta: i64, base: i64) -> String {
    if base == 0 {
        return String::new();
    }
    let tenths = (i128::from(delta) * 1000 * 2 / i128::from(base) + i128::from(delta.signum())) / 2;
    format!(" ({} %)", lang.dec(Dec((tenths * 100) as i64)))
}

fn figures_table(lang: Lang, names: &[String], figs: &[Figures]) -> Html {
    let parties = party_union(figs);
    let head = names.iter().map(|n| html! { <th scope="col">{ n }</th> });
    let money_rows = parties.iter().map(|(id, name)| {
        let base = figs[0].parties.iter().find(|p| p.party == *id).map(|p| p.common).unwrap_or(0);
        let cells = figs.iter().enumerate().map(|(k, f)| {
            let v = f.parties.iter().find(|p| p.party == *id).map(|p| p.common).unwrap_or(0);
            let delta = v - base;
            html! {
                <td class="num" data-money={format!("{id}-{k}")}>
                    { lang.money(v) }
                    if k > 0 && delta != 0 {
                        <br /><span class="delta" data-delta={format!("{id}-{k}")}>{ format!("{}{}", if delta > 0 { "+" } else { "" }, lang.money(delta)) }{ pct(lang, delta, base) }</span>
                    }
                </td>
            }
        });
        html! { <tr><th scope="row">{ name }{ " €" }</th>{ for cells }</tr> }
    });
    let fte_rows = parties.iter().map(|(id, name)| {
        let cells = figs.iter().map(|f| html! { <td class="num">{ f.parties.iter().find(|p| p.party == *id).map(|p| lang.dec(p.fte)).unwrap_or_else(|| "–".into()) }</td> });
        html! { <tr><th scope="row">{ name }{ " " }{ lang.t(Msg::UiFteUnit) }</th>{ for cells }</tr> }
    });
    let row = |label: &str, f: &dyn Fn(&Figures) -> String| {
        html! { <tr><th scope="row">{ label }</th>{ for figs.iter().map(|x| html! { <td class="num">{ f(x) }</td> }) }</tr> }
    };
    html! {
        <table class="figures" id="compare-table">
            <caption>{ lang.t(Msg::UiKeyFigures) }</caption>
            <thead><tr><th scope="col">{ lang.t(Msg::UiFigure) }</th>{ for head }</tr></thead>
            <tbody>
                { for money_rows }
                { row(lang.t(Msg::UiCommonCosts), &|f| lang.money(f.common_total)) }
                { for fte_rows }
                { row(lang.t(Msg::UiTotalFte), &|f| lang.dec(f.total_fte)) }
                { row(lang.t(Msg::UiClientsPerFte), &|f| f.clients_per_fte.map(|d| lang.dec(d)).unwrap_or_else(|| "–".into())) }
                { row(lang.t(Msg::UiViewChecks), &|f| f.findings.len().to_string()) }
            </tbody>
        </table>
    }
}

fn differences(wb: &WorkbenchHandle, name: &str, k: usize, mine: &Agreement, other: &Agreement) -> Html {
    let lang = wb.lang;
    let diffs = diff::diff(mine, other);
    let items = diffs.iter().enumerate().map(|(i, d)| {
        let take = {
            let (wb, d) = (wb.clone(), d.clone());
            Callback::from(move |_| {
                let d = d.clone();
                wb.edit(move |a| {
                    // A difference whose place another edit removed changes nothing.
                    diff::apply(a, &d);
                })
            })
        };
        html! {
            <li>
                <code>{ &d.path }</code>{ ": " }
                <del><span class="visually-hidden">{ lang.t(Msg::UiDeletedText) }</span>{ diff::show(&d.left) }</del>{ " → " }
                <ins><span class="visually-hidden">{ lang.t(Msg::UiInsertedText) }</span>{ diff::show(&d.right) }</ins>{ " " }
                <button type="button" class="link" id={format!("take-{k}-{i}")} onclick={take}>{ lang.t(Msg::UiTakeThis) }</button>
            </li>
        }
    });
    let mut sections: Vec<&str> = diffs.iter().map(|d| d.section()).collect();
    sections.dedup();
    html! {
        <section aria-labelledby={format!("diff-heading-{k}")}>
            <h3 id={format!("diff-heading-{k}")}>{ lang.t(Msg::UiFieldDifferences) }{ ": " }{ name }{ format!(" ({})", diffs.len()) }</h3>
            if diffs.is_empty() { <p>{ lang.t(Msg::UiNoDifferences) }</p> } else { <ul class="differences" id={format!("differences-{k}")}>{ for items }</ul> }
        </section>
    }
}

fn redline_view(lang: Lang, name: &str, mine: &Agreement, other: &Agreement) -> Html {
    let a = text::to_markdown(&text::generate(mine, Lang::Fi));
    let b = text::to_markdown(&text::generate(other, Lang::Fi));
    let paragraphs = diff::redline(&a, &b);
    let changed = paragraphs.iter().filter(|p| p.iter().any(|r| !matches!(r, Redline::Same(_))));
    html! {
        <section aria-labelledby="redline-heading">
            <h3 id="redline-heading">{ lang.t(Msg::UiRedline) }{ ": " }{ lang.fmt(Msg::UiRedlineOf, &[name]) }</h3>
            <div class="redline" id="redline">
                { for changed.map(|p| html! {
                    <p>{ for p.iter().map(|r| match r {
                        Redline::Same(t) => html! { <span>{ t }{ " " }</span> },
                        Redline::Deleted(t) => html! { <del><span class="visually-hidden">{ lang.t(Msg::UiDeletedText) }</span>{ "[−" }{ t }{ "]" }</del> },
                        Redline::Inserted(t) => html! { <ins><span class="visually-hidden">{ lang.t(Msg::UiInsertedText) }</span>{ "[+" }{ t }{ "]" }</ins> },
                    }) }</p>
                }) }
            </div>
        </section>
    }
}

#[function_component(ComparePage)]
pub fn compare_page() -> Html {
    let wb = use_workbench();
    let chosen = use_state(Vec::<Other>::new);
    let loaded = use_reducer(Loaded::default);
    let options = candidates(&wb);
    // Until the user chooses, compare with the first other variant, or else the first real agreement
    // other than the one the draft was started from (its `meta.source` names the seed file).
    let origin = wb.agreement().map(|a| a.meta.source.as_str()).unwrap_or_default();
    let selected: Vec<Other> = if chosen.is_empty() {
        let default = |o: &Other| match o {
            Other::Variant(_) => true,
            Other::Preset(id) => !origin.contains(&format!("/{id}.")),
            Other::Draft(_) => false,
        };
        options.iter().find(|(o, _)| default(o)).map(|(o, _)| vec![o.clone()]).unwrap_or_default()
    } else {
        (*chosen).clone()
    };
    {
        // Each chosen draft or real agreement is read once; the comparison shows it when it arrives.
        let loaded = loaded.clone();
        use_effect_with(selected.clone(), move |selected| {
            for other in selected.iter().filter(|o| !matches!(o, Other::Variant(_)) && !loaded.0.contains_key(o)) {
                let (other, loaded) = (other.clone(), loaded.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let agreement = load(&other).await.map(Rc::new);
                    loaded.dispatch((other, agreement));
                });
            }
        });
    }
    let Some(mine) = wb.agreement().cloned() else {
        return html! { <section><h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewCompare) }</h1><NoDraft /></section> };
    };
    let lang = wb.lang;
    let boxes = options.iter().enumerate().map(|(i, (o, label))| {
        let on = selected.contains(o);
        let (chosen, o2, sel) = (chosen.clone(), o.clone(), selected.clone());
        let onchange = Callback::from(move |c: bool| {
            let mut v = sel.clone();
            v.retain(|x| *x != o2);
            if c && v.len() < 3 {
                v.push(o2.clone());
            }
            chosen.set(v);
        });
        html! { <CheckboxField id={format!("compare-{i}")} label={label.clone()} checked={on} {onchange} /> }
    });
    let name_of = |o: &Other| options.iter().find(|(x, _)| x == o).map(|(_, n)| n.clone());
    let unreadable: Vec<String> =
        selected.iter().filter(|o| matches!(loaded.0.get(o), Some(None))).filter_map(name_of).collect();
    let others: Vec<(String, Rc<Agreement>)> = selected
        .iter()
        .filter_map(|o| Some((options.iter().find(|(x, _)| x == o)?.1.clone(), resolve(&wb, &loaded, o)?)))
        .collect();
    let current_name =
        wb.file
            .as_ref()
            .map(|f| {
                if f.variant_name.is_empty() {
                    lang.t(Msg::UiVariantFirst).to_string()
                } else {
                    f.variant_name.clone()
                }
            })
            .unwrap_or_default();
    let mut names = vec![lang.fmt(Msg::UiCurrentVariant, &[&current_name])];
    names.extend(others.iter().map(|(n, _)| n.clone()));
    let mut figs = vec![figures(&mine)];
    figs.extend(others.iter().map(|(_, a)| figures(a)));
    let only = figs.iter().enumerate().map(|(i, _)| {
        let list = unique_findings(&figs, i, lang);
        html! {
            <li><strong>{ &names[i] }</strong>{ format!(" ({})", list.len()) }
                <ul>{ for list.iter().map(|f| html! { <li>{ f.rule.code() }{ " " }{ f.message(lang) }</li> }) }</ul>
            </li>
        }
    });
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewCompare) }</h1>
            <p>{ wb.t(Msg::UiCompareIntro) }</p>
            <fieldset>
                <legend>{ wb.t(Msg::UiCompareChoose) }</legend>
                { for boxes }
            </fieldset>
            if selected.iter().any(|o| !matches!(o, Other::Variant(_)) && !loaded.0.contains_key(o)) {
                <p role="status">{ wb.t(Msg::UiCompareReading) }</p>
            }
            { for unreadable.iter().map(|name| html! { <p class="field-error">{ lang.fmt(Msg::UiCompareUnreadable, &[name]) }</p> }) }
            if others.is_empty() {
                if selected.is_empty() { <p>{ wb.t(Msg::UiChooseOne) }</p> }
            } else {
                { figures_table(lang, &names, &figs) }
                <h2>{ wb.t(Msg::UiFindingsOnly) }</h2>
                <ul class="only-findings">{ for only }</ul>
                <h2>{ wb.t(Msg::UiFieldDifferences) }</h2>
                { for others.iter().enumerate().map(|(k, (n, a))| differences(&wb, n, k, &mine, a)) }
                { redline_view(lang, &others[0].0, &mine, &others[0].1) }
            }
        </section>
    }
}
