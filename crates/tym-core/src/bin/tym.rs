//! `tym`: the domain core on agreement files from the command line.
//!
//! Exit codes: 0 success, 1 invalid input, 2 wrong usage, 3 a law-level finding (`check`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tym_core::check::{check, Severity};
use tym_core::format::{self, AgreementFile};
use tym_core::model::StaffBasis;
use tym_core::split::{split_all, BasisChoice};
use tym_core::{presets, text, Lang, Msg};

const USAGE: &str = "usage:
  tym presets                         list the presets
  tym presets export ID FILE          write a preset to FILE
  tym validate FILE                   check that FILE loads
  tym show FILE                       readable summary
  tym split FILE [--basis persons|fte]
  tym check FILE|DIR                  findings; exit 3 when a law-level finding exists
  tym render FILE [--lang fi|sv|en] [--format md|html|docx|json|xlsx] [--out FILE]
                                      the document; xlsx: its annex tables as a workbook
  tym compare A B                     field differences, money per party, findings only one has
  tym schema                          JSON Schema of the file format
  tym catalogue sv|en                 the language's strings for the browser app (assets/i18n/)
  tym rules                           the rule catalogue as Markdown (docs/rules.md)
  tym synth FILE                      write the large synthetic agreement (benchmarks)
  tym import FILE.docx|FILE.txt [--out draft.json]
                                      a signed agreement into a new draft, with the import report
options: --json (machine-readable output), --lang fi|sv|en (messages)";

struct Opts {
    json: bool,
    lang: Lang,
    basis: Option<StaffBasis>,
    format: String,
    out: Option<String>,
    positional: Vec<String>,
}

enum Failure {
    Usage(String),
    Invalid(String),
}

fn parse(args: &[String]) -> Result<Opts, Failure> {
    let mut o =
        Opts { json: false, lang: Lang::Fi, basis: None, format: "md".into(), out: None, positional: Vec::new() };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| Failure::Usage(format!("{name} needs a value")));
        match a.as_str() {
            "--json" => o.json = true,
            "--lang" => {
                let v = value("--lang")?;
                o.lang = Lang::from_code(&v).ok_or_else(|| Failure::Usage(format!("unknown language {v}")))?;
            }
            "--basis" => {
                o.basis = Some(match value("--basis")?.as_str() {
                    "persons" => StaffBasis::Persons,
                    "fte" => StaffBasis::Fte,
                    other => return Err(Failure::Usage(format!("unknown basis {other}"))),
                })
            }
            "--format" => o.format = value("--format")?,
            "--out" => o.out = Some(value("--out")?),
            "-h" | "--help" => return Err(Failure::Usage(String::new())),
            s if s.starts_with("--") => return Err(Failure::Usage(format!("unknown option {s}"))),
            s => o.positional.push(s.to_string()),
        }
    }
    Ok(o)
}

fn read(path: &str, lang: Lang) -> Result<AgreementFile, Failure> {
    let meta = std::fs::metadata(path).map_err(|e| Failure::Invalid(format!("{path}: {e}")))?;
    if meta.len() > format::MAX_BYTES as u64 {
        let e = format::LoadError::TooLarge { bytes: meta.len() as usize };
        return Err(Failure::Invalid(format!("{path}: {}", e.message(lang))));
    }
    // Bytes, decoded as the app decodes them: UTF-8 with or without a byte-order mark, nothing else.
    let bytes = std::fs::read(path).map_err(|e| Failure::Invalid(format!("{path}: {e}")))?;
    format::load_bytes(&bytes).map_err(|e| Failure::Invalid(format!("{path}: {}", e.message(lang))))
}

fn json_out<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

