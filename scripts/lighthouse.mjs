// Lighthouse (mobile, performance; simulated slow 4G and a mid-range phone) on the release build
// served with its precompressed files, three runs per page; prints the medians. Part of
// ./scripts/bench.sh, not of the tests (scores are measured, not asserted).
//   node scripts/lighthouse.mjs [runs]
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync } from "node:fs";
import { createStaticServer } from "./serve.mjs";

const RUNS = Number(process.argv[2] || 3);
const PAGES = ["nl/", "nl/projects/", "nl/projects/talentit/"];
const PORT = 4181;
const server = createStaticServer({ mounts: [{ prefix: "/", dir: "dist" }] });
await new Promise((resolve) => server.listen(PORT, "127.0.0.1", resolve));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("| page | score | FCP | LCP | TBT | CLS | Speed Index |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
try {
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      // Asynchronously: this process serves the pages meanwhile.
      await promisify(execFile)("npx", ["--yes", "lighthouse@12.8.2", `http://127.0.0.1:${PORT}/${page}`, "--only-categories=performance",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu", "--output=json", "--output-path=target/lighthouse.json", "--quiet"],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || "/usr/bin/chromium" } });
      const report = JSON.parse(readFileSync("target/lighthouse.json", "utf8"));
      const value = (key) => report.audits[key].numericValue;
      runs.push({ score: report.categories.performance.score * 100, fcp: value("first-contentful-paint"), lcp: value("largest-contentful-paint"),
        tbt: value("total-blocking-time"), cls: value("cumulative-layout-shift"), si: value("speed-index") });
    }
    const m = (key) => median(runs.map((r) => r[key]));
    const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`| ${page} | ${m("score").toFixed(0)} (${runs.map((r) => r.score.toFixed(0)).join(", ")}) | ${s(m("fcp"))} | ${s(m("lcp"))} | ${m("tbt").toFixed(0)} ms | ${m("cls").toFixed(3)} | ${s(m("si"))} |`);
  }
} finally {
  server.close();
}
