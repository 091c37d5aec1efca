// WCAG 2.1 AA: axe on every view in NL, EN and DE, light and dark; keyboard-only runs per language;
// reflow at 320 px.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { waitForApp } from "./helpers.js";

/** The views the accessibility tests cover. */
const VIEWS = [
  ["overview", "?"],
  ["projects", "?view=projects"],
  ["projects, filtered", "?view=projects&q=twente&line=arbeidsmarkt-talent&not-status=closed"],
  ["projects, empty result", "?view=projects&q=xyzzy"],
  ["project", "?project=twents-fonds-voor-vakmanschap"],
  ["project not found", "?project=bestaat-niet"],
  ["money", "?view=money"],
  ["action lines", "?view=lines"],
  ["basic infrastructure", "?view=basis"],
  ["indicators", "?view=indicators"],
  ["timeline", "?view=timeline"],
  ["programme", "?view=programme&id=rdt"],
  ["accessibility statement", "?view=accessibility"],
  ["municipalities", "?view=municipalities"],
  ["municipality", "?view=municipality&id=enschede"],
  ["compare projects", "?view=compare&ids=talentit,twents-fonds-voor-vakmanschap"],
  ["compare lines", "?view=compare&of=lines&ids=arbeidsmarkt-talent,techniek-als-motor"],
  ["glossary", "?view=glossary"],
  ["data quality", "?view=quality"],
  ["embedded explorer", "?view=projects&embed=1&municipality=enschede&lock=municipality"],
];
const LANGS = ["nl", "en", "de"];

for (const lang of LANGS) {
  for (const scheme of ["light", "dark"]) {
    test(`axe: zero violations on every view in ${lang}, ${scheme} mode`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      const covered = [];
      for (const [name, query] of VIEWS) {
        await page.goto(`/${query}${query === "?" ? "" : "&"}lang=${lang}`);
        await waitForApp(page);
        await page.waitForTimeout(150);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        // Open the data tables too, so they are checked.
        for (const summary of await page.locator("details.chart__table > summary").all()) await summary.click();
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        const violations = results.violations.map((v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(violations, `views covered so far: ${covered.join(", ")}`).toEqual([]);
        covered.push(name);
      }
      test.info().annotations.push({ type: "views covered", description: covered.join(", ") });
      expect(covered.length).toBe(VIEWS.length);
    });
  }
}

const TEXT = {
  nl: { search: "Zoek in projecten", heading: "Projecten", back: "Terug naar de lijst" },
  en: { search: "Search projects", heading: "Projects", back: "Back to the list" },
  de: { search: "Projekte durchsuchen", heading: "Projekte", back: "Zurück zur Liste" },
};

for (const lang of LANGS) {
  test(`keyboard only in ${lang}: search, facet, project, back; focus on the main heading after each view change`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await waitForApp(page);
    // From the overview to the explorer through the main menu, by keyboard.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((h) => document.activeElement?.textContent === h && document.activeElement.closest(".main-nav"), TEXT[lang].heading)) break;
    }
    await page.keyboard.press("Enter");
    await expect(page.locator("main h1")).toHaveText(TEXT[lang].heading);
    await expect(page.locator("main h1")).toBeFocused();
    await page.keyboard.press("/");
    await expect(page.getByLabel(TEXT[lang].search)).toBeFocused();
    await page.keyboard.type("talent");
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.type === "checkbox" && !document.activeElement.disabled)) break;
    }
    const checkbox = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press("Space");
    await expect(page.locator(`#${checkbox}`)).toBeChecked();
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.closest(".result__name") !== null)) break;
    }
    const name = await page.evaluate(() => document.activeElement.textContent);
    await page.keyboard.press("Enter");
    await expect(page.locator("main h1")).toHaveText(name);
    await expect(page.locator("main h1")).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("link", { name: TEXT[lang].back })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main h1")).toHaveText(TEXT[lang].heading);
    await expect(page.locator("main h1")).toBeFocused();
    await expect(page.locator(`#${checkbox}`)).toBeChecked();
  });
}

test("at 320 px wide no view scrolls horizontally", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const wide = [];
  for (const [name, query] of VIEWS) {
    await page.goto(`/${query}`);
    await waitForApp(page);
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${name}: ${overflow}px`);
  }
  expect(wide).toEqual([]);
});

test("the language switch changes the interface and <html lang>, and is remembered", async ({ page }) => {
  await page.goto("/?view=projects");
  await waitForApp(page);
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page.locator("main h1")).toHaveText("Projekte");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.goto("/?view=projects");
  await waitForApp(page);
  await expect(page.locator("main h1")).toHaveText("Projekte");
});

test("dark mode follows the system and the manual switch is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await waitForApp(page);
  const toggle = page.getByRole("button", { name: "Donkere weergave" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await waitForApp(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Donkere weergave" })).toHaveAttribute("aria-pressed", "true");
});

test("on a phone the menu folds behind a button: it opens, closes with Escape, and closes after a choice", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/?lang=nl");
  await waitForApp(page);
  const toggle = page.getByRole("button", { name: "Menu", exact: true });
  const money = page.locator(".main-nav").getByRole("link", { name: "Geld" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(money).toBeHidden();
  // The content starts near the top instead of under rows of links.
  const headingTop = await page.locator("main h1").evaluate((h) => h.getBoundingClientRect().top);
  expect(headingTop).toBeLessThan(400);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(money).toBeVisible();
  expect(await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze().then((r) => r.violations)).toEqual([]);
  await money.focus();
  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toBeFocused();
  await expect(money).toBeHidden();

  await page.keyboard.press("Enter");
  await expect(money).toBeVisible();
  await money.click();
  await expect(page.locator("main h1")).toHaveText("Geld");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(money).toBeHidden();
});

test("on a wide screen the menu shows its links and no menu button", async ({ page }) => {
  await page.goto("/?lang=nl");
  await waitForApp(page);
  await expect(page.locator(".main-nav__toggle")).toHaveCount(1);
  await expect(page.locator(".main-nav__toggle")).toBeHidden();
  await expect(page.locator(".main-nav").getByRole("link", { name: "Geld" })).toBeVisible();
});
