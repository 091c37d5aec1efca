// Shared e2e helpers: collect console errors, page errors and CSP violations of a page.
import { expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export const dataset = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../public/data/investeren-in-twente.json"), "utf8"),
);

/** Starts recording problems on a page; call before the first navigation. */
export async function watchProblems(page) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction("__reportCspViolation", (text) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return problems;
}

/** Waits until the app has replaced its start-up spinner and finished loading. */
export async function waitForApp(page) {
  await expect(page.locator("#app .boot")).toHaveCount(0);
  await expect(page.locator(".loading")).toHaveCount(0);
}
