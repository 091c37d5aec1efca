import { chromium } from "@playwright/test";
import { createStaticServer } from "./serve.mjs";
const server = createStaticServer({ mounts: [{ prefix: "/", dir: "dist" }] });
await new Promise((r) => server.listen(4392, r));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 390, height: 900 }, javaScriptEnabled: false });
await page.goto("http://127.0.0.1:4392/nl/check/");
await page.screenshot({ path: "/tmp/check-nojs.png" });
await browser.close(); server.close();
