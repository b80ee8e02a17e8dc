#!/usr/bin/env bash
# The README's second command: installs what is missing and runs every test tier. Stops at the first
# failing tier with a non-zero exit; ends with the end-to-end runner's summary.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
cd "$root"

tier() { printf '\n==== %s ====\n' "$*"; }

tier "format (cargo fmt --check)"
cargo fmt --all -- --check

tier "lint (cargo clippy --all-targets -D warnings)"
cargo clippy --workspace --all-targets -- -D warnings

tier "core tests on the host (cargo test -p tym-core)"
cargo test -p tym-core
# The browser app's build of the core: Swedish and English installed at run time.
cargo test -p tym-core --no-default-features --lib i18n::

tier "the real agreements word for word (tests/fidelity.py: at least 85 % of each agreement's words in order)"
python3 tests/fidelity.py

tier "the XLSX export read back (tests/xlsx_check.py: every preset in every language, openpyxl and LibreOffice Calc)"
python3 tests/xlsx_check.py

tier "app unit tests on the host (cargo test -p tym-app --lib) and the lazy module's (cargo test -p tym-lazy)"
cargo test -p tym-app --lib
cargo test -p tym-lazy

tier "component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p tym-app --target wasm32-unknown-unknown --test components

tier "release build and size budget"
"$root/scripts/build.sh"
node scripts/size.mjs dist 400

tier "end-to-end tests (playwright-core + Debian Chromium)"
node --test --test-concurrency=1 tests/e2e/
