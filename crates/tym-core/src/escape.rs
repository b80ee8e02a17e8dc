//! One escaping function per output format, for any text a user typed or pasted: XML (DOCX parts),
//! HTML, Markdown and a CSV cell. Every export writes user text through one of these and nowhere
//! else, so a character a spreadsheet paste brings (a vertical tab, a form feed) or a cell that reads
//! as a formula cannot corrupt a file or run in Excel (issue 17, item 4).

/// Whether XML 1.0 allows the character in a document at all (its `Char` production). Rust strings
/// hold no lone surrogates, so what is left to refuse is the C0 controls other than tab, newline and
/// carriage return, and U+FFFE and U+FFFF.
pub fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// User text as the model keeps it: a vertical tab or form feed (what Word and Excel put in copied
/// text for a manual line or page break) becomes a line break, and the other characters XML 1.0
/// forbids are dropped. The file reader and the editor's text fields put every text through this,
/// so no output has to rely on its escaping alone; text with nothing to change is not copied.
pub fn clean_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().all(xml_allowed) {
        return std::borrow::Cow::Borrowed(s);
    }
    let cleaned = s
        .chars()
        .filter_map(|c| match c {
            '\u{b}' | '\u{c}' => Some('\n'),
            c if xml_allowed(c) => Some(c),
            _ => None,
        })
        .collect();
    std::borrow::Cow::Owned(cleaned)
}

/// Text for XML character data or an attribute value: characters XML 1.0 forbids are dropped (Word
/// refuses a document that holds one), and `& < > " '` are written as entities.
pub fn xml_text(s: &str) -> String {
    entities(s, "&apos;")
}

/// `xml_text` with `apos` for `'`. Copies the runs of bytes that need nothing as they are: a
/// character by character copy was a tenth of the DOCX of a long wording. Every byte to drop or
/// replace is ASCII, or starts U+FFFE or U+FFFF (EF BF BE, EF BF BF), so each run ends at a
/// character boundary.
fn entities(s: &str, apos: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let (mut run, mut i) = (0, 0);
    while i < bytes.len() {
        let (len, with) = match bytes[i] {
            b'&' => (1, "&amp;"),
            b'<' => (1, "&lt;"),
            b'>' => (1, "&gt;"),
            b'"' => (1, "&quot;"),
            b'\'' => (1, apos),
            b'\t' | b'\n' | b'\r' => (0, ""),
            0..=0x1f => (1, ""),
            0xEF if bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) => (3, ""),
            _ => (0, ""),
        };
        if len == 0 {
            i += 1;
            continue;
        }
        out.push_str(&s[run..i]);
        out.push_str(with);
        i += len;
        run = i;
    }
    out.push_str(&s[run..]);
    out
}

/// Text for HTML content or a quoted attribute value: the same characters dropped as for XML (HTML
/// calls them parse errors), and `& < > " '` as character references.
pub fn html(s: &str) -> String {
    // `&apos;` is not HTML 4; the numeric reference works in every HTML.
    entities(s, "&#39;")
}

/// Text for a Markdown paragraph: raw HTML cannot pass through (`<` and `&` are escaped), and
/// nothing a user typed becomes emphasis, a link, code, a table cell border, a heading, a list or a
/// quote. CommonMark lets any ASCII punctuation be escaped with a backslash; the characters that act
/// anywhere in a line always are, and those that act only at the start of a line (`#`, `-`, `+`, `=`,
/// `>`, `1.`) only there. Forbidden controls are dropped as for XML.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // Leading spaces would make an indented code block; they carry nothing in an agreement.
        let line = line.trim_start_matches([' ', '\t']);
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let ordered = digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')'));
        for (j, c) in line.char_indices() {
            let at_start = j == 0 && matches!(c, '#' | '-' | '+' | '=' | '>');
            let list_mark = ordered && j == digits;
            if at_start
                || list_mark
                || matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '!')
            {
                out.push('\\');
            }
            if xml_allowed(c) {
                out.push(c);
            }
        }
    }
    out
}

/// `markdown` for a table cell, which must stay on one line.
pub fn markdown_cell(s: &str) -> String {
    markdown(&s.replace(['\r', '\n'], " "))
}

