#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml), in order: Trunk starts the hooks of one stage all at once,
# and each of these steps needs the one before it.
#   0. the scripts and the app's stylesheet, minified (scripts/minify.mjs);
#   1. every page of the app, pre-rendered with the same components (src/bin/prerender.rs);
#   2. sw.js, the service worker, with the list of files to keep for offline use (minified too);
#   3. brotli and gzip copies of every text file, the pages and sw.js included.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:-${1:-dist}}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
node scripts/minify.mjs "$dir"
cargo run --quiet --locked --features prerender --bin prerender -- "$dir"
node scripts/build-sw.mjs "$dir"
node scripts/precompress.mjs "$dir"
