#!/usr/bin/env bash
# Publishes a new version of the dataset into an existing build, without building the app again
# (docs/dataset.md, "Publishing"):
#
#   scripts/publish.sh NEW-DATASET.json [BUILD-FOLDER]      (the folder defaults to dist)
#
# 1. checks the file with the validator, as the app and the check page do: on any problem it prints
#    each one with its place in the file and exits 1, and the build is not touched;
# 2. in a copy of the build: puts the file in place, writes every page anew (removing the pages of
#    projects, programmes, municipalities and organisations that are gone), the downloads, the feed
#    of versions (with what this one changes), the sitemap, the service worker's list and the
#    compressed copies of what changed;
# 3. puts the copy in the build's place only when every step succeeded.
# The app's code (wasm, scripts, stylesheets) is left as it was. Needs Rust (to pre-render the pages
# with the app's own components) and Node (service worker, compression), as the build does.
set -euo pipefail
# Trunk's variable would send the scripts below to another folder than the copy.
unset TRUNK_STAGING_DIR
new="${1:?usage: scripts/publish.sh NEW-DATASET.json [BUILD-FOLDER]}"
build="${2:-dist}"
[ -f "$new" ] || { echo "publish: $new: no such file" >&2; exit 2; }
[ -f "$build/template.html" ] || { echo "publish: $build is not a build of this app (no template.html; run trunk build --release)" >&2; exit 2; }
new="$(cd "$(dirname "$new")" && pwd)/$(basename "$new")"
build="$(cd "$build" && pwd)"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cargo run --quiet --locked --bin validate -- "$new" || { echo "publish: $new was not published; the build is unchanged" >&2; exit 1; }

staging="$(mktemp -d "$(dirname "$build")/.publish-XXXXXX")"
trap 'rm -rf "$staging"; echo "publish: stopped; the build is unchanged" >&2' EXIT
cp -a "$build/." "$staging/"
cp "$new" "$staging/data/investeren-in-twente.json"
# The feed of versions compares the new file with the one the build has now.
TWENTE_PREVIOUS_DATASET="$build/data/investeren-in-twente.json" \
  cargo run --quiet --locked --features prerender --bin prerender -- "$staging"
node scripts/build-sw.mjs "$staging"
node scripts/precompress.mjs "$staging"

# The copy takes the build's place by two renames: for that moment the folder is absent (serve a
# symbolic link to it where that matters). Should the second fail, the old build goes back.
old="$(mktemp -d "$(dirname "$build")/.published-XXXXXX")"
rmdir "$old"
mv "$build" "$old"
if ! mv "$staging" "$build"; then
  mv "$old" "$build"
  echo "publish: could not put the new build in place; the build is unchanged" >&2
  exit 1
fi
rm -rf "$old"
trap - EXIT
echo "publish: $(basename "$new") is published in $build"
