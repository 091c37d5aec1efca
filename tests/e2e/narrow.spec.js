// Pages that fit a phone (issue 26, point 3): at 320 and 390 px no word or number in a table cell or
// a label is broken inside itself. A table too wide for the screen scrolls inside its own region
// (.table-scroll) rather than squeezing its columns to the width of a letter.
import { test, expect } from "./fixtures.js";
import { waitForApp } from "./helpers.js";

/** Pages with tables (money, budgets, funders, dates, figures, indicators, the data dictionary). */
const PAGES = ["nl/programmes/rdt/", "nl/money/", "nl/projects/twents-fonds-voor-vakmanschap/", "en/quality/", "de/programmes/avt/", "nl/compare/?ids=talentit,twents-fonds-voor-vakmanschap"];

/**
 * The words of table cells and labels that the browser broke inside themselves: a word (letters and
 * digits between spaces, hyphens and slashes, where a line may end) whose characters lie on more
 * than one line.
 */
const brokenWords = (page) =>
  page.evaluate(() => {
    const broken = [];
    for (const element of document.querySelectorAll("th, td, label, caption")) {
      if (!element.getClientRects().length) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Not what a closed disclosure holds ("Citeer"): the reader does not see it.
        const parent = node.parentElement;
        if (!parent?.getClientRects().length || parent.closest("details:not([open]) > :not(summary)")) continue;
        for (const word of node.textContent.matchAll(/[^\s\-–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
          if (lines.size > 1) broken.push(`"${word[0]}" in <${element.tagName.toLowerCase()}>`);
        }
      }
    }
    return broken;
  });

for (const width of [320, 390]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("no word or number in a table cell or label is broken inside itself, before and after the app starts", async ({ page }) => {
      for (const path of [...PAGES, "data/dictionary.html"]) {
        await page.goto(`/${path}`);
        if (!path.startsWith("data/")) {
          expect(await brokenWords(page), `${path}, as built`).toEqual([]);
          await waitForApp(page);
        }
        expect(await brokenWords(page), path).toEqual([]);
        // An opened citation in a table's column keeps its words whole too.
        const cite = page.locator("td .cite").first();
        if (await cite.count()) {
          await cite.locator("summary").click();
          expect(await brokenWords(page), `${path}, a citation opened`).toEqual([]);
        }
        // Nothing sticks out of the page: a wide table scrolls in its own region.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
      }
    });
  });
}

// Issue 27, point 5: opening a chart's table at 320 px widened nl/money/ to 806 px.
for (const scheme of ["light", "dark"]) {
  test.describe(`320 px wide, ${scheme}`, () => {
    test.use({ viewport: { width: 320, height: 800 }, colorScheme: scheme });

    test("every chart's table, opened, scrolls in its own region and the page stays as wide as the screen", async ({ page }) => {
      for (const path of ["nl/", "nl/money/", "nl/lines/", "nl/timeline/"]) {
        await page.goto(`/${path}`);
        await waitForApp(page);
        for (const summary of await page.locator(".chart__table > summary").all()) await summary.click();
        expect(await page.locator(".chart__table[open]").count(), path).toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
        expect(await brokenWords(page), path).toEqual([]);
      }
    });
  });
}

test.describe("320 px wide with WCAG 1.4.12's text spacing", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the check page, the explorer and the overview lose nothing: no part wider than the screen", async ({ page }) => {
    const wide = [];
    for (const path of ["nl/check/", "nl/projects/", "nl/", "nl/accessibility/"]) {
      await page.goto(`/${path}`);
      await waitForApp(page);
      // Added as a constructed style sheet: the pages' Content-Security-Policy allows no inline style.
      wide.push(
        ...(await page.evaluate((path) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }");
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          const width = document.documentElement.clientWidth;
          const overflow = document.documentElement.scrollWidth - width;
          const parts = [...document.querySelectorAll("main *")]
            .filter((el) => el.getClientRects().length && !el.closest(".table-scroll, .chart__figure, svg") && el.getBoundingClientRect().right > width + 1)
            .map((el) => `${path} <${el.tagName.toLowerCase()} class="${el.className}"> ends at ${Math.round(el.getBoundingClientRect().right)} px`);
          return overflow > 0 ? [`${path} scrolls ${overflow} px sideways`, ...parts.slice(0, 5)] : parts.slice(0, 5);
        }, path)),
      );
    }
    expect(wide).toEqual([]);
  });
});
