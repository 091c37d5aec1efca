// In-browser benchmark of the release build on SYNTHETIC datasets (1k, 10k, 100k projects), with a
// naive baseline measured in the same run. Prints the table of docs/benchmarks.md.
//   ./scripts/bench.sh   (builds, generates the datasets, serves them, runs this)
import { chromium } from "@playwright/test";
import { KEYSTROKES, SEQUENCE, typeKeystrokes } from "./typing.mjs";

const BASE = process.env.BENCH_BASE || "http://127.0.0.1:4180";
const SIZES = (process.env.BENCH_SIZES || "1000,10000,100000").split(",").map(Number);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info", "--disable-background-networking"],
});
const rows = [];
for (const n of SIZES) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The pre-rendered page shows the bundled dataset's rows at once; the app then loads the synthetic
  // dataset, sees another fingerprint and renders the list anew. The first render is the moment the
  // app runs on it (html[data-app=running]), and typing starts only then.
  await page.addInitScript(() => {
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (document.documentElement.getAttribute("data-app") === "running") {
        window.__firstRender = performance.now() - start;
        observer.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app"] });
  });
  await page.goto(`${BASE}/bench/${n}/?view=projects`);
  await page.waitForFunction(() => window.__firstRender !== undefined, null, { timeout: 180_000 });
  const firstRender = await page.evaluate(() => window.__firstRender);

  const ours = await typeKeystrokes(page);

  const memory = await page.evaluate(() => ({
    wasm: window.__twenteWasm?.memory?.buffer?.byteLength ?? null,
    heap: performance.memory?.usedJSHeapSize ?? null,
  }));

  // The naive baseline: JSON.parse, then per keystroke lowercase + includes over name and
  // description of every record, count two facets, and render the first 50 rows into the DOM.
  const naive = await page.evaluate(async ({ url, count, sequence }) => {
    const data = JSON.parse(await (await fetch(url)).text());
    const container = document.createElement("ol");
    container.hidden = true;
    document.body.append(container);
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const times = [];
    let text = "";
    for (let i = 0; i < count; i++) {
      const key = sequence[i % sequence.length];
      text = key === "Backspace" ? text.slice(0, -1) : text + key;
      const start = performance.now();
      const words = text.toLowerCase().split(/\s+/).filter(Boolean);
      const found = data.projects.filter((p) => {
        const hay = `${p.name} ${p.description.nl}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      });
      const counts = {};
      for (const p of found) {
        for (const id of p.programmes || ["unknown"]) counts[id] = (counts[id] || 0) + 1;
        const s = p.status || "unknown";
        counts[s] = (counts[s] || 0) + 1;
      }
      container.replaceChildren(...found.slice(0, 50).map((p) => {
        const li = document.createElement("li");
        li.textContent = p.name;
        return li;
      }));
      await frame();
      times.push(performance.now() - start);
    }
    return times;
  }, { url: `${BASE}/bench/${n}/data/investeren-in-twente.json`, count: KEYSTROKES, sequence: SEQUENCE });

  rows.push({ n, firstRender, ours, naive, memory });
  await page.close();
}
await browser.close();

console.log("| projects | first list render | keystroke→DOM median | p95 | naive median | p95 | naive ÷ ours | wasm memory | JS heap |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  const mb = (b) => (b == null ? "n/a" : `${(b / 1048576).toFixed(1)} MB`);
  console.log(
    `| ${r.n.toLocaleString("en")} | ${ms(r.firstRender)} ms | ${ms(median(r.ours))} ms | ${ms(p95(r.ours))} ms | ${ms(median(r.naive))} ms | ${ms(p95(r.naive))} ms | ${(median(r.naive) / median(r.ours)).toFixed(2)} | ${mb(r.memory.wasm)} | ${mb(r.memory.heap)} |`,
  );
}
