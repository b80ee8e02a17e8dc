//! The agreement document as a Word file (DOCX): title, headings, paragraphs, real tables with header
//! rows repeated on every page, annexes on new pages (a wide one in a landscape section) and page
//! numbers in the footer. A DOCX is a ZIP of XML parts; the parts are stored uncompressed (`crate::zip`),
//! which every consumer accepts, so no compression library is needed in the browser.

use crate::escape::xml_text as escape;
use crate::text::{DocBlock, Document};
use crate::zip::stored as zip;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

fn para(style: Option<&str>, text: &str, page_break: bool) -> String {
    let mut ppr = String::new();
    if let Some(s) = style {
        ppr.push_str(&format!("<w:pStyle w:val=\"{s}\"/>"));
    }
    if page_break {
        ppr.push_str("<w:pageBreakBefore/>");
    }
    let ppr = if ppr.is_empty() { String::new() } else { format!("<w:pPr>{ppr}</w:pPr>") };
    format!("<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>", escape(text))
}

fn table(rows: &[Vec<String>]) -> String {
    let cols = rows.first().map(Vec::len).unwrap_or(0);
    let mut t = String::from(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>\
         <w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr><w:tblGrid>",
    );
    for _ in 0..cols {
        t.push_str("<w:gridCol/>");
    }
    t.push_str("</w:tblGrid>");
    for (i, r) in rows.iter().enumerate() {
        // The header row repeats on every page the table spans.
        t.push_str(if i == 0 { "<w:tr><w:trPr><w:tblHeader/></w:trPr>" } else { "<w:tr>" });
        for c in r {
            let text = if i == 0 {
                format!("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>", escape(c))
            } else {
                format!("<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>", escape(c))
            };
            t.push_str(&format!("<w:tc><w:p>{text}</w:p></w:tc>"));
        }
        t.push_str("</w:tr>");
    }
    t.push_str("</w:tbl>");
    t
}

/// A section's page: A4 portrait or landscape, the same margins, the page-number footer.
fn sect_pr(landscape: bool) -> String {
    let size = if landscape {
        "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
    } else {
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
    };
    format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>{size}\
         <w:pgMar w:top=\"1134\" w:right=\"1020\" w:bottom=\"1247\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
    )
}

/// A run of text; `highlight` marks own wording a Swedish document has only in Finnish.
fn run(text: &str, bold: bool, highlight: bool) -> String {
    let mut rpr = String::new();
    if bold {
        rpr.push_str("<w:b/>");
    }
    if highlight {
        rpr.push_str("<w:highlight w:val=\"yellow\"/>");
    }
    let rpr = if rpr.is_empty() { rpr } else { format!("<w:rPr>{rpr}</w:rPr>") };
    format!("<w:r>{rpr}<w:t xml:space=\"preserve\">{}</w:t></w:r>", escape(text))
}

fn blocks(d: &Document, s: &crate::text::DocSection, body: &mut String) {
    let untranslated = d.lang.t(crate::Msg::DocUntranslated);
    for b in &s.blocks {
        match b {
            DocBlock::Paragraph(p) => body.push_str(&para(None, p, false)),
            DocBlock::Item(p) => body.push_str(&format!(
                "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>{}</w:p>",
                run(p, false, false)
            )),
            DocBlock::Heading(p) => body.push_str(&para(Some("Heading3"), p, false)),
            DocBlock::Untranslated(p) => body.push_str(&format!(
                "<w:p>{}{}</w:p>",
                run(&format!("[{untranslated}] "), true, true),
                run(p, false, true)
            )),
            DocBlock::Table(t) => {
                body.push_str(&table(t));
                body.push_str(&para(None, "", false));
            }
            DocBlock::Signatures(sigs) => {
                for (org, who) in sigs {
                    body.push_str(&format!(
                        "<w:p><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"720\" w:after=\"0\"/></w:pPr>{}</w:p>",
                        run("______________________________", false, false)
                    ));
                    body.push_str(&format!(
                        "<w:p><w:pPr><w:keepNext/><w:spacing w:after=\"0\"/></w:pPr>{}</w:p>",
                        run(who, false, false)
                    ));
                    body.push_str(&para(None, org, false));
                }
            }
        }
    }
}

