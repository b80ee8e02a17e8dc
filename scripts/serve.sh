#!/usr/bin/env bash
# The README's first command: installs what is missing, builds the release app and serves it on
# http://127.0.0.1:${PORT:-8080}${BASE:-/} (BASE=/tyollisyys/tym/ serves it in a sub-folder).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
exec node "$root/scripts/serve.mjs" "$root/dist" 127.0.0.1 "${PORT:-8080}" "${BASE:-/}"
