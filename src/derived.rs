//! Results derived from the open file — the findings and the cost split as agreed — computed once per
//! version of the file however many components show them (navigation badge, summary, checks view).
//! Keyed by the file's `Rc`: every edit makes a new one, so a cached result can never be stale. The
//! split is also kept across versions whose split inputs are equal (`split::same_inputs`): typing in
//! a clause does not split the costs again. The wording editors' previews are made again from the
//! version before: a keystroke in a clause words that clause again (`text::generate_previews_after`).

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use tym_core::check::{check_with, Finding};
use tym_core::format::AgreementFile;
use tym_core::split::{same_inputs, split_all, BasisChoice, SplitReport};
use tym_core::text::{generate_previews, generate_previews_after, Document};
use tym_core::wording::Topic;
use tym_core::Lang;

type Cache<T> = RefCell<Option<(Weak<AgreementFile>, Rc<T>)>>;

thread_local! {
    static FINDINGS: Cache<Vec<Finding>> = const { RefCell::new(None) };
    /// The split with the file it was last asked for; reused while edits leave its inputs unchanged.
    static SPLIT: RefCell<Option<(Rc<AgreementFile>, Rc<SplitReport>)>> = const { RefCell::new(None) };
    /// The wording editors' previews with the file, language and topic they were made for.
    static PREVIEWS: RefCell<Option<Previews>> = const { RefCell::new(None) };
}

struct Previews {
    file: Rc<AgreementFile>,
    lang: Lang,
    only: Option<Topic>,
    doc: Rc<Document>,
}

fn cached<T>(
    cache: &'static std::thread::LocalKey<Cache<T>>,
    file: &Rc<AgreementFile>,
    compute: impl FnOnce() -> T,
) -> Rc<T> {
    cache.with(|c| {
        if let Some((weak, value)) = &*c.borrow() {
            if weak.upgrade().is_some_and(|f| Rc::ptr_eq(&f, file)) {
                return value.clone();
            }
        }
        let value = Rc::new(compute());
        *c.borrow_mut() = Some((Rc::downgrade(file), value.clone()));
        value
    })
}

/// The findings, from the split that `split` keeps (R15 reads it), so an edit splits the costs once.
pub fn findings(file: &Rc<AgreementFile>) -> Rc<Vec<Finding>> {
    cached(&FINDINGS, file, || check_with(&file.agreement, &split(file)))
}

pub fn split(file: &Rc<AgreementFile>) -> Rc<SplitReport> {
    SPLIT.with(|c| {
        let mut c = c.borrow_mut();
        let report = match &*c {
            Some((before, report)) if Rc::ptr_eq(before, file) || same_inputs(&before.agreement, &file.agreement) => {
                report.clone()
            }
            _ => Rc::new(split_all(&file.agreement, BasisChoice::AsAgreed)),
        };
        *c = Some((file.clone(), report.clone()));
        report
    })
}

/// The wording editors' previews of `file` in `lang` (of `only` that topic's parts), from the ones
/// made last if they were of the same language and topic.
pub fn previews(file: &Rc<AgreementFile>, lang: Lang, only: Option<Topic>) -> Rc<Document> {
    PREVIEWS.with(|c| {
        let mut c = c.borrow_mut();
        let a = &file.agreement;
        let split = || (*split(file)).clone();
        let doc = match &*c {
            Some(p) if Rc::ptr_eq(&p.file, file) && p.lang == lang && p.only == only => return p.doc.clone(),
            Some(p) if p.lang == lang && p.only == only => {
                generate_previews_after(a, lang, &split, only, &p.file.agreement, &p.doc)
            }
            _ => generate_previews(a, lang, &split, only),
        };
        let doc = Rc::new(doc);
        *c = Some(Previews { file: file.clone(), lang, only, doc: doc.clone() });
        doc
    })
}
