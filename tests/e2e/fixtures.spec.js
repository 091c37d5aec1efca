// The automatic problem check of fixtures.js, checked itself: it records console errors, page errors
// and CSP violations in the test's page, in a page opened later and in an iframe on another origin,
// and an undeclared one fails the test (test.fail() expects that failure) while a declared one passes.
import { test, expect } from "./fixtures.js";
import { waitForApp } from "./helpers.js";

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT || 4175}/`;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Adds an inline script, which the app's CSP (script-src 'self') refuses. */
const injectInlineScript = () => {
  const script = document.createElement("script");
  script.textContent = "window.__inline = 1";
  document.body.append(script);
};
// Chromium's console message for the refused script.
const INLINE_REFUSED = /^console\.error: Executing inline script violates the following Content Security Policy directive 'script-src 'self' 'wasm-unsafe-eval''/;

test("[expected failure] an undeclared console error fails the test", async ({ page }) => {
  test.fail();
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate(() => console.error("an unexpected error"));
});

test("[expected failure] a declared problem passes, and does not excuse another one", async ({ page, allowProblems }) => {
  test.fail();
  allowProblems(/^console\.error: an expected error$/);
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate(() => {
    console.error("an expected error");
    console.error("an unexpected error");
  });
});

test("an uncaught page error is recorded", async ({ page, problemWatch, allowProblems }) => {
  await page.goto("/");
  await waitForApp(page);
  await page.evaluate(() => setTimeout(() => undefined.boom));
  await expect.poll(() => problemWatch.seen()).toEqual(["pageerror: Cannot read properties of undefined (reading 'boom')"]);
  allowProblems(/^pageerror: Cannot read properties of undefined \(reading 'boom'\)$/);
});

test("a CSP violation is recorded as such, besides the browser's console message", async ({ page, problemWatch, allowProblems }) => {
  await page.goto("/gemeente/apps/twente/");
  await waitForApp(page);
  await page.evaluate(injectInlineScript);
  expect(await page.evaluate(() => window.__inline)).toBeUndefined();
  const violation = new RegExp(`^CSP violation: script-src-elem blocked inline \\(.*\\) @ ${escape(page.url())}$`);
  await expect.poll(() => problemWatch.seen()).toEqual(expect.arrayContaining([expect.stringMatching(INLINE_REFUSED), expect.stringMatching(violation)]));
  expect(problemWatch.seen()).toHaveLength(2);
  allowProblems(INLINE_REFUSED, violation);
});

test("a CSP violation inside the app embedded on another origin is recorded", async ({ page, problemWatch, allowProblems }) => {
  await page.goto(HOST);
  await expect(page.frameLocator("#explorer").getByRole("main")).toBeVisible();
  const frame = page.frames().find((f) => f.url().includes("embed=1"));
  await frame.evaluate(injectInlineScript);
  expect(await frame.evaluate(() => window.__inline)).toBeUndefined();
  const violation = new RegExp(`^CSP violation: script-src-elem blocked inline \\(.*\\) @ ${escape(frame.url())}$`);
  await expect.poll(() => problemWatch.seen()).toEqual(expect.arrayContaining([expect.stringMatching(INLINE_REFUSED), expect.stringMatching(violation)]));
  expect(problemWatch.seen()).toHaveLength(2);
  allowProblems(INLINE_REFUSED, violation);
});

test("a console error in a page opened with context.newPage() is recorded", async ({ context, problemWatch, allowProblems }) => {
  const other = await context.newPage();
  await other.goto("/");
  await waitForApp(other);
  await other.evaluate(() => console.error("an error in another page"));
  await expect.poll(() => problemWatch.seen()).toEqual(["console.error: an error in another page"]);
  allowProblems(/^console\.error: an error in another page$/);
});
