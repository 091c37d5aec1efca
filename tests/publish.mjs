// The publish command (scripts/publish.sh) on a copy of the release build, as an editor's pipeline
// runs it: a changed dataset is published without touching the app's code; an invalid one is
// refused with located messages and leaves the build as it was. Run by scripts/test.sh after the
// release build: node tests/publish.mjs
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { createHash } from "node:crypto";
import assert from "node:assert/strict";

const root = resolve(import.meta.dirname, "..");
const work = join(root, "target/publish-test");
const build = join(work, "dist");
const DATA = "data/investeren-in-twente.json";
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(root, "dist"), build, { recursive: true, preserveTimestamps: true });

const walk = (path) => (statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path]);
/** Every file of the build with its content's hash and its time: what "untouched" means. */
const state = (dir) => Object.fromEntries(walk(dir).map((f) => [relative(dir, f), `${createHash("sha256").update(readFileSync(f)).digest("hex")} ${statSync(f).mtimeMs}`]));
const publish = (file) => {
  const started = process.hrtime.bigint();
  const run = spawnSync("bash", ["scripts/publish.sh", file, build], { cwd: root, encoding: "utf8" });
  return { ...run, seconds: Number(process.hrtime.bigint() - started) / 1e9, said: `${run.stdout}${run.stderr}` };
};
const code = (dir) => Object.entries(state(dir)).filter(([name]) => /\.(wasm|js|css)$/.test(name) && !name.endsWith("sw.js"));
const page = (path) => readFileSync(join(build, path), "utf8");

// 1. A changed dataset: a project renamed, a project added.
const dataset = JSON.parse(readFileSync(join(root, "public", DATA), "utf8"));
const renamed = dataset.projects[0];
renamed.name = `${renamed.name} (nieuwe naam)`;
const added = { ...structuredClone(dataset.projects[1]), id: "publicatie-proef", name: "Publicatieproef" };
delete added.part_of;
dataset.projects.push(added);
const changed = join(work, "changed.json");
writeFileSync(changed, JSON.stringify(dataset, null, 2));
const codeBefore = code(build);
const version = () => readFileSync(join(build, "sw.js"), "utf8").match(/VERSION="([0-9a-f]+)"/)?.[1];
const versionBefore = version();
const first = publish(changed);
assert.equal(first.status, 0, first.said);
assert.deepEqual(readFileSync(join(build, DATA), "utf8"), readFileSync(changed, "utf8"), "the new dataset is in place");
for (const lang of ["nl", "en", "de"]) {
  assert.match(page(`${lang}/projects/publicatie-proef/index.html`), /Publicatieproef/, `the new project has its page in ${lang}`);
  assert.ok(existsSync(join(build, `${lang}/projects/publicatie-proef/index.html.br`)), "and its compressed copy");
  assert.match(page(`${lang}/projects/${renamed.id}/index.html`), /\(nieuwe naam\)/, `the renamed project's page in ${lang}`);
}
assert.match(page("nl/projects/index.html"), /Publicatieproef/, "the explorer lists it");
assert.deepEqual(JSON.parse(readFileSync(join(build, "data/projects/publicatie-proef.json"), "utf8")), added, "its open data file");
assert.match(readFileSync(join(build, "data/csv/projects.csv"), "utf8"), /Publicatieproef/, "and its row in the projects' CSV");
assert.deepEqual(code(build), codeBefore, "the app's code (wasm, scripts, stylesheets) is untouched");
assert.notEqual(version(), versionBefore, "the service worker has a new version, so readers are offered the new data");
const feed = () => readFileSync(join(build, "data/changes.atom"), "utf8");
const entries = () => feed().split("<entry>").length - 1;
assert.match(feed(), /<title>Nieuwe versie: 1 project toegevoegd, 1 project gewijzigd<\/title>/, "the feed says what this version changed");
assert.match(feed(), /Toegevoegd: Publicatieproef \(publicatie-proef\)/);
const entriesAfterFirst = entries();
assert.ok(entriesAfterFirst >= 2, "the build's earlier entry is kept");
console.log(`published a changed dataset in ${first.seconds.toFixed(1)} s`);

// 2. The dataset as it was: the added project's pages are gone again.
const second = publish(join(root, "public", DATA));
assert.equal(second.status, 0, second.said);
assert.ok(!existsSync(join(build, "nl/projects/publicatie-proef")), "a project no longer in the dataset has no page");
assert.ok(!existsSync(join(build, "data/projects/publicatie-proef.json")), "nor a file");
assert.match(second.said, /3 pages of records no longer in the dataset removed/, second.said);
assert.equal(entries(), entriesAfterFirst + 1, "one entry per version");
assert.ok(feed().indexOf("Verwijderd: Publicatieproef") < feed().indexOf("Toegevoegd: Publicatieproef"), "newest first");
console.log(`published the bundled dataset again in ${second.seconds.toFixed(1)} s`);

// 3. An invalid file: refused, with each problem located, and the build exactly as it was.
const broken = structuredClone(dataset);
broken.projects[2].funding = [{ ...(broken.projects[2].funding?.[0] ?? {}), eur: "1.500,50" }];
broken.projects[3].status = "lopend";
const invalid = join(work, "invalid.json");
writeFileSync(invalid, JSON.stringify(broken, null, 2));
const before = state(build);
const refused = publish(invalid);
assert.equal(refused.status, 1, refused.said);
assert.match(refused.said, /projects\[2\]\.funding\[0\]\.eur/, `the amount's place: ${refused.said}`);
assert.match(refused.said, /was not published; the build is unchanged/, refused.said);
assert.deepEqual(state(build), before, "the build is untouched");
assert.deepEqual(readdirSync(work).filter((name) => name.startsWith(".publish")), [], "no copy is left behind");
console.log("an invalid dataset is refused with located messages; the build is unchanged");

// 4. A failure after the copy was made (here Node, which writes the service worker, fails): the
// build is exactly as it was, and no copy is left behind.
const fakes = join(work, "bin");
mkdirSync(fakes, { recursive: true });
writeFileSync(join(fakes, "node"), "#!/bin/sh\necho 'node: failing on purpose' >&2\nexit 3\n", { mode: 0o755 });
const untouched = state(build);
const failed = spawnSync("bash", ["scripts/publish.sh", changed, build], { cwd: root, encoding: "utf8", env: { ...process.env, PATH: `${fakes}:${process.env.PATH}` } });
assert.notEqual(failed.status, 0, `${failed.stdout}${failed.stderr}`);
assert.match(failed.stderr, /the build is unchanged/, failed.stderr);
assert.deepEqual(state(build), untouched, "the build is untouched");
assert.deepEqual(readdirSync(work).filter((name) => name.startsWith(".publish")), [], "the copy is removed");
console.log("a failure after the copy was made leaves the build as it was");
rmSync(work, { recursive: true, force: true });
