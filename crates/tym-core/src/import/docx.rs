//! Reading a Word file (DOCX) for the importer: the ZIP container (stored and deflated entries, with
//! limits against a file too large and a part that inflates past 100 MB), and `word/document.xml`
//! read with a small XML tokenizer into the importer's lines — paragraphs with their heading level
//! (from the style or the outline level) and automatic numbering, and tables as rows of cell texts.
//!
//! Hand-written rather than a ZIP or XML crate: the importer needs a few elements of one part, and
//! the browser app downloads every dependency.

use super::{ImportError, Line};
use std::collections::HashMap;

/// A part that inflates past this is refused (a "DOCX bomb").
pub const MAX_PART_BYTES: usize = 100 * 1024 * 1024;

fn u16_at(b: &[u8], i: usize) -> Option<usize> {
    b.get(i..i + 2).map(|s| u16::from_le_bytes([s[0], s[1]]) as usize)
}

fn u32_at(b: &[u8], i: usize) -> Option<usize> {
    b.get(i..i + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

/// One entry of the ZIP's central directory.
struct Entry {
    name: String,
    method: usize,
    compressed: usize,
    size: usize,
    offset: usize,
}

fn entries(b: &[u8]) -> Result<Vec<Entry>, ImportError> {
    // The end-of-central-directory record is in the last 22 + 65535 bytes (its comment may follow it).
    let from = b.len().saturating_sub(22 + 65535);
    let eocd = (from..b.len().saturating_sub(21))
        .rev()
        .find(|&i| b[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])
        .ok_or(ImportError::CorruptZip)?;
    let count = u16_at(b, eocd + 10).ok_or(ImportError::CorruptZip)?;
    let mut at = u32_at(b, eocd + 16).ok_or(ImportError::CorruptZip)?;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        if b.get(at..at + 4) != Some(&[0x50, 0x4b, 0x01, 0x02]) {
            return Err(ImportError::CorruptZip);
        }
        let field = |o: usize| u16_at(b, at + o).ok_or(ImportError::CorruptZip);
        let field32 = |o: usize| u32_at(b, at + o).ok_or(ImportError::CorruptZip);
        let (method, compressed, size) = (field(10)?, field32(20)?, field32(24)?);
        let (name_len, extra_len, comment_len) = (field(28)?, field(30)?, field(32)?);
        let offset = field32(42)?;
        let name = b.get(at + 46..at + 46 + name_len).ok_or(ImportError::CorruptZip)?;
        out.push(Entry { name: String::from_utf8_lossy(name).into_owned(), method, compressed, size, offset });
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(out)
}

fn read_entry(b: &[u8], e: &Entry) -> Result<Vec<u8>, ImportError> {
    if e.size > MAX_PART_BYTES {
        return Err(ImportError::Bomb);
    }
    let at = e.offset;
    if b.get(at..at + 4) != Some(&[0x50, 0x4b, 0x03, 0x04]) {
        return Err(ImportError::CorruptZip);
    }
    let start = at
        + 30
        + u16_at(b, at + 26).ok_or(ImportError::CorruptZip)?
        + u16_at(b, at + 28).ok_or(ImportError::CorruptZip)?;
    let data = b.get(start..start + e.compressed).ok_or(ImportError::CorruptZip)?;
    match e.method {
        0 => Ok(data.to_vec()),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_PART_BYTES).map_err(|err| {
            if err.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                ImportError::Bomb
            } else {
                ImportError::CorruptZip
            }
        }),
        _ => Err(ImportError::CorruptZip),
    }
}

/// A named part of the ZIP, inflated.
pub fn part(b: &[u8], name: &str) -> Result<Option<Vec<u8>>, ImportError> {
    let all = entries(b)?;
    match all.iter().find(|e| e.name == name) {
        Some(e) => read_entry(b, e).map(Some),
        None => Ok(None),
    }
}

/// One XML tag or text run.
enum Tok<'a> {
    Open { name: &'a str, attrs: &'a str, empty: bool },
    Close { name: &'a str },
    Text(&'a str),
}

fn tokens(s: &str) -> impl Iterator<Item = Tok<'_>> {
    let mut rest = s;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        if let Some(tail) = rest.strip_prefix('<') {
            let end = tail.find('>').unwrap_or(tail.len());
            let tag = &tail[..end];
            rest = tail.get(end + 1..).unwrap_or("");
            if tag.starts_with('?') || tag.starts_with('!') {
                continue;
            }
            if let Some(name) = tag.strip_prefix('/') {
                return Some(Tok::Close { name: name.trim() });
            }
            let empty = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let (name, attrs) = tag.split_once(|c: char| c.is_whitespace()).unwrap_or((tag, ""));
            return Some(Tok::Open { name, attrs, empty });
        }
        let end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..end];
        rest = &rest[end..];
        return Some(Tok::Text(text));
    })
}

fn attr<'a>(attrs: &'a str, key: &str) -> Option<&'a str> {
    let mut rest = attrs;
    while let Some(i) = rest.find(key) {
        let after = &rest[i + key.len()..];
        let boundary = i == 0 || rest[..i].ends_with(char::is_whitespace);
        if boundary {
            if let Some(v) = after.trim_start().strip_prefix('=') {
                let v = v.trim_start();
                let q = v.chars().next()?;
                let inner = &v[1..];
                return inner.find(q).map(|e| &inner[..e]);
            }
        }
        rest = after;
    }
    None
}

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let Some(end) = tail.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = tail;
            continue;
        };
        let ent = &tail[..end];
        let ch = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => ent
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &tail[end + 1..];
            }
            None => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Heading level (0 = "Heading 1") of each paragraph style that is a heading, from styles.xml: by the
