//! R22: a Swedish document whose own wording is only in Finnish prints it marked as untranslated.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Severity::Consistency;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::DocLang;
use crate::path::F;
use crate::wording::Block;

const BASIS: &[Prov] = &[Prov::OwnWording];

pub const RULE: Rule = Rule {
    id: RuleId::R22,
    title: Msg::RuleT22,
    #[cfg(feature = "all-languages")]
    summary: "A Swedish document whose own wording is only in Finnish prints it marked as untranslated.",
    severities: &[Consistency],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    if a.meta.document_language != DocLang::Sv {
        return;
    }
    for (i, p) in a.wording.parts.iter().enumerate() {
        for (j, b) in p.blocks.iter().enumerate() {
            if let Block::Own { fi, sv, .. } = b {
                if sv.trim().is_empty() && !fi.trim().is_empty() {
                    let start: String = fi.chars().take(60).collect();
                    o.add(Consistency, BASIS, Msg::R22Untranslated, &[&start], F::WordingPartsBlocksSv.at2(i, j));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, own, quiet};
    use super::*;
    use crate::wording::Topic;

    #[test]
    fn fires_on_finnish_only_wording_in_a_swedish_document() {
        fires(RuleId::R22, Consistency, |a| {
            own(a, Topic::Area, "Vain suomeksi.");
            a.meta.document_language = DocLang::Sv;
        });
    }

    #[test]
    fn quiet_in_a_finnish_document_or_with_the_swedish_text() {
        quiet(RuleId::R22, |a| own(a, Topic::Area, "Vain suomeksi."));
        quiet(RuleId::R22, |a| {
            own(a, Topic::Area, "Vain suomeksi.");
            a.meta.document_language = DocLang::Sv;
            let part = a.wording.parts.iter_mut().find(|p| p.topic == Topic::Area).unwrap();
            if let Block::Own { sv, .. } = &mut part.blocks[0] {
                *sv = "Bara på svenska.".into();
            }
        });
    }
}
