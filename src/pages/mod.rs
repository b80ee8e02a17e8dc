//! The views of the app, one per navigation entry.

pub mod accessibility;
pub mod agreement;
pub mod checks;
pub mod compare;
pub mod costs;
pub mod document;
pub mod projector;
pub mod rules;
pub mod staffing;
pub mod start;

use tym_core::model::{Agreement, Sector};
use tym_core::{Lang, Msg};

/// (party id, display name) options for party selects, in the agreement's order.
pub(crate) fn party_options(a: &Agreement, lang: Lang) -> Vec<(String, String)> {
    a.parties.iter().map(|p| (p.id.clone(), a.party_name(&p.id, lang))).collect()
}

pub(crate) const SECTORS: [(Sector, &str, Msg); 5] = [
    (Sector::Social, "social", Msg::SectorSocial),
    (Sector::Health, "health", Msg::SectorHealth),
    (Sector::Employment, "employment", Msg::SectorEmployment),
    (Sector::Rehabilitation, "rehabilitation", Msg::SectorRehabilitation),
    (Sector::Other, "other", Msg::SectorOther),
];

pub(crate) fn sector_options(lang: Lang) -> Vec<(String, String)> {
    SECTORS.iter().map(|(_, v, m)| (v.to_string(), lang.t(*m).to_string())).collect()
}

pub(crate) fn sector_code(s: Sector) -> &'static str {
    SECTORS.iter().find(|(x, _, _)| *x == s).map(|(_, v, _)| *v).unwrap_or("other")
}

pub(crate) fn sector_from(code: &str) -> Sector {
    SECTORS.iter().find(|(_, v, _)| *v == code).map(|(s, _, _)| *s).unwrap_or(Sector::Other)
}

/// Everything the wording editors of one view need, computed once per render of the view: the
/// document in its own language (Finnish until Swedish strings are loaded) and the fields to insert.
/// A view with the wording of one topic generates only that topic's previews (`only`): on the
/// staffing page of the large agreement the rest cost 1.1 ms of each keystroke (docs/performance.md).
pub(crate) struct Wordings {
    doc: std::rc::Rc<tym_core::text::Document>,
    parts: Vec<tym_core::wording::Part>,
    fields: std::rc::Rc<Vec<(String, String)>>,
    bilingual: bool,
}

impl Wordings {
    fn of(
        file: &std::rc::Rc<tym_core::format::AgreementFile>,
        lang: Lang,
        only: Option<tym_core::wording::Topic>,
    ) -> Wordings {
        use tym_core::model::DocLang;
        let a = &file.agreement;
        let doc_lang = match a.meta.document_language {
            DocLang::Sv if tym_core::i18n::is_installed(Lang::Sv) => Lang::Sv,
            _ => Lang::Fi,
        };
        let parts = a.wording.parts().into_owned();
        let bilingual = a.meta.document_language == DocLang::Sv
            || parts.iter().any(|p| !p.heading.sv.is_empty())
            || parts
                .iter()
                .flat_map(|p| &p.blocks)
                .any(|b| matches!(b, tym_core::wording::Block::Own { sv, .. } if !sv.is_empty()));
        Wordings {
            // Made again from the last version's: a keystroke in a clause words that clause alone.
            doc: crate::derived::previews(file, doc_lang, only),
            parts,
            fields: std::rc::Rc::new(tym_core::text::field_choices(a, lang)),
            bilingual,
        }
    }

    /// Everything, for the view with every topic.
    pub(crate) fn all(file: &std::rc::Rc<tym_core::format::AgreementFile>, lang: Lang) -> Wordings {
        Self::of(file, lang, None)
    }

    /// What the wording editor of a view with one topic shows.
    pub(crate) fn of_one(
        file: &std::rc::Rc<tym_core::format::AgreementFile>,
        lang: Lang,
        topic: tym_core::wording::Topic,
    ) -> crate::components::wording_editor::WordingData {
        Self::of(file, lang, Some(topic)).of_topic(topic)
    }

    /// The parts of `topic` with what they print.
    pub(crate) fn of_topic(&self, topic: tym_core::wording::Topic) -> crate::components::wording_editor::WordingData {
        let mut parts = Vec::new();
        let mut printed = Vec::new();
        for (i, (p, s)) in self.parts.iter().zip(&self.doc.sections).enumerate().filter(|(_, (p, _))| p.topic == topic)
        {
            parts.push((i, p.clone()));
            let blocks = s.sources.iter().zip(&s.blocks).map(|(src, b)| (*src, b.plain())).collect();
            printed.push((s.heading.clone(), blocks));
        }
        crate::components::wording_editor::WordingData {
            parts,
            printed,
            fields: self.fields.clone(),
            bilingual: self.bilingual,
        }
    }
}