/// style's name in English, Finnish or Swedish Word, or by its outline level.
fn heading_styles(xml: &str) -> HashMap<String, u8> {
    let mut out = HashMap::new();
    let mut id: Option<String> = None;
    for t in tokens(xml) {
        match t {
            Tok::Open { name: "w:style", attrs, .. } => id = attr(attrs, "w:styleId").map(str::to_string),
            Tok::Open { name: "w:name", attrs, .. } => {
                if let (Some(i), Some(v)) = (&id, attr(attrs, "w:val")) {
                    let v = v.to_lowercase();
                    for prefix in ["heading ", "otsikko ", "rubrik "] {
                        if let Some(n) = v.strip_prefix(prefix).and_then(|n| n.trim().parse::<u8>().ok()) {
                            out.insert(i.clone(), n.saturating_sub(1));
                        }
                    }
                    if v == "title" || v == "otsikko" || v == "rubrik" {
                        out.entry(i.clone()).or_insert(0);
                    }
                }
            }
            Tok::Open { name: "w:outlineLvl", attrs, .. } => {
                if let (Some(i), Some(n)) = (&id, attr(attrs, "w:val").and_then(|v| v.parse::<u8>().ok())) {
                    out.entry(i.clone()).or_insert(n);
                }
            }
            Tok::Close { name: "w:style" } => id = None,
            _ => {}
        }
    }
    out
}

/// The document's paragraphs and tables as the importer's lines.
pub fn lines(bytes: &[u8]) -> Result<Vec<Line>, ImportError> {
    let doc = part(bytes, "word/document.xml")?.ok_or(ImportError::NotDocx)?;
    let doc = String::from_utf8(doc).map_err(|_| ImportError::CorruptZip)?;
    let styles = match part(bytes, "word/styles.xml")? {
        Some(s) => heading_styles(&String::from_utf8_lossy(&s)),
        None => HashMap::new(),
    };
    let mut out = Vec::new();
    // Paragraph state.
    let mut text = String::new();
    let mut in_t = false;
    let mut style: Option<String> = None;
    let mut outline: Option<u8> = None;
    let mut numbered: Option<u8> = None;
    // Table state: nested tables are flattened into their outer cell.
    let mut depth = 0usize;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut cell = String::new();
    // Automatic heading numbers per level.
    let mut counters = [0u32; 9];
    for t in tokens(&doc) {
        match t {
            Tok::Open { name: "w:p", empty: false, .. } => {
                text.clear();
                style = None;
                outline = None;
                numbered = None;
            }
            Tok::Open { name: "w:pStyle", attrs, .. } => style = attr(attrs, "w:val").map(str::to_string),
            Tok::Open { name: "w:outlineLvl", attrs, .. } => {
                outline = attr(attrs, "w:val").and_then(|v| v.parse().ok());
            }
            Tok::Open { name: "w:numPr", .. } => numbered = Some(numbered.unwrap_or(0)),
            Tok::Open { name: "w:ilvl", attrs, .. } => {
                numbered = attr(attrs, "w:val").and_then(|v| v.parse().ok()).or(Some(0));
            }
            Tok::Open { name: "w:t", empty: false, .. } => in_t = true,
            Tok::Close { name: "w:t" } => in_t = false,
            Tok::Open { name: "w:tab", empty: true, .. } => text.push('\t'),
            Tok::Open { name: "w:br" | "w:cr", empty: true, .. } => text.push(' '),
            Tok::Text(s) if in_t => text.push_str(&unescape(s)),
            Tok::Close { name: "w:p" } => {
                let level = outline.or_else(|| style.as_ref().and_then(|s| styles.get(s).copied()));
                if depth > 0 {
                    if !cell.is_empty() && !text.trim().is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(text.trim());
                    continue;
                }
                let mut line = Line { text: text.trim().to_string(), whole: true, ..Line::default() };
                match (level, numbered) {
                    (Some(l), Some(_)) if (l as usize) < counters.len() => {
                        let l = l as usize;
                        counters[l] += 1;
                        counters[l + 1..].iter_mut().for_each(|c| *c = 0);
                        let n: Vec<String> = counters[..=l].iter().map(|c| c.max(&1).to_string()).collect();
                        line.text = format!("{} {}", n.join("."), line.text);
                        line.heading = Some(l as u8);
                    }
                    (Some(l), None) => line.heading = Some(l),
                    (None, Some(_)) => line.item = true,
                    _ => {}
                }
                out.push(line);
            }
            Tok::Open { name: "w:tbl", empty: false, .. } => {
                depth += 1;
                if depth == 1 {
                    rows.clear();
                }
            }
            Tok::Close { name: "w:tbl" } => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    out.push(Line { table: Some(std::mem::take(&mut rows)), whole: true, ..Line::default() });
                }
            }
            Tok::Open { name: "w:tr", empty: false, .. } if depth == 1 => rows.push(Vec::new()),
            Tok::Open { name: "w:tc", empty: false, .. } if depth == 1 => cell.clear(),
            Tok::Close { name: "w:tc" } if depth == 1 => {
                if let Some(r) = rows.last_mut() {
                    r.push(std::mem::take(&mut cell));
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_and_attributes() {
        assert_eq!(unescape("a &amp; b &#228; &#xE4; &bogus"), "a & b ä ä &bogus");
        assert_eq!(attr(r#"w:val="Heading1" w:other='x'"#, "w:val"), Some("Heading1"));
        assert_eq!(attr(r#"w:valx="1" w:val="2""#, "w:val"), Some("2"));
    }

    #[test]
    fn not_a_zip_is_refused() {
        assert!(matches!(entries(b"%PDF-1.4 hello"), Err(ImportError::CorruptZip)));
        assert!(matches!(entries(b""), Err(ImportError::CorruptZip)));
    }
}
