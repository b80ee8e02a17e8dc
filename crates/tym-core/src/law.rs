//! The legal basis as dated data: every provision the checker cites, to the subsection ("mom.") and
//! item ("kohta"), with each version of its wording in Finnish and Swedish (both authentic) and the
//! date from which that version is in force. An amendment is one more `Version` in one place: the
//! checker then cites, for each agreement, the version in force on its `validity.effective_from`.
//!
//! The wording is quoted from the statutes as first published (Finlex open data; statutes are not
//! protected by copyright, 404/1961 9 §), with 381/2023 9 § 1–2 mom. as amended by 437/2024 (the
//! amendment came into force with the act on 1.1.2025, so the first-published text of those
//! subsections never applied and is not held). The texts are catalogue entries (`Msg::Law…`) in
//! `i18n/fi.rs` and `i18n/sv.rs`; an amendment is one `Version` here and its text in both files. How a
//! citation is written ("381/2023 9 § 2 mom.", "388/2024 3 § 2 punkten", "Decree 388/2024 s. 3(1)(2)")
//! comes from the i18n catalogues; the numbers and the wording come from here only.

use crate::i18n::{Lang, Msg};
use chrono::NaiveDate;

/// A statute cited by the checker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Statute {
    /// Laki työllistymisen monialaisesta edistämisestä (381/2023).
    Act381,
    /// Valtioneuvoston asetus työllistymistä edistävän monialaisen tuen yhteistoimintamallin
    /// organisoimisesta (388/2024).
    Decree388,
    /// Laki oikeudenkäynnistä hallintoasioissa (808/2019).
    Act808,
    /// Laki työvoimapalveluiden järjestämisestä (380/2023).
    Act380,
}

impl Statute {
    /// "laki 381/2023", "lag 381/2023", "Act 381/2023".
    pub fn name(self) -> Msg {
        match self {
            Statute::Act381 => Msg::LawAct381,
            Statute::Decree388 => Msg::LawDecree388,
            Statute::Act808 => Msg::LawAct808,
            Statute::Act380 => Msg::LawAct380,
        }
    }
}

/// Where in a statute: section, subsection, item. `subsection: None` with an item is an item of a
/// section that has one subsection (388/2024 3 §); with `opening` the section's opening words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub statute: Statute,
    pub section: u16,
    pub subsection: Option<u8>,
    pub item: Option<u8>,
    pub opening: bool,
}

/// One wording of a provision and the day it came into force. The text itself is a catalogue entry
/// (`Msg::Law…`): Finnish in `i18n/fi.rs`, Swedish in `i18n/sv.rs`, so that the browser app carries
/// the Swedish statute text only when Swedish is chosen, and a missing language does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Version {
    /// In force from (year, month, day).
    pub from: (i32, u32, u32),
    /// The amending statute, `None` for the text as first enacted.
    pub amended_by: Option<&'static str>,
    /// The wording, as a catalogue key.
    pub text: Msg,
}

impl Version {
    pub fn from_date(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.from.0, self.from.1, self.from.2).unwrap_or_default()
    }
}

/// A basis of a rule: a provision of a statute, or one of the bases that are not law.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Statute(Place, &'static [Version]),
    /// What the five real agreements agree on.
    Practice,
    /// Arithmetic: the figures of the draft agree with each other.
    Arithmetic,
    /// The business ID's check digit.
    CheckDigit,
    /// Every reference in the file names something the file holds.
    References,
    /// A place left to be filled in.
    Unfilled,
    /// The parties' own wording of the document.
    OwnWording,
}

macro_rules! provisions {
    ($($id:ident = $src:expr;)*) => {
        /// A provision or other basis that a rule cites; `Prov::source` gives its place and wording.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Prov { $($id),* }
        /// The table: one constant per provision, so its wording is a `'static` slice.
        #[allow(non_upper_case_globals)]
        mod table {
            use super::*;
            $(pub const $id: Source = $src;)*
        }
        impl Prov {
            pub const ALL: &'static [Prov] = &[$(Prov::$id),*];
            pub fn source(self) -> Source {
                match self { $(Prov::$id => table::$id),* }
            }
        }
    };
}

const fn at(statute: Statute, section: u16, subsection: Option<u8>, item: Option<u8>) -> Place {
    Place { statute, section, subsection, item, opening: false }
}

const fn v(from: (i32, u32, u32), amended_by: Option<&'static str>, text: Msg) -> Version {
    Version { from, amended_by, text }
}

const Y2025: (i32, u32, u32) = (2025, 1, 1);
use Statute::*;

