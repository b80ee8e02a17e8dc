//! `use_settled`: the findings and the cost split shown beside the editor (the summary and the
//! navigation's count), computed once the frame showing an edit is painted. A keystroke then shows
//! its character without waiting for every rule and the split: in the large agreement they were a
//! third of a keystroke's processing (docs/performance.md). The panels show the newest settled
//! results, one frame behind the editor at most; before a draft's first results are settled they
//! are computed at once, so no panel shows another draft's figures.
//!
//! The shell holds the hook and passes the results to the panels as props: settling re-renders the
//! shell and the two panels, and the agreement view only when a section's count of findings changed (a provider component with its own context cost 1.9 kB
//! more of the first download).

use crate::hooks::WorkbenchHandle;
use crate::platform::paint::after_paint;
use std::cell::RefCell;
use std::rc::Rc;
use tym_core::check::Finding;
use tym_core::format::AgreementFile;
use tym_core::split::SplitReport;
use tym_core::wording::{topic_of, Topic};
use yew::prelude::*;

/// A version of the open file with its findings and split.
#[derive(Clone)]
pub struct Settled {
    pub file: Rc<AgreementFile>,
    pub findings: Rc<Vec<Finding>>,
    pub split: Rc<SplitReport>,
    /// The findings per section of the agreement (`Topic` as index), for the agreement view's list.
    pub by_topic: SectionCounts,
    draft: Option<String>,
}

/// How many findings each section has, indexed by `Topic`.
pub type SectionCounts = [usize; Topic::ALL.len()];

impl PartialEq for Settled {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.file, &other.file) && self.draft == other.draft
    }
}

impl Settled {
    fn of(file: Rc<AgreementFile>, draft: Option<String>) -> Settled {
        let findings = crate::derived::findings(&file);
        let mut by_topic = [0; Topic::ALL.len()];
        for t in findings.iter().filter_map(|f| topic_of(&file.agreement, &f.path)) {
            by_topic[t as usize] += 1;
        }
        Settled { findings, split: crate::derived::split(&file), by_topic, file, draft }
    }
}

/// The newest file to settle, of which draft, and how to re-render the shell.
struct Pending {
    file: Rc<AgreementFile>,
    draft: Option<String>,
    rerender: UseForceUpdateHandle,
}

thread_local! {
    static SETTLED: RefCell<Option<Settled>> = const { RefCell::new(None) };
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
}

fn settle() {
    if let Some(p) = PENDING.with(|p| p.borrow_mut().take()) {
        SETTLED.with(|s| *s.borrow_mut() = Some(Settled::of(p.file, p.draft)));
        p.rerender.force_update();
    }
}

/// The results to show for the open file (`None` without one): the newest settled of the same draft,
/// else the open file's own, computed now. Settles each new version after the frame that shows it.
#[hook]
pub fn use_settled(wb: &WorkbenchHandle) -> Option<Settled> {
    let rerender = use_force_update();
    {
        let (file, draft) = (wb.file.clone(), wb.draft_id.clone());
        use_effect_with(file.as_ref().map(|f| Rc::as_ptr(f) as usize), move |_| {
            PENDING.with(|p| *p.borrow_mut() = file.map(|file| Pending { file, draft, rerender }));
            after_paint(settle);
        });
    }
    let file = wb.file.clone()?;
    match SETTLED.with(|s| s.borrow().clone()) {
        Some(s) if s.draft == wb.draft_id => Some(s),
        _ => Some(Settled::of(file, wb.draft_id.clone())),
    }
}
