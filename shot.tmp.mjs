import { chromium } from "@playwright/test";
const [url, out, width = "1280", open = ""] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(url);
await page.waitForFunction(() => document.documentElement.dataset.app === "running", null, { timeout: 15000 }).catch(() => console.log("not running"));
await page.waitForTimeout(800);
if (open) { await page.locator(open).first().locator("summary").click(); await page.waitForTimeout(300); }
console.log("scrollY", await page.evaluate(() => scrollY), "target in view:", await page.evaluate(() => { const t = document.querySelector(":target"); if (!t) return "no target"; const r = t.getBoundingClientRect(); return `${t.id} ${Math.round(r.top)}..${Math.round(r.bottom)}`; }));
await page.screenshot({ path: out });
if (open) console.log(await page.locator(open).first().locator(".cite__body").innerText());
await browser.close();
