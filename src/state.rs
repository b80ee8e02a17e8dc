//! The app's one state: the open draft with its undo history and its place in the local library, the
//! UI language, the current view and the message shown to the user. Every change goes through `Action`,
//! so every edit is undoable and a read-only tab cannot edit.

use std::rc::Rc;
use tym_core::format::AgreementFile;
use tym_core::library::{self, DraftSummary};
use tym_core::model::Agreement;
use tym_core::path::Path;
use tym_core::Lang;
use yew::Reducible;

/// How many edits can be undone.
pub const HISTORY_LIMIT: usize = 200;

/// Keystrokes in one field, each within this long of the one before, are one undo step, as typing is
/// in a word processor: undo takes back what was typed, not its last letter.
pub const TYPING_BURST_MS: f64 = 1000.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Start,
    Agreement,
    Staffing,
    Costs,
    Checks,
    Compare,
    Document,
    /// The rule catalogue with the statute wording.
    Rules,
    /// The accessibility statement, reached from the footer.
    Accessibility,
}

impl View {
    pub const NAV: [View; 8] = [
        View::Start,
        View::Agreement,
        View::Staffing,
        View::Costs,
        View::Checks,
        View::Compare,
        View::Document,
        View::Rules,
    ];
}

/// A message for the user: errors go to the alert region, information to the status region.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Error(Said),
    /// Saving in the browser failed: the alert offers to save to a file.
    StorageError(Said),
    Info(Said),
}

/// A message worded when it is shown, so that a notice on screen follows a change of language.
#[derive(Clone)]
pub struct Said(Rc<dyn Fn(Lang) -> String>);

impl Said {
    pub fn new(words: impl Fn(Lang) -> String + 'static) -> Self {
        Said(Rc::new(words))
    }

    pub fn in_lang(&self, lang: Lang) -> String {
        (self.0)(lang)
    }
}

impl PartialEq for Said {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::Fi))
    }
}

/// A draft arriving by link or encrypted file, waiting for the user to import it (never overwriting).
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    /// The file name, or empty for a link.
    pub source: String,
    /// `salt, iv, ciphertext` when a passphrase is needed.
    pub encrypted: Option<(Vec<u8>, Vec<u8>, Vec<u8>)>,
    /// Unencrypted bytes (when `encrypted` is `None`).
    pub bytes: Vec<u8>,
    /// The plaintext is deflate-compressed (links are; encrypted files are not).
    pub compressed: bool,
}

/// A file whose lineage names a draft of the library (a copy sent and returned), waiting for the
/// user to merge it into that draft or open it as a new one.
#[derive(Clone, Debug, PartialEq)]
pub struct Returned {
    pub name: String,
    pub file: AgreementFile,
    /// The file's text as read (handed to the lazy module as it is).
    pub text: String,
}

/// Why the open draft cannot be edited in this tab.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another tab was editing the draft when this one opened it.
    OtherTab,
    /// Another tab took the draft over from this one.
    TakenOver,
    /// Another tab saved a newer revision than this tab's.
    Conflict,
}

impl ReadOnly {
    /// Why, in the user's words: the banner's text and the reason an edit is refused.
    pub fn msg(self) -> tym_core::Msg {
        match self {
            ReadOnly::OtherTab => tym_core::Msg::UiReadOnlyOtherTab,
            ReadOnly::TakenOver => tym_core::Msg::UiReadOnlyTaken,
            ReadOnly::Conflict => tym_core::Msg::UiReadOnlyConflict,
        }
    }
}

#[derive(Clone, PartialEq)]
pub struct Workbench {
    pub lang: Lang,
    pub view: View,
    pub file: Option<Rc<AgreementFile>>,
    /// The draft as it was opened, for "what if" comparisons of the results.
    pub baseline: Option<Rc<AgreementFile>>,
    /// The draft's key in the local library.
    pub draft_id: Option<String>,
    /// The revision this tab last loaded or saved.
    pub revision: u64,
    /// What is stored for this draft: autosave writes when `file` differs from it.
    pub saved: Option<Rc<AgreementFile>>,
    /// The stored library has been read; nothing is written before.
    pub loaded: bool,
    pub read_only: Option<ReadOnly>,
    pub library: Vec<DraftSummary>,
    pub incoming: Option<Rc<Incoming>>,
    pub returned: Option<Rc<Returned>>,
    /// Large type and high contrast for a room, with the key figures only.
    pub projector: bool,
    past: Vec<Rc<AgreementFile>>,
    future: Vec<Rc<AgreementFile>>,
    /// The field and time of the last edit when it was typed: the undo step it opened is still open.
    typing: Option<(Path, f64)>,
    pub notice: Option<Notice>,
}

