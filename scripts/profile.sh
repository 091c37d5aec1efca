#!/usr/bin/env bash
# Profiles a keystroke in the explorer at 10,000 SYNTHETIC projects (docs/benchmarks.md): builds the
# release with function names kept (cargo profile `profiling`, wasm-bindgen --keep-debug, no
# wasm-opt, which would drop the names) into target/dist-profile, then prints where the time goes.
# Not part of the test command.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
n="${1:-10000}"
[ -f "target/synthetic-$n.json" ] || cargo run --locked --release --quiet --features dev-tools --example synthetic -- "$n" "target/synthetic-$n.json"
# A copy of index.html beside it (Trunk resolves its links relative to the file), removed afterwards.
sed 's/data-wasm-opt="z" data-type="main">/data-wasm-opt="0" data-type="main" data-keep-debug="true">/' index.html > index-profile.html
trap 'rm -f index-profile.html' EXIT
grep -q 'data-keep-debug' index-profile.html || { echo "index.html's rust link changed; update scripts/profile.sh" >&2; exit 1; }
trunk build --release --cargo-profile profiling --dist target/dist-profile index-profile.html
node scripts/profile-keystroke.mjs target/dist-profile "target/synthetic-$n.json"
