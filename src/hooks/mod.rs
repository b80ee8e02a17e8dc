//! Hooks: the shared workbench state and its domain verbs.

mod use_workbench;

pub use use_workbench::{use_workbench, WorkbenchHandle, WorkbenchProvider};
