//! A fuzzing harness on stable Rust (issue 17, item 5): inputs made from the presets by a small
//! seeded mutator — byte flips, cuts, splices and inserted tokens on the text, and changes of any
//! value of the parsed file (huge, negative and fractional numbers, control characters, formulas,
//! quotes, long texts, grown lists, deep nesting) — go through the whole core: load → check → split
//! → text (fi and sv) → DOCX → Markdown, HTML and CSV → comparison and redline against the preset.
//!
//! Each input must not panic, must be done within the time budget (the thread's CPU time, so that a
//! busy machine does not fail an input), and every XML part of every DOCX must be well-formed (parsed
//! back with roxmltree).
//!
//! `cargo test` runs a short run (`TYM_FUZZ_INPUTS`, default 300). The long run is
//! `scripts/fuzz.sh` (a million inputs in the release build, called by `scripts/bench.sh`), which
//! prints the figures. `TYM_FUZZ_SEED` picks another sequence; a failing input is written to
//! `target/fuzz-failure.json` with its number; `TYM_FUZZ_REPLAY=FILE` runs one input and times it.

use serde_json::{json, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};
use tym_core::presets::PRESETS;
use tym_core::{check, compare, diff, docx, format, split, text, Lang};

/// xorshift64*: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Texts that have broken exports and checks before.
const TEXTS: &[&str] = &[
    "\u{b}",
    "\u{c}",
    "\u{0}",
    "\u{1f}",
    "\u{fffe}",
    "\u{ffff}",
    "\r",
    "\t",
    "&",
    "<w:p>",
    "]]>",
    "\"",
    "'",
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "”Pohjanmaan hyvinvointialue”",
    "Pohjanmaan hyvinvointialue",
    " välfärdsområdet",
    "{0}{1}",
    "tym-agreement-encrypted",
    "<script>alert(1)</script>",
    "*_`|#",
    "e\u{301}",
    "👩‍👩‍👧",
    "\u{200f}",
    "\u{a0}",
    "–",
    "\n\n",
    "ääkköset",
];

/// Numbers at and past the edges of every type the model reads.
const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "1",
    "0.5",
    "0.6655",
    "100",
    "100.001",
    "150",
    "-50",
    "-50.001",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "18446744073709551616",
    "1e308",
    "-1e308",
    "1e-9",
    "100000000000000",
    "100000000000001",
    "10000000",
    "10000000.001",
    "3.000",
    "\"1,5\"",
    "\"0,6655\"",
    "\"x\"",
    "null",
    "true",
    "[]",
    "{}",
];

/// A value of another type, or nested deep.
fn junk(rng: &mut Rng) -> Value {
    match rng.below(3) {
        0 => serde_json::from_str(rng.pick::<&str>(NUMBERS)).unwrap(),
        1 => json!(rng.pick(TEXTS)),
        _ => {
            let mut deep = json!(1);
            for _ in 0..rng.below(40) {
                deep = json!([deep]);
            }
            deep
        }
    }
}

