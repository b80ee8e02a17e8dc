//! Criterion benchmarks of the core on the large synthetic agreement (300 staff rows, 60
//! municipalities, 20 cost items, 40 seats, 5 variants). Run: `cargo bench -p tym-core`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use tym_core::split::{split_all, BasisChoice};
use tym_core::{check, format, synth, text};

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

criterion_group!(core, benches);
criterion_main!(core);