impl Workbench {
    pub fn new(lang: Lang) -> Self {
        Workbench {
            lang,
            view: View::Start,
            file: None,
            baseline: None,
            draft_id: None,
            revision: 0,
            saved: None,
            loaded: false,
            read_only: None,
            library: Vec::new(),
            incoming: None,
            returned: None,
            projector: false,
            past: Vec::new(),
            future: Vec::new(),
            typing: None,
            notice: None,
        }
    }

    pub fn agreement(&self) -> Option<&Agreement> {
        self.file.as_deref().map(|f| &f.agreement)
    }

    pub fn can_undo(&self) -> bool {
        self.read_only.is_none() && !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        self.read_only.is_none() && !self.future.is_empty()
    }

    /// The open draft has edits that are not stored yet.
    pub fn unsaved(&self) -> bool {
        match (&self.file, &self.saved) {
            (Some(f), Some(s)) => !Rc::ptr_eq(f, s) && f != s,
            (Some(_), None) => true,
            _ => false,
        }
    }
}

/// An edit of the open agreement. A closure keeps every form's edit one line where it is made; the
/// state keeps the snapshot before it for undo.
pub type Edit = Rc<dyn Fn(&mut Agreement)>;

/// An edit of the whole file (its variants), undoable like any edit.
pub type FileEdit = Rc<dyn Fn(&mut AgreementFile)>;

pub enum Action {
    SetLang(Lang),
    Go(View),
    /// Opens a file as a new draft of the library (a preset, the blank template, a loaded file).
    Open {
        file: Box<AgreementFile>,
        id: String,
    },
    /// Opens a stored draft as it is stored.
    Restore {
        file: Box<AgreementFile>,
        id: String,
        revision: u64,
    },
    /// Replaces a read-only tab's content with a newer stored revision.
    Refresh {
        file: Box<AgreementFile>,
        revision: u64,
    },
    /// The first read of the library is done.
    Loaded,
    /// A draft was written to the browser's storage at `updated` (this tab's save).
    Saved {
        id: String,
        revision: u64,
        updated: String,
        file: Rc<AgreementFile>,
    },
    SetReadOnly(Option<ReadOnly>),
    Library(Vec<DraftSummary>),
    /// Closes the open draft (after it was deleted).
    Close,
    Edit(Edit),
    /// An edit typed into the field at `field` (its path, with the item's indices) at `at_ms`: a
    /// burst of them is one undo step.
    Type {
        field: Path,
        at_ms: f64,
        edit: Edit,
    },
    EditFile(FileEdit),
    Undo,
    Redo,
    Notify(Notice),
    Dismiss,
    Incoming(Option<Rc<Incoming>>),
    Returned(Option<Rc<Returned>>),
    ToggleProjector,
}

impl Workbench {
    fn show(&mut self, file: Rc<AgreementFile>) {
        self.baseline = Some(file.clone());
        self.file = Some(file);
        self.past.clear();
        self.future.clear();
        self.typing = None;
        if self.view == View::Start {
            self.view = View::Agreement;
        }
    }

    /// Applies an edit as an undoable step; `false` when it changes nothing (or cannot be made).
    /// A keystroke in the field of the previous one, soon enough, joins that keystroke's step.
    fn apply(&mut self, edit: impl Fn(&mut AgreementFile), typed: Option<(Path, f64)>) -> bool {
        if self.read_only.is_some() {
            return false;
        }
        let Some(current) = self.file.clone() else { return false };
        let mut changed = (*current).clone();
        edit(&mut changed);
        if changed == *current {
            return false;
        }
        let burst =
            matches!((self.typing, typed), (Some((k0, t0)), Some((k, t))) if k0 == k && t - t0 <= TYPING_BURST_MS);
        if !burst {
            self.past.push(current);
            if self.past.len() > HISTORY_LIMIT {
                self.past.remove(0);
            }
        }
        self.future.clear();
        self.typing = typed;
        // Typed back to where the step began: there is nothing left to undo.
        if burst && self.past.last().is_some_and(|p| **p == changed) {
            self.past.pop();
            self.typing = None;
        }
        self.file = Some(Rc::new(changed));
        true
    }
}

