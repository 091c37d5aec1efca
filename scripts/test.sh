#!/usr/bin/env bash
# Runs every test: host tests of the core, the dataset check, component tests in headless Chromium,
# the release build with its size report, and the end-to-end tests against that build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; shift; "$@"; }

step "formatting (rustfmt)" cargo fmt --all --check
step "lints on the host (clippy, every target)" cargo clippy --locked --all-targets --all-features -- -D warnings
step "lints on WebAssembly (clippy, every target): the readers' app" \
  cargo clippy --locked --all-targets --features test-hooks --target wasm32-unknown-unknown -- -D warnings
step "lints on WebAssembly (clippy, every target): the check page's app" \
  cargo clippy --locked --all-targets --features test-hooks,check --target wasm32-unknown-unknown -- -D warnings
step "lints on WebAssembly (clippy, every target): the embed builder's app" \
  cargo clippy --locked --all-targets --features test-hooks,builder --target wasm32-unknown-unknown -- -D warnings
step "host tests (core, dataset, locales, scripts, pre-rendering)" cargo test --locked --features dev-tools,prerender
step "search relevance set: recall@10 and zero-result rate (tests/fixtures/search-relevance.json)" \
  cargo test --locked --quiet --test search_relevance -- --nocapture
step "bundled dataset" cargo run --locked --quiet --bin validate -- public/data/investeren-in-twente.json
step "component tests in headless Chromium" cargo test --locked --target wasm32-unknown-unknown --test browser
step "release build" trunk build --release
step "release sizes and the size budget" node scripts/sizes.mjs --budget size-budget.json
step "publishing a new dataset into a copy of the build (scripts/publish.sh)" node tests/publish.mjs
step "test build with the panic trigger (for one end-to-end test; never deployed)" \
  trunk build --release --features test-hooks --dist target/dist-test-hooks
step "no test seam in the release build" node scripts/check-release.mjs dist
step "the same check finds the seam in the test build" \
  node scripts/check-release.mjs target/dist-test-hooks --expect-seams
step "synthetic 100,000-project dataset for the scale test" \
  cargo run --locked --release --quiet --features dev-tools --example synthetic -- 100000 target/synthetic-100000.json
step "end-to-end tests (Playwright, Chromium)" npx playwright test --config tests/e2e/playwright.config.js
printf '\n\033[1mAll tests passed.\033[0m\n'
