//! The features of the browser app that are loaded on first use, not with the first download (the
//! download budget, README): reading a signed agreement from Word or text (`tym_core::import`),
//! writing the document as DOCX, HTML or Markdown, the staff table as CSV and the annex tables as
//! XLSX, and the read-only views
//! of `views` (the document's preview, the rules' catalogue, a returned copy's merge, with `merge` applying the
//! user's choices). `scripts/build.sh` builds this crate
//! into `dist/lazy/` (wasm-bindgen `--target no-modules`, global `tym_lazy`); the app loads it the
//! first time one of these is used (`src/platform/lazy.rs`), and the single-file edition carries it
//! inside the page.
//!
//! The boundary is text and bytes: the app sends the agreement file as its JSON text and reads
//! what comes back through its own loader (`format::load`), with every limit a file has. The import
//! report comes back ready to show, in the user's language.

use serde_json::{json, Value};
use tym_core::format::{self, AgreementFile};
use tym_core::import::{self, Entry, ImportError, Imported, Report, Status};
use tym_core::{csv, docx, text, xlsx, Lang, Msg};
use wasm_bindgen::prelude::*;

pub mod views;

fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or(Lang::Fi)
}

/// A Word or text file's bytes into a new draft: the JSON of [`import_json`].
#[wasm_bindgen]
pub fn import_file(bytes: &[u8], lang: &str) -> String {
    let lang = lang_of(lang);
    import_json(import::import_bytes(bytes, lang), lang).to_string()
}

/// Pasted text into a new draft: the JSON of [`import_json`].
#[wasm_bindgen]
pub fn import_text(text: &str, lang: &str) -> String {
    let lang = lang_of(lang);
    import_json(import::import_text(text, lang), lang).to_string()
}

/// The document of an agreement file (its JSON text) as "docx", "html" or "md" bytes, its staff
/// table as "csv" (`csv::staff`) or its annex tables as an "xlsx" workbook (`xlsx::to_xlsx`); an
/// unreadable file is an error message in the language.
#[wasm_bindgen]
pub fn export_document(kind: &str, file: &str, lang: &str) -> Result<Vec<u8>, String> {
    let lang = lang_of(lang);
    let file = format::load(file).map_err(|e| e.message(lang))?;
    match kind {
        "csv" => return Ok(csv::staff(&file.agreement, lang).into_bytes()),
        "xlsx" => return Ok(xlsx::to_xlsx(&file.agreement, lang)),
        _ => {}
    }
    let doc = text::generate(&file.agreement, lang);
    Ok(match kind {
        "docx" => docx::to_docx(&doc),
        "md" => text::to_markdown(&doc).into_bytes(),
        _ => text::to_html(&doc).into_bytes(),
    })
}

/// A view's HTML (`views`): `kind` names it, `input` is its JSON; an unknown kind or unreadable input
/// is an empty string.
#[wasm_bindgen]
pub fn render(kind: &str, input: &str, lang: &str) -> String {
    let lang = lang_of(lang);
    let Ok(input) = serde_json::from_str::<Value>(input) else { return String::new() };
    match kind {
        "accessibility" => views::accessibility::render(lang),
        "rules" => views::rules::render(&input, lang),
        "checks" => views::checks::render(&input, lang),
        "compare" => views::compare::render(&input, lang),
        "import-report" => views::import_report::render(&input, lang),
        "import-question" => views::import_report::question(&input, lang),
        "document" => views::document::render(&input, lang),
        "merge" => views::merge::render(&input, lang),
        "paste" => views::paste::render_input(&input, lang),
        "projector-variants" => views::projector::render(&input, lang),
        "incoming" => views::incoming::render(&input, lang),
        "rename" => views::library::rename(&input, lang),
        "share" => views::share::render(lang),
        "share-link" => views::share::link(&input, lang),
        _ => String::new(),
    }
}

