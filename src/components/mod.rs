//! Reusable parts of the pages, one component a file.

pub mod bar_chart;
pub mod checkbox_field;
pub mod confirm_dialog;
pub mod date_field;
pub mod dec_field;
pub mod edit_table;
pub mod footer;
pub mod header;
pub mod import_panel;
pub mod incoming;
pub mod lazy_html;
pub mod library;
pub mod nav;
pub mod no_draft;
pub mod notice;
pub mod paste_dialog;
pub mod row_actions;
pub mod scroll_region;
pub mod sections;
pub mod select_field;
pub mod share_dialog;
pub mod staff_table;
pub mod summary;
pub mod text_field;
pub mod variant_bar;
pub mod wording_editor;
