//! From the source's lines to the document's parts: headings of the forms agreements use ("1
//! Sopimuksen tarkoitus", "1. Sopimuksen tarkoitus", "1 §", Word heading styles with automatic
//! numbering, Markdown "##"), annexes ("LIITE 2 JOHTORYHMÄN KOKOONPANO"), upper-case group headings
//! ("II MONIALAISEN …"), the table of contents (left out: the document makes its own), and every
//! other line carried in order as the area's own wording of the part it is in — hard-wrapped lines
//! joined into paragraphs, list lines as items, short stand-alone lines as sub-headings. Text before
//! the first section is kept in an unnumbered part: nothing is dropped.

use super::Line;
use crate::wording::{Block, Part, PartKind, Style, Text, Topic};

/// The parsed document.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub title: String,
    pub parts: Vec<Part>,
    /// Per part: the heading as written and the heading's words its topic was recognised by.
    pub headings: Vec<(String, String)>,
    /// Per part: the source's tables in it.
    pub tables: Vec<Vec<Vec<Vec<String>>>>,
    /// (part, block) of the own paragraphs a table's rows became: read as a table, not as text.
    pub table_blocks: Vec<(usize, usize)>,
    pub sections_found: usize,
    pub toc_lines: usize,
}

/// The topic of a heading, and the words that said so. Order matters: "Henkilörekisteri" is client
/// data before it is staff, "Johtavan henkilön tehtävät" is the lead person before the group.
pub fn topic_of(heading: &str) -> (Topic, &'static str) {
    let h = heading.to_lowercase();
    const KEYS: &[(&str, Topic)] = &[
        ("tarkoitus", Topic::Purpose),
        ("sopijapuol", Topic::Parties),
        ("sopijaosapuol", Topic::Parties),
        ("sopimusosapuol", Topic::Parties),
        ("osapuolet", Topic::Parties),
        ("toimialue", Topic::Area),
        ("toiminta-alue", Topic::Area),
        ("henkilörekister", Topic::ClientData),
        ("asiakasrekister", Topic::ClientData),
        ("asiakastieto", Topic::ClientData),
        ("tietosuoja", Topic::ClientData),
        ("asiakirjat", Topic::ClientData),
        ("johtoryhmä ja johtava", Topic::SteeringGroup),
        ("johtava henkilö", Topic::LeadPerson),
        ("johtavan henkilön", Topic::LeadPerson),
        ("johtoryhmä", Topic::SteeringGroup),
        ("tavoit", Topic::Objectives),
        ("järjestämisen tav", Topic::Arrangement),
        ("tuottamisen paikat", Topic::Arrangement),
        ("henkilöst", Topic::Staffing),
        ("kustannu", Topic::Costs),
        ("kulut", Topic::Costs),
        ("toimintamenot", Topic::Costs),
        ("palvelu", Topic::Services),
        ("voimassa", Topic::Validity),
        ("muuttaminen", Topic::Validity),
        ("irtisano", Topic::Validity),
        ("erimielisyy", Topic::Validity),
        ("riitojen", Topic::Validity),
        ("liitteet", Topic::Validity),
        ("allekirjoit", Topic::Signatures),
    ];
    KEYS.iter().find(|(k, _)| h.contains(k)).map(|&(k, t)| (t, k)).unwrap_or((Topic::Other, ""))
}

/// Markdown emphasis and heading marks that text exported from Word by a converter carries.
fn clean(s: &str) -> (String, usize) {
    let t = s.trim();
    let hashes = t.chars().take_while(|&c| c == '#').count();
    let t = t[hashes..].replace("**", "").replace("__", "");
    (t.trim().to_string(), hashes)
}

fn is_toc(s: &str) -> bool {
    let t = s.trim();
    if t.contains(".....") || t.contains("\u{2026}\u{2026}") {
        return true;
    }
    // "3\tToimialue\t3": a tab before a trailing page number.
    match t.rsplit_once('\t') {
        Some((head, page)) => page.trim().chars().all(|c| c.is_ascii_digit()) && head.chars().any(char::is_alphabetic),
        None => false,
    }
}

