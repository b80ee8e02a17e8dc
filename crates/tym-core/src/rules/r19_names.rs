//! R19: the names of the same body agree throughout: an employment area's lead municipality is one of
//! the area's municipalities, and no clause names a wellbeing services county that is not a party (a
//! copy from another area's agreement left unedited). Finnish and Swedish texts are both read.

use super::{Ctx, Out, Rule, RuleId};
use crate::check::Arg;
use crate::check::Severity::Consistency;
use crate::i18n::Msg;
use crate::law::Prov;
use crate::model::{Agreement, Party, PartyKind};
use crate::path::F;

const BASIS: &[Prov] = &[Prov::Seeds];

pub const RULE: Rule = Rule {
    id: RuleId::R19,
    title: Msg::RuleT19,
    #[cfg(feature = "all-languages")]
    summary: "Names of the same body agree throughout the text.",
    severities: &[Consistency],
    basis: BASIS,
    check,
};

fn check(cx: &Ctx, o: &mut Out) {
    let a = cx.a;
    for (i, p) in a.parties.iter().enumerate() {
        let lead = p.lead_municipality.trim();
        if !lead.is_empty()
            && !a.area.municipalities.is_empty()
            && !a.area.municipalities.iter().any(|m| m.name == lead)
        {
            let args = vec![lead.into(), Arg::Field(F::AreaMunicipalities.path())];
            o.add_args(Consistency, BASIS, Msg::R19NameMismatch, args, F::PartiesLeadMunicipality.at(i));
        }
    }
    counties_in_texts(a, o);
}

/// The county names a Finnish text gives: the capitalised word in the genitive before "hyvinvointialue"
/// in any of its forms ("Keski-Pohjanmaan" in "Keski-Pohjanmaan hyvinvointialueen").
fn counties_named(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("hyvinvointialue").filter_map(move |(at, _)| {
        let before = text[..at].strip_suffix(' ')?;
        // The word starts after the last character that is not part of it, which may be several
        // bytes long ("”", a no-break space, "–").
        let start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphabetic() || c == '-'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[start..];
        (word.starts_with(char::is_uppercase) && word.ends_with('n')).then_some(word)
    })
}

/// The wellbeing services counties by the genitive `counties_named` finds in their Finnish name, with
/// their Swedish names before "välfärdsområde", as the act establishing the counties gives them
/// (616/2021; the section is not yet confirmed). Swedish names are a closed list because a
/// capitalised word before "välfärdsområdet" is as often the start of a sentence.
const COUNTIES_SV: [(&str, &str); 21] = [
    ("Itä-Uudenmaan", "Östra Nylands"),
    ("Keski-Uudenmaan", "Mellersta Nylands"),
    ("Länsi-Uudenmaan", "Västra Nylands"),
    ("Keravan", "Vanda och Kervo"),
    ("Varsinais-Suomen", "Egentliga Finlands"),
    ("Satakunnan", "Satakunta"),
    ("Kanta-Hämeen", "Egentliga Tavastlands"),
    ("Pirkanmaan", "Birkalands"),
    ("Päijät-Hämeen", "Päijänne-Tavastlands"),
    ("Kymenlaakson", "Kymmenedalens"),
    ("Etelä-Karjalan", "Södra Karelens"),
    ("Etelä-Savon", "Södra Savolax"),
    ("Pohjois-Savon", "Norra Savolax"),
    ("Pohjois-Karjalan", "Norra Karelens"),
    ("Keski-Suomen", "Mellersta Finlands"),
    ("Etelä-Pohjanmaan", "Södra Österbottens"),
    ("Pohjanmaan", "Österbottens"),
    ("Keski-Pohjanmaan", "Mellersta Österbottens"),
    ("Pohjois-Pohjanmaan", "Norra Österbottens"),
    ("Kainuun", "Kajanalands"),
    ("Lapin", "Lapplands"),
];

/// The counties a Swedish text names, by the longest name of `COUNTIES_SV` standing whole before
/// "välfärdsområde" in any of its forms ("Mellersta Österbottens", not "Österbottens").
fn counties_named_sv(text: &str) -> impl Iterator<Item = &'static str> + '_ {
    text.match_indices("välfärdsområde").filter_map(move |(at, _)| {
        let before = text[..at].strip_suffix(' ')?;
        COUNTIES_SV
            .iter()
            .map(|&(_, sv)| sv)
            .filter(|sv| {
                before.strip_suffix(sv).is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphabetic() || c == '-'))
            })
            .max_by_key(|sv| sv.len())
    })
}

