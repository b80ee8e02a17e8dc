//! Hooks: the shared workbench state and its domain verbs, persistence, and the results settled
//! after a paint.

mod use_modal;
mod use_persistence;
mod use_settled;
mod use_workbench;

pub use use_modal::{use_modal, Modal};
pub use use_persistence::{journal_holds_edits, journal_now, restart_journal, use_persistence};
pub use use_settled::{use_settled, SectionCounts, Settled};

pub use use_workbench::{use_workbench, Editor, WorkbenchHandle, WorkbenchProvider};
