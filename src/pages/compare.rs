//! Compare: the open draft beside one to three others — its variants, its earlier versions (the
//! copies sent as files: `library::sent_key`), drafts of the library, a file read in the browser
//! (not stored) or the real agreements — with the money each party pays, FTE and clients per FTE, the findings only one
//! has, the fields that differ (each can be taken over into the open draft, undoably) and a
//! word-level redline of the text. This page chooses and reads the others; the comparison itself is
//! rendered by the lazy module (`tym_lazy::views::compare`), loaded when it is first shown, and a
//! difference taken over comes back as `{"path", "right"}` for `diff::apply` (with `"also"`, the
//! differences to take over with it in the same edit).

use crate::components::{checkbox_field::CheckboxField, lazy_html::LazyHtml, no_draft::NoDraft};
use crate::hooks::{use_workbench, WorkbenchHandle};
use std::rc::Rc;
use tym_core::diff;
use tym_core::format::{self, AgreementFile};
use tym_core::model::Agreement;
use tym_core::{presets, Msg};
use yew::prelude::*;

/// What can be compared with the open draft.
#[derive(Clone, PartialEq)]
enum Other {
    Variant(usize),
    /// Another draft of the library, by id (read from the browser's storage when chosen).
    Draft(String),
    /// One of the real agreements, by id (read from the app's own files when chosen).
    Preset(&'static str),
    /// A file read in the browser ("Vertaa tiedostoon…"), by the id the page gave it when read; not stored.
    File(u32),
    /// An earlier version of the open draft (`library::sent_key`): a copy sent as a file.
    Earlier(usize),
}

impl Other {
    /// Read from storage or the app's files when chosen (the others are in memory already).
    fn read_later(&self) -> bool {
        matches!(self, Other::Draft(_) | Other::Preset(_))
    }
}

/// The draft's earlier versions the page holds, with their names.
type Held = Rc<Vec<(String, Rc<Agreement>)>>;

/// What the user chose to compare with, and the files read for it (each with an id, its name and its
/// agreement). A reducer, not two states set from a callback: a file's text arrives later than the
/// choice of the file, and two files chosen in quick succession would each add to the lists as they
/// were when chosen, the second dropping the first. Actions are applied to the state as it is then.
#[derive(Clone, Default)]
struct Choice {
    /// Empty until the user chooses: the page then shows a default.
    chosen: Vec<Other>,
    files: Vec<(u32, String, Rc<Agreement>)>,
}

enum Pick {
    /// A box checked or unchecked; `shown` is the selection on screen (the default until a choice).
    Box { other: Other, on: bool, shown: Vec<Other> },
    /// A file read: kept in the page and compared (after the first two chosen).
    File { name: String, agreement: Rc<Agreement>, shown: Vec<Other> },
}

impl Reducible for Choice {
    type Action = Pick;
    fn reduce(self: Rc<Self>, pick: Pick) -> Rc<Self> {
        let mut c = Rc::unwrap_or_clone(self);
        let shown = match &pick {
            Pick::Box { shown, .. } | Pick::File { shown, .. } => shown,
        };
        let mut sel = if c.chosen.is_empty() { shown.clone() } else { std::mem::take(&mut c.chosen) };
        match pick {
            Pick::Box { other, on, .. } => {
                sel.retain(|x| *x != other);
                if on && sel.len() < 3 {
                    sel.push(other);
                }
            }
            Pick::File { name, agreement, .. } => {
                // Ids count up from the files already read; none is removed, so none is given twice.
                let id = c.files.len() as u32;
                c.files.push((id, name, agreement));
                sel.truncate(2);
                sel.push(Other::File(id));
            }
        }
        c.chosen = sel;
        Rc::new(c)
    }
}

/// The agreements read so far for the comparison, as they arrive; `None` for one that could not be read.
/// A list, not a map: a few entries, and no hash table's code of its own in the first download.
#[derive(Default, PartialEq)]
struct Loaded(Vec<(Other, Option<Rc<Agreement>>)>);

impl Loaded {
    fn get(&self, o: &Other) -> Option<&Option<Rc<Agreement>>> {
        self.0.iter().find(|(x, _)| x == o).map(|(_, a)| a)
    }
}

impl Reducible for Loaded {
    type Action = (Other, Option<Rc<Agreement>>);
    fn reduce(self: Rc<Self>, (other, agreement): Self::Action) -> Rc<Self> {
        let mut list = self.0.clone();
        list.retain(|(x, _)| *x != other);
        list.push((other, agreement));
        Rc::new(Loaded(list))
    }
}

/// Reads a stored draft or a real agreement; `None` when it cannot be read.
async fn load(other: &Other) -> Option<Agreement> {
    match other {
        Other::Variant(_) | Other::File(_) | Other::Earlier(_) => None,
        Other::Draft(id) => crate::persist::load_file(id).await.map(|f| f.agreement),
        Other::Preset(id) => {
            let preset = presets::PRESETS.iter().find(|p| p.id == *id)?;
            crate::platform::load_preset(preset).await.map(|f| f.agreement)
        }
    }
}

fn candidates(wb: &WorkbenchHandle, files: &Choice, earlier: &Held) -> Vec<(Other, String)> {
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
    v.extend(earlier.iter().enumerate().map(|(i, (n, _))| (Other::Earlier(i), n.clone())));
    v.extend(files.files.iter().map(|(id, n, _)| (Other::File(*id), lang.fmt(Msg::UiFileOf, &[n]))));
    v.extend(
        wb.library
            .iter()
            .filter(|d| wb.draft_id.as_deref() != Some(d.id.as_str()))
            .map(|d| (Other::Draft(d.id.clone()), lang.fmt(Msg::UiDraftOf, &[&d.title]))),
    );
    v.extend(presets::PRESETS.iter().map(|p| (Other::Preset(p.id), lang.fmt(Msg::UiPresetOf, &[p.name]))));
    v
}

fn resolve(wb: &WorkbenchHandle, loaded: &Loaded, files: &Choice, earlier: &Held, o: &Other) -> Option<Rc<Agreement>> {
    match o {
        Other::Variant(i) => wb.file.as_ref()?.variants.get(*i).map(|v| v.agreement.clone()),
        Other::File(id) => files.files.iter().find(|(x, ..)| x == id).map(|(.., a)| a.clone()),
        Other::Earlier(i) => earlier.get(*i).map(|(_, a)| a.clone()),
        _ => loaded.get(o).cloned().flatten(),
    }
}

#[function_component(ComparePage)]
pub fn compare_page() -> Html {
    let wb = use_workbench();
    let choice = use_reducer(Choice::default);
    let loaded = use_reducer(Loaded::default);
    let earlier = use_state(Held::default);
    {
        // The open draft's earlier versions, newest first, named by their date.
        let (earlier, lang) = (earlier.clone(), wb.lang);
        use_effect_with(wb.draft_id.clone(), move |id| {
            let id = id.clone().unwrap_or_default();
            wasm_bindgen_futures::spawn_local(async move {
                let sent = crate::persist::sent(&tym_core::library::sent_prefix(&id, None)).await;
                let list = sent.iter().rev().filter_map(|(key, text)| {
                    let f = format::load(text).ok()?;
                    let day =
                        tym_core::num::iso_date::parse(tym_core::library::sent_day(&id, key)).map(|d| lang.date(d))?;
                    Some((lang.fmt(Msg::UiSentOf, &[&day]), Rc::new(f.agreement)))
                });
                earlier.set(Rc::new(list.collect()));
            });
        });
    }
    let options = candidates(&wb, &choice, &earlier);
    // Until the user chooses, compare with the first other variant, or else the first real agreement
    // other than the one the draft was started from (its `meta.source` names the seed file).
    let origin = wb.agreement().map(|a| a.meta.source.as_str()).unwrap_or_default();
    let selected: Vec<Other> = if choice.chosen.is_empty() {
        let default = |o: &Other| match o {
            Other::Variant(_) => true,
            Other::Preset(id) => !origin.contains(&format!("/{id}.")),
            _ => false,
        };
        options.iter().find(|(o, _)| default(o)).map(|(o, _)| vec![o.clone()]).unwrap_or_default()
    } else {
        choice.chosen.clone()
    };
    {
        // Each chosen draft or real agreement is read once; the comparison shows it when it arrives.
        let loaded = loaded.clone();
        use_effect_with(selected.clone(), move |selected| {
            for other in selected.iter().filter(|o| o.read_later() && loaded.get(o).is_none()) {
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
        let (choice, other, shown) = (choice.clone(), o.clone(), selected.clone());
        let onchange = Callback::from(move |on: bool| {
            choice.dispatch(Pick::Box { other: other.clone(), on, shown: shown.clone() })
        });
        html! { <CheckboxField id={format!("compare-{i}")} label={label.clone()} checked={on} {onchange} /> }
    });
    let name_of = |o: &Other| options.iter().find(|(x, _)| x == o).map(|(_, n)| n.clone());
    let unreadable: Vec<String> =
        selected.iter().filter(|o| matches!(loaded.get(o), Some(None))).filter_map(name_of).collect();
    let others: Vec<(String, Rc<Agreement>)> = selected
        .iter()
        .filter_map(|o| {
            Some((options.iter().find(|(x, _)| x == o)?.1.clone(), resolve(&wb, &loaded, &choice, &earlier, o)?))
        })
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
    let mut files = vec![format::save(&AgreementFile::new(mine.clone()))];
    files.extend(others.iter().map(|(_, a)| format::save(&AgreementFile::new((**a).clone()))));
    let input = crate::platform::lazy::input(vec![("names", names.into()), ("files", files.into())]);
    let ontake = {
        let wb = wb.clone();
        Callback::from(move |(action, arg): (String, String)| {
            let Some(v) = (action == "take").then(|| serde_json::from_str::<serde_json::Value>(&arg).ok()).flatten()
            else {
                return;
            };
            let take = |v: &serde_json::Value| diff::Difference {
                path: v["path"].as_str().unwrap_or_default().to_string(),
                left: serde_json::Value::Null,
                right: v["right"].clone(),
            };
            // A seats list comes with the selections renumbered onto it ("also"): one edit.
            let mut ds = vec![take(&v)];
            ds.extend(v["also"].as_array().into_iter().flatten().map(take));
            // A difference whose place another edit removed changes nothing.
            wb.edit(move |a| {
                for d in &ds {
                    diff::apply(a, d);
                }
            })
        })
    };
    let onfile = {
        let (wb, choice, shown) = (wb.clone(), choice.clone(), selected.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let Some(file) = input.files().and_then(|l| l.get(0)) else { return };
            input.set_value("");
            let (w, choice, shown) = (wb.clone(), choice.clone(), shown.clone());
            // Read and checked as a file opened is; compared, never stored. The file joins the
            // choice as it is when its text arrives (the reducer), not as it was when it was chosen.
            crate::pages::start::read_file_text(
                &wb,
                file,
                Box::new(move |name: String, text: &str| match format::load(text) {
                    Ok(f) => choice.dispatch(Pick::File { name, agreement: Rc::new(f.agreement), shown }),
                    Err(e) => w.error(move |l| format!("{name}: {}", e.message(l))),
                }),
            );
        })
    };
    html! {
        <section aria-labelledby="view-heading">
            <h1 id="view-heading" tabindex="-1">{ wb.t(Msg::UiViewCompare) }</h1>
            <p>{ wb.t(Msg::UiCompareIntro) }</p>
            <fieldset>
                <legend>{ wb.t(Msg::UiCompareChoose) }</legend>
                { for boxes }
                <p><label for="compare-file">{ wb.t(Msg::UiCompareFile) }</label>
                <input type="file" id="compare-file" accept=".json,application/json" onchange={onfile} /></p>
            </fieldset>
            if selected.iter().any(|o| o.read_later() && loaded.get(o).is_none()) {
                <p role="status">{ wb.t(Msg::UiCompareReading) }</p>
            }
            { for unreadable.iter().map(|name| html! { <p class="field-error">{ lang.fmt(Msg::UiCompareUnreadable, &[name]) }</p> }) }
            if others.is_empty() {
                if selected.is_empty() { <p>{ wb.t(Msg::UiChooseOne) }</p> }
            } else {
                <LazyHtml kind="compare" {input} id="comparison" onaction={ontake} />
            }
        </section>
    }
}
