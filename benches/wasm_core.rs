//! The core's work measured in WebAssembly, in Chromium, on the large synthetic agreement: the same
//! work as the native Criterion benchmarks (`crates/tym-core/benches/core.rs`). Not a test: it asserts
//! nothing; `scripts/bench.sh` runs it in release mode with
//! `cargo test --release --target wasm32-unknown-unknown --bench wasm_core -- --nocapture`.
//! (wasm-bindgen-test's own Criterion runs each benchmark synchronously for longer than its WebDriver
//! waits for the page, so the timing is done here: median and p95 of 200 runs after 20 warm-up runs.)
#![cfg(target_arch = "wasm32")]

use std::hint::black_box;
use tym_core::split::{split_all, BasisChoice};
use tym_core::{check, format, synth, text, Lang};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const RUNS: usize = 200;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_default()
}

fn bench(name: &str, mut f: impl FnMut()) {
    for _ in 0..RUNS / 10 {
        f();
    }
    let mut t: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t0 = now();
            f();
            now() - t0
        })
        .collect();
    t.sort_by(f64::total_cmp);
    console_log!("| {name} | {:.3} ms | {:.3} ms |", t[RUNS / 2], t[RUNS * 95 / 100]);
}

#[wasm_bindgen_test]
fn core_in_wasm() {
    let file = synth::large_file();
    let a = &file.agreement;
    let json = format::save(&file);
    console_log!("| core in WebAssembly (Chromium), large agreement | median | p95 |");
    console_log!("| --- | ---: | ---: |");
    bench("cost split, 20 items over 300 rows (`split_all`)", || drop(black_box(split_all(a, BasisChoice::AsAgreed))));
    let split = split_all(a, BasisChoice::AsAgreed);
    bench("all rules R0–R20 (`check_with` the split)", || drop(black_box(check::check_with(a, &split))));
    bench("document text with annexes (`text::generate`)", || drop(black_box(text::generate(a, Lang::Fi))));
    bench("full recompute: split + check + text", || {
        let s = split_all(a, BasisChoice::AsAgreed);
        let f = check::check_with(a, &s);
        drop(black_box((s, f, text::generate(a, Lang::Fi))))
    });
    bench("loading the file with 5 variants (`format::load`)", || drop(black_box(format::load(&json))));
}
