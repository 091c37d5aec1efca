// The e2e test server: the release build mounted under several sub-paths, with the strict CSP,
// some mounts serving a broken or failing dataset in place of the bundled one.
import { resolve } from "node:path";
import { appendFileSync, cpSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createStaticServer } from "../../scripts/serve.mjs";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(root, process.env.E2E_DIST || "dist");
const DATA = "data/investeren-in-twente.json";
const fixture = (name) => ({ [DATA]: resolve(root, "tests/fixtures", name) });

export const PORT = Number(process.env.E2E_PORT || 4173);

export const mounts = [
  { prefix: "/", dir: dist },
  // A second dataset on the same origin, for ?data=.
  { prefix: "/gemeente/apps/twente/", dir: dist, overrides: { "data/eigen.json": resolve(root, "tests/fixtures/minimal.json") } },
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

// The build with the `test-hooks` feature (scripts/test.sh makes it), for the panic view's test.
const testHooks = resolve(root, "target/dist-test-hooks");
if (existsSync(testHooks)) {
  mounts.push({ prefix: "/test-hooks/", dir: testHooks });
}

// Every bad dataset of the validator corpus, each under its own mount: /bad/<name>/
import { readdirSync } from "node:fs";
for (const file of readdirSync(resolve(root, "tests/fixtures/bad"))) {
  if (!file.endsWith(".json") || file === "expected.json") continue;
  mounts.push({ prefix: `/bad/${file.replace(/\.json$/, "")}/`, dir: dist, overrides: fixture(`bad/${file}`) });
}

// A mount that POST /__control/redeploy switches to a second, changed build (target/dist-v2: the
// same app with a changed boot.js and its own service worker), to test the update notice.
const updateMount = { prefix: "/pwa-update/", dir: dist };
mounts.push(updateMount);
function deploySecondBuild() {
  const second = resolve(root, "target/dist-v2");
  rmSync(second, { recursive: true, force: true });
  cpSync(dist, second, { recursive: true });
  appendFileSync(resolve(second, "boot.js"), `\n// second deploy ${Date.now()}\n`);
  execFileSync(process.execPath, [resolve(root, "scripts/build-sw.mjs"), second]);
  execFileSync(process.execPath, [resolve(root, "scripts/precompress.mjs"), second]);
  updateMount.dir = second;
}

// Hostile data: an XSS payload in every text field (see tests/e2e/xss-dataset.mjs).
import { writeFileSync } from "node:fs";
import { xssDataset } from "./xss-dataset.mjs";
const xssFile = resolve(root, "target/xss.json");
writeFileSync(xssFile, JSON.stringify(xssDataset()));
mounts.push({ prefix: "/hostile/", dir: dist, overrides: { [DATA]: xssFile } });

// Network faults of the dataset: a request never answered, a slow answer, and a server that fails
// after a first good visit (POST /__control/flaky?status=500 switches it).
mounts.push({ prefix: "/fault/hang/", dir: dist, hang: { [DATA]: true } });
mounts.push({ prefix: "/fault/slow/", dir: dist, delayMs: { [DATA]: 5000 } });
const flakyMount = { prefix: "/fault/flaky/", dir: dist, status: {} };
mounts.push(flakyMount);

// Big files: over the size limit (refused before reading), and 50 MB that is not a dataset.
const huge = resolve(root, "target/huge-70mb.json");
const fifty = resolve(root, "target/fifty-mb.json");
writeFileSync(huge, `{"schema_version": "1.0", "padding": "${"x".repeat(70_000_000)}"}`);
writeFileSync(fifty, `{"schema_version": "1.0", "padding": "${"x".repeat(50_000_000)}"}`);
mounts.push({ prefix: "/fault/huge/", dir: dist, overrides: { [DATA]: huge } });
mounts.push({ prefix: "/fault/fifty/", dir: dist, overrides: { [DATA]: fifty } });

// A mount the tests can take "off the network" with POST /__control/network?down=1.
const offlineMount = { prefix: "/pwa-offline/", dir: dist, down: false };
mounts.push(offlineMount);

const routes = {
  "/__control/network": (req, res) => {
    offlineMount.down = new URL(req.url, "http://localhost").searchParams.get("down") === "1";
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end(offlineMount.down ? "down" : "up");
  },
  "/__control/flaky": (req, res) => {
    const status = Number(new URL(req.url, "http://localhost").searchParams.get("status") || 0);
    flakyMount.status = status ? { [DATA]: status } : {};
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end(String(status));
  },
  "/__control/redeploy": (req, res) => {
    deploySecondBuild();
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end("deployed");
  },
};

createStaticServer({ mounts, routes }).listen(PORT, "127.0.0.1", () => {
  console.log(`e2e server on http://127.0.0.1:${PORT}/ serving ${dist}`);
});
