//! The agreement's annex tables as an Excel workbook (XLSX, issue 21): one sheet each for the
//! staffing, the steering group, the cost split and the municipalities, headed and named in the
//! document's language. The figures are the document's (`crate::text`: the same rows, subtotals,
//! split and totals), written as numbers — persons as integers, FTE and per cent as decimals, euros
//! with a euro number format — so that they add up in the spreadsheet.
//!
//! A workbook is a ZIP (`crate::zip`, stored) of SpreadsheetML parts: `[Content_Types].xml`,
//! `_rels/.rels`, `docProps/core.xml`, `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`,
//! `xl/styles.xml` and `xl/worksheets/sheetN.xml`. Text is written as inline strings; no cell holds a
//! formula (`<f>` is never written), and a text a spreadsheet would read as one when typed (`=`, `+`,
//! `-`, `@`, a tab or a carriage return first) is also marked as typed with an apostrophe
//! (`quotePrefix`), so that editing the cell does not turn it into one either. Characters XML 1.0
//! forbids are dropped, as in every export (`crate::escape`).

use crate::escape::{formula_like, xml_allowed, xml_text};
use crate::i18n::{Lang, Msg};
use crate::model::{Agreement, SplitRule, StaffBasis, StaffRow};
use crate::num::{Cents, Dec};
use crate::split::{split_all, BasisChoice, SplitReport};
use crate::text::{party_name, rule_label, sub_area_name};
use std::borrow::Cow;

/// One cell's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A whole number: persons, population, participants.
    Int(i64),
    /// A decimal of at most three places: FTE, a per cent.
    Dec(Dec),
    /// Money, shown with two decimals and the euro sign.
    Euro(Cents),
}

/// One row; a header, subtotal or total row is bold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub bold: bool,
}

/// A sheet: its name and rows, the first row its header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Row>,
}

fn text(s: impl Into<String>) -> Cell {
    let s = s.into();
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s)
    }
}

fn int(n: impl TryInto<i64>) -> Cell {
    Cell::Int(n.try_into().unwrap_or(i64::MAX))
}

fn row(cells: Vec<Cell>) -> Row {
    Row { cells, bold: false }
}

fn bold(cells: Vec<Cell>) -> Row {
    Row { cells, bold: true }
}

fn header(l: Lang, ms: &[Msg]) -> Row {
    bold(ms.iter().map(|&m| text(l.t(m))).collect())
}

/// The four sheets of the agreement, with its split as agreed (as the document has it).
pub fn sheets(a: &Agreement, lang: Lang) -> Vec<Sheet> {
    sheets_with(a, lang, &split_all(a, BasisChoice::AsAgreed))
}

/// `sheets` with the split already at hand.
pub fn sheets_with(a: &Agreement, lang: Lang, split: &SplitReport) -> Vec<Sheet> {
    vec![staffing(a, lang), steering_group(a, lang), costs(a, lang, split), municipalities(a, lang)]
}

/// The staffing annex's table: the rows grouped by party in the agreement's order, each party closed
/// by its subtotal, rows of a party the agreement lacks after them, the total last.
fn staffing(a: &Agreement, l: Lang) -> Sheet {
    let mut rows =
        vec![header(l, &[Msg::UiParty, Msg::UiSubArea, Msg::UiRole, Msg::UiSector, Msg::UiPersons, Msg::UiFte])];
    let line = |r: &StaffRow| {
        row(vec![
            text(party_name(a, &r.party, l)),
            text(r.sub_area.as_deref().map(|s| sub_area_name(a, s)).unwrap_or_default()),
            text(r.role.clone()),
            text(l.t(r.sector.label())),
            r.persons.map_or(Cell::Empty, int),
            r.fte.map_or(Cell::Empty, Cell::Dec),
        ])
    };
    if !a.staffing.rows.is_empty() {
        for p in &a.parties {
            let own: Vec<&StaffRow> = a.staff_of(&p.id).collect();
            if own.is_empty() {
                continue;
            }
            rows.extend(own.into_iter().map(line));
            rows.push(bold(vec![
                text(l.fmt(Msg::DocSubtotal, &[&party_name(a, &p.id, l)])),
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                int(a.party_persons(&p.id)),
                Cell::Dec(a.party_fte(&p.id)),
            ]));
        }
        rows.extend(a.staffing.rows.iter().filter(|r| a.party(&r.party).is_none()).map(|r| line(r)));
        let persons: u64 = a.staffing.rows.iter().filter_map(|r| r.persons).map(u64::from).sum();
        rows.push(bold(vec![
            text(l.t(Msg::UiTotal)),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            int(persons),
            Cell::Dec(a.total_fte()),
        ]));
    }
    Sheet { name: l.t(Msg::XlsxSheetStaff).into(), rows }
}

