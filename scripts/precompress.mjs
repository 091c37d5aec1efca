// Trunk post_build hook: writes brotli (.br) and gzip (.gz) copies next to every compressible file,
// for servers that serve precompressed files (nginx gzip_static/brotli_static, Caddy precompressed).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|webmanifest|wasm|txt)$/;

function walk(path) {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
}

// Copies at least as new as their file are kept: a new dataset published into a build
// (scripts/publish.sh) compresses the pages and the data again, not the app's code.
const current = (file) => [`${file}.br`, `${file}.gz`].every((copy) => existsSync(copy) && statSync(copy).mtimeMs >= statSync(file).mtimeMs);

let count = 0;
let kept = 0;
for (const file of walk(dir).filter((f) => COMPRESSIBLE.test(f))) {
  if (current(file)) {
    kept += 1;
    continue;
  }
  const raw = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
  writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
  count += 1;
}
console.log(`precompressed ${count} files (.br and .gz)${kept ? `, ${kept} unchanged` : ""}`);
