//! `use_workbench`: the app state behind a handle whose methods are the users' verbs.

use crate::persist;
use crate::platform;
use crate::state::{Action, Edit, Incoming, Notice, ReadOnly, Returned, Said, View, Workbench};
use std::rc::Rc;
use tym_core::format::{self, AgreementFile};
use tym_core::library::DraftSummary;
use tym_core::model::Agreement;
use tym_core::path::{Col, Field, List, Path, F};
use tym_core::wording::{Block, Wording};
use tym_core::{Lang, Msg};
use yew::prelude::*;

/// Edits of the open agreement without the rest of the state. Its identity never changes, so a
/// component that takes an `Editor` as a prop (instead of reading the whole state from the context)
/// re-renders only when its own data changes: a staff row, not the 299 others.
///
/// A form field's setter takes the field's typed path (`tym_core::path::fields`): the same path gives
/// the input its id and keys the undo step its keystrokes share. Every setter's callback is one
/// generic over the form's value only (`assigning`), the binding behind `Assign`: the bindings are
/// function pointers, so a field costs its own small `assign`, not a copy of the callback.
#[derive(Clone, PartialEq)]
pub struct Editor {
    dispatch: UseReducerDispatcher<Workbench>,
}

impl Editor {
    pub fn edit(&self, f: impl Fn(&mut Agreement) + 'static) {
        self.send(None, Rc::new(f));
    }

    /// An edit typed into the field at `at`: keystrokes in a burst are one undo step. For a value no
    /// `Field` reaches (inside an enum's variant); the others go through `set` and `item_edit`.
    pub fn typed(&self, at: Path, f: impl Fn(&mut Agreement) + 'static) {
        self.send(Some(at), Rc::new(f));
    }

    // Out of line and not generic: every edit's closure calls it instead of carrying its own copy.
    #[inline(never)]
    fn send(&self, at: Option<Path>, edit: Edit) {
        platform::mark("tym-edit");
        self.dispatch.dispatch(match at {
            Some(field) => Action::Type { field, at_ms: js_sys::Date::now(), edit },
            None => Action::Edit(edit),
        });
    }

