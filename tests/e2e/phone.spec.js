// The citizen on a phone (issue 26, point 6): a one-row header with the languages and the colour
// scheme in the menu, the page's tools behind one toggle, no keyboard tips on a touch screen, the
// phone's own share sheet, and the explorer's first project on the first screen.
import { test, expect } from "./fixtures.js";
import { mainHeading, resultLinks, t, waitForApp } from "./helpers.js";

// A mid-range phone: 390 px wide, touch, no hover (Playwright's mobile emulation in Chromium).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });

const top = (locator) => locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
const bottom = (locator) => locator.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);

for (const moment of ["before the app runs", "once the app runs"]) {
  test(`the header is one row and the first project is on the first screen, ${moment}`, async ({ page }) => {
    await page.goto("/nl/projects/");
    if (moment === "once the app runs") await waitForApp(page);
    const header = page.locator(".site-header");
    expect(await bottom(header)).toBeLessThanOrEqual(120);
    // The name and the menu toggle share the row.
    const toggle = page.locator("summary").filter({ hasText: t("nav_menu") });
    const brand = page.getByRole("link", { name: t("app_name"), exact: true });
    expect(Math.abs((await top(toggle)) - (await top(brand)))).toBeLessThan(40);
    expect(await top(resultLinks(page).first())).toBeLessThanOrEqual(560);
    // No "press /" on a touch screen; the searchable fields are still named.
    await expect(page.getByText(t("explorer.search_tip"))).toBeHidden();
    await expect(page.getByText(t("explorer.search_hint"))).toBeVisible();
  });
}

test("the languages and the colour scheme are in the menu, which opens below the header", async ({ page }) => {
  await page.goto("/nl/");
  const languages = page.getByRole("navigation", { name: t("prefs.language") });
  const scheme = page.getByRole("button", { name: t("prefs.dark_mode") });
  await expect(languages).toBeHidden();
  await expect(scheme).toBeHidden();
  await page.locator("summary").filter({ hasText: t("nav_menu") }).tap();
  await expect(languages).toBeVisible();
  await expect(scheme).toBeVisible();
  expect(await top(languages)).toBeGreaterThan(await bottom(page.locator(".site-header__inner")));
  await languages.getByRole("link", { name: "English" }).tap();
  await expect(mainHeading(page)).toHaveText(t("overview.heading", {}, "en"));
});

test("the page's tools fold behind one toggle, and sharing uses the phone's share sheet", async ({ page }) => {
  await page.addInitScript(() => {
    // The share sheet as a phone's browser has it (headless Chromium on Linux has none).
    navigator.share = async (data) => {
      window.__shared = data;
    };
  });
  await page.goto("/nl/projects/?municipality=enschede");
  await waitForApp(page);
  const csv = page.getByRole("button", { name: t("tools.csv") });
  await expect(csv).toBeHidden();
  const toggle = page.locator("summary").filter({ hasText: t("tools.menu") });
  await toggle.tap();
  await expect(csv).toBeVisible();
  await page.getByRole("button", { name: t("tools.share") }).tap();
  await expect.poll(() => page.evaluate(() => window.__shared?.url)).toBe(page.url());
  // The sheet did the sharing: no "copied" message.
  await expect(page.getByText(t("tools.copied"))).toHaveCount(0);
});

test("where the browser has no share sheet, the link is copied as before", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/nl/money/");
  await waitForApp(page);
  expect(await page.evaluate(() => "share" in navigator)).toBe(false);
  await page.locator("summary").filter({ hasText: t("tools.menu") }).tap();
  await page.getByRole("button", { name: t("tools.share") }).tap();
  await expect(page.getByText(t("tools.copied"))).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