/// The document as DOCX bytes.
pub fn to_docx(d: &Document) -> Vec<u8> {
    let mut body = String::new();
    if let Some(m) = &d.draft_mark {
        body.push_str(&para(Some("Draft"), m, false));
    }
    if let Some(u) = &d.unofficial {
        body.push_str(&para(None, u, false));
    }
    body.push_str(&para(Some("Title"), &d.title, false));
    for s in &d.subtitle {
        body.push_str(&para(Some("Subtitle"), s, false));
    }
    for s in &d.sections {
        // A wide annex is a section of its own on landscape pages: the section before it ends here,
        // and its own section break starts the new page.
        if s.wide() {
            body.push_str(&format!("<w:p><w:pPr>{}</w:pPr></w:p>", sect_pr(false)));
        }
        if !s.heading.is_empty() {
            body.push_str(&para(Some(if s.annex { "Heading1" } else { "Heading2" }), &s.heading, s.annex && !s.wide()));
        }
        blocks(d, s, &mut body);
        if s.wide() {
            body.push_str(&format!("<w:p><w:pPr>{}</w:pPr></w:p>", sect_pr(true)));
        }
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{body}{}</w:body></w:document>",
        sect_pr(false)
    );
    // The running header: the area, the version date and, in a draft, "LUONNOS" on every page.
    let header = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>{}</w:p></w:hdr>",
        run(&d.header, d.draft_mark.is_some(), false)
    );
    let numbering = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=\"{W}\" xmlns:r=\"{R}\">\
         <w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>\
         <w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"–\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"567\" w:hanging=\"283\"/></w:pPr></w:lvl></w:abstractNum>\
         <w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
    );
    let core = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:language>{}</dc:language></cp:coreProperties>",
        escape(&d.title),
        escape(&d.header),
        d.lang.code()
    );
    let footer = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:ftr xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr>\
         <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>\
         <w:r><w:t xml:space=\"preserve\"> / </w:t></w:r>\
         <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>"
    );
    let styles = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"{W}\" xmlns:r=\"{R}\">\
         <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"22\"/><w:lang w:val=\"{lang}\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/><w:spacing w:before=\"240\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/><w:spacing w:before=\"200\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"2\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/></w:pPr></w:style>\
         <w:style w:type=\"paragraph\" w:styleId=\"Draft\"><w:name w:val=\"Draft mark\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:b/><w:color w:val=\"A4000F\"/><w:spacing w:val=\"40\"/></w:rPr></w:style>\
         <w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/></w:style></w:styles>",
        lang = match d.lang {
            crate::Lang::Fi => "fi-FI",
            crate::Lang::Sv => "sv-FI",
            crate::Lang::En => "en-GB",
        }
    );
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
        <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
        <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
        <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
        <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
        <Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
        <Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>\
        <Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>\
        <Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>\
        <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
        </Types>";
    let rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
        <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
        <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
        <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
        </Relationships>";
    let doc_rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
        <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
        <Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
        <Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>\
        <Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>\
        <Relationship Id=\"rIdNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>\
        </Relationships>";
    zip(&[
        ("[Content_Types].xml", content_types.as_bytes().to_vec()),
        ("_rels/.rels", rels.as_bytes().to_vec()),
        ("word/_rels/document.xml.rels", doc_rels.as_bytes().to_vec()),
        ("word/document.xml", document.into_bytes()),
        ("word/styles.xml", styles.into_bytes()),
        ("word/footer1.xml", footer.into_bytes()),
        ("word/header1.xml", header.into_bytes()),
        ("word/numbering.xml", numbering.into_bytes()),
        ("docProps/core.xml", core.into_bytes()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_docx_is_a_zip_with_the_document_part() {
        let a = crate::presets::load("lantinen-pirkanmaa").unwrap().agreement;
        let bytes = to_docx(&crate::text::generate(&a, crate::Lang::Fi));
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        let text = String::from_utf8_lossy(&bytes);
        // The court as the agreement's own wording names it, inflected ("Hämeenlinnan hallinto-oikeudessa").
        assert!(text.contains("word/document.xml") && text.contains("Hämeenlinnan hallinto-oikeude"));
        assert!(text.contains("<w:tblHeader/>") && text.contains("<w:pageBreakBefore/>"));
        assert_eq!((text.matches("<w:sectPr>").count(), text.matches("landscape").count()), (1, 0), "three parties");
    }

    #[test]
    fn a_cost_split_of_seven_parties_is_a_landscape_section() {
        let a = crate::synth::large_file().agreement;
        let doc = crate::text::generate(&a, crate::Lang::Fi);
        let wide: Vec<_> = doc.sections.iter().filter(|s| s.wide()).map(|s| s.path).collect();
        assert_eq!(wide, ["costs"]);
        let bytes = to_docx(&doc);
        let text = String::from_utf8_lossy(&bytes);
        // Portrait up to the annex, the annex in landscape, portrait again for the rest.
        let orients: Vec<bool> =
            text.split("<w:sectPr>").skip(1).map(|s| s.contains("w:orient=\"landscape\"")).collect();
        assert_eq!(orients, [false, true, false]);
        let annex = text.find(": Kustannusten jako").unwrap();
        let breaks: Vec<usize> = text.match_indices("<w:sectPr>").map(|(i, _)| i).collect();
        assert!(breaks[0] < annex && annex < breaks[1], "the annex is the landscape section");
    }
}
