#!/usr/bin/env bash
# The long fuzzing run (issue 17): a million inputs made from the presets through load → check →
# split → text → DOCX → compare, in the optimised build, where no input may take over 200 ms; then
# the 5 MiB and limit tests under the same 200 ms bound. Prints the figures. Not part of
# scripts/test.sh (which runs 300 inputs in the debug build); scripts/bench.sh calls it.
# TYM_FUZZ_INPUTS and TYM_FUZZ_SEED change the run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export TYM_FUZZ_INPUTS="${TYM_FUZZ_INPUTS:-1000000}"
export TYM_FUZZ_SEED="${TYM_FUZZ_SEED:-17}"
# The bench profile: optimised like a release, without its whole-program optimisation (faster to build).
cargo test -q --profile bench -p tym-core --test fuzz --test limits --test overflow -- --nocapture 2>&1 \
  | grep -E "^fuzz:|^input |test result|panicked|FAILED"
