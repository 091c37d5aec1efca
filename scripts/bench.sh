#!/usr/bin/env bash
# Benchmarks: host (cargo bench, divan) and in-browser on the release build with SYNTHETIC datasets
# of 1,000, 10,000 and 100,000 projects, plus the first-load transfer size. Prints the tables of
# docs/benchmarks.md. Not part of the test command (timings are measured, not asserted).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

echo "== release build"
trunk build --release
echo
echo "== first-load sizes (brotli, quality 11)"
node scripts/sizes.mjs
echo
echo "== synthetic datasets"
for n in 1000 10000 100000; do
  [ -f "target/synthetic-$n.json" ] || cargo run --locked --release --quiet --features dev-tools --example synthetic -- "$n" "target/synthetic-$n.json"
done
echo
echo "== host benchmarks (cargo bench --bench core)"
cargo bench --locked --features dev-tools --bench core
echo
echo "== in-browser benchmark (headless Chromium)"
node scripts/bench-server.mjs &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
sleep 1
node scripts/bench-browser.mjs
kill $SERVER 2>/dev/null || true

echo
echo "== the page 'Gegevens controleren' on the 100,000-project file (65 MB)"
node scripts/bench-check.mjs

echo
echo "== the reader's first interactions on a phone (4x CPU, slow 4G): the filters, a filter, typing"
node scripts/bench-interaction.mjs

echo
echo "== Lighthouse (mobile, performance): the overview, the explorer and a project page, 3 runs each"
node scripts/lighthouse.mjs
