//! Domain core of the TYM cooperation agreement workbench: the model, the file format, the rules, the
//! cost split, text generation and comparison. No web dependencies: the Yew app and the `tym` command
//! line both use this crate, and `cargo test` tests it on the host.

pub mod business_id;
pub mod check;
pub mod compare;
pub mod csv;
pub mod diff;
pub mod docx;
pub mod escape;
pub mod format;
pub mod i18n;
pub mod import;
pub mod journal;
pub mod json;
pub mod law;
pub mod library;
pub mod limits;
pub mod lists;
pub mod merge;
pub mod model;
pub mod num;
pub mod order;
pub mod paste;
pub mod path;
pub mod presets;
pub mod readable;
pub mod rules;
pub mod share;
pub mod shared;
pub mod split;
pub mod synth;
pub mod text;
pub mod wording;
pub mod xlsx;
pub mod zip;

pub use i18n::{Lang, Msg};
pub use model::Agreement;