impl Reducible for Workbench {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Go(view) => next.view = view,
            Action::Open { file, id } => {
                next.show(Rc::new(*file));
                next.draft_id = Some(id);
                next.revision = 0;
                next.saved = None;
                next.read_only = None;
                next.notice = None;
            }
            Action::Restore { file, id, revision } => {
                let file = Rc::new(*file);
                next.show(file.clone());
                next.saved = Some(file);
                next.draft_id = Some(id);
                next.revision = revision;
                next.read_only = None;
            }
            Action::Refresh { file, revision } => {
                let file = Rc::new(*file);
                next.file = Some(file.clone());
                next.saved = Some(file);
                next.revision = revision;
                next.typing = None;
            }
            Action::Loaded => next.loaded = true,
            Action::Saved { id, revision, updated, file } => {
                // The library's line changes here rather than by reading the whole library back.
                next.library = library::with_line(&next.library, DraftSummary::of(&id, revision, &updated, &file));
                if next.draft_id.as_deref() == Some(id.as_str()) {
                    next.revision = revision;
                    next.saved = Some(file);
                }
            }
            Action::SetReadOnly(r) => next.read_only = r,
            Action::Library(list) => next.library = list,
            Action::Close => {
                next.file = None;
                next.baseline = None;
                next.saved = None;
                next.draft_id = None;
                next.revision = 0;
                next.read_only = None;
                next.past.clear();
                next.future.clear();
                next.typing = None;
                next.view = View::Start;
            }
            Action::Edit(edit) => {
                if !next.apply(|f| edit(&mut f.agreement), None) {
                    return self;
                }
            }
            Action::Type { field, at_ms, edit } => {
                if !next.apply(|f| edit(&mut f.agreement), Some((field, at_ms))) {
                    return self;
                }
            }
            Action::EditFile(edit) => {
                if !next.apply(|f| edit(f), None) {
                    return self;
                }
            }
            Action::Undo => {
                if next.read_only.is_some() {
                    return self;
                }
                let (Some(prev), Some(cur)) = (next.past.pop(), next.file.clone()) else { return self };
                next.future.push(cur);
                next.file = Some(prev);
                next.typing = None;
            }
            Action::Redo => {
                if next.read_only.is_some() {
                    return self;
                }
                let (Some(fut), Some(cur)) = (next.future.pop(), next.file.clone()) else { return self };
                next.past.push(cur);
                next.file = Some(fut);
                next.typing = None;
            }
            Action::Notify(n) => next.notice = Some(n),
            Action::Dismiss => next.notice = None,
            Action::Incoming(i) => next.incoming = i,
            Action::Returned(r) => next.returned = r,
            Action::ToggleProjector => next.projector = !next.projector,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tym_core::path::F;

    fn open() -> Rc<Workbench> {
        Rc::new(Workbench::new(Lang::Fi))
            .reduce(Action::Open { file: Box::new(AgreementFile::new(Agreement::default())), id: "d1".into() })
    }

    fn title(i: usize) -> Action {
        Action::Edit(Rc::new(move |a: &mut Agreement| a.meta.title = format!("t{i}")))
    }

    #[test]
    fn edits_undo_and_redo_at_least_a_hundred_steps() {
        let mut s = open();
        for i in 0..150 {
            s = s.reduce(title(i));
        }
        assert_eq!(s.agreement().unwrap().meta.title, "t149");
        for _ in 0..120 {
            s = s.reduce(Action::Undo);
        }
        assert_eq!(s.agreement().unwrap().meta.title, "t29");
        s = s.reduce(Action::Redo);
        assert_eq!(s.agreement().unwrap().meta.title, "t30");
    }

    #[test]
    fn a_read_only_tab_ignores_edits_undo_and_redo() {
        let mut s = open().reduce(title(1));
        s = s.reduce(Action::SetReadOnly(Some(ReadOnly::OtherTab)));
        s = s.reduce(title(2)).reduce(Action::Undo);
        assert_eq!(s.agreement().unwrap().meta.title, "t1");
    }

    #[test]
    fn a_new_variant_is_undoable() {
        let s = open().reduce(title(1));
        let s = s.reduce(Action::EditFile(Rc::new(|f: &mut AgreementFile| f.new_variant("B", "A"))));
        assert_eq!(s.file.as_ref().unwrap().variants.len(), 1);
        let s = s.reduce(Action::Undo);
        assert!(s.file.as_ref().unwrap().variants.is_empty());
    }

    #[test]
    fn an_edit_shares_the_other_variants_with_the_undo_history() {
        let s = open().reduce(Action::EditFile(Rc::new(|f: &mut AgreementFile| f.new_variant("B", "A"))));
        let before = s.file.clone().unwrap();
        let s = s.reduce(title(1));
        let after = s.file.as_ref().unwrap();
        assert!(Rc::ptr_eq(&before.variants[0].agreement, &after.variants[0].agreement));
        assert_eq!(s.reduce(Action::Undo).agreement().unwrap().meta.title, "");
    }