/// The steering group's seats: the party a seat represents, the organisation as written, the sector,
/// the role, the member and the personal deputy.
fn steering_group(a: &Agreement, l: Lang) -> Sheet {
    let mut rows = vec![header(
        l,
        &[Msg::UiParty, Msg::UiOrganisation, Msg::UiSector, Msg::UiSeatRole, Msg::UiMember, Msg::UiDeputy],
    )];
    rows.extend(a.steering_group.seats.iter().map(|s| {
        row(vec![
            text(s.party.as_deref().map(|p| party_name(a, p, l)).unwrap_or_default()),
            text(s.organisation.clone()),
            text(l.t(s.sector.label())),
            text(l.t(s.role.label())),
            text(s.member.clone()),
            text(s.deputy.clone()),
        ])
    }));
    Sheet { name: l.t(Msg::XlsxSheetSteering).into(), rows }
}

/// A share's weight in the rule's unit: FTE and per cent as decimals, persons and participants as
/// whole numbers; one payer and equal shares have none to show (as in the document).
fn weight(rule: &SplitRule, w: u128) -> Cell {
    let w = i64::try_from(w).unwrap_or(i64::MAX);
    match rule {
        SplitRule::ByStaff { basis: StaffBasis::Fte, .. } | SplitRule::FixedPercent { .. } => Cell::Dec(Dec(w)),
        SplitRule::ByStaff { basis: StaffBasis::Persons, .. } | SplitRule::ByParticipants { .. } => Cell::Int(w),
        SplitRule::OnePayer { .. } | SplitRule::Equal { .. } => Cell::Empty,
    }
}

/// The cost annex: per item its name, rule, each party's share in euros and the item's amount, then
/// each party's weight and a note for an item not split; the totals per party last.
fn costs(a: &Agreement, l: Lang, split: &SplitReport) -> Sheet {
    let names: Vec<String> = a.parties.iter().map(|p| party_name(a, &p.id, l)).collect();
    let mut head = vec![text(l.t(Msg::UiCostName)), text(l.t(Msg::DocRuleColumn))];
    head.extend(names.iter().map(|n| text(l.fmt(Msg::XlsxShareOf, &[n]))));
    head.push(text(l.t(Msg::UiAmountEuro)));
    head.extend(names.iter().map(|n| text(l.fmt(Msg::XlsxWeightOf, &[n]))));
    head.push(text(l.t(Msg::XlsxNote)));
    let mut rows = vec![bold(head)];
    let mut totals = vec![0 as Cents; a.parties.len()];
    for (item, r) in a.costs.items.iter().zip(&split.items) {
        let shares: Vec<_> =
            a.parties.iter().map(|p| r.as_ref().ok().and_then(|s| s.shares.iter().find(|s| s.party == p.id))).collect();
        let rule = crate::split::rule_in_force(a, &item.rule);
        let mut cells = vec![text(item.name.clone()), text(l.t(rule_label(&rule)))];
        for (total, share) in totals.iter_mut().zip(&shares) {
            cells.push(match share {
                Some(s) => {
                    *total = total.saturating_add(s.cents);
                    Cell::Euro(s.cents)
                }
                None => Cell::Empty,
            });
        }
        cells.push(Cell::Euro(item.amount));
        cells.extend(shares.iter().map(|s| s.map_or(Cell::Empty, |s| weight(&rule, s.weight))));
        cells.push(text(match r {
            // Stated but not yet divided (development days whose participants are counted later).
            Ok(s) if s.shares.is_empty() && item.amount != 0 => l.fmt(Msg::DocUnsplit, &[&l.money(item.amount)]),
            Ok(_) => String::new(),
            Err(e) => e.message(l, &item.name),
        }));
        rows.push(row(cells));
    }
    if !a.costs.items.is_empty() {
        let mut cells = vec![text(l.t(Msg::UiTotal)), Cell::Empty];
        cells.extend(totals.into_iter().map(Cell::Euro));
        cells.push(Cell::Euro(a.costs.items.iter().map(|i| i.amount).fold(0, Cents::saturating_add)));
        rows.push(bold(cells));
    }
    Sheet { name: l.t(Msg::XlsxSheetCosts).into(), rows }
}