    /// Sets a field of the agreement from a form's value.
    pub fn set<V: Clone + 'static>(&self, field: Field<V>) -> Callback<V> {
        self.assigning(field.f.path(), Rc::new(field))
    }

    /// `set` of a form's value made the field's first (a select's code, a text's lines).
    pub fn set_with<V: 'static, W: Clone + 'static>(&self, field: Field<V>, f: fn(W) -> V) -> Callback<W> {
        self.assigning(field.f.path(), Rc::new((field, f)))
    }

    /// Sets field `col` of item `i` of `list`. A callback of an item that another edit removed
    /// meanwhile changes nothing.
    pub fn item_edit<T: 'static, V: Clone + 'static>(&self, list: List<T>, i: usize, col: Col<T, V>) -> Callback<V> {
        self.assigning(col.f.at(i), Rc::new(Item { list, i, col }))
    }

    /// `item_edit` of a form's value made the field's first.
    pub fn item_edit_with<T: 'static, V: 'static, W: Clone + 'static>(
        &self,
        list: List<T>,
        i: usize,
        col: Col<T, V>,
        f: fn(W) -> V,
    ) -> Callback<W> {
        self.assigning(col.f.at(i), Rc::new((Item { list, i, col }, f)))
    }

    /// The callback of every setter above, typed edits of the field at `at`. Generic over the form's
    /// value only: the binding is behind `Assign`, so the app has one copy of this per value type
    /// (text, a check, a date, a number) rather than one per field type and list.
    fn assigning<W: Clone + 'static>(&self, at: Path, to: Rc<dyn Assign<W>>) -> Callback<W> {
        let ed = self.clone();
        Callback::from(move |w: W| {
            let to = to.clone();
            ed.typed(at, move |a| to.assign(a, w.clone()))
        })
    }

    /// Goes to `view`. Not an edit, but like one it needs no state: the navigation and the footer
    /// take an `Editor` and render only when what they show changes.
    pub fn go(&self, view: View) {
        self.dispatch.dispatch(Action::Go(view));
    }

    /// Moves item `i` of one of the agreement's lists one place up (`up`) or down.
    pub fn move_item<T: 'static, E: 'static>(&self, list: List<T>, i: usize, up: bool) -> Callback<E> {
        let ed = self.clone();
        // Through the core's list edits, which keep a composition table's selection of seats on the
        // same people.
        Callback::from(move |_| {
            ed.edit(move |a| {
                if let Some(j) = if up { i.checked_sub(1) } else { Some(i + 1) } {
                    tym_core::lists::swap(a, list.slot, i, j);
                }
            })
        })
    }

    /// An edit of the document's wording. A document that still follows the template gets the
    /// template as its own wording first, so the edit has parts to work on.
    pub fn wording(&self, f: impl Fn(&mut Wording) + 'static) {
        self.edit(move |a| {
            if a.wording.parts.is_empty() {
                a.wording.parts = tym_core::wording::template();
            }
            f(&mut a.wording)
        })
    }

    /// An edit that reads the whole agreement to change its wording (turning a generated clause into
    /// own wording reads the data the clause is worded from).
    pub fn wording_with(&self, f: impl Fn(&mut Agreement) + 'static) {
        self.edit(move |a| {
            if a.wording.parts.is_empty() {
                a.wording.parts = tym_core::wording::template();
            }
            f(a)
        })
    }

    /// The path of the own wording of block `block` of part `part` (its Swedish with `sv`): its
    /// text area's id and its undo key.
    pub fn own_text_path(part: usize, block: usize, sv: bool) -> Path {
        if sv { F::WordingPartsBlocksSv } else { F::WordingPartsBlocksFi }.at2(part, block)
    }

    /// The path of part `part`'s heading (its Swedish with `sv`).
    pub fn part_heading_path(part: usize, sv: bool) -> Path {
        if sv { F::WordingPartsHeadingSv } else { F::WordingPartsHeadingFi }.at(part)
    }

    /// Own wording typed into block `block` of part `part` (its Swedish with `sv`): a burst of
    /// keystrokes in one block is one undo step.
    pub fn own_text(&self, part: usize, block: usize, sv: bool) -> Callback<String> {
        let ed = self.clone();
        Callback::from(move |v: String| {
            ed.typed(Self::own_text_path(part, block, sv), move |a| {
                if a.wording.parts.is_empty() {
                    a.wording.parts = tym_core::wording::template();
                }
                if let Some(Block::Own { fi, sv: s, .. }) =
                    a.wording.parts.get_mut(part).and_then(|p| p.blocks.get_mut(block))
                {
                    *(if sv { s } else { fi }) = v.clone();
                }
            })
        })
    }

    /// A part's heading typed (its Swedish with `sv`).
    pub fn part_heading(&self, part: usize, sv: bool) -> Callback<String> {
        let ed = self.clone();
        Callback::from(move |v: String| {
            ed.typed(Self::part_heading_path(part, sv), move |a| {
                if a.wording.parts.is_empty() {
                    a.wording.parts = tym_core::wording::template();
                }
                if let Some(p) = a.wording.parts.get_mut(part) {
                    *(if sv { &mut p.heading.sv } else { &mut p.heading.fi }) = v.clone();
                }
            })
        })
    }

    /// Removes item `i` of one of the agreement's lists (nothing if it is gone already).
    pub fn remove_item<T: 'static, E: 'static>(&self, list: List<T>, i: usize) -> Callback<E> {
        let ed = self.clone();
        Callback::from(move |_| ed.edit(move |a| tym_core::lists::remove(a, list.slot, i)))
    }
}

/// Where a form's value of type `W` goes: a field, or a field of a list's item, either with a
/// conversion of the form's value first (`fn(W) -> V`).
trait Assign<W> {
    fn assign(&self, a: &mut Agreement, w: W);
}

/// Field `col` of item `i` of `list`.
struct Item<T: 'static, V: 'static> {
    list: List<T>,
    i: usize,
    col: Col<T, V>,
}

impl<T, V> Item<T, V> {
    fn slot<'a>(&self, a: &'a mut Agreement) -> Option<&'a mut V> {
        (self.list.slot)(a).get_mut(self.i).map(self.col.slot)
    }
}

impl<V> Assign<V> for Field<V> {
    fn assign(&self, a: &mut Agreement, v: V) {
        *(self.slot)(a) = v;
    }
}

impl<V, W> Assign<W> for (Field<V>, fn(W) -> V) {
    fn assign(&self, a: &mut Agreement, w: W) {
        *(self.0.slot)(a) = (self.1)(w);
    }
}

impl<T, V> Assign<V> for Item<T, V> {
    fn assign(&self, a: &mut Agreement, v: V) {
        if let Some(x) = self.slot(a) {
            *x = v;
        }
    }
}

impl<T, V, W> Assign<W> for (Item<T, V>, fn(W) -> V) {
    fn assign(&self, a: &mut Agreement, w: W) {
        if let Some(x) = self.0.slot(a) {
            *x = (self.1)(w);
        }
    }
}

#[derive(Clone, PartialEq)]
pub struct WorkbenchHandle {
    state: UseReducerHandle<Workbench>,
}

