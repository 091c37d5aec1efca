// Prints the size of the release build (dist/): each file raw and brotli-compressed (quality 11),
// grouped as the browser loads them on first visit.
//   node scripts/sizes.mjs [--dir dist] [--json]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const dir = args.includes("--dir") ? args[args.indexOf("--dir") + 1] : "dist";

function walk(path) {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
}

export function measure(root = dir) {
  return walk(root)
    .filter((file) => !/\.(map|br|gz)$/.test(file))
    .map((file) => {
      const raw = readFileSync(file);
      const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      const name = relative(root, file);
      // The check page's own app and its Web Worker's script, the embed builder's own app and
      // stylesheet: only those pages download them.
      const checkOnly = name.startsWith("check-app/") || name === "check-worker.js";
      const builderOnly = name.startsWith("builder-app/");
      // The embedding page's script (embed.js), which the explorer's readers never load.
      const kind = name === "embed.js" ? "host" : checkOnly ? "check" : builderOnly ? "builder" : name.endsWith(".wasm") ? "wasm"
        // The readers' app's glue, which the tools' pages do not load (they load their own).
        : /^investeren-in-twente-[0-9a-f]+\.js$/.test(name) ? "glue" : name.endsWith(".js") ? "js" : name.endsWith(".css") ? "css"
        : name === "index.html" ? "html" : name === "template.html" ? "other" : name.endsWith(".html") ? "page" : /^data\/[^/]+\.json$/.test(name) ? "data" : name.startsWith("data/") ? "download" : "other";
      return { name, kind, raw: raw.length, brotli };
    })
    .sort((a, b) => b.brotli - a.brotli);
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KB";
const files = measure();
// --budget FILE: fail when the code sent on first load (wasm + js + css, brotli) grows past the
// budget recorded there (docs/benchmarks.md says how it was set).
const budgetFile = args.includes("--budget") ? args[args.indexOf("--budget") + 1] : null;
if (args.includes("--json")) {
  console.log(JSON.stringify(files, null, 2));
} else {
  console.log("file".padEnd(52), "raw".padStart(10), "brotli".padStart(10));
  for (const f of files.filter((f) => f.kind !== "page" && f.kind !== "download")) console.log(f.name.padEnd(52), kb(f.raw), kb(f.brotli));
  const downloads = files.filter((f) => f.kind === "download");
  if (downloads.length) console.log(`${downloads.length} open data files (data/csv/, projects/, dcat, feed)`.padEnd(52), kb(downloads.reduce((a, f) => a + f.raw, 0)), kb(downloads.reduce((a, f) => a + f.brotli, 0)));
  const pages = files.filter((f) => f.kind === "page");
  if (pages.length) {
    const largest = pages.reduce((a, f) => (f.brotli > a.brotli ? f : a));
    console.log(`${pages.length} pre-rendered pages (largest: ${largest.name})`.padEnd(52), kb(pages.reduce((a, f) => a + f.raw, 0)), kb(pages.reduce((a, f) => a + f.brotli, 0)));
  }
  const sum = (kinds) => files.filter((f) => kinds.includes(f.kind)).reduce((a, f) => ({ raw: a.raw + f.raw, brotli: a.brotli + f.brotli }), { raw: 0, brotli: 0 });
  // What a reader of any page but the check page downloads; the check page adds its own app.
  const code = sum(["wasm", "glue", "js", "css"]);
  const check = sum(["check", "js", "css"]);
  const builder = sum(["builder", "js", "css"]);
  const first = sum(["wasm", "glue", "js", "css", "html", "data"]);
  console.log("reader code: wasm + js + css".padEnd(52), kb(code.raw), kb(code.brotli));
  console.log("check page code: its app + js + css".padEnd(52), kb(check.raw), kb(check.brotli));
  console.log("embed builder code: its app + js + css".padEnd(52), kb(builder.raw), kb(builder.brotli));
  console.log("first load (html, js, wasm, css, dataset)".padEnd(52), kb(first.raw), kb(first.brotli));
  if (budgetFile) {
    const budget = JSON.parse(readFileSync(budgetFile, "utf8"));
    const limit = budget.code_brotli_bytes;
    if (code.brotli > limit) {
      console.error(`size budget exceeded: wasm + js + css is ${code.brotli} bytes brotli, the budget is ${limit} (${budgetFile})`);
      process.exit(1);
    }
    console.log(`within the size budget: ${code.brotli} of ${limit} bytes brotli (reader code: wasm + js + css)`);
    if (check.brotli > budget.check_code_brotli_bytes) {
      console.error(`size budget exceeded: the check page's code is ${check.brotli} bytes brotli, the budget is ${budget.check_code_brotli_bytes} (${budgetFile})`);
      process.exit(1);
    }
    console.log(`within the size budget: ${check.brotli} of ${budget.check_code_brotli_bytes} bytes brotli (the check page's code)`);
    if (builder.brotli > budget.builder_code_brotli_bytes) {
      console.error(`size budget exceeded: the embed builder's code is ${builder.brotli} bytes brotli, the budget is ${budget.builder_code_brotli_bytes} (${budgetFile})`);
      process.exit(1);
    }
    console.log(`within the size budget: ${builder.brotli} of ${budget.builder_code_brotli_bytes} bytes brotli (the embed builder's code)`);
    // What a page needs before its first paint: its HTML and the stylesheets (the scripts and the
    // wasm load without blocking it).
    const css = files.filter((f) => f.kind === "css").reduce((a, f) => a + f.brotli, 0);
    for (const page of budget.first_paint_pages) {
      const html = files.find((f) => f.name === page);
      if (!html) {
        console.error(`size budget: ${page} is not in the build`);
        process.exit(1);
      }
      const bytes = html.brotli + css;
      if (bytes > budget.first_paint_brotli_bytes) {
        console.error(`size budget exceeded: ${page} needs ${bytes} bytes brotli before its first paint (HTML + CSS), the budget is ${budget.first_paint_brotli_bytes}`);
        process.exit(1);
      }
      console.log(`within the size budget: ${page} + CSS, ${bytes} of ${budget.first_paint_brotli_bytes} bytes brotli before the first paint`);
    }
  }
}
