// Keyboard and screen-reader users (issue 27, first part): after an action replaces what had focus,
// focus goes where the reader expects, never to the page's body; the search is a real form where
// the app cannot run; names contain the visible text.
import { test, expect } from "./fixtures.js";
import { t, waitForApp } from "./helpers.js";

const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { body: el === document.body || el === null, tag: el?.tagName, id: el?.id, text: el?.textContent?.trim(), inResults: !!el?.closest(".results h3") };
  });

test("the next page of results: focus goes to its first result, not to the body", async ({ page }) => {
  await page.goto("/nl/projects/");
  await waitForApp(page);
  const next = page.getByRole("link", { name: t("explorer.next_page") });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/page=2/);
  await expect.poll(async () => (await focused(page)).inResults).toBe(true);
  // The next Tab continues in page 2's results, not in the footer.
  await page.keyboard.press("Tab");
  expect((await focused(page)).body).toBe(false);
  // And back to page 1 the same way.
  await page.getByRole("link", { name: t("explorer.previous_page") }).focus();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/page=2/);
  await expect.poll(async () => (await focused(page)).inResults).toBe(true);
});

test("back from a project, focus is on the link that was followed, in view", async ({ page }) => {
  await page.goto("/nl/projects/");
  await waitForApp(page);
  const link = page.locator(".results h3 a").nth(20);
  const name = (await link.textContent()).trim();
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(name);
  await page.goBack();
  await expect(page.locator(".results h3 a").filter({ hasText: name })).toBeFocused();
  await expect(page.locator(".results h3 a").filter({ hasText: name })).toBeInViewport();
  // The next Tab goes on from there, to the following result's links, not to the top.
  await page.keyboard.press("Tab");
  expect((await focused(page)).body).toBe(false);
  expect(await page.evaluate(() => document.activeElement.getBoundingClientRect().top)).toBeGreaterThan(0);
});

test("removing filter chips and clearing all by keyboard keeps focus in the filter area", async ({ page }) => {
  await page.goto("/nl/projects/?municipality=enschede&line=arbeidsmarkt-talent");
  await waitForApp(page);
  const chips = page.locator(".active-filters .chips button");
  await expect(chips).toHaveCount(2);
  await chips.first().focus();
  await page.keyboard.press("Enter");
  await expect(chips).toHaveCount(1);
  // The first chip left has focus.
  await expect(chips.first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(chips).toHaveCount(0);
  await expect(page.locator("#search-input")).toBeFocused();

  await page.goto("/nl/projects/?municipality=enschede&line=arbeidsmarkt-talent");
  await waitForApp(page);
  await page.getByRole("button", { name: t("explorer.clear_all") }).focus();
  await page.keyboard.press("Enter");
  await expect(chips).toHaveCount(0);
  await expect(page.locator("#search-input")).toBeFocused();
});

test("the compare lists can be browsed with the arrow keys; the comparison changes on 'Vergelijk' only", async ({ page }) => {
  await page.goto("/nl/compare/");
  await waitForApp(page);
  const first = page.getByLabel(t("compare.slot", { n: 1 }));
  await first.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(first).toBeFocused();
  await expect(page).not.toHaveURL(/ids=/);
  await page.getByLabel(t("compare.slot", { n: 2 })).focus();
  await page.keyboard.press("ArrowDown");
  await page.getByRole("button", { name: t("compare.apply") }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/ids=/);
  await expect(page.getByTestId("compare-table").getByRole("columnheader")).toHaveCount(2);
  // Focus stays on the button the reader used, before the table it made.
  await expect(page.getByRole("button", { name: t("compare.apply") })).toBeFocused();
});

test.describe("where WebAssembly cannot run", () => {
  test("Enter in the search field opens the explorer with the search in its address", async ({ page, allowProblems }) => {
    // As in iOS Lockdown Mode: no WebAssembly at all.
    allowProblems(/WebAssembly/);
    await page.addInitScript(() => delete globalThis.WebAssembly);
    await page.goto("/nl/projects/");
    await expect(page.locator("html")).toHaveAttribute("data-app", "failed");
    await page.locator("#search-input").fill("fonds");
    await page.locator("#search-input").press("Enter");
    await expect(page).toHaveURL(/\/nl\/projects\/\?q=fonds$/);
    // The list is the built one: the page says plainly that it is not filtered.
    await expect(page.getByText(t("explorer.unfiltered"))).toBeVisible();
  });

  test("the compare form sends its choice in the address, for the app to read when it can run", async ({ page, allowProblems }) => {
    allowProblems(/WebAssembly/);
    await page.addInitScript(() => delete globalThis.WebAssembly);
    await page.goto("/nl/compare/");
    await expect(page.locator("html")).toHaveAttribute("data-app", "failed");
    await page.getByLabel(t("compare.slot", { n: 1 })).selectOption("talentit");
    await page.getByLabel(t("compare.slot", { n: 2 })).selectOption("grenswerk");
    await page.getByRole("button", { name: t("compare.apply") }).click();
    await expect(page).toHaveURL(/ids=talentit&ids=grenswerk/);
  });
});

test("a control's accessible name contains its visible text (WCAG 2.5.3)", async ({ page }) => {
  await page.goto("/nl/projects/");
  await waitForApp(page);
  const languages = page.getByRole("navigation", { name: t("prefs.language"), includeHidden: true });
  await expect(languages.getByRole("link", { name: "NL Nederlands", exact: true, includeHidden: true })).toHaveCount(1);
  await expect(languages.getByRole("link", { name: "DE Deutsch", exact: true, includeHidden: true })).toHaveCount(1);
  const exclude = page.locator(".exclude").first();
  const [visible, name] = await exclude.evaluate((b) => [b.textContent.trim(), b.getAttribute("aria-label") ?? ""]);
  expect(name.startsWith(visible)).toBe(true);
});

test.describe("without JavaScript, on a phone", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("the menu opens by keyboard and shows its links, the languages and the scheme", async ({ page }) => {
    await page.goto("/nl/projects/");
    const toggle = page.locator("summary").filter({ hasText: t("nav_menu") });
    const money = page.getByRole("navigation", { name: t("nav_label") }).getByRole("link", { name: t("nav.money"), exact: true });
    await expect(money).toBeHidden();
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(money).toBeVisible();
    await expect(page.getByRole("navigation", { name: t("prefs.language") })).toBeVisible();
  });
});
