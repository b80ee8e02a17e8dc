//! The app's one state: the open agreement with its undo history, the UI language, the current view and
//! the message shown to the user. Every change goes through `Action`, so every edit is undoable.

use std::rc::Rc;
use tym_core::format::AgreementFile;
use tym_core::model::Agreement;
use tym_core::Lang;
use yew::Reducible;

/// How many edits can be undone.
pub const HISTORY_LIMIT: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Start,
    Agreement,
    Staffing,
    Costs,
    Checks,
    Compare,
    Document,
}

impl View {
    pub const NAV: [View; 7] =
        [View::Start, View::Agreement, View::Staffing, View::Costs, View::Checks, View::Compare, View::Document];
}

/// A message for the user: an error goes to the alert region, information to the status region.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Error(String),
    Info(String),
}

#[derive(Clone, PartialEq)]
pub struct Workbench {
    pub lang: Lang,
    pub view: View,
    pub file: Option<Rc<AgreementFile>>,
    /// The draft as it was opened, for "what if" comparisons of the results.
    pub baseline: Option<Rc<AgreementFile>>,
    past: Vec<Rc<AgreementFile>>,
    future: Vec<Rc<AgreementFile>>,
    pub notice: Option<Notice>,
}

impl Workbench {
    pub fn new(lang: Lang) -> Self {
        Workbench {
            lang,
            view: View::Start,
            file: None,
            baseline: None,
            past: Vec::new(),
            future: Vec::new(),
            notice: None,
        }
    }

    pub fn agreement(&self) -> Option<&Agreement> {
        self.file.as_deref().map(|f| &f.agreement)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

/// An edit of the open agreement. A closure keeps every form's edit one line where it is made; the
/// state keeps the snapshot before it for undo.
pub type Edit = Rc<dyn Fn(&mut Agreement)>;

pub enum Action {
    SetLang(Lang),
    Go(View),
    /// Opens a file as the current draft (a preset, a blank template, a loaded file); not undoable.
    Open(Box<AgreementFile>),
    Edit(Edit),
    Undo,
    Redo,
    Notify(Notice),
    Dismiss,
}

impl Reducible for Workbench {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Go(view) => next.view = view,
            Action::Open(file) => {
                let file = Rc::new(*file);
                next.baseline = Some(file.clone());
                next.file = Some(file);
                next.past.clear();
                next.future.clear();
                next.notice = None;
                if next.view == View::Start {
                    next.view = View::Agreement;
                }
            }
            Action::Edit(edit) => {
                let Some(current) = next.file.clone() else {
                    return self;
                };
                let mut changed = (*current).clone();
                edit(&mut changed.agreement);
                if changed == *current {
                    return self;
                }
                next.past.push(current);
                if next.past.len() > HISTORY_LIMIT {
                    next.past.remove(0);
                }
                next.future.clear();
                next.file = Some(Rc::new(changed));
            }
            Action::Undo => {
                let (Some(prev), Some(cur)) = (next.past.pop(), next.file.clone()) else {
                    return self;
                };
                next.future.push(cur);
                next.file = Some(prev);
            }
            Action::Redo => {
                let (Some(fut), Some(cur)) = (next.future.pop(), next.file.clone()) else {
                    return self;
                };
                next.past.push(cur);
                next.file = Some(fut);
            }
            Action::Notify(n) => next.notice = Some(n),
            Action::Dismiss => next.notice = None,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(s: Rc<Workbench>, a: Action) -> Rc<Workbench> {
        s.reduce(a)
    }

    #[test]
    fn edits_undo_and_redo() {
        let mut s = Rc::new(Workbench::new(Lang::Fi));
        s = reduce(s, Action::Open(Box::new(AgreementFile::new(Agreement::default()))));
        for i in 0..150 {
            s = reduce(s, Action::Edit(Rc::new(move |a: &mut Agreement| a.meta.title = format!("t{i}"))));
        }
        assert_eq!(s.agreement().unwrap().meta.title, "t149");
        for _ in 0..120 {
            s = reduce(s, Action::Undo);
        }
        assert_eq!(s.agreement().unwrap().meta.title, "t29");
        s = reduce(s, Action::Redo);
        assert_eq!(s.agreement().unwrap().meta.title, "t30");
    }
}
