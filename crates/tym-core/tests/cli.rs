//! The `tym` binary: exit codes, messages that name the file and the field path, JSON output.

use std::process::Command;

fn tym(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tym")).args(args).output().expect("run tym");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn tmp(name: &str, content: &str) -> String {
    let dir = std::env::temp_dir().join(format!("tym-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p.display().to_string()
}

#[test]
fn presets_list_and_export_then_validate() {
    let (code, out, _) = tym(&["presets"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 5);
    let file = tmp("lp.json", "");
    assert_eq!(tym(&["presets", "export", "lantinen-pirkanmaa", &file]).0, 0);
    let (code, out, _) = tym(&["validate", &file]);
    assert_eq!(code, 0);
    assert!(out.contains("OK"));
    let (code, out, _) = tym(&["show", &file, "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["total_fte"], "4.555");
}

#[test]
fn invalid_files_exit_1_naming_the_file_and_field() {
    let bad =
        tmp("bad.json", r#"{"format":"tym-agreement","version":1,"agreement":{"staffing":{"rows":[{"fte":true}]}}}"#);
    let (code, _, err) = tym(&["validate", &bad]);
    assert_eq!(code, 1);
    assert!(err.contains("bad.json") && err.contains("agreement.staffing.rows[0].fte"), "{err}");
    let newer = tmp("newer.json", r#"{"format":"tym-agreement","version":99,"agreement":{}}"#);
    let (code, _, err) = tym(&["--lang", "en", "validate", &newer]);
    assert_eq!(code, 1);
    assert!(err.contains("newer version"), "{err}");
    assert_eq!(tym(&["validate", "/nonexistent/x.json"]).0, 1);
}

#[test]
fn wrong_usage_exits_2() {
    assert_eq!(tym(&[]).0, 2);
    assert_eq!(tym(&["frobnicate"]).0, 2);
    assert_eq!(tym(&["split", "x.json", "--basis", "heads"]).0, 2);
    assert_eq!(tym(&["presets", "export", "nowhere", "/tmp/x.json"]).0, 2);
}

#[test]
fn check_exits_3_on_law_findings_and_summarises_a_directory() {
    let file = tmp("esk.json", "");
    tym(&["presets", "export", "etelainen-keski-suomi", &file]);
    let (code, out, _) = tym(&["check", &file, "--json"]);
    assert_eq!(code, 3);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["findings"].as_array().unwrap().iter().any(|f| f["rule"] == "R18"));
    let dir = std::path::Path::new(&file).parent().unwrap().display().to_string();
    let (code, out, _) = tym(&["check", &dir]);
    assert!(code == 1 || code == 3, "{code}");
    assert!(out.contains("esk.json"));
}

#[test]
fn split_prints_the_table_and_json() {
    let file = tmp("kp.json", "");
    tym(&["presets", "export", "keski-pohjanmaa", &file]);
    let (code, out, _) = tym(&["split", &file, "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    // The lead person's salary (one payer) and the development days (by participants, no counts yet).
    assert_eq!(v["items"].as_array().unwrap().len(), 2);
    let (code, out, _) = tym(&["split", &file, "--basis", "persons"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Kustannuserä\t"));
}

#[test]
fn render_writes_markdown_in_finnish_and_swedish() {
    let file = tmp("ku.json", "");
    tym(&["presets", "export", "keski-uusimaa-luonnos", &file]);
    let (code, out, _) = tym(&["render", &file]);
    assert_eq!(code, 0);
    assert!(out.starts_with("**LUONNOS**"));
    let (_, out, _) = tym(&["render", &file, "--lang", "sv"]);
    assert!(out.starts_with("**UTKAST**"));
    let docx = tmp("ku.docx", "");
    assert_eq!(tym(&["render", &file, "--format", "docx", "--out", &docx]).0, 0);
    assert_eq!(&std::fs::read(&docx).unwrap()[..2], b"PK");
    let (_, html, _) = tym(&["render", &file, "--format", "html", "--lang", "en"]);
    assert!(html.contains("Unofficial translation"));
    let xlsx = tmp("ku.xlsx", "");
    assert_eq!(tym(&["render", &file, "--format", "xlsx", "--lang", "sv", "--out", &xlsx]).0, 0);
    let bytes = std::fs::read(&xlsx).unwrap();
    let workbook = tym_core::import::docx::part(&bytes, "xl/workbook.xml").unwrap().unwrap();
    assert!(String::from_utf8(workbook).unwrap().contains("name=\"Kostnadsfördelning\""));
}

#[test]
fn compare_two_files() {
    let a = tmp("cmp-a.json", "");
    let b = tmp("cmp-b.json", "");
    tym(&["presets", "export", "lantinen-pirkanmaa", &a]);
    tym(&["presets", "export", "keski-pohjanmaa", &b]);
    let (code, out, _) = tym(&["compare", &a, &b, "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["differences"].as_array().unwrap().iter().any(|d| d["path"] == "validity.dispute.court"));
    let (code, out, _) = tym(&["compare", &a, &a]);
    assert_eq!(code, 0);
    assert!(out.lines().next().unwrap().ends_with("(0)"), "{out}");
}

/// Every object key and every string value that names an enum variant in a file.
fn names(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                out.insert(k.clone());
                if k == "kind" || k == "sector" || k == "basis" || k == "status" || k == "topic" || k == "clause" {
                    out.extend(x.as_str().map(str::to_string));
                }
                names(x, out);
            }
        }
        serde_json::Value::Array(xs) => xs.iter().for_each(|x| names(x, out)),
        _ => {}
    }
}

#[test]
fn compare_prints_labels_and_values_people_read() {
    let a = tmp("read-a.json", "");
    let b = tmp("read-b.json", "");
    tym(&["presets", "export", "lantinen-pirkanmaa", &a]);
    tym(&["presets", "export", "keski-pohjanmaa", &b]);
    let mut raw = std::collections::BTreeSet::new();
    for f in [&a, &b] {
        names(&serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap(), &mut raw);
    }
    for x in ["lead_network", "after_notice", "end_of_year", "fixed_percent", "by_staff", "persons", "fte"] {
        raw.insert(x.into());
    }
    let (code, out, _) = tym(&["compare", &a, &b]);
    assert_eq!(code, 0);
    assert!(out.contains("9 Organisointia johtava henkilö ja tehtävät — "), "{out}");
    // The first line names the files; findings lines start with a file's path.
    let body: Vec<&str> = out
        .lines()
        .skip(1)
        .filter(|l| !l.trim_start().starts_with(&*std::env::temp_dir().display().to_string()))
        .collect();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    for line in &body {
        for k in raw.iter().filter(|k| k.len() > 2) {
            let whole = line
                .match_indices(k.as_str())
                .any(|(i, _)| !word(line[..i].chars().next_back()) && !word(line[i + k.len()..].chars().next()));
            assert!(!whole, "{k} in: {line}");
        }
        for w in line.split(|c: char| c.is_whitespace() || c == '(' || c == ')') {
            let w = w.trim_end_matches([',', ':', ';']);
            let dot = w.as_bytes().windows(3).any(|x| x[0].is_ascii_digit() && x[1] == b'.' && x[2].is_ascii_digit());
            let date = w.matches('.').count() == 2 || w.ends_with('.');
            assert!(!dot || date, "dot decimal {w} in: {line}");
        }
    }
}

#[test]
fn utf8_with_or_without_a_byte_order_mark_opens_and_other_encodings_are_named() {
    let text = tym_core::format::save(&tym_core::presets::load("satakunta").unwrap());
    let dir = std::env::temp_dir().join(format!("tym-cli-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, bytes: Vec<u8>| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let bom = write("bom.json", [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat());
    assert_eq!(tym(&["validate", &bom]).0, 0);
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let (code, _, err) = tym(&["validate", &write("utf16.json", utf16), "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(err.contains("UTF-16"), "{err}");
    let utf16_no_mark: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert!(tym(&["validate", &write("utf16n.json", utf16_no_mark)]).2.contains("UTF-16"));
    let mut latin1 = text.clone().into_bytes();
    latin1.splice(40..40, [0xE4]);
    let (code, _, err) = tym(&["validate", &write("latin1.json", latin1), "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(err.contains("not UTF-8") && err.contains("40"), "{err}");
}
