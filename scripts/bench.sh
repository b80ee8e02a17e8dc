#!/usr/bin/env bash
# Performance figures (not part of the test run): Criterion benchmarks of the core, the same work in
# WebAssembly in Chromium, the bundle size, then the app and the plain-JS reference page measured in
# Chromium in the same run. Prints Markdown tables.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
"$root/scripts/build.sh"
cd "$root"
cargo run -q --release -p tym-core --bin tym -- synth bench/large.json
cargo bench -p tym-core --bench core -- --warm-up-time 1 --measurement-time 3 2>/dev/null | grep -E "^[a-z]|time:"
CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --release -p tym-app --target wasm32-unknown-unknown --bench wasm_core -- --nocapture 2>/dev/null | grep "^|"
node scripts/size.mjs dist
node bench/measure.mjs
"$root/scripts/fuzz.sh"
