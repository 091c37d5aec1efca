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

// Every bad dataset of the validator corpus, each under its own mount: /bad/<name>/
import { readdirSync } from "node:fs";
for (const file of readdirSync(resolve(root, "tests/fixtures/bad"))) {
  if (!file.endsWith(".json") || file === "expected.json") continue;
  mounts.push({ prefix: `/bad/${file.replace(/\.json$/, "")}/`, dir: dist, overrides: fixture(`bad/${file}`) });
}

// A mount whose service worker can be "redeployed" (a new version) by POST /__control/redeploy,
// to test the update notice.
let deploys = 0;
mounts.push({
  prefix: "/pwa-update/",
  dir: dist,
  transform: (relative, body) =>
    relative === "sw.js" && deploys > 0 ? Buffer.from(body.toString().replace(/const VERSION = "(\w+)"/, `const VERSION = "$1-${deploys}"`)) : body,
});

// A host page that embeds the explorer in an iframe, as an intranet would (its own page, its own
// inline script: no CSP of ours applies to it).
const HOST = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title></head><body>
<h1>Intranet van de gemeente</h1>
<iframe id="explorer" title="Investeren in Twente" style="width:100%;border:0" src="/gemeente/apps/twente/?view=projects&embed=1&municipality=enschede&lock=municipality&theme=sober"></iframe>
<script>
window.heights = [];
addEventListener("message", (e) => {
  if (e.data && e.data.type === "twente-explorer:height") {
    window.heights.push(e.data.height);
    document.getElementById("explorer").style.height = e.data.height + "px";
  }
});
</script></body></html>`;

// A mount the tests can take "off the network" with POST /__control/network?down=1.
const offlineMount = { prefix: "/pwa-offline/", dir: dist, down: false };
mounts.push(offlineMount);

const routes = {
  "/__control/network": (req, res) => {
    offlineMount.down = new URL(req.url, "http://localhost").searchParams.get("down") === "1";
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end(offlineMount.down ? "down" : "up");
  },
  "/__control/redeploy": (req, res) => {
    deploys += 1;
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end(String(deploys));
  },
  "/host/embed.html": (req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(HOST);
  },
};

createStaticServer({ mounts, routes }).listen(PORT, "127.0.0.1", () => {
  console.log(`e2e server on http://127.0.0.1:${PORT}/ serving ${dist}`);
});