/// A clause naming a wellbeing services county that is not a party: a copy from another area's
/// agreement left unedited (the Keski-Pohjanmaa seed names "Pohjanmaan hyvinvointialue" in its area).
/// Finnish and Swedish texts are both read; a party named in Finnish only is known by its Swedish
/// name too.
fn counties_in_texts(a: &Agreement, o: &mut Out) {
    let counties: Vec<&Party> = a.parties_of(PartyKind::WellbeingCounty).collect();
    let named_fi: Vec<&str> = counties.iter().flat_map(|p| counties_named(&p.name_fi)).collect();
    let named_sv: Vec<&str> = counties.iter().flat_map(|p| counties_named_sv(&p.name_sv)).collect();
    // A party is known by both of its names, whichever of them the file gives.
    let fi: Vec<&str> =
        COUNTIES_SV.iter().filter(|(_, s)| named_sv.contains(s)).map(|&(f, _)| f).chain(named_fi).collect();
    let sv: Vec<&str> = COUNTIES_SV.iter().filter(|(f, _)| fi.contains(f)).map(|&(_, s)| s).chain(named_sv).collect();
    let listed_fi = counties.iter().map(|p| p.name_fi.as_str()).collect::<Vec<_>>().join(", ");
    let listed_sv = counties
        .iter()
        .map(|p| if p.name_sv.is_empty() { p.name_fi.as_str() } else { p.name_sv.as_str() })
        .collect::<Vec<_>>()
        .join(", ");
    for (path, text) in a.clause_texts() {
        let others_fi = counties_named(text)
            .filter(|c| !fi.is_empty() && !fi.contains(c))
            .map(|c| (format!("{c} hyvinvointialue"), &listed_fi));
        let others_sv = counties_named_sv(text)
            .filter(|c| !sv.is_empty() && !sv.contains(c))
            .map(|c| (format!("{c} välfärdsområde"), &listed_sv));
        let mut seen: Vec<String> = Vec::new();
        for (county, parties) in others_fi.chain(others_sv) {
            if !seen.contains(&county) {
                o.add(Consistency, BASIS, Msg::R19CountyNotParty, &[&county, parties], path);
                seen.push(county);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{complete, fires, own, quiet};
    use super::*;
    use crate::check::check;
    use crate::i18n::Lang;
    use crate::wording::Topic;

    fn r19(a: &Agreement, lang: Lang) -> Vec<(String, String)> {
        check(a).into_iter().filter(|f| f.rule == RuleId::R19).map(|f| (f.path.to_string(), f.message(lang))).collect()
    }

    #[test]
    fn fires_on_a_lead_municipality_not_of_the_area_and_another_county() {
        fires(RuleId::R19, Consistency, |a| a.parties[0].lead_municipality = "Testilän kaupunki".into());
        fires(RuleId::R19, Consistency, |a| {
            own(a, Topic::Area, "Toimialueena on Naapurin hyvinvointialue ja Testin työllisyysalue.")
        });
    }

    #[test]
    fn quiet_on_the_party_s_own_county_in_any_form() {
        quiet(RuleId::R19, |a| {
            own(a, Topic::Validity, "Testin hyvinvointialueen ja Kelan kesken; hyvinvointialueen edustaja.")
        });
    }

    #[test]
    fn a_county_named_in_a_clause_is_one_of_the_parties() {
        let mut a = complete();
        // Named once or twice, another county is one finding at that clause, naming both.
        own(&mut a, Topic::Validity, "Naapurin hyvinvointialue vastaa. Naapurin hyvinvointialueen edustaja.");
        let found = r19(&a, Lang::Fi);
        assert_eq!(found.len(), 1);
        assert_eq!(
            crate::wording::topic_of(&a, &crate::path::Path::parse(&found[0].0).unwrap()),
            Some(Topic::Validity)
        );
        assert!(found[0].1.contains("”Naapurin hyvinvointialue”") && found[0].1.contains("Testin hyvinvointialue"));
        // "Pohjanmaan" inside "Keski-Pohjanmaan" is not a mention of Pohjanmaa.
        let mut a = complete();
        a.parties[1].name_fi = "Keski-Pohjanmaan hyvinvointialue".into();
        own(&mut a, Topic::Area, "Keski-Pohjanmaan hyvinvointialueen toimialue.");
        assert!(r19(&a, Lang::Fi).is_empty());
        own(&mut a, Topic::Area, "Pohjanmaan hyvinvointialue sekä Keski-Pohjanmaan työllisyysalue.");
        assert_eq!(r19(&a, Lang::Fi).len(), 1);
    }

    #[test]
    fn a_swedish_text_names_the_county_by_its_swedish_name() {
        let mut a = complete();
        a.parties[1].name_fi = "Keski-Pohjanmaan hyvinvointialue".into();
        own(
            &mut a,
            Topic::Area,
            "Mellersta Österbottens välfärdsområdes verksamhetsområde. Detta välfärdsområde ansvarar.",
        );
        assert!(r19(&a, Lang::Sv).is_empty());
        own(&mut a, Topic::Area, "Österbottens välfärdsområde och Österbottens välfärdsområdes personal.");
        let found = r19(&a, Lang::Sv);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("”Österbottens välfärdsområde”"), "{}", found[0].1);
        a.parties[1].name_fi.clear();
        a.parties[1].name_sv = "Mellersta Österbottens välfärdsområde".into();
        own(&mut a, Topic::Area, "Keski-Pohjanmaan hyvinvointialueen toimialue.");
        assert!(r19(&a, Lang::Sv).is_empty());
        own(&mut a, Topic::Area, "Pohjanmaan hyvinvointialueen toimialue.");
        assert_eq!(r19(&a, Lang::Sv).len(), 1);
        own(&mut a, Topic::Area, "Lapplands välfärdsområde.");
        assert!(r19(&a, Lang::Sv)[0].1.contains("Mellersta Österbottens välfärdsområde"));
    }
}
