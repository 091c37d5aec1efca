// Renders the app icons (public/icons/*.svg) to the PNG sizes the web app manifest names.
// Run after changing an icon: node scripts/icons.mjs
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";

const jobs = [
  ["public/icons/icon.svg", 192, "public/icons/icon-192.png"],
  ["public/icons/icon.svg", 512, "public/icons/icon-512.png"],
  ["public/icons/icon.svg", 180, "public/icons/apple-touch-icon.png"],
  ["public/icons/icon-maskable.svg", 512, "public/icons/icon-maskable-512.png"],
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [svg, size, out] of jobs) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const markup = readFileSync(svg, "utf8").replace("<svg ", `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0">${markup}</body></html>`);
  await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  console.log(`wrote ${out}`);
}
await browser.close();
