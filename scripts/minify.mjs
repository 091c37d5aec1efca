// Trunk post_build hook (scripts/post-build.sh), before the pages are pre-rendered: the scripts and
// the app's stylesheet every reader downloads, minified with esbuild (comments, spaces and local
// names go; behaviour stays). The sources stay readable and commented; the readers get 6.4 KB of
// brotli less (docs/benchmarks.md). Trunk's own minifier is not used: it does not reach the files
// Trunk only copies (boot.js, head.js), and esbuild is the one tool for both JS and CSS here.
// style/tokens.css stays as written: it is the theming API a host reads (docs/embedding.md).
//   node scripts/minify.mjs [dist]
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

/** Minifies `text` of the kind `loader` ("js" or "css"), for browsers of the last years. */
export function minify(text, loader) {
  return transformSync(text, { loader, minify: true, target: ["es2022", "chrome100", "firefox100", "safari15"], charset: "utf8" }).code;
}

function minifyFile(path, loader) {
  const before = readFileSync(path, "utf8");
  writeFileSync(path, minify(before, loader));
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
  const top = readdirSync(dir);
  // The scripts Trunk copied, and the wasm-bindgen glue of both apps.
  const scripts = [
    ...["boot.js", "head.js", "check-worker.js"],
    ...top.filter((name) => /^investeren-in-twente-[0-9a-f]+\.js$/.test(name)),
    "check-app/check.js",
    "builder-app/builder.js",
  ].filter((name) => existsSync(join(dir, name)));
  for (const name of scripts) minifyFile(join(dir, name), "js");
  // The stylesheets (the app's, the embed builder's), which index.html pins with their hash (Subresource Integrity): the pin is
  // written anew for the minified file, and the pre-rendering copies it into every page.
  let index = readFileSync(join(dir, "index.html"), "utf8");
  const builder = existsSync(join(dir, "builder-app")) ? readdirSync(join(dir, "builder-app")).map((name) => `builder-app/${name}`) : [];
  const sheets = [...top, ...builder].filter((name) => /^(app|builder-app\/builder)-[0-9a-f]+\.css$/.test(name));
  for (const name of sheets) {
    minifyFile(join(dir, name), "css");
    const digest = createHash("sha384").update(readFileSync(join(dir, name))).digest("base64");
    const tag = new RegExp(`(<link[^>]*href="[^"]*${name}"[^>]*integrity=")sha384-[^"]+(")`);
    if (!tag.test(index)) throw new Error(`index.html has no integrity pin for ${name}`);
    index = index.replace(tag, `$1sha384-${digest}$2`);
  }
  writeFileSync(join(dir, "index.html"), index);
  console.log(`minified ${scripts.length} scripts and ${sheets.length} stylesheets`);
}