/// Whether a spreadsheet would read the text as a formula if it were typed into a cell: it starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP's list for CSV injection). The CSV
/// export neutralises such a cell with an apostrophe (`csv_cell`); the XLSX export stores it as a
/// string marked as typed with one (`crate::xlsx`).
pub fn formula_like(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A CSV cell with separator `sep`: a cell that Excel or LibreOffice would read as a formula (one
/// starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, which
/// both show as text and do not evaluate (OWASP's advice on CSV injection); a cell holding the
/// separator, a quote or a line break is quoted. Use it for text; a number the export formats
/// itself is written as it is.
pub fn csv_cell(s: &str, sep: char) -> String {
    let neutral = if formula_like(s) { format!("'{s}") } else { s.to_string() };
    if neutral.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

#[cfg(test)]
mod tests {

    /// `xml_text` character by character, as it was written first.
    fn xml_text_by_chars(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&apos;"),
                c if xml_allowed(c) => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn xml_text_copies_runs_as_the_character_by_character_escape_did() {
        let pieces = [
            "a",
            "&",
            "<",
            ">",
            "\"",
            "'",
            "\u{0}",
            "\u{b}",
            "\u{1f}",
            "\t",
            "\n",
            "\r",
            "\u{7f}",
            "\u{85}",
            "ä",
            "”",
            "\u{fffd}",
            "\u{fffe}",
            "\u{ffff}",
            "\u{efbf}",
            "\u{10000}",
            "👩‍👩‍👧",
            "\u{e000}",
        ];
        for x in pieces {
            for y in pieces {
                for z in pieces {
                    let s = format!("{x}{y}{z}{x}");
                    assert_eq!(xml_text(&s), xml_text_by_chars(&s), "{s:?}");
                    assert_eq!(html(&s), xml_text_by_chars(&s).replace("&apos;", "&#39;"), "{s:?}");
                }
            }
        }
    }

    use super::*;

    #[test]
    fn xml_drops_what_xml_forbids_and_escapes_markup() {
        assert_eq!(xml_text("a\u{b}b\u{c}c\u{0}\u{1f}\u{fffe}\u{ffff}d"), "abcd");
        assert_eq!(xml_text("tab\tnl\ncr\r"), "tab\tnl\ncr\r");
        assert_eq!(xml_text(r#"<a href="x">&'"#), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
        assert_eq!(xml_text("Sopimus ”Pohjanmaa” 😀 \u{10ffff}"), "Sopimus ”Pohjanmaa” 😀 \u{10ffff}");
    }

    #[test]
    fn clean_text_keeps_line_breaks_and_drops_what_no_output_may_hold() {
        assert_eq!(clean_text("rivi\u{b}toinen\u{c}kolmas\u{0}\u{7}\u{fffe}"), "rivi\ntoinen\nkolmas");
        assert!(matches!(clean_text("tavallinen ”teksti” 😀\t\r\n"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn html_escapes_markup() {
        assert_eq!(html("<script>alert('x')</script>"), "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    #[test]
    fn markdown_keeps_user_text_literal() {
        assert_eq!(markdown("<img src=x onerror=alert(1)>"), "\\<img src=x onerror=alert(1)\\>");
        assert_eq!(markdown("*tärkeä* _x_ [linkki](http://x)"), "\\*tärkeä\\* \\_x\\_ \\[linkki\\](http://x)");
        assert_eq!(
            markdown("# Otsikko\n- kohta\n1. kohta\n> lainaus"),
            "\\# Otsikko\n\\- kohta\n1\\. kohta\n\\> lainaus"
        );
        assert_eq!(markdown("    koodia"), "koodia");
        assert_eq!(markdown("1,5 htv - 2 henkilöä"), "1,5 htv - 2 henkilöä", "ordinary text stays readable");
        assert_eq!(markdown_cell("a|b\nc"), "a\\|b c");
        assert_eq!(markdown("&amp;"), "\\&amp;");
    }

    #[test]
    fn csv_cells_never_start_a_formula() {
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"] {
            let c = csv_cell(bad, ';');
            let inner = c.trim_start_matches('"');
            assert!(inner.starts_with('\''), "{bad:?} → {c:?}");
        }
        assert_eq!(csv_cell("Kela", ';'), "Kela");
        assert_eq!(csv_cell("a;b", ';'), "\"a;b\"");
        assert_eq!(csv_cell("sanoi \"x\"", ';'), "\"sanoi \"\"x\"\"\"");
        assert_eq!(csv_cell("=a;b", ';'), "\"'=a;b\"");
    }
}
