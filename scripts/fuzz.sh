#!/usr/bin/env bash
# Coverage-guided fuzzing of the dataset loader (with every view's logic on what loads) and of the
# address parser, with cargo-fuzz (libFuzzer). Not part of the test command: it runs for minutes.
#
#   scripts/fuzz.sh [minutes per target, default 10] [target ...]   (targets: dataset location)
#
# Installs a nightly toolchain and cargo-fuzz when missing. The seed corpus lives in the repository
# (tests/fixtures, the bundled dataset, fuzz/seeds); what libFuzzer adds goes to fuzz/corpus
# (ignored by git). A crash is written to fuzz/artifacts/<target>/ and ends the run with status 1.
# docs/fuzzing.md records the runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

minutes="${1:-10}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(dataset location)

say() { printf '\033[1m[fuzz]\033[0m %s\n' "$*"; }
# FUZZ_RUNNER replaces `cargo +nightly fuzz run` (the test of this script, tests/scripts.rs, puts a
# stand-in fuzzer there that crashes or passes on purpose).
if [ -n "${FUZZ_RUNNER:-}" ]; then
  read -ra runner <<< "$FUZZ_RUNNER"
else
  runner=(cargo +nightly fuzz run)
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain (libFuzzer's instrumentation needs it)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! command -v cargo-fuzz >/dev/null; then
    say "installing cargo-fuzz"
    cargo install cargo-fuzz --locked
  fi
fi

# The seed corpus, gathered into one folder per target (libFuzzer reads folders of single inputs).
seeds="$ROOT/target/fuzz-seeds"
rm -rf "$seeds" && mkdir -p "$seeds/dataset" "$seeds/location"
cp public/data/*.json tests/fixtures/*.json "$seeds/dataset/"
for f in tests/fixtures/bad/*.json; do
  [ "$(basename "$f")" = expected.json ] || cp "$f" "$seeds/dataset/bad-$(basename "$f")"
done
cp fuzz/seeds/location/* "$seeds/location/"

for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target"
  dict=()
  [ -f "fuzz/$target.dict" ] && dict=("-dict=fuzz/$target.dict")
  say "$target: ${minutes} minutes, seeds in $seeds/$target"
  start=$(date +%s)
  # The fuzzer's own status decides; grep finding no line is no failure. PIPESTATUS must be read
  # right after the pipeline, before any other command replaces it.
  set +e +o pipefail
  "${runner[@]}" --fuzz-dir fuzz "$target" "fuzz/corpus/$target" "$seeds/$target" -- \
    -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "${dict[@]}" 2>&1 \
    | tee "target/fuzz-$target.log" | grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|stat::|ERROR|SUMMARY|panicked'
  status=${PIPESTATUS[0]}
  set -e -o pipefail
  say "$target: finished after $(( $(date +%s) - start )) s with status $status (full log: target/fuzz-$target.log)"
  [ "$status" = 0 ] || exit "$status"
done