/// The municipalities of the area with their employment authority, sub-area, population and clients.
fn municipalities(a: &Agreement, l: Lang) -> Sheet {
    let mut rows = vec![header(
        l,
        &[Msg::UiMunicipality, Msg::UiMunicipalityAuthority, Msg::UiSubArea, Msg::UiPopulation, Msg::UiClients],
    )];
    rows.extend(a.area.municipalities.iter().map(|m| {
        row(vec![
            text(m.name.clone()),
            text(m.authority.as_deref().map(|p| party_name(a, p, l)).unwrap_or_default()),
            text(m.sub_area.as_deref().map(|s| sub_area_name(a, s)).unwrap_or_default()),
            m.population.map_or(Cell::Empty, int),
            m.clients.map_or(Cell::Empty, int),
        ])
    }));
    Sheet { name: l.t(Msg::XlsxSheetMunicipalities).into(), rows }
}

/// The agreement's annex tables as XLSX bytes, in `lang`.
pub fn to_xlsx(a: &Agreement, lang: Lang) -> Vec<u8> {
    write(&sheets(a, lang), lang, &a.meta.title)
}

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// The most characters a cell holds in Excel (counted in UTF-16 units); more is cut.
pub const MAX_CELL_CHARS: usize = 32_767;

/// The styles of `styles.xml`'s `cellXfs`, each in a plain and a bold variant (`xf`).
#[derive(Clone, Copy)]
enum Style {
    Text = 0,
    Int = 1,
    Dec = 2,
    Euro = 3,
    /// Text that reads as a formula: shown as typed with a leading apostrophe.
    QuotedText = 4,
}

fn xf(style: Style, bold: bool) -> usize {
    style as usize * 2 + usize::from(bold)
}

/// Sheet names as Excel accepts them: none of `[ ] : * ? / \`, no apostrophe first or last, at most
/// 31 characters, not empty, and no two alike (ignoring case).
fn sheet_names(sheets: &[Sheet]) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(sheets.len());
    for (i, s) in sheets.iter().enumerate() {
        let clean: String = s
            .name
            .chars()
            .filter(|&c| xml_allowed(c) && !c.is_control() && !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
            .collect();
        let clean: String = clean.trim_matches(|c: char| c == '\'' || c.is_whitespace()).chars().take(31).collect();
        let mut name = if clean.is_empty() { format!("Sheet{}", i + 1) } else { clean };
        let taken = |n: &str, names: &[String]| names.iter().any(|x| x.to_lowercase() == n.to_lowercase());
        let mut k = 2;
        while taken(&name, &names) {
            let suffix = format!(" ({k})");
            let stem: String = name.chars().take(31 - suffix.chars().count()).collect();
            name = format!("{}{suffix}", stem.trim_end());
            k += 1;
        }
        names.push(name);
    }
    names
}

