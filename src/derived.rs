//! Results derived from the open file — the findings and the cost split as agreed — computed once per
//! version of the file however many components show them (navigation badge, summary, checks view).
//! Keyed by the file's `Rc`: every edit makes a new one, so a cached result can never be stale.

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use tym_core::check::{check, Finding};
use tym_core::format::AgreementFile;
use tym_core::split::{split_all, BasisChoice, SplitReport};

type Cache<T> = RefCell<Option<(Weak<AgreementFile>, Rc<T>)>>;

thread_local! {
    static FINDINGS: Cache<Vec<Finding>> = const { RefCell::new(None) };
    static SPLIT: Cache<SplitReport> = const { RefCell::new(None) };
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

pub fn findings(file: &Rc<AgreementFile>) -> Rc<Vec<Finding>> {
    cached(&FINDINGS, file, || check(&file.agreement))
}

pub fn split(file: &Rc<AgreementFile>) -> Rc<SplitReport> {
    cached(&SPLIT, file, || split_all(&file.agreement, BasisChoice::AsAgreed))
}
