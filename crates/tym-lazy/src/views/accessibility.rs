//! The accessibility statement (saavutettavuusseloste, Act 306/2019): its paragraphs, read rarely, so
//! they are rendered here rather than in the first download. Input: `{}`.

use super::Html;
use tym_core::{Lang, Msg};

pub fn render(lang: Lang) -> String {
    let mut h = Html::new();
    for m in [Msg::A11yScope, Msg::A11yStatus, Msg::A11yHow, Msg::A11yKnown, Msg::A11yFeedback, Msg::A11yDate] {
        h.el("p", &[], lang.t(m));
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_paragraph_is_there_in_each_language() {
        for lang in tym_core::Lang::ALL {
            let html = super::render(lang);
            assert_eq!(html.matches("<p>").count(), 6);
            assert!(!html.contains("<p></p>"), "{html}");
        }
    }
}
