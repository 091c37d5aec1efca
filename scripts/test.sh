#!/usr/bin/env bash
# Runs every test: host tests of the core, the dataset check, component tests in headless Chromium,
# the release build with its size report, and the end-to-end tests against that build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; shift; "$@"; }

step "host tests (core, dataset, locales)" cargo test --locked
step "bundled dataset" cargo run --locked --quiet --bin validate -- public/data/investeren-in-twente.json
step "component tests in headless Chromium" cargo test --locked --target wasm32-unknown-unknown --test browser
step "release build" trunk build --release
step "release sizes and the size budget" node scripts/sizes.mjs --budget size-budget.json
step "synthetic 100,000-project dataset for the scale test" \
  cargo run --locked --release --quiet --example synthetic -- 100000 target/synthetic-100000.json
step "end-to-end tests (Playwright, Chromium)" npx playwright test --config tests/e2e/playwright.config.js
printf '\n\033[1mAll tests passed.\033[0m\n'