/// A returned copy merged into the draft with the user's choices: `input` as the "merge" view's,
/// `choices` the merge view's form (`{"conflict-<k>": "ours" | "theirs"}`, `data-form`). Returns
/// `{"file": the merged agreement as a file's JSON text, "message": what was done}` or
/// `{"error": message}`, in `lang`.
#[wasm_bindgen]
pub fn merge(input: &str, choices: &str, lang: &str) -> String {
    let lang = lang_of(lang);
    let input: Value = serde_json::from_str(input).unwrap_or_default();
    let Some((base, ours, theirs)) = views::merge::agreements(&input) else {
        return json!({ "error": lang.fmt(Msg::MrgFailed, &["–"]) }).to_string();
    };
    let form: Value = serde_json::from_str(choices).unwrap_or_default();
    let picked: Vec<usize> = form
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(_, side)| *side == "theirs")
        .filter_map(|(k, _)| k.strip_prefix("conflict-")?.parse().ok())
        .collect();
    let result = resolved(base.as_ref(), &ours, &theirs, &picked);
    match result {
        Ok((merged, taken, chosen)) => json!({
            "file": format::save(&AgreementFile::new(merged)),
            "message": lang.fmt(Msg::MrgDone, &[&taken.to_string(), &chosen.to_string()]),
        }),
        Err(e) => json!({ "error": lang.fmt(Msg::MrgFailed, &[&e.message(lang)]) }),
    }
    .to_string()
}

/// The merge resolved with the conflicts in `picked` taken from theirs, how many changes were
/// taken without a choice and how many conflicts took theirs.
fn resolved(
    base: Option<&tym_core::model::Agreement>,
    ours: &tym_core::model::Agreement,
    theirs: &tym_core::model::Agreement,
    picked: &[usize],
) -> Result<(tym_core::model::Agreement, usize, usize), format::LoadError> {
    let m = tym_core::merge::merge(base, ours, theirs)?;
    let choices: Vec<bool> = (0..m.conflicts.len()).map(|k| picked.contains(&k)).collect();
    let chosen = choices.iter().filter(|c| **c).count();
    Ok((tym_core::merge::resolve(base, ours, theirs, &choices)?, m.taken.len(), chosen))
}

/// A block pasted into the table at `path` of the file's open agreement, landing at item `row`,
/// field `field` (`tym_core::paste`), applied: `{"rows": how many rows it writes, "file": the file
/// after the paste}`, or an empty string when it cannot be applied (an unreadable file, a cell that
/// cannot be read, too many rows: the preview, `render("paste")`, says why). The app applies it by
/// taking that one list over (`paste::take_list`).
#[wasm_bindgen]
pub fn paste_apply(file: &str, path: &str, row: u32, field: &str, text: &str) -> String {
    let Ok(mut file) = format::load(file) else { return String::new() };
    let Some(plan) = tym_core::paste::plan(&file.agreement, path, text, row as usize, field) else {
        return String::new();
    };
    if !plan.ok() {
        return String::new();
    }
    tym_core::paste::apply(&mut file.agreement, &plan);
    json!({ "rows": plan.rows.len(), "file": format::save(&file) }).to_string()
}

/// What the app shows of an import, in `lang`:
/// `{"error": message}`, or
/// `{"title", "file": JSON text of the draft, "without_codes": the same with the personal identity
/// codes removed (only when there are some), "without_names": with the officials' names replaced by
/// their titles (only when there are some), "without_both", "codes"/"names": how many,
/// "codes_warning", "names_warning", "counts":
/// [recognised, uncertain, missing], "summary", "old_law": text or null, "sections": [{"line",
/// "path", "unplaced", "entries"}], "missing_heading", "missing": entries}` where an entry is
/// `{"status": "recognised"|"uncertain"|"missing", "text", "path", "go"}` ("go": `Path::go_arg`).
pub fn import_json(result: Result<Imported, ImportError>, lang: Lang) -> Value {
    let imported = match result {
        Ok(i) => i,
        Err(e) => return json!({ "error": e.message(lang) }),
    };
    let Imported { file, report } = imported;
    let codes = report.identity_codes.len();
    let names = import::official_names(&file.agreement).len();
    // The draft as the user chooses it: with or without the identity codes and the officials' names.
    let version = |strip_codes: bool, strip_names: bool| {
        let mut f: AgreementFile = file.clone();
        if strip_codes {
            import::strip_identity_codes(&mut f.agreement);
        }
        if strip_names {
            import::replace_official_names(&mut f.agreement);
        }
        format::save(&f)
    };
    let without_codes = (codes > 0).then(|| version(true, false));
    let without_names = (names > 0).then(|| version(false, true));
    let without_both = (codes > 0 && names > 0).then(|| version(true, true));
    let counts = [Status::Recognised, Status::Uncertain, Status::Missing].map(|s| report.count(s));
    json!({
        "title": file.agreement.meta.title,
        "file": format::save(&file),
        "without_codes": without_codes,
        "without_names": without_names,
        "without_both": without_both,
        "codes": codes,
        "codes_warning": lang.fmt(Msg::ImpWarnHetu, &[&codes.to_string()]),
        "names": names,
        "names_warning": lang.fmt(Msg::ImpWarnNames, &[&names.to_string()]),
        "counts": counts,
        "summary": lang.fmt(Msg::ImpSummary, &[&counts[0].to_string(), &counts[1].to_string(), &counts[2].to_string()]),
        "old_law": report.cites_old_law.then(|| lang.t(Msg::ImpWarnOldLaw)),
        "sections": sections(&report, lang),
        "missing_heading": lang.t(Msg::ImpMissingHeading),
        "missing": report.missing.iter().map(|e| entry(e, lang)).collect::<Vec<_>>(),
    })
}