/// Changes one value somewhere in the parsed file. Mostly a leaf, keeping its type more often than
/// not, so that most inputs still load and the rest of the core sees them.
fn mutate_value(v: &mut Value, rng: &mut Rng, depth: usize) {
    if depth > 0 && rng.below(25) == 0 {
        *v = junk(rng);
        return;
    }
    match v {
        // The file's own keys (format, version) are tried now and then; the agreement mostly.
        Value::Object(m) if depth == 0 && rng.below(10) != 0 => {
            if let Some(a) = m.get_mut("agreement") {
                mutate_value(a, rng, depth + 1);
            }
        }
        Value::Object(m) if m.is_empty() => {
            m.insert("x".into(), junk(rng));
        }
        Value::Array(a) if a.is_empty() => a.push(if rng.below(2) == 0 { json!({}) } else { junk(rng) }),
        Value::Object(m) => {
            let k = m.keys().nth(rng.below(m.len())).cloned().unwrap_or_default();
            if rng.below(15) == 0 {
                m.remove(&k);
            } else if let Some(x) = m.get_mut(&k) {
                mutate_value(x, rng, depth + 1);
            }
        }
        Value::Array(a) => {
            let i = rng.below(a.len());
            match rng.below(8) {
                // Grow the list, now and then past its limit (not a list grown already: lists
                // grown inside grown lists made inputs of gigabytes, whose freeing was then timed
                // as the next input's work).
                0 if a.len() <= 250 => {
                    let n = *rng.pick(&[1, 2, 10, 60, 250, 2001]);
                    let x = a[i].clone();
                    a.extend(std::iter::repeat_n(x, n));
                }
                1 => drop(a.remove(i)),
                _ => mutate_value(&mut a[i], rng, depth + 1),
            }
        }
        Value::String(s) => {
            let t = *rng.pick(TEXTS);
            match rng.below(5) {
                0 => *s = t.to_string(),
                1 => s.push_str(t),
                2 => *s = t.repeat(1 + rng.below(3000)),
                3 => *s = s.repeat(1 + rng.below(50)),
                _ => s.insert_str(0, t),
            }
        }
        Value::Bool(b) => *b = !*b,
        _ => *v = serde_json::from_str(rng.pick::<&str>(NUMBERS)).unwrap(),
    }
}

/// Whether the value's text is roughly within `left` bytes (counted down; stops early).
fn within(v: &Value, left: &mut usize) -> bool {
    let size = match v {
        Value::String(s) => s.len() + 2,
        _ => 4,
    };
    if *left < size {
        return false;
    }
    *left -= size;
    match v {
        Value::Array(a) => a.iter().all(|x| within(x, left)),
        Value::Object(m) => m.iter().all(|(k, x)| {
            *left = left.saturating_sub(k.len() + 4);
            within(x, left)
        }),
        _ => true,
    }
}

/// Changes the text itself: what a cut download, a bad editor or a wrong encoding does.
fn mutate_bytes(t: &mut Vec<u8>, rng: &mut Rng) {
    if t.is_empty() {
        return;
    }
    let i = rng.below(t.len());
    match rng.below(7) {
        0 => t[i] ^= 1 << rng.below(8),
        1 => t.truncate(i),
        2 => {
            let j = (i + rng.below(200)).min(t.len());
            t.drain(i..j);
        }
        3 => {
            let j = (i + rng.below(400)).min(t.len());
            let piece = t[i..j].to_vec();
            let at = rng.below(t.len());
            t.splice(at..at, piece);
        }
        4 => {
            let token = rng.pick(NUMBERS).as_bytes().to_vec();
            t.splice(i..i, token);
        }
        5 => t.insert(i, *rng.pick(&[0x0b, 0x0c, 0x00, 0xff, 0xfe, 0xc3, b'"', b'\\', b'{', b'[', b','])),
        _ => {
            let token = rng.pick(TEXTS).as_bytes().to_vec();
            t.splice(i..i, token);
        }
    }
}

/// The stored entries of a ZIP archive (zip.rs writes stored entries only).
fn zip_entries(zip: &[u8]) -> Vec<(String, &[u8])> {
    let mut out = Vec::new();
    let mut at = 0;
    let u16_at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]) as usize;
    let u32_at = |i: usize| u32::from_le_bytes([zip[i], zip[i + 1], zip[i + 2], zip[i + 3]]) as usize;
    while at + 30 <= zip.len() && u32_at(at) == 0x0403_4b50 {
        assert_eq!(u16_at(at + 8), 0, "a stored entry");
        let size = u32_at(at + 18);
        let (name_len, extra_len) = (u16_at(at + 26), u16_at(at + 28));
        let name = String::from_utf8(zip[at + 30..at + 30 + name_len].to_vec()).unwrap();
        let start = at + 30 + name_len + extra_len;
        out.push((name, &zip[start..start + size]));
        at = start + size;
    }
    out
}

