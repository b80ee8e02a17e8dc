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
    assert!(out.contains(": 0 differences"), "{out}");
}