provisions! {
    Act381S2M1 = Source::Statute(at(Act381, 2, Some(1), None), &[v(Y2025, None, Msg::LawAct381S2M1)]);
    Act381S9M1 = Source::Statute(at(Act381, 9, Some(1), None), &[
        v(Y2025, Some("437/2024"), Msg::LawAct381S9M1),
    ]);
    Act381S9M2 = Source::Statute(at(Act381, 9, Some(2), None), &[
        v(Y2025, Some("437/2024"), Msg::LawAct381S9M2),
    ]);
    Act381S10M1 = Source::Statute(at(Act381, 10, Some(1), None), &[v(Y2025, None, Msg::LawAct381S10M1)]);
    Act381S10M2 = Source::Statute(at(Act381, 10, Some(2), None), &[v(Y2025, None, Msg::LawAct381S10M2)]);
    Act381S13M1 = Source::Statute(at(Act381, 13, Some(1), None), &[v(Y2025, None, Msg::LawAct381S13M1)]);
    Act381S16M1 = Source::Statute(at(Act381, 16, Some(1), None), &[v(Y2025, None, Msg::LawAct381S16M1)]);
    Act381S16M3 = Source::Statute(at(Act381, 16, Some(3), None), &[v(Y2025, None, Msg::LawAct381S16M3)]);
    Decree388S1M1 = Source::Statute(at(Decree388, 1, Some(1), None), &[v(Y2025, None, Msg::LawDecree388S1M1)]);
    Decree388S1M2 = Source::Statute(at(Decree388, 1, Some(2), None), &[v(Y2025, None, Msg::LawDecree388S1M2)]);
    Decree388S1M3 = Source::Statute(at(Decree388, 1, Some(3), None), &[v(Y2025, None, Msg::LawDecree388S1M3)]);
    Decree388S2M1 = Source::Statute(at(Decree388, 2, Some(1), None), &[v(Y2025, None, Msg::LawDecree388S2M1)]);
    Decree388S3 = Source::Statute(Place { statute: Decree388, section: 3, subsection: None, item: None, opening: true }, &[v(Y2025, None, Msg::LawDecree388S3)]);
    Decree388S3K1 = Source::Statute(at(Decree388, 3, None, Some(1)), &[v(Y2025, None, Msg::LawDecree388S3K1)]);
    Decree388S3K2 = Source::Statute(at(Decree388, 3, None, Some(2)), &[v(Y2025, None, Msg::LawDecree388S3K2)]);
    Decree388S3K3 = Source::Statute(at(Decree388, 3, None, Some(3)), &[v(Y2025, None, Msg::LawDecree388S3K3)]);
    Decree388S3K4 = Source::Statute(at(Decree388, 3, None, Some(4)), &[v(Y2025, None, Msg::LawDecree388S3K4)]);
    Decree388S3K5 = Source::Statute(at(Decree388, 3, None, Some(5)), &[v(Y2025, None, Msg::LawDecree388S3K5)]);
    Decree388S4M1 = Source::Statute(at(Decree388, 4, Some(1), None), &[v(Y2025, None, Msg::LawDecree388S4M1)]);
    Decree388S4M2 = Source::Statute(at(Decree388, 4, Some(2), None), &[v(Y2025, None, Msg::LawDecree388S4M2)]);
    // The text of 808/2019 is not among the statutes the product holds: cited without wording.
    Act808S20 = Source::Statute(at(Act808, 20, None, None), &[]);
    // 380/2023 21 § (the national objectives), named by 388/2024 2 § 1 mom.; its text is not held.
    Act380S21 = Source::Statute(at(Act380, 21, None, None), &[]);
    Seeds = Source::Practice;
    Arithmetic = Source::Arithmetic;
    BusinessIdCheck = Source::CheckDigit;
    References = Source::References;
    Unfilled = Source::Unfilled;
    OwnWording = Source::OwnWording;
}

/// The version of `versions` in force on `on`: the last one whose date has come. Before the first
/// one (an agreement dated before the law), and with no date (`None`: today's law), the first and
/// the last respectively.
pub fn in_force(versions: &'static [Version], on: Option<NaiveDate>) -> Option<&'static Version> {
    match on {
        None => versions.last(),
        Some(d) => versions.iter().rev().find(|v| v.from_date() <= d).or(versions.first()),
    }
}

impl Prov {
    /// The wording in force on `on` in Finnish or Swedish (English has no authentic text: Finnish is
    /// shown). `None` for a basis that is not a statute or whose text the product does not hold.
    pub fn wording(self, lang: Lang, on: Option<NaiveDate>) -> Option<&'static str> {
        let Source::Statute(_, versions) = self.source() else { return None };
        in_force(versions, on).map(|v| if lang == Lang::Sv { Lang::Sv.t(v.text) } else { Lang::Fi.t(v.text) })
    }

    /// The citation in the reader's language with the amending statute of the version in force:
    /// "laki 381/2023 9 § 1 mom. (437/2024)", "förordning 388/2024 3 § 2 punkten",
    /// "Act 381/2023 s. 9(1) (as amended by 437/2024)".
    pub fn cite(self, lang: Lang, on: Option<NaiveDate>) -> String {
        let (p, versions) = match self.source() {
            Source::Statute(p, versions) => (p, versions),
            Source::Practice => return lang.t(Msg::CiteSeeds).to_string(),
            Source::Arithmetic => return lang.t(Msg::CiteArithmetic).to_string(),
            Source::CheckDigit => return lang.t(Msg::CiteBusinessId).to_string(),
            Source::References => return lang.t(Msg::CiteReferences).to_string(),
            Source::Unfilled => return lang.t(Msg::CiteUnfilled).to_string(),
            Source::OwnWording => return lang.t(Msg::CiteWording).to_string(),
        };
        let name = lang.t(p.statute.name());
        let section = p.section.to_string();
        let base = match (p.subsection, p.item, p.opening) {
            (_, _, true) => lang.fmt(Msg::CiteFmtOpening, &[name, &section]),
            (Some(m), Some(k), _) => lang.fmt(Msg::CiteFmtSubItem, &[name, &section, &m.to_string(), &k.to_string()]),
            (Some(m), None, _) => lang.fmt(Msg::CiteFmtSubsection, &[name, &section, &m.to_string()]),
            (None, Some(k), _) => lang.fmt(Msg::CiteFmtItem, &[name, &section, &k.to_string()]),
            (None, None, _) => lang.fmt(Msg::CiteFmtSection, &[name, &section]),
        };
        match in_force(versions, on).and_then(|v| v.amended_by) {
            Some(by) => lang.fmt(Msg::CiteFmtAmended, &[&base, by]),
            None => base,
        }
    }

    /// A statute's provision (not practice, arithmetic or a check digit).
    pub fn is_statute(self) -> bool {
        matches!(self.source(), Source::Statute(..))
    }
}