/// The first XML part of a DOCX or XLSX (`main` its main part) that is not well-formed, with the
/// parser's message; a formula in a workbook counts as one.
fn malformed_part(zip: &[u8], main: &str) -> Option<String> {
    let entries = zip_entries(zip);
    assert!(entries.iter().any(|(n, _)| n == main));
    if let Some((name, _)) = entries
        .iter()
        .find(|(n, d)| n.starts_with("xl/worksheets/") && d.windows(3).any(|w| w == b"<f>" || w == b"<f "))
    {
        return Some(format!("{name}: a formula"));
    }
    entries.iter().filter(|(n, _)| n.ends_with(".xml") || n.ends_with(".rels")).find_map(|(name, data)| {
        let text = match std::str::from_utf8(data) {
            Ok(t) => t,
            Err(e) => return Some(format!("{name}: {e}")),
        };
        roxmltree::Document::parse(text).err().map(|e| format!("{name}: {e}"))
    })
}

/// The CPU time this thread has used (Linux: /proc/thread-self/schedstat), so that an input is timed
/// by its own work and not by what else the machine is doing; `None` elsewhere (then wall time).
fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok().map(Duration::from_nanos)
}

/// What one input did.
#[derive(Default)]
struct Outcome {
    loaded: bool,
    docx: usize,
}

/// The whole core on one input; `Err` is a broken output.
fn run(bytes: &[u8], seeds: &[tym_core::Agreement]) -> Result<Outcome, String> {
    let file = match format::load_bytes(bytes) {
        Ok(f) => f,
        Err(e) => {
            if std::env::var("TYM_FUZZ_DEBUG").is_ok() {
                eprintln!("refused: {}", e.message(Lang::En));
            }
            // Every refusal has a message in every language.
            for l in Lang::ALL {
                assert!(!e.message(l).is_empty());
            }
            return Ok(Outcome::default());
        }
    };
    let a = &file.agreement;
    let report = split::split_all(a, split::BasisChoice::AsAgreed);
    let findings = check::check_with(a, &report);
    for f in &findings {
        let _ = f.message(Lang::Sv);
    }
    let _ = split::to_csv(a, &report, Lang::Fi, false);
    let _ = tym_core::csv::staff(a, Lang::Fi);
    let _ = split::multi_year(a, split::BasisChoice::AsAgreed, 3, 2_500);
    let mut out = Outcome { loaded: true, docx: 0 };
    let mut md = String::new();
    for lang in [Lang::Fi, Lang::Sv] {
        let doc = text::generate(a, lang);
        if lang == Lang::Fi {
            md = text::to_markdown(&doc);
            let _ = text::to_html(&doc);
        }
        if let Some(bad) = malformed_part(&docx::to_docx(&doc), "word/document.xml") {
            return Err(format!("DOCX ({lang:?}) not well-formed: {bad}"));
        }
        out.docx += 1;
    }
    let workbook = tym_core::xlsx::write(&tym_core::xlsx::sheets_with(a, Lang::Sv, &report), Lang::Sv, "");
    if let Some(bad) = malformed_part(&workbook, "xl/workbook.xml") {
        return Err(format!("XLSX not well-formed: {bad}"));
    }
    let seed = &seeds[(bytes.len() + md.len()) % seeds.len()];
    let _ = diff::diff(a, seed);
    let _ = diff::redline(&text::to_markdown(&text::generate(seed, Lang::Fi)), &md);
    let _ = compare::unique_findings(&[compare::figures(a, Lang::En), compare::figures(seed, Lang::En)], 0, Lang::En);
    for v in &file.variants {
        let _ = diff::diff(a, &v.agreement);
    }
    Ok(out)
}

