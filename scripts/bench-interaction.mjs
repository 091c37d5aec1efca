// The reader's first interactions on a phone, timed in the page from the reader's pointerdown or
// keydown: Lighthouse's mobile settings (4x slower CPU, 150 ms round trip, 1.6 Mbps down), the
// release build served compressed, a new visitor (empty cache), median of 3 runs. Part of
// ./scripts/bench.sh, not of the tests (timings are measured, not asserted); docs/benchmarks.md
// keeps the table with its date.
//   node scripts/bench-interaction.mjs [runs]
import { chromium } from "@playwright/test";
import { createStaticServer } from "./serve.mjs";

const RUNS = Number(process.argv[2] || 3);
const PORT = 4182;
const BASE = `http://127.0.0.1:${PORT}/`;
const server = createStaticServer({ mounts: [{ prefix: "/", dir: "dist" }] });
await new Promise((resolve) => server.listen(PORT, "127.0.0.1", resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

// In every page: when the reader last pressed (pointerdown, keydown), when each of the watched
// things first showed (measured at the next frame after the change, as the reader sees it), and
// every long task.
function instrument() {
  window.__bench = { longTasks: [], shown: {} };
  const now = () => performance.now();
  for (const type of ["pointerdown", "keydown"]) {
    addEventListener(type, () => (window.__bench.pressed ??= now()), { capture: true });
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  // Records, once per name, the first frame at which `test()` holds after the reader pressed.
  window.__benchWatch = (name, test) => {
    const check = () => {
      if (window.__bench.pressed !== undefined && test()) {
        window.__bench.shown[name] ??= now() - window.__bench.pressed;
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
}

async function visit(path, { width = 390, at }) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.addInitScript(instrument);
  await page.goto(BASE + path, { waitUntil: "load" });
  if (at === "running") await page.waitForSelector("html[data-app=running]", { timeout: 60_000 });
  else await page.waitForTimeout(at);
  return { context, page };
}

const count = () => document.querySelector("[data-testid=result-count]")?.textContent;

/** Milliseconds from the press to each watched thing, once all have shown (or 30 s passed). */
async function timings(page, names) {
  await page.waitForFunction((names) => names.every((n) => window.__bench.shown[n] !== undefined), names, { timeout: 30_000 }).catch(() => undefined);
  return page.evaluate(() => window.__bench.shown);
}

const scenarios = {
  // A tap on "Filters kiezen" on a phone: the filters open.
  async toggle(at) {
    const { context, page } = await visit("nl/projects/", { at });
    await page.evaluate(() => window.__benchWatch("open", () => document.querySelector(".facets__fold")?.open));
    await page.locator(".facets__toggle").click();
    const shown = await timings(page, ["open"]);
    await context.close();
    return shown;
  },
  // A tap on the first filter: the box ticks, the results say they update, then show the answer.
  async filter(at) {
    const { context, page } = await visit("nl/projects/", { at, width: 1000 });
    const before = await page.evaluate(count);
    await page.evaluate((before) => {
      const box = () => document.querySelector(".facet-value input[type=checkbox]");
      window.__benchWatch("ticked", () => box()?.checked);
      window.__benchWatch("updating", () => document.querySelector("[data-updates][aria-busy=true]") || document.querySelector("[data-testid=result-count]").textContent !== before);
      window.__benchWatch("results", () => document.querySelector("[data-testid=result-count]").textContent !== before);
    }, before);
    await page.locator(".facet-value input[type=checkbox]").first().click();
    const shown = await timings(page, ["ticked", "updating", "results"]);
    await context.close();
    return shown;
  },
  // Typing "fonds" into the search field: the text shows, then the answer.
  async type(at) {
    const { context, page } = await visit("nl/projects/", { at, width: 1000 });
    const before = await page.evaluate(count);
    await page.evaluate((before) => {
      window.__benchWatch("typed", () => document.querySelector("#search-input").value.length > 0);
      // The answer to the first letter: "f" keeps the count (every project has a word starting with
      // it) but the app reorders and marks the list, so any change the app makes to the list counts,
      // not only a new count (which would time the second letter too).
      let changed = false;
      new MutationObserver(() => (changed ||= window.__bench.pressed !== undefined)).observe(document.querySelector(".results"), { subtree: true, childList: true, characterData: true });
      window.__benchWatch("results", () => changed || document.querySelector("[data-testid=result-count]").textContent !== before);
    }, before);
    await page.locator("#search-input").click();
    await page.evaluate(() => (window.__bench.pressed = undefined));
    await page.keyboard.type("fonds");
    const shown = await timings(page, ["typed", "results"]);
    await context.close();
    return shown;
  },
  // Long tasks in the first 15 s of a visit that does nothing.
  async idle() {
    const { context, page } = await visit("nl/projects/", { at: 15_000 });
    const tasks = await page.evaluate(() => window.__bench.longTasks.filter((t) => t.start < 15_000));
    await context.close();
    return { longest: Math.max(0, ...tasks.map((t) => t.duration)), over100: tasks.filter((t) => t.duration > 100).length };
  },
};

const median = (xs) => {
  const known = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)] : undefined;
};
const ms = (x) => (x === undefined ? "–" : `${Math.round(x)} ms`);
async function measure(name, at) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await scenarios[name](at));
  return Object.fromEntries(Object.keys(runs[0] ?? {}).map((key) => [key, median(runs.map((r) => r[key]))]));
}

try {
  console.log(`Phone profile (4x CPU, 150 ms RTT, 1.6 Mbps), release build served compressed, median of ${RUNS}; from the reader's pointerdown or keydown.`);
  console.log("");
  console.log("| when | tap on \"Filters kiezen\": open | tap on a filter: ticked | …: \"updating\" | …: results | typing \"fonds\": text | …: results |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const [label, at] of [["1 s after load", 1000], ["3 s after load", 3000], ["once the app runs", "running"]]) {
    const toggle = await measure("toggle", at);
    const filter = await measure("filter", at);
    const type = await measure("type", at);
    console.log(`| ${label} | ${ms(toggle.open)} | ${ms(filter.ticked)} | ${ms(filter.updating)} | ${ms(filter.results)} | ${ms(type.typed)} | ${ms(type.results)} |`);
  }
  const idle = await measure("idle");
  console.log("");
  console.log(`Long tasks in the first 15 s (no interaction): longest ${ms(idle.longest)}, ${idle.over100} over 100 ms (median of ${RUNS}).`);
} finally {
  await browser.close();
  server.close();
}
