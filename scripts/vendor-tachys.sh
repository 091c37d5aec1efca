#!/usr/bin/env bash
# Re-creates vendor/tachys (Leptos's renderer, patched; vendor/README.md says why) from the
# registry's copy of the version in Cargo.lock, and applies vendor/tachys.patch. Run it after a
# Leptos upgrade changes tachys's version; if the patch no longer applies, redo it by hand on the new
# src/view/any_view.rs and write the new diff to vendor/tachys.patch.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version=$(awk '/^name = "tachys"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$version" ] || { echo "no tachys in Cargo.lock" >&2; exit 1; }
cargo fetch --locked >/dev/null 2>&1 || true
source_dir=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"tachys-$version" 2>/dev/null | head -1)
if [ -z "$source_dir" ]; then
  # Without the patch in place cargo fetches the registry's tachys; with it, fetch it on its own.
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && cargo init --quiet --name fetch-tachys && cargo add --quiet "tachys@=$version" && cargo fetch --quiet)
  source_dir=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"tachys-$version" | head -1)
fi
rm -rf vendor/tachys
mkdir -p vendor/tachys
cp -r "$source_dir/Cargo.toml" "$source_dir/build.rs" "$source_dir/src" "$source_dir/README.md" vendor/tachys/
patch --quiet -d vendor/tachys -p1 < vendor/tachys.patch
# Cargo.lock then takes tachys from vendor/ (tests/vendor.rs checks it does).
cargo update --quiet -p tachys
echo "vendor/tachys: tachys $version with vendor/tachys.patch applied"
