#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; skips what is present.
# Sourced by scripts/run.sh and scripts/test.sh. A second run takes seconds.
#
#   wasm32 target (rustup) · Trunk 0.21.x · wasm-bindgen-cli at the version in Cargo.lock ·
#   wasm-opt (npm binaryen@132) · Chromium + chromedriver (apt) · the npm build and test packages
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

for tool in cargo rustup node npm; do
  command -v "$tool" >/dev/null || { echo "[setup] $tool is required but not installed" >&2; exit 1; }
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! (command -v trunk >/dev/null && trunk --version | grep -q '^trunk 0\.21\.'); then
  say "installing Trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must equal the wasm-bindgen crate in Cargo.lock, or the generated glue does not match.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
if ! (command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$WASM_BINDGEN_VERSION" ]); then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # No --locked: that version's own lockfile names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# A machine without apt (macOS, Windows) names its own Chromium and chromedriver instead.
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && [ -n "${CHROMEDRIVER:-}" ] && [ -x "${CHROMEDRIVER}" ]; then
  :
elif ! (command -v chromium >/dev/null && command -v chromedriver >/dev/null); then
  say "installing Chromium and chromedriver from Debian"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y chromium chromium-driver || { as_root apt-get update && as_root apt-get install -y chromium chromium-driver; }
fi

# npm packages: Playwright (driving Debian's Chromium), axe-core, binaryen (wasm-opt 132), esbuild
# (minifies the scripts and the stylesheet after each build, scripts/minify.mjs).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