/// The time of each stage of `run` on one input (`TYM_FUZZ_REPLAY`), the best of five runs, so that
/// a slow input's cause can be found.
fn stages(bytes: &[u8], seeds: &[tym_core::Agreement]) {
    let mut best: Vec<(&str, Duration)> = Vec::new();
    for round in 0..5 {
        let mut times: Vec<(&str, Duration)> = Vec::new();
        let mut t = Instant::now();
        let mut lap = |name: &'static str, times: &mut Vec<(&str, Duration)>| {
            times.push((name, t.elapsed()));
            t = Instant::now();
        };
        let Ok(file) = format::load_bytes(bytes) else { return };
        lap("load", &mut times);
        let a = &file.agreement;
        let report = split::split_all(a, split::BasisChoice::AsAgreed);
        let _ = check::check_with(a, &report);
        lap("split + check", &mut times);
        let _ = split::to_csv(a, &report, Lang::Fi, false);
        let _ = tym_core::csv::staff(a, Lang::Fi);
        let _ = split::multi_year(a, split::BasisChoice::AsAgreed, 3, 2_500);
        lap("CSV + multi-year", &mut times);
        let doc = text::generate(a, Lang::Fi);
        lap("text (fi)", &mut times);
        let md = text::to_markdown(&doc);
        let _ = text::to_html(&doc);
        lap("Markdown + HTML", &mut times);
        let zip = docx::to_docx(&doc);
        lap("DOCX (fi)", &mut times);
        let _ = malformed_part(&zip, "word/document.xml");
        lap("harness: DOCX parsed back", &mut times);
        let workbook = tym_core::xlsx::write(&tym_core::xlsx::sheets_with(a, Lang::Sv, &report), Lang::Sv, "");
        lap("XLSX", &mut times);
        let _ = malformed_part(&workbook, "xl/workbook.xml");
        lap("harness: XLSX parsed back", &mut times);
        let seed = &seeds[(bytes.len() + md.len()) % seeds.len()];
        let _ = diff::diff(a, seed);
        lap("field diff", &mut times);
        let seed_md = text::to_markdown(&text::generate(seed, Lang::Fi));
        lap("seed's Markdown", &mut times);
        let _ = diff::redline(&seed_md, &md);
        lap("redline", &mut times);
        let _ =
            compare::unique_findings(&[compare::figures(a, Lang::En), compare::figures(seed, Lang::En)], 0, Lang::En);
        lap("figures", &mut times);
        for v in &file.variants {
            let _ = diff::diff(a, &v.agreement);
        }
        lap("variants' diff", &mut times);
        drop(doc);
        drop(file);
        lap("drop", &mut times);
        if round == 0 {
            best = times;
        } else {
            for (b, (_, x)) in best.iter_mut().zip(times) {
                b.1 = b.1.min(x);
            }
        }
    }
    for (name, d) in best {
        println!("stage {name}: {:.1} ms", d.as_secs_f64() * 1000.0);
    }
}

