// Trunk post_build hook: writes sw.js into the build with the list of files to precache and a
// version derived from their contents (so every deploy with changed files gets a new cache).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { minify } from "./minify.mjs";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const root = new URL("..", import.meta.url).pathname;

function walk(path) {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
}

const files = walk(dir)
  .map((file) => relative(dir, file).split(sep).join("/"))
  .filter((name) => name !== "sw.js" && !/\.(map|br|gz)$/.test(name))
  .sort();
const hash = createHash("sha256");
for (const name of files) {
  hash.update(name);
  hash.update(readFileSync(join(dir, name)));
}
const version = hash.digest("hex").slice(0, 16);
// The datasets (data/*.json); the open data files next to them (csv/, projects/, the DCAT record,
// the feed) are neither data the app loads nor part of the app.
const data = files.filter((name) => /^data\/[^/]+\.json$/.test(name));
const download = (name) => name.startsWith("data/") && !data.includes(name);
// The pre-rendered pages are kept as the reader visits them (sw-template.js), not all at once:
// only the root and the overview of each language are kept from the start, the offline fallback
// for any page (the app then draws the page asked for).
const pages = files.filter((name) => name.endsWith("/index.html"));
const overviews = pages.filter((name) => /^[a-z]{2}\/index\.html$/.test(name)).map((name) => name.replace(/index\.html$/, ""));
// The tools' own apps (check-app/ and its Web Worker's script; builder-app/, with the builder's
// stylesheet) are for the people who keep the dataset or embed the explorer: kept when such a page
// is visited, never downloaded for readers.
const checkOnly = (name) => /^(check-app|builder-app)\//.test(name) || name === "check-worker.js";
// The script of the pages that embed the explorer (docs/embedding.md): theirs to load, not ours.
const hostOnly = (name) => name === "embed.js";
// The deployment's own colours: fetched (network first) only by pages with theme=own.
const ownTheme = (name) => name === "theme.css";
// Trunk's index.html, which the pre-rendering keeps as its template (src/bin/prerender.rs): no page.
const pageTemplate = (name) => name === "template.html";
const shell = ["./", ...overviews, ...files.filter((name) => !data.includes(name) && !pages.includes(name) && name !== "index.html" && !checkOnly(name) && !hostOnly(name) && !ownTheme(name) && !pageTemplate(name) && !download(name))];
const template = readFileSync(join(root, "scripts/sw-template.js"), "utf8");
const sw = template
  .replace("__VERSION__", version)
  .replace("__SHELL__", JSON.stringify(shell))
  .replace("__DATA__", JSON.stringify(data));
writeFileSync(join(dir, "sw.js"), minify(sw, "js"));
console.log(`sw.js: version ${version}, ${shell.length} shell files, ${data.length} datasets, ${pages.length} pages kept when visited`);
