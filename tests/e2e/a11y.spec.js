// WCAG 2.1 AA: axe on every view in NL, EN and DE, light and dark, and AA contrast in every theme;
// the keyboard-only run in each language; reflow at 320 px; the language and dark-mode switches; the
// main menu on a phone.
import { test, expect, failedLoad } from "./fixtures.js";
import AxeBuilder from "@axe-core/playwright";
import { LANGS, mainHeading, resultLinks, t, waitForApp, waitForCharts } from "./helpers.js";

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
  // Pages the first version had no address for: their path, in each language.
  ["organisation", "/nl/organisations/novel-t/"],
  ["dataset check", "/nl/check/"],
  ["data quality", "?view=quality"],
  ["embedded explorer", "?view=projects&embed=1&municipality=enschede&lock=municipality"],
  ["embed builder", "?view=embed"],
];

for (const lang of LANGS) {
  for (const scheme of ["light", "dark"]) {
    test(`axe: zero violations on every view in ${lang}, ${scheme} mode`, async ({ page, allowProblems }) => {
      test.setTimeout(120_000);
      // A project that does not exist has no page: the server answers with its 404 page.
      allowProblems(failedLoad(404, `${lang}/projects/bestaat-niet/`));
      await page.emulateMedia({ colorScheme: scheme });
      const covered = [];
      for (const [name, query] of VIEWS) {
        await page.goto(query.startsWith("/") ? query.replace(/^\/nl\//, `/${lang}/`) : `/${query}${query === "?" ? "" : "&"}lang=${lang}`);
        await waitForApp(page);
        await waitForCharts(page);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        // Open the data tables too, so they are checked.
        for (const summary of await page.getByText(t("chart.show_table", {}, lang), { exact: true }).all()) await summary.click();
        // The embed builder's preview frame is the embedded explorer, checked as its own view above
        // (embed.spec.js checks the builder with its frame against WCAG); here axe's best practice
        // would compare the landmarks of the two documents as if they were one page.
        const results = await new AxeBuilder({ page }).exclude("iframe.builder__frame").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
        const violations = results.violations.map((v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(violations, `views covered so far: ${covered.join(", ")}`).toEqual([]);
        covered.push(name);
      }
      test.info().annotations.push({ type: "views covered", description: covered.join(", ") });
      expect(covered.length).toBe(VIEWS.length);
    });
  }
}

/** Presses Tab until `target` has the focus, at most `most` times. */
async function tabTo(page, target, most) {
  for (let i = 0; i < most && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("keyboard only, in nl, en and de: menu, search, facet, project, back; focus on the main heading after each view change, and back on the followed link", async ({ page }) => {
  test.setTimeout(90_000);
  for (const lang of LANGS) {
    await test.step(lang, async () => {
      const text = (key, values) => t(key, values, lang);
      const heading = mainHeading(page);
      const search = page.getByRole("searchbox", { name: text("explorer.search_label") });
      await page.goto(`/?lang=${lang}`);
      await waitForApp(page);
      // From the overview to the explorer through the main menu, by keyboard.
      const menu = page.getByRole("navigation", { name: text("nav_label") });
      await tabTo(page, menu.getByRole("link", { name: text("nav.projects"), exact: true }), 30);
      await page.keyboard.press("Enter");
      await expect(heading).toHaveText(text("explorer.heading"));
      await expect(heading).toBeFocused();
      // "/" jumps to the search field.
      await page.keyboard.press("/");
      await expect(search).toBeFocused();
      await page.keyboard.type("talent");
      await expect(page).toHaveURL(/q=talent/);
      // Tab to the first facet checkbox and select it with Space.
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(() => document.activeElement?.type === "checkbox" && !document.activeElement.disabled)) break;
      }
      // A facet checkbox's name holds a live count, so its id is the handle that stays the same.
      const id = await page.evaluate(() => document.activeElement.id);
      const checkbox = page.getByRole("checkbox").and(page.locator(`[id="${id}"]`));
      await page.keyboard.press("Space");
      await expect(checkbox).toBeChecked();
      await expect(checkbox).toBeFocused();
      // Tab on to the first result and open it with Enter.
      const first = resultLinks(page).first();
      await tabTo(page, first, 200);
      const name = await first.textContent();
      await page.keyboard.press("Enter");
      await expect(heading).toHaveText(name);
      await expect(heading).toBeFocused();
      // Back to the list with the link just before the heading, by keyboard.
      await page.keyboard.press("Shift+Tab");
      await expect(page.getByRole("link", { name: text("back_to_list") })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(heading).toHaveText(text("explorer.heading"));
      // Back in the list, focus is on the link that was followed (issue 27), not the heading above.
      await expect(resultLinks(page).filter({ hasText: name })).toBeFocused();
      await expect(checkbox).toBeChecked();
      await expect(search).toHaveValue("talent");
      // Escape in the search field clears it.
      await page.keyboard.press("/");
      await expect(search).toBeFocused();
      await page.keyboard.press("Escape");
      await expect(search).toHaveValue("");
    });
  }
});

for (const scheme of ["light", "dark"]) test(`at 320 px wide no view scrolls horizontally, ${scheme} mode`, async ({ page, allowProblems }) => {
  allowProblems(failedLoad(404, "nl/projects/bestaat-niet/"));
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 320, height: 640 });
  const wide = [];
  for (const [name, query] of VIEWS) {
    await page.goto(query.startsWith("/") ? query : `/${query}`);
    await waitForApp(page);
    await waitForCharts(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${name}: ${overflow}px`);
  }
  expect(wide).toEqual([]);
});

test("the language switch changes the interface and <html lang>, and is remembered", async ({ page }) => {
  await page.goto("/?view=projects");
  await waitForApp(page);
  await page.getByRole("navigation", { name: t("prefs.language") }).getByRole("link", { name: "Deutsch" }).click();
  await expect(mainHeading(page)).toHaveText(t("explorer.heading", {}, "de"));
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.goto("/?view=projects");
  await waitForApp(page);
  await expect(mainHeading(page)).toHaveText(t("explorer.heading", {}, "de"));
});

test("dark mode follows the system and the manual switch is remembered; the switch says what it will do", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await waitForApp(page);
  const toDark = page.getByRole("button", { name: t("prefs.dark_mode") });
  await toDark.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: t("prefs.light_mode") })).toBeVisible();
  await expect(toDark).toHaveCount(0);
  // The header turns dark with the page, not into a light block.
  const header = await page.locator(".site-header").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(header).toBe("rgb(15, 42, 68)");
  await page.reload();
  await waitForApp(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: t("prefs.light_mode") })).toBeVisible();
  // With the system's dark preference and no choice, the built page's switch offers light at once.
  await page.evaluate(() => localStorage.clear());
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/nl/money/");
  await expect(page.getByRole("button", { name: t("prefs.light_mode") })).toBeVisible();
  await waitForApp(page);
  await page.getByRole("button", { name: t("prefs.light_mode") }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.getByRole("button", { name: t("prefs.dark_mode") })).toBeVisible();
});

test("on a phone the menu folds behind a toggle: it opens, closes with Escape, and closes after a choice", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/?lang=nl");
  await waitForApp(page);
  // A native disclosure (<details>), which opens before the app runs; "open" is its state.
  const toggle = page.locator("summary").filter({ hasText: t("nav_menu") });
  const fold = page.locator("details").filter({ has: toggle });
  const money = page.getByRole("navigation", { name: t("nav_label"), includeHidden: true }).getByRole("link", { name: t("nav.money"), exact: true, includeHidden: true });
  await expect(fold).not.toHaveAttribute("open");
  await expect(money).toBeHidden();
  // The content starts near the top instead of under rows of links.
  const headingTop = await mainHeading(page).evaluate((h) => h.getBoundingClientRect().top);
  expect(headingTop).toBeLessThan(400);

  await toggle.click();
  await expect(fold).toHaveAttribute("open", "");
  await expect(money).toBeVisible();
  expect(await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze().then((r) => r.violations)).toEqual([]);
  await money.focus();
  await page.keyboard.press("Escape");
  await expect(fold).not.toHaveAttribute("open");
  await expect(toggle).toBeFocused();
  await expect(money).toBeHidden();

  await page.keyboard.press("Enter");
  await expect(money).toBeVisible();
  await money.click();
  await expect(mainHeading(page)).toHaveText(t("money.heading"));
  await expect(fold).not.toHaveAttribute("open");
  await expect(money).toBeHidden();
});

test("on a wide screen the menu shows its links and no menu toggle", async ({ page }) => {
  await page.goto("/?lang=nl");
  await waitForApp(page);
  const toggle = page.locator("summary").filter({ hasText: t("nav_menu") });
  await expect(toggle).toHaveCount(1);
  await expect(toggle).toBeHidden();
  await expect(page.getByRole("navigation", { name: t("nav_label") }).getByRole("link", { name: t("nav.money"), exact: true })).toBeVisible();
});

// "own": theme.css as the build ships it (a deployment edits it and checks its own colours).
for (const theme of ["light", "dark", "sober", "high-contrast", "own"]) {
  test(`theme "${theme}" keeps AA contrast`, async ({ page }) => {
    await page.goto(`/?view=projects&theme=${theme}`);
    await waitForApp(page);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
    expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(" ") + ": " + n.failureSummary))).toEqual([]);
  });
}