/// Several citations joined: "laki 381/2023 10 § 2 mom.; asetus 388/2024 3 § 4 kohta".
pub fn cite_all(provs: &[Prov], lang: Lang, on: Option<NaiveDate>) -> String {
    provs.iter().map(|p| p.cite(lang, on)).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn citations_to_the_subsection_and_item() {
        assert_eq!(Prov::Act381S9M2.cite(Lang::Fi, d(2025, 3, 1)), "laki 381/2023 9 § 2 mom. (437/2024)");
        assert_eq!(Prov::Decree388S3K2.cite(Lang::Fi, None), "asetus 388/2024 3 § 2 kohta");
        assert_eq!(Prov::Decree388S3K2.cite(Lang::Sv, None), "förordning 388/2024 3 § 2 punkten");
        assert_eq!(Prov::Decree388S3K2.cite(Lang::En, None), "Decree 388/2024 s. 3(1)(2)");
        assert_eq!(Prov::Act381S9M1.cite(Lang::En, None), "Act 381/2023 s. 9(1) (as amended by 437/2024)");
        assert_eq!(Prov::Decree388S1M3.cite(Lang::Fi, None), "asetus 388/2024 1 § 3 mom.");
        assert_eq!(Prov::Act381S16M3.cite(Lang::Sv, None), "lag 381/2023 16 § 3 mom.");
    }

    #[test]
    fn the_version_in_force_on_the_date_is_cited() {
        const A: Msg = Msg::LawAct381S10M1;
        const B: Msg = Msg::LawAct381S10M2;
        const V: &[Version] = &[v((2025, 1, 1), None, A), v((2026, 1, 1), Some("1/2025"), B)];
        assert_eq!(in_force(V, d(2025, 6, 1)).map(|v| v.text), Some(A));
        assert_eq!(in_force(V, d(2026, 1, 1)).map(|v| v.text), Some(B));
        assert_eq!(in_force(V, d(2024, 1, 1)).map(|v| v.text), Some(A), "before the law: its first text");
        assert_eq!(in_force(V, None).map(|v| v.text), Some(B), "no date: the newest text");
        // 381/2023 9 § 1 mom. was amended by 437/2024 before it came into force: that text applies
        // from the first day, and the text as first published was never in force (not held).
        assert!(Prov::Act381S9M1.wording(Lang::Fi, d(2025, 1, 1)).unwrap().contains("useampi työvoimaviranomainen"));
        assert!(Prov::Act381S9M1.wording(Lang::Sv, d(2025, 1, 1)).unwrap().contains("flera arbetskraftsmyndigheter"));
    }

    /// `None` cites the newest version as today's law: true while no version in the table is dated
    /// after today. An amendment announced ahead of its date must make callers pass today's date.
    #[test]
    fn the_newest_version_is_today_s_law() {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        let today = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Days::new(secs / 86_400);
        for &p in Prov::ALL {
            if let Source::Statute(_, versions) = p.source() {
                assert!(versions.iter().all(|v| v.from_date() <= today), "{p:?} has a version dated after today");
            }
        }
    }

    #[test]
    fn every_statute_provision_has_wording_in_both_authentic_languages_except_808() {
        for &p in Prov::ALL {
            if let Source::Statute(place, versions) = p.source() {
                if !matches!(place.statute, Statute::Act808 | Statute::Act380) {
                    assert!(!versions.is_empty(), "{p:?}");
                }
                for v in versions {
                    assert!(!Lang::Fi.t(v.text).trim().is_empty() && !Lang::Sv.t(v.text).trim().is_empty(), "{p:?}");
                }
                let mut dates: Vec<_> = versions.iter().map(|v| v.from).collect();
                dates.sort();
                assert_eq!(dates, versions.iter().map(|v| v.from).collect::<Vec<_>>(), "{p:?}: versions in date order");
            }
        }
    }
}