/// "A", "B", …, "Z", "AA", … for the 0-based column `i`.
fn column(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// A text as a cell holds it: characters XML forbids dropped, cut to `MAX_CELL_CHARS`.
fn cell_text(s: &str) -> String {
    let mut units = 0;
    s.chars()
        .filter(|&c| xml_allowed(c))
        .take_while(|c| {
            units += c.len_utf16();
            units <= MAX_CELL_CHARS
        })
        .collect()
}

/// SpreadsheetML reads `_xHHHH_` in a string as the character U+HHHH; a text that has one literally
/// gets its underscore written as `_x005F_`, so that it reads back as typed.
fn escape_ooxml(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let at = |i: usize| {
        b.get(i..i + 7)
            .is_some_and(|w| w[0] == b'_' && w[1] == b'x' && w[2..6].iter().all(u8::is_ascii_hexdigit) && w[6] == b'_')
    };
    if !(0..b.len()).any(at) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 14);
    for (i, c) in s.char_indices() {
        if at(i) {
            out.push_str("_x005F_");
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Thousandths as an XML number: "1.5", "-0.255", "12".
fn dec_value(d: Dec) -> String {
    d.format('.')
}

/// Cents as an XML number of euros: "1234.56", "-0.05".
fn euro_value(c: Cents) -> String {
    let a = c.unsigned_abs();
    format!("{}{}.{:02}", if c < 0 { "-" } else { "" }, a / 100, a % 100)
}

/// The widest a cell's content is, in characters, for the column widths.
fn width(c: &Cell) -> usize {
    match c {
        Cell::Empty => 0,
        Cell::Text(s) => s.lines().map(|l| l.chars().count()).max().unwrap_or(0),
        Cell::Int(n) => n.to_string().len() + n.to_string().len() / 3,
        Cell::Dec(d) => dec_value(*d).len() + 1,
        Cell::Euro(c) => euro_value(*c).len() + euro_value(*c).len() / 3 + 2,
    }
}

fn worksheet(sheet: &Sheet, first: bool) -> String {
    let cols = sheet.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut out = format!("{DECL}<worksheet xmlns=\"{MAIN}\" xmlns:r=\"{REL}\">");
    let last = format!("{}{}", column(cols.max(1) - 1), sheet.rows.len().max(1));
    out.push_str(&format!("<dimension ref=\"A1:{last}\"/>"));
    // The header row stays in view.
    out.push_str(&format!(
        "<sheetViews><sheetView workbookViewId=\"0\"{}><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>\
         <selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>",
        if first { " tabSelected=\"1\"" } else { "" }
    ));
    out.push_str("<sheetFormatPr defaultRowHeight=\"15\"/>");
    if cols > 0 {
        out.push_str("<cols>");
        for i in 0..cols {
            let w = sheet.rows.iter().filter_map(|r| r.cells.get(i)).map(width).max().unwrap_or(0);
            let w = (w + 2).clamp(8, 60);
            out.push_str(&format!("<col min=\"{n}\" max=\"{n}\" width=\"{w}\" customWidth=\"1\"/>", n = i + 1));
        }
        out.push_str("</cols>");
    }
    out.push_str("<sheetData>");
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = r + 1;
        out.push_str(&format!("<row r=\"{r}\">"));
        for (c, cell) in row.cells.iter().enumerate() {
            let at = format!("{}{r}", column(c));
            let number =
                |style: Style, v: String| format!("<c r=\"{at}\" s=\"{}\"><v>{v}</v></c>", xf(style, row.bold));
            match cell {
                Cell::Empty => {}
                Cell::Text(s) => {
                    let s = cell_text(s);
                    let style = if formula_like(&s) { Style::QuotedText } else { Style::Text };
                    out.push_str(&format!(
                        "<c r=\"{at}\" s=\"{}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                        xf(style, row.bold),
                        // A carriage return as a reference: a parser turns a literal one into a line feed.
                        xml_text(&escape_ooxml(&s)).replace('\r', "&#13;")
                    ));
                }
                Cell::Int(n) => out.push_str(&number(Style::Int, n.to_string())),
                Cell::Dec(d) => out.push_str(&number(Style::Dec, dec_value(*d))),
                Cell::Euro(c) => out.push_str(&number(Style::Euro, euro_value(*c))),
            }
        }
        out.push_str("</row>");
    }
    out.push_str("</sheetData>");
    out.push_str(
        "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>",
    );
    out.push_str("</worksheet>");
    out
}

fn styles(lang: Lang) -> String {
    // Euros as the language writes them: "1 234,56 €" in Finnish and Swedish, "€1,234.56" in English
    // (the separators are the reader's own locale's).
    let euro = match lang {
        Lang::En => "&quot;€&quot;#,##0.00",
        _ => "#,##0.00\\ &quot;€&quot;",
    };
    // In `Style` order, each plain then bold (`xf`).
    let mut xfs = String::new();
    for (style, num_fmt) in
        [(Style::Text, 0), (Style::Int, 1), (Style::Dec, 164), (Style::Euro, 165), (Style::QuotedText, 0)]
    {
        for font in [0, 1] {
            let quote = if matches!(style, Style::QuotedText) { " quotePrefix=\"1\"" } else { "" };
            xfs.push_str(&format!(
                "<xf numFmtId=\"{num_fmt}\" fontId=\"{font}\" fillId=\"0\" borderId=\"0\" xfId=\"0\"{}{}{quote}/>",
                if num_fmt != 0 { " applyNumberFormat=\"1\"" } else { "" },
                if font != 0 { " applyFont=\"1\"" } else { "" },
            ));
        }
    }
    format!(
        "{DECL}<styleSheet xmlns=\"{MAIN}\">\
         <numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0##\"/><numFmt numFmtId=\"165\" formatCode=\"{euro}\"/></numFmts>\
         <fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>\
         <font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>\
         <fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>\
         <borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
         <cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
         <cellXfs count=\"10\">{xfs}</cellXfs>\
         <cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\
         </styleSheet>"
    )
}

/// Sheets as XLSX bytes; `title` is the workbook's title property.
pub fn write(sheets: &[Sheet], lang: Lang, title: &str) -> Vec<u8> {
    let names = sheet_names(sheets);
    let mut content_types = format!(
        "{DECL}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
         <Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>\
         <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    );
    let mut workbook = format!(
        "{DECL}<workbook xmlns=\"{MAIN}\" xmlns:r=\"{REL}\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
    );
    let mut workbook_rels = format!("{DECL}<Relationships xmlns=\"{PKG_REL}\">");
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for (i, (sheet, name)) in sheets.iter().zip(&names).enumerate() {
        let n = i + 1;
        content_types.push_str(&format!(
            "<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        ));
        workbook.push_str(&format!("<sheet name=\"{}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>", xml_text(name)));
        workbook_rels.push_str(&format!(
            "<Relationship Id=\"rId{n}\" Type=\"{REL}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"
        ));
        parts.push((format!("xl/worksheets/sheet{n}.xml"), worksheet(sheet, i == 0).into_bytes()));
    }
    content_types.push_str("</Types>");
    workbook.push_str("</sheets></workbook>");
    workbook_rels.push_str(&format!(
        "<Relationship Id=\"rId{}\" Type=\"{REL}/styles\" Target=\"styles.xml\"/></Relationships>",
        sheets.len() + 1
    ));
    let rels = format!(
        "{DECL}<Relationships xmlns=\"{PKG_REL}\">\
         <Relationship Id=\"rId1\" Type=\"{REL}/officeDocument\" Target=\"xl/workbook.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
         </Relationships>"
    );
    let core = format!(
        "{DECL}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:language>{}</dc:language></cp:coreProperties>",
        xml_text(&cell_text(title)),
        lang.code()
    );
    let mut all: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), content_types.into_bytes()),
        ("_rels/.rels".into(), rels.into_bytes()),
        ("docProps/core.xml".into(), core.into_bytes()),
        ("xl/workbook.xml".into(), workbook.into_bytes()),
        ("xl/_rels/workbook.xml.rels".into(), workbook_rels.into_bytes()),
        ("xl/styles.xml".into(), styles(lang).into_bytes()),
    ];
    all.extend(parts);
    crate::zip::stored(&all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Seat, StaffRow};

    fn part(bytes: &[u8], name: &str) -> String {
        let data = crate::import::docx::part(bytes, name).unwrap().unwrap_or_else(|| panic!("{name} missing"));
        String::from_utf8(data).unwrap()
    }

    /// Every part listed in the package, each parsed as XML.
    fn parts(bytes: &[u8]) -> Vec<(String, String)> {
        let types = part(bytes, "[Content_Types].xml");
        let doc = roxmltree::Document::parse(&types).unwrap();
        let mut names: Vec<String> = doc
            .descendants()
            .filter_map(|n| n.attribute("PartName"))
            .map(|p| p.trim_start_matches('/').to_string())
            .collect();
        names.extend(["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels"].map(String::from));
        names
            .into_iter()
            .map(|n| {
                let text = part(bytes, &n);
                if let Err(e) = roxmltree::Document::parse(&text) {
                    panic!("{n} is not well-formed: {e}");
                }
                (n, text)
            })
            .collect()
    }

    /// A sheet's cells as (reference, type attribute, style, value or text), row by row.
    type ReadCell = (String, Option<String>, usize, String);

    fn read_sheet(xml: &str) -> Vec<Vec<ReadCell>> {
        let doc = roxmltree::Document::parse(xml).unwrap();
        assert!(!doc.descendants().any(|n| n.has_tag_name("f")), "no formula");
        doc.descendants()
            .filter(|n| n.has_tag_name("row"))
            .map(|r| {
                r.children()
                    .filter(|c| c.has_tag_name("c"))
                    .map(|c| {
                        let value = c
                            .descendants()
                            .filter(|n| n.has_tag_name("v") || n.has_tag_name("t"))
                            .filter_map(|n| n.text())
                            .collect::<String>();
                        (
                            c.attribute("r").unwrap().to_string(),
                            c.attribute("t").map(String::from),
                            c.attribute("s").unwrap().parse().unwrap(),
                            value,
                        )
                    })
                    .collect()
            })
            .collect()
    }

    fn sheet_xml(bytes: &[u8], n: usize) -> Vec<Vec<ReadCell>> {
        read_sheet(&part(bytes, &format!("xl/worksheets/sheet{n}.xml")))
    }

    fn preset(id: &str) -> Agreement {
        crate::presets::load(id).unwrap().agreement
    }

    #[test]
    fn every_preset_exports_in_every_language_with_every_part_well_formed() {
        for p in crate::presets::PRESETS {
            let a = preset(p.id);
            for lang in Lang::ALL {
                let bytes = to_xlsx(&a, lang);
                assert_eq!(&bytes[..4], b"PK\x03\x04");
                let names: Vec<String> = parts(&bytes).into_iter().map(|(n, _)| n).collect();
                for want in ["xl/workbook.xml", "xl/styles.xml", "docProps/core.xml", "xl/worksheets/sheet4.xml"] {
                    assert!(names.iter().any(|n| n == want), "{} {lang:?}: {want} in {names:?}", p.id);
                }
                let workbook = part(&bytes, "xl/workbook.xml");
                let doc = roxmltree::Document::parse(&workbook).unwrap();
                let sheets: Vec<&str> = doc.descendants().filter_map(|n| n.attribute("name")).collect();
                let want: Vec<&str> =
                    [Msg::XlsxSheetStaff, Msg::XlsxSheetSteering, Msg::XlsxSheetCosts, Msg::XlsxSheetMunicipalities]
                        .map(|m| lang.t(m))
                        .to_vec();
                assert_eq!(sheets, want);
                for n in 1..=4 {
                    let rows = sheet_xml(&bytes, n);
                    assert!(!rows.is_empty(), "{} sheet {n} has its header", p.id);
                    assert!(rows[0]
                        .iter()
                        .all(|c| c.1.as_deref() == Some("inlineStr") && c.2 == xf(Style::Text, true)));
                }
            }
        }
    }

    #[test]
    fn staffing_figures_are_numbers_and_the_documents() {
        let a = preset("lantinen-pirkanmaa");
        let bytes = to_xlsx(&a, Lang::Fi);
        let rows = sheet_xml(&bytes, 1);
        assert_eq!(
            rows[0].iter().map(|c| c.3.as_str()).collect::<Vec<_>>(),
            ["Osapuoli", "Osa-alue", "Tehtävä / nimike", "Sektori", "Henkilöitä", "Htv"]
        );
        // Every staff row is there; persons and FTE are numeric cells (no type attribute).
        let data: Vec<&Vec<ReadCell>> = rows[1..].iter().filter(|r| r[0].2 == xf(Style::Text, false)).collect();
        assert_eq!(data.len(), a.staffing.rows.len());
        for (r, want) in data.iter().zip(a.staffing.rows.iter().filter(|r| a.party(&r.party).is_some())) {
            for c in r.iter().filter(|c| c.0.starts_with('E') || c.0.starts_with('F')) {
                assert_eq!(c.1, None, "{c:?} is a number");
                c.3.parse::<f64>().unwrap();
            }
            if let Some(p) = want.persons {
                let e = r.iter().find(|c| c.0.starts_with('E')).unwrap();
                assert_eq!((e.3.as_str(), e.2), (p.to_string().as_str(), xf(Style::Int, false)));
            }
            if let Some(f) = want.fte {
                let cell = r.iter().find(|c| c.0.starts_with('F')).unwrap();
                assert_eq!(cell.3.parse::<f64>().unwrap(), f.0 as f64 / 1000.0);
                assert_eq!(cell.2, xf(Style::Dec, false));
            }
        }
        let total = rows.last().unwrap();
        assert_eq!(total[0].3, "Yhteensä");
        let fte = total.iter().find(|c| c.0.starts_with('F')).unwrap();
        assert_eq!(fte.3, a.total_fte().format('.'));
        assert_eq!(fte.2, xf(Style::Dec, true));
    }

    #[test]
    fn the_cost_split_is_the_documents_with_each_partys_share_in_euros() {
        for p in crate::presets::PRESETS {
            let a = preset(p.id);
            let report = split_all(&a, BasisChoice::AsAgreed);
            let sheet = &sheets(&a, Lang::Sv)[2];
            let n = a.parties.len();
            assert_eq!(sheet.rows[0].cells.len(), 2 + n + 1 + n + 1);
            assert_eq!(sheet.rows[0].cells[1], Cell::Text("Fördelningsgrund".into()));
            for (item, (r, split)) in a.costs.items.iter().zip(sheet.rows[1..].iter().zip(&report.items)) {
                assert_eq!(r.cells[2 + n], Cell::Euro(item.amount));
                if let Ok(s) = split {
                    let shares: Cents =
                        r.cells[2..2 + n].iter().map(|c| if let Cell::Euro(x) = c { *x } else { 0 }).sum();
                    assert!(s.shares.is_empty() || shares == item.amount, "{}: shares add up", item.name);
                }
            }
            if !a.costs.items.is_empty() {
                let total = sheet.rows.last().unwrap();
                assert!(total.bold);
                let per_party: Vec<Cell> = report.totals.iter().map(|t| Cell::Euro(t.common)).collect();
                assert_eq!(total.cells[2..2 + n], per_party[..], "{}", p.id);
            }
        }
        // Weights in the rule's unit: FTE as decimals.
        let a = preset("lantinen-pirkanmaa");
        let sheet = &sheets(&a, Lang::Fi)[2];
        let n = a.parties.len();
        let by_fte =
            a.costs.items.iter().position(|i| matches!(i.rule, SplitRule::ByStaff { basis: StaffBasis::Fte, .. }));
        if let Some(i) = by_fte {
            let weights = &sheet.rows[1 + i].cells[3 + n..3 + 2 * n];
            assert!(weights.iter().any(|w| matches!(w, Cell::Dec(_))), "{weights:?}");
        }
    }

    #[test]
    fn a_formula_looking_text_stays_text_and_forbidden_characters_are_dropped() {
        let mut a = preset("satakunta");
        let party = a.parties[0].id.clone();
        let roles = [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "a\u{1}b\u{b}c\u{fffe}",
            "_x0041_",
        ];
        for role in roles {
            a.staffing.rows.push(StaffRow { party: party.clone(), role: role.into(), ..Default::default() }.into());
        }
        a.steering_group.seats.push(Seat { member: "=1+1".into(), deputy: "\u{1}=2".into(), ..Default::default() });
        a.parties[0].name_fi = "=cmd|' /C calc'!A0".into();
        for lang in Lang::ALL {
            let bytes = to_xlsx(&a, lang);
            let all = parts(&bytes);
            assert!(all.iter().all(|(_, x)| !x.contains("<f>") && !x.contains("<f ")));
            let rows = sheet_xml(&bytes, 1);
            let cells: Vec<&ReadCell> = rows.iter().flatten().collect();
            for role in &roles[..6] {
                let c = cells.iter().find(|c| c.3 == *role).unwrap_or_else(|| panic!("{role:?} kept as typed"));
                assert_eq!((c.1.as_deref(), c.2), (Some("inlineStr"), xf(Style::QuotedText, false)), "{role:?}");
            }
            assert!(cells.iter().any(|c| c.3 == "abc"), "controls dropped");
            // The literal "_x0041_" is written so that it reads back as typed, not as "A".
            assert!(cells.iter().any(|c| c.3 == "_x005F_x0041_"));
            let party_cells: Vec<_> = cells.iter().filter(|c| c.3 == "=cmd|' /C calc'!A0").collect();
            assert!(!party_cells.is_empty() && party_cells.iter().all(|c| c.2 == xf(Style::QuotedText, false)));
            let seats = sheet_xml(&bytes, 2);
            let deputy = seats.last().unwrap().iter().find(|c| c.0.starts_with('F')).unwrap();
            assert_eq!((deputy.3.as_str(), deputy.2), ("=2", xf(Style::QuotedText, false)));
        }
    }

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        let sheet = |name: &str| Sheet { name: name.into(), rows: Vec::new() };
        let names = sheet_names(&[
            sheet("Kustannusjako"),
            sheet("kustannusjako"),
            sheet("a[b]:c*d?e/f\\g"),
            sheet("'"),
            sheet(&"x".repeat(40)),
            sheet(&"x".repeat(40)),
        ]);
        assert_eq!(names[..4], ["Kustannusjako", "kustannusjako (2)", "abcdefg", "Sheet4"]);
        assert_eq!(names[4], "x".repeat(31));
        assert_eq!(names[5], format!("{} (2)", "x".repeat(27)));
        let bytes = write(&[sheet("a"), sheet("b")], Lang::Fi, "T");
        assert_eq!(parts(&bytes).len(), 8);
    }

    #[test]
    fn columns_numbers_and_long_text() {
        assert_eq!([0, 25, 26, 27, 701, 702].map(column), ["A", "Z", "AA", "AB", "ZZ", "AAA"]);
        assert_eq!(euro_value(3_131_824), "31318.24");
        assert_eq!(euro_value(-5), "-0.05");
        assert_eq!(dec_value(Dec(2255)), "2.255");
        assert_eq!(cell_text(&"😀".repeat(20_000)).chars().count(), MAX_CELL_CHARS / 2);
        assert_eq!(escape_ooxml("a_x00e4_b_xyz_"), "a_x005F_x00e4_b_xyz_");
    }

    #[test]
    fn the_workbook_is_the_same_bytes_for_the_same_agreement() {
        let a = preset("keski-uusimaa-luonnos");
        assert_eq!(to_xlsx(&a, Lang::Fi), to_xlsx(&a, Lang::Fi));
    }
}