fn run(args: &[String]) -> Result<ExitCode, Failure> {
    let o = parse(args)?;
    let pos: Vec<&str> = o.positional.iter().map(String::as_str).collect();
    let lang = o.lang;
    match pos.as_slice() {
        ["presets"] => {
            if o.json {
                let list: Vec<_> =
                    presets::PRESETS.iter().map(|p| serde_json::json!({"id": p.id, "name": p.name})).collect();
                println!("{}", json_out(&list));
            } else {
                for p in presets::PRESETS {
                    println!("{:<24} {} — {}", p.id, p.name, lang.t(p.note));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ["presets", "export", id, file] => {
            let f = presets::load(id).ok_or_else(|| Failure::Usage(format!("unknown preset {id}")))?;
            std::fs::write(file, format::save(&f)).map_err(|e| Failure::Invalid(format!("{file}: {e}")))?;
            Ok(ExitCode::SUCCESS)
        }
        ["import", file] => {
            let meta = std::fs::metadata(file).map_err(|e| Failure::Invalid(format!("{file}: {e}")))?;
            if meta.len() > tym_core::import::MAX_FILE_BYTES as u64 {
                let e = tym_core::import::ImportError::TooLarge { bytes: meta.len() as usize };
                return Err(Failure::Invalid(format!("{file}: {}", e.message(lang))));
            }
            let bytes = std::fs::read(file).map_err(|e| Failure::Invalid(format!("{file}: {e}")))?;
            let imported = tym_core::import::import_bytes(&bytes, lang)
                .map_err(|e| Failure::Invalid(format!("{file}: {}", e.message(lang))))?;
            print!("{}", imported.report.to_text(lang));
            if let Some(out) = &o.out {
                std::fs::write(out, format::save(&imported.file))
                    .map_err(|e| Failure::Invalid(format!("{out}: {e}")))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        ["validate", file] => {
            read(file, lang)?;
            if o.json {
                println!("{}", serde_json::json!({"file": file, "valid": true}));
            } else {
                println!("{file}: OK");
            }
            Ok(ExitCode::SUCCESS)
        }
        ["show", file] => {
            let f = read(file, lang)?;
            show(file, &f, &o);
            Ok(ExitCode::SUCCESS)
        }
        ["split", file] => {
            let f = read(file, lang)?;
            let basis = o.basis.map(BasisChoice::Override).unwrap_or(BasisChoice::AsAgreed);
            let report = split_all(&f.agreement, basis);
            if o.json {
                println!("{}", json_out(&report));
            } else {
                print!("{}", tym_core::split::to_csv(&f.agreement, &report, lang, false).replace(';', "\t"));
                for (item, r) in f.agreement.costs.items.iter().zip(&report.items) {
                    if let Err(e) = r {
                        eprintln!("{file}: {}", e.message(lang, &item.name));
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ["check", path] if Path::new(path).is_dir() => check_dir(path, &o),
        ["check", file] => {
            let f = read(file, lang)?;
            let findings = check(&f.agreement);
            if o.json {
                let list: Vec<_> = findings
                    .iter()
                    .map(|x| serde_json::json!({"rule": x.rule, "severity": x.severity, "path": x.path, "message": x.message(lang), "citation": x.citation(lang), "wording": x.wording(lang).into_iter().map(|(c, w)| serde_json::json!({"citation": c, "text": w})).collect::<Vec<_>>()}))
                    .collect();
                println!("{}", json_out(&serde_json::json!({"file": file, "findings": list})));
            } else {
                for x in &findings {
                    println!(
                        "{file}: {} [{}] {}: {} ({})",
                        x.rule,
                        lang.t(x.severity.label()),
                        x.path,
                        x.message(lang),
                        x.citation(lang)
                    );
                }
                println!("{file}: {} findings", findings.len());
            }
            Ok(if findings.iter().any(|x| x.severity == Severity::Law) { ExitCode::from(3) } else { ExitCode::SUCCESS })
        }
        ["render", file] => {
            let f = read(file, lang)?;
            let doc = || text::generate(&f.agreement, lang);
            let bytes = match o.format.as_str() {
                "md" => text::to_markdown(&doc()).into_bytes(),
                "html" => text::to_html(&doc()).into_bytes(),
                "docx" => tym_core::docx::to_docx(&doc()),
                "json" => json_out(&doc()).into_bytes(),
                "xlsx" => tym_core::xlsx::to_xlsx(&f.agreement, lang),
                other => return Err(Failure::Usage(format!("unknown format {other} (md, html, docx, json, xlsx)"))),
            };
            match &o.out {
                Some(path) => std::fs::write(path, bytes).map_err(|e| Failure::Invalid(format!("{path}: {e}")))?,
                None => {
                    use std::io::Write;
                    std::io::stdout().write_all(&bytes).map_err(|e| Failure::Invalid(e.to_string()))?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ["compare", left, right] => {
            let (fa, fb) = (read(left, lang)?, read(right, lang)?);
            compare(left, right, &fa.agreement, &fb.agreement, &o);
            Ok(ExitCode::SUCCESS)
        }
        ["synth", file] => {
            std::fs::write(file, format::save(&tym_core::synth::large_file()))
                .map_err(|e| Failure::Invalid(format!("{file}: {e}")))?;
            Ok(ExitCode::SUCCESS)
        }
        ["schema"] => {
            println!("{}", format::json_schema());
            Ok(ExitCode::SUCCESS)
        }
        ["rules"] => {
            print!("{}", tym_core::rules::catalogue_markdown());
            Ok(ExitCode::SUCCESS)
        }
        ["catalogue", code] => {
            let lang = Lang::from_code(code).ok_or_else(|| Failure::Usage(format!("unknown language: {code}")))?;
            print!("{}", tym_core::i18n::catalogue_json(lang));
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(Failure::Usage(String::new())),
    }
}

fn show(file: &str, f: &AgreementFile, o: &Opts) {
    let a = &f.agreement;
    let lang = o.lang;
    if o.json {
        let parties: Vec<_> = a
            .parties
            .iter()
            .map(|p| serde_json::json!({"id": p.id, "name": p.name_fi, "kind": tym_core::json::Json::write(&p.kind), "fte": a.party_fte(&p.id).to_string(), "persons": a.party_persons(&p.id)}))
            .collect();
        let munis: Vec<&str> = a.area.municipalities.iter().map(|m| m.name.as_str()).collect();
        println!(
            "{}",
            json_out(
                &serde_json::json!({"file": file, "title": a.meta.title, "parties": parties, "municipalities": munis,
                "seats": a.steering_group.seats.len(), "total_fte": a.total_fte().to_string(), "cost_items": a.costs.items.len()})
            )
        );
        return;
    }
    println!("{} ({file})", a.meta.title);
    println!("{}:", lang.t(Msg::UiParties));
    for p in &a.parties {
        println!(
            "  {} — {}, {} {}",
            a.party_name(&p.id, lang),
            lang.t(kind(p.kind)),
            lang.dec(a.party_fte(&p.id)),
            lang.t(Msg::UiFteUnit)
        );
    }
    let munis: Vec<&str> = a.area.municipalities.iter().map(|m| m.name.as_str()).collect();
    println!("{}: {}", lang.t(Msg::UiMunicipalities), munis.join(", "));
    println!("{}: {}", lang.t(Msg::UiSeats), a.steering_group.seats.len());
    println!("{}: {}", lang.t(Msg::UiTotalFte), lang.dec(a.total_fte()));
    println!("{}: {}", lang.t(Msg::UiCostItems), a.costs.items.len());
}

fn compare(left: &str, right: &str, a: &tym_core::Agreement, b: &tym_core::Agreement, o: &Opts) {
    use tym_core::compare::{figures, party_rows, row_label, unique_findings, Figures};
    let lang = o.lang;
    let groups = tym_core::readable::changes(a, b, lang);
    let count: usize = groups.iter().map(|g| g.changes.len()).sum();
    let figs = [figures(a, lang), figures(b, lang)];
    let rows = party_rows(&figs);
    fn cell(f: &Figures, c: Option<usize>) -> Option<&tym_core::compare::PartyFigures> {
        c.map(|i| &f.parties[i])
    }
    let money = |f: &Figures, c: Option<usize>| cell(f, c).map(|p| p.common).unwrap_or(0);
    let fte = |f: &Figures, c: Option<usize>| cell(f, c).map(|p| p.fte).unwrap_or_default();
    let name = |f: &Figures, c: Option<usize>| cell(f, c).map(|p| p.name.clone()).unwrap_or_else(|| "–".into());
    if o.json {
        let per_party: Vec<_> = rows
            .iter()
            .enumerate()
            .map(|(r, row)| {
                let (x, y) = (row.cells[0], row.cells[1]);
                serde_json::json!({"kind": row_label(&rows, r, lang), "names": [name(&figs[0], x), name(&figs[1], y)],
                    "fte": [fte(&figs[0], x).to_string(), fte(&figs[1], y).to_string()],
                    "common_cents": [money(&figs[0], x), money(&figs[1], y)],
                    "delta_cents": money(&figs[1], y) - money(&figs[0], x)})
            })
            .collect();
        let only = |i: usize| -> Vec<_> {
            unique_findings(&figs, i, lang)
                .iter()
                .map(|f| serde_json::json!({"rule": f.rule, "path": f.path, "message": f.message(lang)}))
                .collect()
        };
        let diffs: Vec<_> = groups
            .iter()
            .flat_map(|g| &g.changes)
            .map(|c| {
                serde_json::json!({"path": c.difference.path, "left": c.difference.left, "right": c.difference.right,
                "label": c.label, "left_text": c.left, "right_text": c.right})
            })
            .collect();
        println!(
            "{}",
            json_out(&serde_json::json!({"left": left, "right": right, "differences": diffs, "parties": per_party,
                "findings_only_left": only(0), "findings_only_right": only(1)}))
        );
        return;
    }
    println!("{left} ↔ {right}: {} ({count})", lang.t(Msg::UiFieldDifferences));
    for g in &groups {
        println!("{}", g.heading);
        for c in &g.changes {
            println!("  {}: {} → {}", c.label, c.left, c.right);
        }
    }
    println!("{}:", lang.t(Msg::UiTotalsPerParty));
    for (r, row) in rows.iter().enumerate() {
        let (x, y) = (row.cells[0], row.cells[1]);
        let (m0, m1) = (money(&figs[0], x), money(&figs[1], y));
        println!(
            "  {}: {} → {}: {} → {} ({})  {} → {} {}",
            row_label(&rows, r, lang),
            name(&figs[0], x),
            name(&figs[1], y),
            lang.money(m0),
            lang.money(m1),
            lang.money(m1 - m0),
            lang.dec(fte(&figs[0], x)),
            lang.dec(fte(&figs[1], y)),
            lang.t(Msg::UiFteUnit)
        );
    }
    for (i, file) in [left, right].iter().enumerate() {
        for f in unique_findings(&figs, i, lang) {
            println!("  {file}: {} {}", f.rule, f.message(lang));
        }
    }
}

fn kind(k: tym_core::model::PartyKind) -> Msg {
    use tym_core::model::PartyKind::*;
    match k {
        EmploymentAuthority => Msg::KindEmploymentAuthority,
        WellbeingCounty => Msg::KindWellbeingCounty,
        Kela => Msg::KindKela,
        Municipality => Msg::KindMunicipality,
    }
}

fn check_dir(dir: &str, o: &Opts) -> Result<ExitCode, Failure> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Failure::Invalid(format!("{dir}: {e}")))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut any_law = false;
    let mut any_invalid = false;
    let mut rows = Vec::new();
    for p in &files {
        let name = p.display().to_string();
        match read(&name, o.lang) {
            Ok(f) => {
                let fs = check(&f.agreement);
                let n = |s: Severity| fs.iter().filter(|x| x.severity == s).count();
                any_law |= n(Severity::Law) > 0;
                rows.push(serde_json::json!({"file": name, "law": n(Severity::Law), "statutory_duty": n(Severity::StatutoryDuty), "practice": n(Severity::Practice), "consistency": n(Severity::Consistency)}));
            }
            Err(Failure::Invalid(m)) | Err(Failure::Usage(m)) => {
                any_invalid = true;
                rows.push(serde_json::json!({"file": name, "error": m}));
            }
        }
    }
    if o.json {
        println!("{}", json_out(&rows));
    } else {
        let n = |v: &serde_json::Value| v.as_u64().unwrap_or(0);
        println!("{:<48} {:>5} {:>5} {:>9} {:>12}", "file", "law", "duty", "practice", "consistency");
        for r in &rows {
            match r.get("error") {
                Some(e) => println!("{:<48} {}", r["file"].as_str().unwrap_or(""), e.as_str().unwrap_or("")),
                None => println!(
                    "{:<48} {:>5} {:>5} {:>9} {:>12}",
                    r["file"].as_str().unwrap_or(""),
                    n(&r["law"]),
                    n(&r["statutory_duty"]),
                    n(&r["practice"]),
                    n(&r["consistency"])
                ),
            }
        }
        println!("{} files", rows.len());
    }
    Ok(if any_invalid {
        ExitCode::from(1)
    } else if any_law {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Failure::Usage(m)) => {
            if !m.is_empty() {
                eprintln!("tym: {m}");
            }
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Invalid(m)) => {
            eprintln!("{m}");
            ExitCode::from(1)
        }
    }
}
