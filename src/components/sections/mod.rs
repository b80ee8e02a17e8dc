//! The agreement's sections as forms, in the order of the agreement. A section's props are its own
//! part of the agreement, the language and an `Editor`: the agreement view hands each section its
//! slice, and a section re-renders only when that slice changed (typing in section 3 leaves the
//! other sections alone). Each input's id, setter and undo step come from its field's typed path
//! (`tym_core::path::fields`), the path a finding names, so a finding can take the user to its
//! field.

pub mod area;
pub mod lead_person;
pub mod objectives;
pub mod parties;
pub mod signatures;
pub mod steering_group;
pub mod validity;

use crate::components::edit_table::Options;
use crate::hooks::Editor;
use std::rc::Rc;
use tym_core::format::AgreementFile;
use tym_core::model::Agreement;
use tym_core::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionProps<D: PartialEq> {
    /// The section's part of the agreement.
    pub data: D,
    /// The file `data` is from, whose lists the section's tables show. Not compared: equal data hold
    /// equal lists, and a table compares its items itself.
    pub file: Uncompared<Rc<AgreementFile>>,
    pub lang: Lang,
    pub editor: Editor,
    /// Party choices, for the sections that refer to parties.
    #[prop_or_default]
    pub parties: Options,
}

/// A prop that never makes a component render again.
#[derive(Clone)]
pub struct Uncompared<T>(pub T);

impl<T> PartialEq for Uncompared<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Party options with an empty first choice ("not stated").
pub(crate) fn party_choice(a: &Agreement, lang: Lang) -> Vec<(String, String)> {
    let mut v = vec![(String::new(), "–".to_string())];
    v.extend(crate::pages::party_options(a, lang));
    v
}

/// `Some(id)` for a chosen party, `None` for the empty choice.
pub(crate) fn chosen(v: String) -> Option<String> {
    Some(v).filter(|v| !v.is_empty())
}
