import { chromium } from "@playwright/test";
import { createStaticServer } from "./serve.mjs";
const server = createStaticServer({ mounts: [{ prefix: "/", dir: "dist" }] });
await new Promise((r) => server.listen(4184, "127.0.0.1", r));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true }); });
  await page.goto("http://127.0.0.1:4184/nl/projects/", { waitUntil: "load" });
  await page.waitForTimeout(8000);
  console.log(JSON.stringify(await page.evaluate(() => ({ lt: window.__lt, marks: performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)]), res: performance.getEntriesByType("resource").filter((e) => /wasm|json/.test(e.name)).map((e) => [e.name.slice(-12), Math.round(e.responseEnd)]) }))));
  await context.close();
}
await browser.close(); server.close();
