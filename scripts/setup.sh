#!/usr/bin/env bash
# Installs whatever this project needs and is missing, from the package registries only. Idempotent:
# a second run skips what is installed. Sourced by serve.sh and test.sh (it also sets PATH).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v pdftotext >/dev/null || ! command -v soffice >/dev/null || ! command -v zopfli >/dev/null \
   || ! dpkg -s libreoffice-calc-nogui >/dev/null 2>&1; then
  say "installing Chromium, ChromeDriver, poppler-utils, LibreOffice Writer and Calc and zopfli from Debian"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui zopfli >/dev/null
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes ~8 min on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WBG_VERSION"; then
  say "installing wasm-bindgen-cli $WBG_VERSION (takes ~4 min)"
  # Without --locked: its lockfile pins a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

if ! python3 -c "import docx, docx2python, openpyxl" 2>/dev/null; then
  say "installing python-docx, docx2python and openpyxl (the DOCX and XLSX exports are checked by reading them back)"
  python3 -m pip install --quiet --disable-pip-version-check "python-docx==1.2.0" "docx2python==3.7.1" "openpyxl==3.1.5"
fi

if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (playwright-core, binaryen, terser, csso, axe-core, lighthouse)"
  npm ci --no-audit --no-fund --loglevel=error
fi