impl std::ops::Deref for WorkbenchHandle {
    type Target = Workbench;
    fn deref(&self) -> &Workbench {
        &self.state
    }
}

impl WorkbenchHandle {
    pub fn t(&self, m: Msg) -> &'static str {
        self.state.lang.t(m)
    }

    /// Switches the interface language once its strings are available (Swedish and English are
    /// loaded on first use); if they cannot be loaded the interface stays as it is and says so.
    pub fn set_lang(&self, lang: Lang) {
        let wb = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if platform::load_language(lang).await {
                platform::remember_lang(lang);
                wb.state.dispatch(Action::SetLang(lang));
            } else {
                wb.error(|l| l.t(Msg::UiLanguageUnavailable).into());
            }
        });
    }

    pub fn go(&self, view: View) {
        self.state.dispatch(Action::Go(view));
    }

    /// Opens a file as a new draft of the library; autosave stores it.
    pub fn open(&self, file: AgreementFile) {
        let id = platform::new_id();
        // A new draft has no stored journal to replay: its journal starts at once.
        persist::settle(&id);
        self.state.dispatch(Action::Open { file: Box::new(file), id: id.clone() });
        let wb = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            persist::claim(&wb, &id, false).await;
        });
    }

    /// Opens one of the five real agreements as a new draft once its file has been read.
    pub fn open_preset(&self, preset: &'static tym_core::presets::Preset) {
        let wb = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match platform::load_preset(preset).await {
                Some(file) => wb.open(file),
                None => wb.error(move |l| l.fmt(Msg::UiPresetUnavailable, &[preset.name])),
            }
        });
    }

    pub fn open_draft(&self, id: String) {
        let wb = self.clone();
        wasm_bindgen_futures::spawn_local(async move { persist::open_stored(&wb, &id).await });
    }

    pub fn take_over(&self) {
        if let Some(id) = self.state.draft_id.clone() {
            wasm_bindgen_futures::spawn_local(persist::take_over(self.clone(), id));
        }
    }

    pub fn rename_draft(&self, id: String, title: String) {
        if self.state.draft_id.as_deref() == Some(id.as_str()) {
            self.edit(move |a| a.meta.title = title.clone());
        } else {
            wasm_bindgen_futures::spawn_local(persist::rename_or_copy(self.clone(), id, Some(title)));
        }
    }

    pub fn duplicate_draft(&self, id: String) {
        wasm_bindgen_futures::spawn_local(persist::rename_or_copy(self.clone(), id, None));
    }

    pub fn delete_draft(&self, id: String) {
        wasm_bindgen_futures::spawn_local(persist::delete(self.clone(), id));
    }

    pub fn delete_all_local_data(&self) {
        wasm_bindgen_futures::spawn_local(persist::delete_all(self.clone()));
    }

    pub(crate) fn restore(&self, file: AgreementFile, id: String, revision: u64) {
        self.state.dispatch(Action::Restore { file: Box::new(file), id, revision });
    }

    pub(crate) fn refresh(&self, file: AgreementFile, revision: u64) {
        self.state.dispatch(Action::Refresh { file: Box::new(file), revision });
    }

    pub(crate) fn loaded(&self) {
        self.state.dispatch(Action::Loaded);
    }

    pub(crate) fn saved(&self, id: String, revision: u64, updated: String, file: Rc<AgreementFile>) {
        self.state.dispatch(Action::Saved { id, revision, updated, file });
    }

    pub(crate) fn set_read_only(&self, r: Option<ReadOnly>) {
        self.state.dispatch(Action::SetReadOnly(r));
    }

    pub(crate) fn set_library(&self, list: Vec<DraftSummary>) {
        self.state.dispatch(Action::Library(list));
    }

    pub(crate) fn close(&self) {
        self.state.dispatch(Action::Close);
    }

    /// Shows a storage failure: the alert offers to save to a file; what is in memory stays.
    pub(crate) fn storage_error(&self, words: impl Fn(Lang) -> String + 'static) {
        self.state.dispatch(Action::Notify(Notice::StorageError(Said::new(words))));
    }

    pub fn set_incoming(&self, i: Option<Incoming>) {
        self.state.dispatch(Action::Incoming(i.map(Rc::new)));
    }

    pub fn set_returned(&self, r: Option<Returned>) {
        self.state.dispatch(Action::Returned(r.map(Rc::new)));
    }

    pub fn toggle_projector(&self) {
        self.state.dispatch(Action::ToggleProjector);
    }

    /// Opens a file's text; a bad file leaves the current draft as it is and says what is wrong. An
    /// encrypted file first asks for its passphrase.
    pub fn open_text(&self, name: &str, text: &str) {
        let name = name.to_string();
        if let Some(enc) = tym_core::share::EncryptedFile::detect(text) {
            match enc {
                Ok((_, salt, iv, data)) => self.set_incoming(Some(Incoming {
                    source: name,
                    encrypted: Some((salt, iv, data)),
                    bytes: Vec::new(),
                    compressed: false,
                })),
                Err(tym_core::share::ShareError::NewerVersion) => {
                    self.error(move |l| format!("{name}: {}", l.t(Msg::UiLinkNewer)))
                }
                Err(_) => self.error(move |l| format!("{name}: {}", l.t(Msg::UiShareDamaged))),
            }
            return;
        }
        match format::load(text) {
            // A copy of a draft of this library, sent and returned: offer to merge it.
            Ok(file) if file.lineage.as_ref().is_some_and(|l| self.library.iter().any(|d| d.id == l.draft)) => {
                self.set_returned(Some(Returned { name, file, text: text.to_string() }))
            }
            Ok(file) => {
                self.open(file);
                self.info(move |l| l.fmt(Msg::UiOpenedFile, &[&name]));
            }
            Err(e) => self.error(move |l| format!("{name}: {}", e.message(l))),
        }
    }

    pub fn edit(&self, f: impl Fn(&mut Agreement) + 'static) {
        self.editor().edit(f);
    }

    pub fn editor(&self) -> Editor {
        Editor { dispatch: self.state.dispatcher() }
    }

    pub fn edit_file(&self, f: impl Fn(&mut AgreementFile) + 'static) {
        self.state.dispatch(Action::EditFile(Rc::new(f)));
    }

    /// A new variant from the open one, named `name`.
    pub fn new_variant(&self, name: String) {
        let first = self.t(Msg::UiVariantFirst).to_string();
        self.edit_file(move |f| f.new_variant(&name, &first));
    }

    pub fn switch_variant(&self, i: usize) {
        self.edit_file(move |f| {
            f.switch_variant(i);
        });
    }

    pub fn rename_variant(&self, name: String) {
        self.edit_file(move |f| f.variant_name = name.clone());
    }

    pub fn delete_variant(&self, i: usize) {
        self.edit_file(move |f| {
            f.delete_variant(i);
        });
    }

    pub fn undo(&self) {
        self.state.dispatch(Action::Undo);
    }

    pub fn redo(&self) {
        self.state.dispatch(Action::Redo);
    }

    /// Shows an error, worded in the language of the moment (`Said`).
    pub fn error(&self, words: impl Fn(Lang) -> String + 'static) {
        self.state.dispatch(Action::Notify(Notice::Error(Said::new(words))));
    }

    /// Shows information, worded in the language of the moment (`Said`).
    pub fn info(&self, words: impl Fn(Lang) -> String + 'static) {
        self.state.dispatch(Action::Notify(Notice::Info(Said::new(words))));
    }

    pub fn dismiss(&self) {
        self.state.dispatch(Action::Dismiss);
    }

    /// Saves the open draft as a JSON file download. The file carries its lineage (this draft and
    /// revision), and the library keeps the version sent, so that a returned copy can be merged.
    pub fn save_file(&self) {
        if let Some(file) = &self.state.file {
            let title = file.agreement.meta.title.trim();
            let name = if title.is_empty() { "sopimus".to_string() } else { platform::safe_file_name(title) };
            let id = self.state.draft_id.clone().unwrap_or_default();
            // The time names this sending: the copy kept for it, found again when it returns.
            let at = platform::now_iso();
            let sent = file.sent_from(&id, self.state.revision, &at);
            let text = format::save(&sent);
            platform::download(&format!("{name}.tym.json"), "application/json", &text);
            if !id.is_empty() {
                wasm_bindgen_futures::spawn_local(persist::record_sent(id, self.state.revision, at, text));
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    pub children: Html,
}

/// Owns the state and hands it to every component below.
#[function_component(WorkbenchProvider)]
pub fn workbench_provider(props: &ProviderProps) -> Html {
    let state = use_reducer(|| {
        let lang = platform::remembered_lang().filter(|l| tym_core::i18n::is_installed(*l));
        Workbench::new(lang.unwrap_or_default())
    });
    let handle = WorkbenchHandle { state };
    {
        let lang = handle.lang;
        use_effect_with(lang, move |lang| platform::set_document_lang(*lang));
    }
    html! {
        <ContextProvider<WorkbenchHandle> context={handle}>{ props.children.clone() }</ContextProvider<WorkbenchHandle>>
    }
}

#[hook]
pub fn use_workbench() -> WorkbenchHandle {
    // The provider wraps the whole app; a component outside it is a programming error caught in tests.
    use_context::<WorkbenchHandle>().expect("use_workbench outside WorkbenchProvider")
}
