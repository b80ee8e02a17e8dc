#!/usr/bin/env bash
# Performance figures (not part of the test run): Criterion benchmarks of the core, then the app and the
# plain-JS reference page measured in Chromium in the same run. Prints Markdown tables.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
cd "$root"
cargo run -q --release -p tym-core --bin tym -- synth bench/large.json
cargo bench -p tym-core --bench core -- --warm-up-time 1 --measurement-time 3 2>/dev/null | grep -E "^[a-z]|time:"
node scripts/size.mjs dist
node bench/measure.mjs
