#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080 with the bundled dataset,
# the way a plain static server with the strict Content-Security-Policy would.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
trunk build --release
exec node scripts/serve.mjs --dir dist --port "${PORT:-8080}"