    #[test]
    fn an_edit_of_a_staff_row_shares_the_other_rows_with_the_undo_history() {
        let row = |fte| tym_core::model::StaffRow { fte: Some(tym_core::num::Dec(fte)), ..Default::default() }.into();
        let s = open().reduce(Action::Edit(Rc::new(move |a: &mut Agreement| a.staffing.rows = vec![row(1), row(2)])));
        let before = s.file.clone().unwrap();
        let s = s.reduce(Action::Edit(Rc::new(|a: &mut Agreement| a.staffing.rows[1].fte = None)));
        let (old, new) = (&before.agreement.staffing.rows, &s.agreement().unwrap().staffing.rows);
        assert!(tym_core::shared::Shared::ptr_eq(&old[0], &new[0]));
        assert_eq!((old[1].fte, new[1].fte), (Some(tym_core::num::Dec(2)), None));
        assert_eq!(s.reduce(Action::Undo).agreement().unwrap().staffing.rows, *old);
    }

    #[test]
    fn unsaved_follows_saves() {
        let s = open();
        assert!(s.unsaved());
        let file = s.file.clone().unwrap();
        let s = s.reduce(Action::Saved { id: "d1".into(), revision: 1, updated: String::new(), file });
        assert!(!s.unsaved());
        assert_eq!(s.revision, 1);
        let s = s.reduce(title(3));
        assert!(s.unsaved());
        // A save of another draft does not touch this one.
        let other = Rc::new(AgreementFile::new(Agreement::default()));
        let s = s.reduce(Action::Saved { id: "d2".into(), revision: 9, updated: String::new(), file: other });
        assert_eq!(s.revision, 1);
    }

    /// A keystroke setting the title to `text` in the field at `field` at `at_ms` (the title's own
    /// path or another: only the key differs).
    fn typed(field: Path, text: &'static str, at_ms: f64) -> Action {
        Action::Type { field, at_ms, edit: Rc::new(move |a: &mut Agreement| a.meta.title = text.into()) }
    }

    const TITLE: Path = F::MetaTitle.path();
    const OTHER: Path = F::MetaAreaName.path();

    fn title_of(s: &Workbench) -> &str {
        &s.agreement().unwrap().meta.title
    }

    #[test]
    fn a_burst_of_typing_in_one_field_is_one_undo_step() {
        let s =
            open().reduce(typed(TITLE, "a", 0.0)).reduce(typed(TITLE, "ab", 300.0)).reduce(typed(TITLE, "abc", 900.0));
        let undone = s.clone().reduce(Action::Undo);
        assert_eq!(title_of(&undone), "");
        assert!(!undone.can_undo());
        assert_eq!(title_of(&undone.reduce(Action::Redo)), "abc");
        // A pause longer than the burst, another field, or another kind of edit starts a new step.
        let paused = s.clone().reduce(typed(TITLE, "abcd", 900.0 + TYPING_BURST_MS + 1.0));
        assert_eq!(title_of(&paused.reduce(Action::Undo)), "abc");
        let elsewhere = s.clone().reduce(typed(OTHER, "abcd", 1000.0));
        assert_eq!(title_of(&elsewhere.reduce(Action::Undo)), "abc");
        let after_other = s.clone().reduce(title(7)).reduce(typed(TITLE, "x", 1000.0));
        assert_eq!(title_of(&after_other.reduce(Action::Undo)), "t7");
        // After an undo, typing again opens a new step.
        let again = s.reduce(Action::Undo).reduce(typed(TITLE, "z", 1000.0)).reduce(Action::Undo);
        assert_eq!(title_of(&again), "");
    }

    #[test]
    fn the_same_column_of_another_row_is_another_field() {
        let fte = |i| F::StaffingRowsFte.at(i);
        let s = open().reduce(typed(fte(0), "a", 0.0)).reduce(typed(fte(0), "ab", 100.0));
        let s = s.reduce(typed(fte(1), "abc", 200.0));
        assert_eq!(title_of(&s.clone().reduce(Action::Undo)), "ab");
        assert_eq!(title_of(&s.reduce(Action::Undo).reduce(Action::Undo)), "");
    }

    #[test]
    fn typing_back_to_the_start_of_a_burst_leaves_nothing_to_undo() {
        let s = open().reduce(title(1)).reduce(typed(TITLE, "t1x", 0.0)).reduce(typed(TITLE, "t1", 200.0));
        assert_eq!(title_of(&s), "t1");
        assert_eq!(title_of(&s.reduce(Action::Undo)), "");
    }
}