fn upper_start(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn heading_like(rest: &str) -> bool {
    let r = rest.trim();
    upper_start(r)
        && r.chars().count() <= 90
        && r.split_whitespace().count() <= 12
        && !r.ends_with(['.', ',', ';', ':'])
        && !r.contains(" - ")
        && !r.contains(" – ")
}

/// "1 Sopimuksen tarkoitus", "1. Sopimuksen tarkoitus", "1 § Sopimuksen tarkoitus", "1 §".
fn numbered(s: &str) -> Option<(u32, String)> {
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let n: u32 = s[..digits].parse().ok()?;
    let rest = &s[digits..];
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    if !rest.starts_with([' ', '\t']) && !rest.is_empty() {
        return None;
    }
    let rest = rest.trim();
    let rest = rest.strip_prefix('§').map(str::trim).unwrap_or(rest);
    if rest.is_empty() {
        return s.contains('§').then(|| (n, String::new()));
    }
    heading_like(rest).then(|| (n, rest.to_string()))
}

fn roman(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// "II MONIALAISEN YHTEISTOIMINTAMALLIN JOHTAMINEN …": a Roman numeral and upper-case words.
fn group_heading(s: &str) -> bool {
    let mut w = s.split_whitespace();
    w.next().is_some_and(roman) && all_upper(s) && s.split_whitespace().count() >= 2
}

fn all_upper(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
}

/// "LIITE 2 JOHTORYHMÄN KOKOONPANO …" (upper case, so "Liite 1: …" in a list is not an annex).
fn annex(s: &str) -> Option<String> {
    let rest = s.strip_prefix("LIITE")?.trim_start();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let title = rest[digits..].trim_start_matches([':', '.', ' ', '\t']).trim();
    (title.is_empty() || all_upper(title)).then(|| title.to_string())
}

/// List marks a line may start with; the mark is not part of the item's text.
fn item_mark(s: &str) -> Option<&str> {
    for m in ["- ", "• ", "\u{f0b7} ", "\u{f0b7}", "* ", "– ", "o ", "▪ ", "· "] {
        if let Some(r) = s.strip_prefix(m) {
            return Some(r.trim_start());
        }
    }
    None
}

/// "1) 25 artiklassa …", "a) …": an enumerated item, kept with its number.
fn enumerated(s: &str) -> bool {
    let head: String = s.chars().take_while(|c| c.is_alphanumeric()).collect();
    !head.is_empty() && head.chars().count() <= 2 && s[head.len()..].starts_with(')')
}

struct Builder {
    doc: Doc,
    last_number: u32,
    in_annex: bool,
    /// The paragraph being joined from hard-wrapped lines.
    para: Vec<String>,
    para_style: Style,
}

impl Builder {
    fn part(&mut self) -> &mut Part {
        if self.doc.parts.is_empty() {
            self.open(PartKind::Unnumbered, Topic::Other, "", "");
        }
        self.doc.parts.last_mut().unwrap_or_else(|| unreachable!())
    }

    fn open(&mut self, kind: PartKind, topic: Topic, heading: &str, by: &str) {
        self.flush();
        self.doc.parts.push(Part { kind, topic, heading: Text::fi(heading), blocks: Vec::new() });
        self.doc.headings.push((heading.to_string(), by.to_string()));
        self.doc.tables.push(Vec::new());
    }

    fn flush(&mut self) {
        if self.para.is_empty() {
            return;
        }
        let mut text = String::new();
        for l in self.para.drain(..) {
            if text.ends_with('-') && !text.ends_with(" -") && l.starts_with(char::is_alphabetic) {
                // A word broken at the line's end ("voi-" / "maan"): joined without a space; the
                // hyphen stays, as it is in the source ("TYM-" / "laki", "tietosuoja-" / "asetus").
            } else if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(l.trim());
        }
        let style = self.para_style;
        let text = text.trim().to_string();
        if text.is_empty() {
            return;
        }
        let style = if style == Style::Paragraph && sub_heading(&text) { Style::Heading } else { style };
        self.part().blocks.push(Block::own(style, &text));
        self.para_style = Style::Paragraph;
    }

    fn push(&mut self, style: Style, text: &str) {
        self.flush();
        self.para_style = style;
        self.para.push(text.to_string());
    }
}

/// A short stand-alone line that names what follows ("Voimassaolo", "Irtisanominen").
fn sub_heading(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=6).contains(&words)
        && upper_start(s)
        && !s.ends_with(['.', ',', ';', ':', ')'])
        && !s.chars().any(|c| c.is_ascii_digit())
        && !s.contains(',')
}

pub fn parse(lines: &[Line]) -> Doc {
    let mut b = Builder {
        doc: Doc::default(),
        last_number: 0,
        in_annex: false,
        para: Vec::new(),
        para_style: Style::Paragraph,
    };
    let mut title: Vec<String> = Vec::new();
    let mut group_open = false;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        i += 1;
        if let Some(rows) = &line.table {
            b.flush();
            let rows: Vec<Vec<String>> =
                rows.iter().filter(|r| r.iter().any(|c| !c.trim().is_empty())).cloned().collect();
            if rows.is_empty() {
                continue;
            }
            for r in &rows {
                let cells: Vec<&str> = r.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
                b.part().blocks.push(Block::own(Style::Paragraph, &cells.join(" \u{2013} ")));
                let at = (b.doc.parts.len() - 1, b.doc.parts.last().map_or(0, |p| p.blocks.len() - 1));
                b.doc.table_blocks.push(at);
            }
            if let Some(t) = b.doc.tables.last_mut() {
                t.push(rows);
            } else {
                b.doc.tables.push(vec![rows]);
            }
            continue;
        }
        let (text, hashes) = clean(&line.text);
        if text.is_empty() {
            // A blank line ends the paragraph unless the paragraph stops mid-sentence and the next
            // line goes on in lower case (converters that put a blank line after every line).
            let mid_sentence = b.para.last().is_some_and(|l| !l.trim_end().ends_with(['.', ':', '!', '?', ';']));
            let next_lower = lines[i..]
                .iter()
                .find(|l| !l.text.trim().is_empty() || l.table.is_some())
                .is_some_and(|l| l.table.is_none() && l.text.trim_start().starts_with(char::is_lowercase));
            if !(mid_sentence && next_lower) {
                b.flush();
            }
            group_open = false;
            continue;
        }
        if is_toc(&text) {
            b.flush();
            b.doc.toc_lines += 1;
            continue;
        }
        // The title: upper-case lines before anything else.
        if b.doc.parts.is_empty()
            && b.para.is_empty()
            && all_upper(&text)
            && annex(&text).is_none()
            && !group_heading(&text)
        {
            title.push(text);
            continue;
        }
        let heading_hint = line.heading.is_some() || hashes > 0;
        // A group heading continued on the next line ("… JA SISÄINEN" / "ORGANISOITUMINEN").
        if group_open && all_upper(&text) {
            if let Some(p) = b.doc.parts.last_mut() {
                p.heading.fi = format!("{} {}", p.heading.fi, text);
                if let Some(h) = b.doc.headings.last_mut() {
                    h.0 = p.heading.fi.clone();
                }
            }
            continue;
        }
        group_open = false;
        if let Some(t) = annex(&text) {
            let (topic, by) = topic_of(&t);
            b.open(PartKind::Annex, topic, &t, by);
            b.in_annex = true;
            continue;
        }
        if !b.in_annex && group_heading(&text) {
            b.open(PartKind::Unnumbered, Topic::Other, &text, "");
            group_open = true;
            continue;
        }
        if let Some((n, mut heading)) = numbered(&text) {
            let in_sequence = if b.last_number == 0 { n == 1 } else { n > b.last_number && n <= b.last_number + 3 };
            let restart = n == 1 && topic_of(&heading).0 == Topic::Purpose;
            // "3. Kansaneläkelaitos (jäljempänä Kela)" in the list of parties is not section 3.
            let names_party = topic_of(&heading).0 == Topic::Other && super::extract::kind_of(&heading).is_some();
            if !b.in_annex && (in_sequence || restart) && !names_party {
                if heading.is_empty() {
                    // "1 §" on its own line: the heading is the next line.
                    if let Some(next) = lines.get(i).map(|l| clean(&l.text).0).filter(|t| heading_like(t)) {
                        heading = next;
                        i += 1;
                    }
                }
                let (topic, by) = topic_of(&heading);
                b.open(PartKind::Section, topic, &heading, by);
                b.last_number = n;
                b.doc.sections_found += 1;
                continue;
            }
            if heading_hint {
                b.push(Style::Heading, &text);
                b.flush();
                continue;
            }
        }
        let lower = text.to_lowercase();
        if !b.in_annex
            && (lower == "allekirjoittajat" || lower == "allekirjoitukset" || lower.starts_with("allekirjoitukset ja"))
        {
            // An unnumbered signature part; inside a section that words its own signing clause
            // ("Allekirjoitukset" under section 12) it starts the signature part too.
            b.flush();
            if b.doc.parts.last().is_some_and(|p| p.topic == Topic::Signatures && p.blocks.is_empty()) {
                continue;
            }
            b.open(PartKind::Unnumbered, Topic::Signatures, &text, "allekirjoit");
            continue;
        }
        // A Word heading without a number: a section if its words name one, else a sub-heading.
        if line.heading == Some(0) || hashes == 2 {
            let (topic, by) = topic_of(&text);
            if topic != Topic::Other && !b.in_annex {
                b.open(PartKind::Section, topic, &text, by);
                b.doc.sections_found += 1;
                continue;
            }
        }
        if heading_hint {
            b.push(Style::Heading, &text);
            b.flush();
            continue;
        }
        if let Some(rest) = item_mark(&text) {
            b.push(Style::Item, rest);
            continue;
        }
        if line.item || enumerated(&text) {
            b.push(Style::Item, &text);
            continue;
        }
        if let Some((_, rest)) = numbered(&text).filter(|_| !line.whole) {
            // "1. Keski-Pohjanmaan työllisyysalue (jäljempänä …)" out of the headings' sequence.
            let _ = rest;
            b.push(Style::Item, &text);
            continue;
        }
        if line.whole {
            // A Word paragraph is whole, unless the previous one stops mid-sentence and this one
            // goes on in lower case: a text file converted to Word has a paragraph per line.
            let goes_on = b.para_style == Style::Paragraph
                && b.para.last().is_some_and(|prev| {
                    let prev = prev.trim_end();
                    !prev.ends_with(['.', ':', ';', '!', '?'])
                        && (text.starts_with(|c: char| c.is_lowercase() || c == '(') || prev.ends_with(['-', ',']))
                });
            if !goes_on {
                b.flush();
            }
            b.para.push(text);
            continue;
        }
        // A hard-wrapped line continues the paragraph when the previous line ran long or this one
        // starts in lower case; a short line before a capital is a line of its own (addresses,
        // signature lines, sub-headings).
        let label = text.split_once(':').is_some_and(|(h, _)| h.chars().count() <= 20 && !h.contains(' '));
        let joins = !label
            && b.para.last().is_some_and(|prev| {
                let prev = prev.trim_end();
                prev.chars().count() >= 60 || text.starts_with(char::is_lowercase) || prev.ends_with([',', '-'])
            });
        if !joins {
            b.flush();
        }
        b.para.push(text);
    }
    b.flush();
    b.doc.title = title.join(" ");
    b.doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<Line> {
        s.lines().map(|l| Line { text: l.into(), ..Line::default() }).collect()
    }

    #[test]
    fn heading_forms_and_sequence() {
        let d = parse(&lines(
            "SOPIMUS\n\n1 Sopimuksen tarkoitus\nTämä on sopimus.\n\n2. Sopijaosapuolet\n1. Kela (jäljempänä Kela)\n\n3 §\nToimialue\nKunnat.\n\nLIITE 1 JOHTORYHMÄN KOKOONPANO\n1. Rekisterinpitäjä\n",
        ));
        let kinds: Vec<_> = d.parts.iter().map(|p| (p.kind, p.topic, p.heading.fi.as_str())).collect();
        assert_eq!(
            kinds,
            vec![
                (PartKind::Section, Topic::Purpose, "Sopimuksen tarkoitus"),
                (PartKind::Section, Topic::Parties, "Sopijaosapuolet"),
                (PartKind::Section, Topic::Area, "Toimialue"),
                (PartKind::Annex, Topic::SteeringGroup, "JOHTORYHMÄN KOKOONPANO"),
            ]
        );
        assert_eq!(d.title, "SOPIMUS");
        assert_eq!(d.parts[1].blocks, vec![Block::own(Style::Item, "1. Kela (jäljempänä Kela)")]);
    }

    #[test]
    fn hard_wrapped_lines_are_joined_and_toc_is_skipped() {
        let long = "Tämä on pitkä rivi, joka jatkuu seuraavalle riville ilman tyhjää riviä ja TYM-";
        let d = parse(&lines(&format!(
            "1\tSopimuksen tarkoitus .....\t3\n1 Sopimuksen tarkoitus\n{long}\nlaki jatkuu.\n- kohta\n"
        )));
        assert_eq!(d.toc_lines, 1);
        assert_eq!(d.parts[0].blocks[0], Block::own(Style::Paragraph, &format!("{long}laki jatkuu.")));
        assert_eq!(d.parts[0].blocks[1], Block::own(Style::Item, "kohta"));
    }
}
