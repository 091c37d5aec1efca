// The page "Gegevens controleren" on a large file: the SYNTHETIC 100,000-project dataset (65 MB),
// chosen as a local file in headless Chromium. Prints how long reading, checking and comparing take,
// and the longest main-thread task meanwhile (what the reader feels as a frozen page). Part of
// ./scripts/bench.sh; timings are measured, not asserted.
//   node scripts/bench-check.mjs [file]
import { chromium } from "@playwright/test";
import { createStaticServer } from "./serve.mjs";

const FILE = process.argv[2] || "target/synthetic-100000.json";
const PORT = 4183;
const server = createStaticServer({ mounts: [{ prefix: "/", dir: "dist" }] });
await new Promise((resolve) => server.listen(PORT, "127.0.0.1", resolve));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  for (let run = 1; run <= 3; run++) {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__long.push(entry.duration);
      }).observe({ type: "longtask" });
    });
    await page.goto(`http://127.0.0.1:${PORT}/nl/check/`);
    await page.keyboard.press("Shift");
    await page.waitForFunction(() => !document.querySelector("#app[data-prerendered]"));
    await page.evaluate(() => (window.__long = []));
    const start = Date.now();
    await page.locator("#check-file").setInputFiles(FILE);
    let sawProgress = false;
    const progress = page.locator("progress").first();
    for (let i = 0; i < 600; i++) {
      if (await progress.count()) sawProgress = true;
      if (await page.locator("[data-testid=check-valid], [data-testid=check-problems]").count()) break;
      await page.waitForTimeout(50);
    }
    const total = Date.now() - start;
    const long = await page.evaluate(() => window.__long);
    const longest = Math.max(0, ...long);
    console.log(`run ${run}: ${(total / 1000).toFixed(1)} s to the report; progress shown: ${sawProgress}; longest task ${longest.toFixed(0)} ms; tasks over 50 ms: ${long.length}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
