//! Criterion benchmarks of the core on the large synthetic agreement (300 staff rows, 60
//! municipalities, 20 cost items, 40 seats, 5 variants), and each stage of the fuzz harness on the
//! worst case it found: a wording grown to the limit of the agreement's texts. Run:
//! `cargo bench -p tym-core`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use tym_core::split::{split_all, BasisChoice};
use tym_core::{check, compare, diff, docx, format, limits, presets, synth, text, Lang};

/// The largest preset with its wording's parts repeated as long as the file still loads: the
/// agreement's texts just under `limits::AGREEMENT_TEXT_CHARS` (the fuzz harness's slowest inputs
/// were such wordings, of up to 4 MB before the limit).
fn worst_case() -> String {
    let base = presets::load("keski-pohjanmaa").unwrap();
    let parts = base.agreement.wording.parts.clone();
    let mut file = base.clone();
    loop {
        let mut next = file.clone();
        next.agreement.wording.parts.extend(parts.iter().cloned());
        let json = format::save(&next);
        if format::load(&json).is_err() {
            // Then part by part.
            for p in &parts {
                let mut one = file.clone();
                one.agreement.wording.parts.push(p.clone());
                if format::load(&format::save(&one)).is_err() {
                    return format::save(&file);
                }
                file = one;
            }
            return format::save(&file);
        }
        file = next;
    }
}

fn worst(c: &mut Criterion) {
    let json = worst_case();
    let file = format::load(&json).unwrap();
    let a = &file.agreement;
    let seed = presets::load("lantinen-pirkanmaa").unwrap().agreement;
    let mut g = c.benchmark_group(format!(
        "worst case ({} kB, {} parts, texts under {} characters)",
        json.len() / 1000,
        a.wording.parts.len(),
        limits::AGREEMENT_TEXT_CHARS
    ));
    g.sample_size(20);
    g.bench_function("load", |b| b.iter(|| format::load(black_box(&json)).unwrap()));
    g.bench_function("split + check", |b| {
        b.iter(|| check::check_with(black_box(a), &split_all(a, BasisChoice::AsAgreed)))
    });
    g.bench_function("text (fi)", |b| b.iter(|| text::generate(black_box(a), Lang::Fi)));
    let doc = text::generate(a, Lang::Fi);
    g.bench_function("Markdown + HTML", |b| b.iter(|| (text::to_markdown(black_box(&doc)), text::to_html(&doc))));
    g.bench_function("DOCX (fi)", |b| b.iter(|| docx::to_docx(black_box(&doc))));
    g.bench_function("field diff against a preset", |b| b.iter(|| diff::diff(black_box(a), &seed)));
    let (md, seed_md) = (text::to_markdown(&doc), text::to_markdown(&text::generate(&seed, Lang::Fi)));
    g.bench_function("redline against a preset", |b| b.iter(|| diff::redline(black_box(&seed_md), &md)));
    g.bench_function("figures and unique findings", |b| {
        b.iter(|| {
            let all = [compare::figures(black_box(a), Lang::En), compare::figures(&seed, Lang::En)];
            compare::unique_findings(&all, 0, Lang::En)
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    let file = synth::large_file();
    let a = &file.agreement;
    c.bench_function("split_all (20 items, 300 rows)", |b| b.iter(|| split_all(black_box(a), BasisChoice::AsAgreed)));
    let split = split_all(a, BasisChoice::AsAgreed);
    c.bench_function("check (R0-R20)", |b| b.iter(|| check::check_with(black_box(a), &split)));
    c.bench_function("text::generate (fi)", |b| b.iter(|| text::generate(black_box(a), tym_core::Lang::Fi)));
    c.bench_function("full recompute (split + check + text)", |b| {
        b.iter(|| {
            // As the app does: the findings from the split it keeps.
            let s = split_all(black_box(a), BasisChoice::AsAgreed);
            let f = check::check_with(a, &s);
            let d = text::generate(a, tym_core::Lang::Fi);
            (s, f, d)
        })
    });
    c.bench_function("diff of the 5 variants against the open one", |b| {
        b.iter(|| file.variants.iter().map(|v| tym_core::diff::diff(black_box(a), &v.agreement).len()).sum::<usize>())
    });
    let json = format::save(&file);
    c.bench_function("format::load (large file with 5 variants)", |b| b.iter(|| format::load(black_box(&json))));
    // The largest real agreement's text (Keski-Pohjanmaa, 3 608 words) imported into a draft.
    let seed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/seeds/keski-pohjanmaa.txt")).unwrap();
    c.bench_function("import::import_text (Keski-Pohjanmaa, largest seed)", |b| {
        b.iter(|| tym_core::import::import_text(black_box(&seed), tym_core::Lang::Fi).map(|i| i.report.sections.len()))
    });
    c.bench_function("check + split of 45 agreements (the CLI over a directory)", |b| {
        b.iter(|| {
            for _ in 0..45 {
                let f = format::load(&json).unwrap();
                let s = split_all(&f.agreement, BasisChoice::AsAgreed);
                black_box(check::check_with(&f.agreement, &s));
                black_box(s);
            }
        })
    });
}

criterion_group!(core, benches, worst);
criterion_main!(core);
