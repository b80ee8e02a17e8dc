//! Views the lazy module renders as HTML for the app (`render`): read-only, rarely used parts of the
//! app whose Yew code would not fit the first download. The app sets the HTML into one element
//! (`components/lazy_html.rs`) and handles the clicks of elements that carry `data-action` (and
//! `data-arg`), so a view's buttons act in the app (go to a field, take a difference over).
//!
//! Every text goes through [`Html::text`] or [`Html::attr`] (escaped); markup is only ever written as
//! literals here. Ids and classes are the app's own, so the styles, the e2e tests and the print
//! layout treat these parts like the rest of the app.

pub mod accessibility;
pub mod checks;
pub mod compare;
pub mod document;
pub mod import_report;
pub mod incoming;
pub mod library;
pub mod merge;
pub mod paste;
pub mod projector;
pub mod rules;
pub mod share;

use tym_core::escape;

/// An HTML fragment under construction.
#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Self {
        Self::default()
    }

    /// An opening tag with attributes (values escaped); `None` values are left out.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, Option<&str>)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            if let Some(v) = value {
                self.0.push(' ');
                self.0.push_str(name);
                self.0.push_str("=\"");
                self.0.push_str(&escape::html(v));
                self.0.push('"');
            }
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, t: &str) -> &mut Self {
        self.0.push_str(&escape::html(t));
        self
    }

    /// `<tag attrs>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, Option<&str>)], t: &str) -> &mut Self {
        self.open(tag, attrs).text(t).close(tag)
    }

    pub fn finish(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut h = Html::new();
        h.el("p", &[("title", Some("\"><script>")), ("hidden", None)], "<b>&");
        assert_eq!(h.finish(), "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;&amp;</p>");
    }
}
