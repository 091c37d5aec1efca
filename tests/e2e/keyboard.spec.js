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

test("removing filter chips and clearing all by keyboard keeps focus in the filter area", async ({ page }) => {
  await page.goto("/nl/projects/?municipality=enschede&line=arbeidsmarkt-talent");
  await waitForApp(page);
  const chips = page.locator(".active-filters .chips button");
  await expect(chips).toHaveCount(2);
  await chips.first().focus();
  await page.keyboard.press("Enter");
  await expect(chips).toHaveCount(1);
  // The chip now in the removed one's place has focus.
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
});

test("a control's accessible name contains its visible text (WCAG 2.5.3)", async ({ page }) => {
  await page.goto("/nl/projects/");
  await waitForApp(page);
  for (const link of await page.getByRole("navigation", { name: t("prefs.language"), includeHidden: true }).getByRole("link", { includeHidden: true }).all()) {
    const [visible, name] = await link.evaluate((a) => [a.textContent.trim(), a.getAttribute("aria-label") ?? a.textContent.trim()]);
    expect(name).toContain(visible);
  }
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
