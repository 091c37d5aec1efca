// The e2e test server: the release build mounted under several sub-paths, with the strict CSP,
// some mounts serving a broken or failing dataset in place of the bundled one.
import { resolve } from "node:path";
import { createStaticServer } from "../../scripts/serve.mjs";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(root, process.env.E2E_DIST || "dist");
const DATA = "data/investeren-in-twente.json";
const fixture = (name) => ({ [DATA]: resolve(root, "tests/fixtures", name) });

export const PORT = Number(process.env.E2E_PORT || 4173);

export const mounts = [
  { prefix: "/", dir: dist },
  { prefix: "/gemeente/apps/twente/", dir: dist },
  { prefix: "/fixture/minimal/", dir: dist, overrides: fixture("minimal.json") },
  { prefix: "/fixture/hostile/", dir: dist, overrides: fixture("hostile.json") },
  { prefix: "/fixture/http-500/", dir: dist, status: { [DATA]: 500 } },
  { prefix: "/fixture/http-404/", dir: dist, status: { [DATA]: 404 } },
];

// The synthetic 100,000-project dataset (made by `cargo run --release --example synthetic`, never shipped).
import { existsSync } from "node:fs";
const synthetic = resolve(root, "target/synthetic-100000.json");
if (existsSync(synthetic)) {
  mounts.push({ prefix: "/synthetic/100k/", dir: dist, overrides: { [DATA]: synthetic } });
}

// Every bad dataset of the validator corpus, each under its own mount: /bad/<name>/
import { readdirSync } from "node:fs";
for (const file of readdirSync(resolve(root, "tests/fixtures/bad"))) {
  if (!file.endsWith(".json") || file === "expected.json") continue;
  mounts.push({ prefix: `/bad/${file.replace(/\.json$/, "")}/`, dir: dist, overrides: fixture(`bad/${file}`) });
}

createStaticServer({ mounts }).listen(PORT, "127.0.0.1", () => {
  console.log(`e2e server on http://127.0.0.1:${PORT}/ serving ${dist}`);
});
