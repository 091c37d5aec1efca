// The explorer: search folding, facets with counts, URL state, history, project pages, keyboard, scale.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { dataset, waitForApp, watchProblems } from "./helpers.js";

const resultNames = (page) => page.locator(".result__name").allTextContents();
const count = (page) => page.getByTestId("result-count");

test("search ignores case and diacritics: creeren = CREËREN, strasse = Straße, ijssel = Ĳssel", async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto("/fixture/minimal/?view=projects");
  await waitForApp(page);
  const search = page.getByLabel("Zoek in projecten");
  const results = {};
  for (const text of ["creeren", "CREËREN", "strasse", "Straße", "ijssel", "Ĳssel"]) {
    await search.fill(text);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, "\\+")}`));
    results[text] = await resultNames(page);
  }
  expect(results["creeren"]).toEqual(["Ruimte creëren voor talent"]);
  expect(results["CREËREN"]).toEqual(results["creeren"]);
  expect(results["Straße"]).toEqual(results["strasse"]);
  expect(results["Ĳssel"]).toEqual(results["ijssel"]);
  await expect(page.locator(".result mark").first()).toHaveText("creëren".length ? /Ĳssel|creëren|Straße/ : /x/);
  expect(problems).toEqual([]);
});

test("a facet click updates the list and every count, and each URL reproduces the view", async ({ page, context }) => {
  await page.goto("/?view=projects");
  await waitForApp(page);
  await expect(count(page)).toHaveText(`Gevonden projecten: ${dataset.projects.length}`);
  const statusRunning = page.getByRole("checkbox", { name: /^Loopt/ });
  const runningCount = Number(await statusRunning.locator("xpath=..").locator(".facet-value__count").textContent());
  await statusRunning.check();
  await expect(count(page)).toHaveText(`Gevonden projecten: ${runningCount}`);
  await expect(page.locator(".result")).toHaveCount(Math.min(runningCount, 50));
  const urlAfterFirst = page.url();
  expect(urlAfterFirst).toContain("status=implementation");

  const rdt = page.getByRole("checkbox", { name: /^Regio Deal Twente/ });
  const rdtCount = Number(await rdt.locator("xpath=..").locator(".facet-value__count").textContent());
  await rdt.check();
  await expect(count(page)).toHaveText(`Gevonden projecten: ${rdtCount}`);
  const urlAfterSecond = page.url();

  // Every count equals the number of results selecting that value gives (checked in the core tests);
  // here: the counts of the status facet changed when the programme was selected.
  const countsNow = await page.locator("fieldset").filter({ hasText: "Status" }).locator(".facet-value__count").allTextContents();

  for (const url of [urlAfterFirst, urlAfterSecond]) {
    const fresh = await context.newPage();
    await fresh.goto(url);
    await waitForApp(fresh);
    await expect(fresh.getByRole("checkbox", { name: /^Loopt/ })).toBeChecked();
    const expected = url === urlAfterFirst ? runningCount : rdtCount;
    await expect(fresh.getByTestId("result-count")).toHaveText(`Gevonden projecten: ${expected}`);
    if (url === urlAfterSecond) {
      await expect(fresh.getByRole("checkbox", { name: /^Regio Deal Twente/ })).toBeChecked();
      expect(await fresh.locator("fieldset").filter({ hasText: "Status" }).locator(".facet-value__count").allTextContents()).toEqual(countsNow);
    }
    await fresh.close();
  }
});

test("typing replaces the history entry, facet clicks add one, back and forward work", async ({ page }) => {
  await page.goto("/?view=projects");
  await waitForApp(page);
  const start = await page.evaluate(() => history.length);
  await page.getByLabel("Zoek in projecten").pressSequentially("twente");
  await expect(page).toHaveURL(/q=twente/);
  expect(await page.evaluate(() => history.length)).toBe(start);
  await page.getByRole("checkbox", { name: /^Agenda voor Twente/ }).check();
  await expect(page).toHaveURL(/programme=avt/);
  expect(await page.evaluate(() => history.length)).toBe(start + 1);
  await page.goBack();
  await expect(page).not.toHaveURL(/programme=avt/);
  await expect(page.getByRole("checkbox", { name: /^Agenda voor Twente/ })).not.toBeChecked();
  await expect(page.getByLabel("Zoek in projecten")).toHaveValue("twente");
  await page.goForward();
  await expect(page.getByRole("checkbox", { name: /^Agenda voor Twente/ })).toBeChecked();
});

test("exclusions, chips, clear all, and an empty result that says what to remove", async ({ page }) => {
  await page.goto("/?view=projects");
  await waitForApp(page);
  await page.getByRole("button", { name: "Onbekend uitsluiten" }).first().click();
  await expect(page).toHaveURL(/not-programme=unknown/);
  await expect(page.locator(".chip")).toHaveCount(1);
  await page.getByLabel("Zoek in projecten").fill("xyzzy-bestaat-niet");
  await expect(page.locator(".empty-state")).toContainText("Geen projecten gevonden");
  await expect(page.locator(".empty-state a").first()).toContainText("zoektekst");
  await page.locator(".empty-state a").first().click();
  await expect(page.locator(".result").first()).toBeVisible();
  await page.getByRole("button", { name: "Alle filters wissen" }).click();
  await expect(count(page)).toHaveText(`Gevonden projecten: ${dataset.projects.length}`);
});

test("on a phone the filters fold behind a button, so the results follow the search field", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/?view=projects&lang=nl");
  await waitForApp(page);
  const toggle = page.getByRole("button", { name: "Filters kiezen" });
  const running = page.getByRole("checkbox", { name: /^Loopt/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(running).toBeHidden();
  // The first result is on the first screen or just below it, not after every filter.
  const firstResult = await page.locator(".result__name").first().evaluate((el) => el.getBoundingClientRect().top);
  expect(firstResult).toBeLessThan(1000);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(running).toBeVisible();
  await running.check();
  await expect(page).toHaveURL(/status=implementation/);
  await expect(page.locator(".chip")).toHaveCount(1);
  expect(await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze().then((r) => r.violations)).toEqual([]);
  // Folding them again keeps the choice, shown as a chip above the results.
  await toggle.click();
  await expect(running).toBeHidden();
  await expect(page.locator(".chip")).toHaveCount(1);
});

test("on a wide screen the filters are shown without a button", async ({ page }) => {
  await page.goto("/?view=projects&lang=nl");
  await waitForApp(page);
  await expect(page.locator(".facets__toggle")).toHaveCount(1);
  await expect(page.locator(".facets__toggle")).toBeHidden();
  await expect(page.getByRole("checkbox", { name: /^Loopt/ })).toBeVisible();
});

test("sorting by amount puts known amounts first, biggest first", async ({ page }) => {
  await page.goto("/?view=projects");
  await waitForApp(page);
  await page.getByLabel("Sorteren op").selectOption("-amount");
  await expect(page).toHaveURL(/sort=-amount/);
  await expect(page.locator(".result__name").first()).toHaveText("TalentIT");
});

test("back after opening a project restores the filters and the scroll position", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.goto("/?view=projects&line=arbeidsmarkt-talent");
  await waitForApp(page);
  const target = page.locator(".result__name a").nth(8);
  await target.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(200);
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(300);
  const name = await target.textContent();
  await target.click();
  await expect(page.locator("h1")).toHaveText(name);
  await expect(page.locator("main h1")).toBeFocused();
  await page.goBack();
  await expect(page.getByRole("checkbox", { name: /^Arbeidsmarkt & talent/ })).toBeChecked();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 5);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(5);
});

test("a project page shows previous and next within the results and related projects", async ({ page }) => {
  await page.goto("/?view=projects&line=circulaire-economie-duurzaamheid");
  await waitForApp(page);
  const names = await resultNames(page);
  await page.locator(".result__name a").first().click();
  await expect(page.locator("h1")).toHaveText(names[0]);
  await expect(page.locator(".project-nav__position")).toHaveText(`Project 1 van ${names.length} in uw selectie`);
  await page.locator(".project-nav__next").click();
  await expect(page.locator("h1")).toHaveText(names[1]);
  await expect(page.locator(".related a").first()).toBeVisible();
  await page.getByRole("link", { name: "Terug naar de lijst" }).click();
  await expect(page).toHaveURL(/line=circulaire-economie-duurzaamheid/);
});

test("an unknown project id shows not-found with a search field that searches", async ({ page }) => {
  await page.goto("/?project=bestaat-niet");
  await waitForApp(page);
  await expect(page.locator("h1")).toHaveText("Project niet gevonden");
  await page.getByLabel("Zoek het project in de lijst:").fill("mineral");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.locator(".result__name")).toContainText(["Mineral Valley Twente"]);
});

test("malformed URL parameters are ignored without a crash", async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto("/?view=projects&page=-4&sort=%%%&programme=&status=nonsense&colour=red&q=%E0%A4%A");
  await waitForApp(page);
  await expect(count(page)).toContainText("Gevonden projecten:");
  expect(problems).toEqual([]);
});

test("keyboard only: search, select a facet, open a project, go back", async ({ page }) => {
  await page.goto("/?view=projects");
  await waitForApp(page);
  await page.keyboard.press("/");
  await expect(page.getByLabel("Zoek in projecten")).toBeFocused();
  await page.keyboard.type("talent");
  await expect(page).toHaveURL(/q=talent/);
  // Tab to the first facet checkbox and select it with Space.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.type === "checkbox" && !document.activeElement.disabled)) break;
  }
  const focusedName = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press("Space");
  await expect(page.locator(`#${focusedName}`)).toBeChecked();
  await expect(page.locator(`#${focusedName}`)).toBeFocused();
  // Tab on to the first result link and open it with Enter.
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.closest(".result__name") !== null)) break;
  }
  const name = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText(name);
  await expect(page.locator("main h1")).toBeFocused();
  // Back to the list with the link just before the heading ("Terug naar de lijst"), by keyboard.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("link", { name: "Terug naar de lijst" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("Projecten");
  await expect(page.locator(`#${focusedName}`)).toBeChecked();
  await expect(page.getByLabel("Zoek in projecten")).toHaveValue("talent");
  // Escape in the search field clears it.
  await page.keyboard.press("/");
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Zoek in projecten")).toHaveValue("");
});

const SYNTHETIC = resolve(import.meta.dirname, "../../target/synthetic-100000.json");
test("100,000 synthetic projects: the DOM holds fewer than 500 rows and typing updates the list", async ({ page }) => {
  test.skip(!existsSync(SYNTHETIC), "run `cargo run --release --example synthetic -- 100000 target/synthetic-100000.json` first (scripts/test.sh does)");
  test.setTimeout(120_000);
  await page.goto("/synthetic/100k/?view=projects");
  await expect(page.locator(".result").first()).toBeVisible({ timeout: 90_000 });
  await expect(count(page)).toHaveText("Gevonden projecten: 100000");
  expect(await page.locator(".result").count()).toBeLessThan(500);
  expect(await page.locator("li").count()).toBeLessThan(2000);
  await page.getByLabel("Zoek in projecten").pressSequentially("x");
  await expect(count(page)).not.toHaveText("Gevonden projecten: 100000", { timeout: 30_000 });
  await page.getByLabel("Zoek in projecten").fill("münsterland");
  await expect(page.locator(".result mark").first()).toHaveText(/münsterland/i, { timeout: 30_000 });
  expect(await page.locator(".result").count()).toBeLessThan(500);
});