#[test]
fn fuzz_the_core_from_the_presets() {
    let inputs: u64 = std::env::var("TYM_FUZZ_INPUTS").ok().and_then(|v| v.parse().ok()).unwrap_or(300);
    let seed: u64 = std::env::var("TYM_FUZZ_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or(17);
    // The bar is 200 ms in the release build (scripts/fuzz.sh); the debug build of `cargo test` runs
    // some ten times slower and is given ten times as long.
    // TYM_FUZZ_BUDGET_MS raises it to run on past slow inputs and count them (those over 200 ms).
    let budget = Duration::from_millis(
        std::env::var("TYM_FUZZ_BUDGET_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(if cfg!(debug_assertions) {
            2000
        } else {
            200
        }),
    );
    let seeds: Vec<Vec<u8>> = PRESETS.iter().map(|p| p.json.as_bytes().to_vec()).collect();
    let seed_agreements: Vec<_> = PRESETS.iter().map(|p| format::load(p.json).unwrap().agreement).collect();
    if let Ok(path) = std::env::var("TYM_FUZZ_REPLAY") {
        let input = std::fs::read(&path).unwrap();
        for _ in 0..3 {
            let (t0, c0) = (Instant::now(), thread_cpu());
            let r = run(&input, &seed_agreements);
            let cpu = c0.zip(thread_cpu()).map(|(a, b)| (b - a).as_secs_f64() * 1000.0).unwrap_or_default();
            let wall = t0.elapsed().as_secs_f64() * 1000.0;
            println!("replay {path}: {:?} in {wall:.1} ms ({cpu:.1} ms of CPU)", r.map(|o| o.loaded));
        }
        stages(&input, &seed_agreements);
        return;
    }
    let parsed: Vec<Value> = PRESETS.iter().map(|p| serde_json::from_str(p.json).unwrap()).collect();
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let (mut loaded, mut docx, mut slowest, mut slowest_at) = (0u64, 0u64, Duration::ZERO, 0u64);
    let mut slowest_wall = Duration::ZERO;
    let mut skipped = 0u64;
    let mut over_200ms = 0u64;
    let mut over_50ms = 0u64;
    let t_all = Instant::now();
    for n in 0..inputs {
        let k = rng.below(seeds.len());
        let input: Vec<u8> = match rng.below(3) {
            0 => {
                let mut t = seeds[k].clone();
                for _ in 0..1 + rng.below(4) {
                    mutate_bytes(&mut t, &mut rng);
                }
                t
            }
            _ => {
                let mut v = parsed[k].clone();
                for _ in 0..1 + rng.below(4) {
                    mutate_value(&mut v, &mut rng, 0);
                }
                // Past the file size limit the loader refuses at once; a text of at most twice it
                // keeps the harness's own allocations small.
                if !within(&v, &mut (2 * format::MAX_BYTES)) {
                    skipped += 1;
                    continue;
                }
                let mut t = serde_json::to_vec_pretty(&v).unwrap();
                if rng.below(8) == 0 {
                    mutate_bytes(&mut t, &mut rng);
                }
                t
            }
        };
        let (t0, c0) = (Instant::now(), thread_cpu());
        let result = catch_unwind(AssertUnwindSafe(|| run(&input, &seed_agreements)));
        let wall = t0.elapsed();
        let took = match (c0, thread_cpu()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => wall,
        };
        slowest_wall = slowest_wall.max(wall);
        let failure = match &result {
            Err(_) => Some("panicked".to_string()),
            Ok(Err(e)) => Some(e.clone()),
            Ok(Ok(o)) if took > budget => Some(format!("took {} ms of CPU (loaded: {})", took.as_millis(), o.loaded)),
            Ok(Ok(_)) => None,
        };
        if let Some(why) = failure {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../target/fuzz-failure.json");
            let _ = std::fs::write(path, &input);
            panic!("input {n} (seed {seed}): {why}; written to {path}");
        }
        if let Ok(Ok(o)) = result {
            loaded += u64::from(o.loaded);
            docx += o.docx as u64;
        }
        over_50ms += u64::from(took > Duration::from_millis(50));
        over_200ms += u64::from(took > Duration::from_millis(200));
        if (n + 1) % 100_000 == 0 {
            println!(
                "fuzz: {} inputs so far, {loaded} loaded, {docx} DOCX well-formed, no panic, slowest {:.1} ms of \
                 CPU (input {slowest_at}), {over_200ms} over 200 ms",
                n + 1,
                slowest.as_secs_f64() * 1000.0
            );
        }
        if took > slowest {
            (slowest, slowest_at) = (took, n);
        }
    }
    println!(
        "fuzz: {inputs} inputs (seed {seed}; {skipped} of them not built, over 10 MiB) in {:.1} s: {loaded} loaded, {} refused, {docx} DOCX well-formed, \
         no panic; slowest {:.1} ms of CPU (input {slowest_at}), {over_50ms} over 50 ms, {over_200ms} over 200 ms; \
         slowest by the clock \
         {:.1} ms",
        t_all.elapsed().as_secs_f64(),
        inputs - skipped - loaded,
        slowest.as_secs_f64() * 1000.0,
        slowest_wall.as_secs_f64() * 1000.0
    );
}
