#!/usr/bin/env bash
# Builds the release app into dist/: trunk (offline, wasm-opt -Oz), then the CSP hash and the service
# worker are derived from the built files.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
cd "$root"
trunk build --release --offline
node scripts/postbuild.mjs dist
