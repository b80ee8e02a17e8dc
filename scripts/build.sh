#!/usr/bin/env bash
# Builds the release app into dist/: trunk (offline, wasm-opt -Oz), the lazy module into dist/lazy/, then
# the CSP hash, the service worker and the single-file edition are derived from the built files.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
cd "$root"
trunk build --release --offline

# The lazy module (crates/tym-lazy: import, DOCX, HTML and XLSX export), loaded by the app on first use:
# its own WebAssembly and glue in dist/lazy/, outside the first download.
cargo build --release --target wasm32-unknown-unknown -p tym-lazy
mkdir -p dist/lazy
wasm-bindgen --target no-modules --no-modules-global tym_lazy --no-typescript --out-dir dist/lazy \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/tym_lazy.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types \
  --enable-multivalue --enable-mutable-globals --low-memory-unused --reorder-functions-by-name dist/lazy/tym_lazy_bg.wasm -o dist/lazy/tym_lazy_bg.wasm
# The glue binds `let tym_lazy`, which is not a property of window; the app looks for it there.
echo 'self.tym_lazy = tym_lazy;' >> dist/lazy/tym_lazy.js
node scripts/postbuild.mjs dist
