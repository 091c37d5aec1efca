// Opens a page in headless Chromium, prints console messages and CSP violations, saves a screenshot.
//   node scripts/screenshot.mjs URL OUT.png [--width 1280] [--height 900] [--dark] [--full]
import { chromium } from "@playwright/test";

const [url, out = "screenshot.png", ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage({
  viewport: { width: Number(option("width", 1280)), height: Number(option("height", 900)) },
  colorScheme: rest.includes("--dark") ? "dark" : "light",
});
page.on("console", (m) => console.log(`console.${m.type()}: ${m.text()}`));
page.on("pageerror", (e) => console.log(`pageerror: ${e.message}`));
await page.addInitScript(() => {
  document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
});
await page.goto(url);
await page.waitForTimeout(Number(option("wait", 1500)));
await page.screenshot({ path: out, fullPage: rest.includes("--full") });
console.log(`saved ${out}`);
await browser.close();
