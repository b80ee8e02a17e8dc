//! Reusable parts of the pages, one component a file.

pub mod bar_chart;
pub mod dec_field;
pub mod header;
pub mod nav;
pub mod no_draft;
pub mod notice;
pub mod select_field;
pub mod summary;
pub mod text_field;