fn sections(report: &Report, lang: Lang) -> Vec<Value> {
    report
        .sections
        .iter()
        .map(|s| {
            let heading = if s.heading.is_empty() { lang.t(Msg::ImpPreamble).to_string() } else { s.heading.clone() };
            let line = if s.by.is_empty() && s.paragraphs == 0 && !s.heading.is_empty() {
                lang.fmt(Msg::ImpGroup, &[&heading])
            } else if s.by.is_empty() {
                lang.fmt(Msg::ImpSectionUnplaced, &[&heading, &s.paragraphs.to_string()])
            } else {
                lang.fmt(Msg::ImpSection, &[&heading, &s.by, &s.paragraphs.to_string()])
            };
            json!({
                "line": line,
                "path": s.path,
                "go": format!("{} {}", tym_core::path::page_of_key(s.topic.path()), s.path.id()),
                "unplaced": s.by.is_empty(),
                "entries": s.entries.iter().map(|e| entry(e, lang)).collect::<Vec<_>>(),
            })
        })
        .collect()
}

fn entry(e: &Entry, lang: Lang) -> Value {
    let status = match e.status {
        Status::Recognised => "recognised",
        Status::Uncertain => "uncertain",
        Status::Missing => "missing",
    };
    json!({ "status": status, "text": import::entry_text(e, lang), "path": e.path, "go": e.path.go_arg(None) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merge_applies_the_chosen_conflicts() {
        let base = tym_core::presets::load("satakunta").unwrap();
        let mut ours = base.clone();
        ours.agreement.parties[0].contact = "meidän".into();
        let mut theirs = base.clone();
        theirs.agreement.parties[0].contact = "heidän".into();
        theirs.agreement.parties[1].address = "Katu 1".into();
        use tym_core::json::Json;
        let input = json!({"base": base.write(), "ours": ours.write(), "theirs": theirs.write()}).to_string();
        let v: Value =
            serde_json::from_str(&merge(&input, r#"{"conflict-0":"theirs","conflict-1":"ours"}"#, "fi")).unwrap();
        let f = format::load(v["file"].as_str().unwrap()).unwrap();
        assert_eq!(
            (f.agreement.parties[0].contact.as_str(), f.agreement.parties[1].address.as_str()),
            ("heidän", "Katu 1")
        );
        assert!(v["message"].as_str().unwrap().contains("1 muutosta"), "{v}");
        let v: Value = serde_json::from_str(&merge(&input, "", "fi")).unwrap();
        assert_eq!(format::load(v["file"].as_str().unwrap()).unwrap().agreement.parties[0].contact, "meidän");
        assert!(serde_json::from_str::<Value>(&merge("{}", "", "en")).unwrap()["error"].is_string());
    }

    #[test]
    fn an_error_is_a_message_in_the_language() {
        let v: Value = serde_json::from_str(&import_text("", "sv")).unwrap();
        assert_eq!(v["error"], ImportError::Empty.message(Lang::Sv));
        assert!(v.get("file").is_none());
    }

    #[test]
    fn a_seed_imports_into_a_file_the_app_loads_with_a_report_to_show() {
        let seed = include_str!("../../tym-core/tests/seeds/satakunta.txt");
        let v: Value = serde_json::from_str(&import_text(seed, "fi")).unwrap();
        let file = format::load(v["file"].as_str().unwrap()).expect("the app's loader reads the draft");
        assert_eq!(file.agreement.meta.source, "import");
        assert!(v["counts"][0].as_u64().unwrap() >= 5, "{}", v["summary"]);
        assert!(v["sections"].as_array().unwrap().iter().any(|s| s["unplaced"] == false));
        assert!(v["without_codes"].is_null());
        let first = &v["sections"][1];
        assert!(first["path"].as_str().unwrap().starts_with("wording.parts["), "{first}");
    }

    #[test]
    fn identity_codes_come_back_counted_with_a_copy_without_them() {
        let seed = include_str!("../../tym-core/tests/seeds/satakunta.txt").replacen(
            "Tämä sopimus on",
            "Asiakas 131052-308T. Tämä sopimus on",
            1,
        );
        let v: Value = serde_json::from_str(&import_text(&seed, "fi")).unwrap();
        assert_eq!(v["codes"], 1);
        assert!(v["file"].as_str().unwrap().contains("131052-308T"));
        let clean = v["without_codes"].as_str().unwrap();
        assert!(!clean.contains("131052-308T") && clean.contains("henkilötunnus poistettu"));
    }

    #[test]
    fn a_paste_comes_back_with_its_preview_and_the_file_after_it() {
        let file = format::save(&tym_core::presets::load("lantinen-pirkanmaa").unwrap());
        let block = "Jäsen A\tVara A\nJäsen B\tVara B";
        let v: Value = serde_json::from_str(&paste_apply(&file, "steering_group.seats", 0, "member", block)).unwrap();
        assert_eq!(v["rows"].as_u64(), Some(2));
        let after = format::load(v["file"].as_str().unwrap()).unwrap().agreement;
        let seat = &after.steering_group.seats[1];
        assert_eq!((seat.member.as_str(), seat.deputy.as_str()), ("Jäsen B", "Vara B"));
        let input = json!({ "file": file, "path": "steering_group.seats", "row": 0, "field": "member", "text": block });
        assert!(render("paste", &input.to_string(), "fi").contains("Jäsen B"));
        assert_eq!(paste_apply(&file, "staffing.rows", 0, "fte", "kaksi\n1"), "");
        let bad = json!({ "file": file, "path": "staffing.rows", "row": 0, "field": "fte", "text": "kaksi\n1" });
        let html = render("paste", &bad.to_string(), "sv");
        assert!(html.contains("Rad 1, Årsverken: ”kaksi” — är inte ett tal."), "{html}");
    }

    #[test]
    fn the_exports_are_the_documents_of_the_file() {
        let file = format::save(&tym_core::presets::load("satakunta").unwrap());
        let docx = export_document("docx", &file, "fi").unwrap();
        assert!(docx.starts_with(b"PK\x03\x04"));
        let html = String::from_utf8(export_document("html", &file, "sv").unwrap()).unwrap();
        assert!(html.contains("lang=\"sv\""), "{}", &html[..200]);
        assert!(export_document("docx", "{", "fi").is_err());
        let md = String::from_utf8(export_document("md", &file, "fi").unwrap()).unwrap();
        assert!(md.contains("\n# "), "{}", &md[..100]);
        let agreement = tym_core::presets::load("satakunta").unwrap().agreement;
        let csv = export_document("csv", &file, "sv").unwrap();
        assert_eq!(csv, tym_core::csv::staff(&agreement, Lang::Sv).into_bytes());
        let workbook = export_document("xlsx", &file, "sv").unwrap();
        assert_eq!(workbook, tym_core::xlsx::to_xlsx(&agreement, Lang::Sv));
        assert!(workbook.starts_with(b"PK\x03\x04"));
        assert!(export_document("xlsx", "{", "fi").is_err());
    }
}
