// Embedding: the explorer in an intranet page of another origin (no site chrome, a locked filter, its
// height posted to the host, no CSP violation inside the frame), and an embedding site's fixed filter.
import { test, expect } from "./fixtures.js";
import { dataset, mainHeading, resultLinks, t, waitForApp } from "./helpers.js";

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT || 4175}/`;
const enschede = dataset.projects.filter((p) => p.municipalities?.includes("enschede")).length;
const lockedChip = (page) => page.getByRole("group", { name: t("explorer.active_filters") }).getByRole("listitem").filter({ hasText: t("embed.locked") });

test("embedded in an intranet page of another origin: no site chrome, a locked municipality, height posted, pages inside, no CSP violation", async ({ page }) => {
  await page.goto(HOST);
  const frame = page.frameLocator("#explorer");
  await expect(resultLinks(frame).first()).toBeVisible();
  // No site header: no home link with the app's name, no main menu, no language menu, no dark-mode
  // switch, no project count.
  await expect(frame.getByRole("link", { name: t("app_name"), exact: true, includeHidden: true })).toHaveCount(0);
  await expect(frame.getByRole("navigation", { name: t("nav_label"), includeHidden: true })).toHaveCount(0);
  await expect(frame.getByRole("navigation", { name: t("prefs.language"), includeHidden: true })).toHaveCount(0);
  await expect(frame.getByRole("button", { name: t("prefs.dark_mode"), includeHidden: true })).toHaveCount(0);
  await expect(frame.getByTestId("project-count")).toHaveCount(0);
  // The municipality is fixed: named, with no control to change it.
  const locked = frame.getByRole("group", { name: t("facet.municipality"), exact: true });
  await expect(locked).toContainText(`Enschede (${t("embed.locked")})`);
  await expect(locked.locator("input")).toHaveCount(0);
  await expect(frame.getByTestId("result-count")).toHaveText(t("explorer.results_count", { count: enschede }));
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "sober");
  // "Clear all" keeps the lock.
  await frame.getByRole("searchbox", { name: t("explorer.search_label") }).fill("talent");
  await frame.getByRole("button", { name: t("explorer.clear_all") }).click();
  await expect(frame.getByTestId("result-count")).toHaveText(t("explorer.results_count", { count: enschede }));
  // The height reaches the host page and fits the iframe.
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
  const height = await page.evaluate(() => window.heights.at(-1));
  expect(height).toBeGreaterThan(300);
  // A project opens inside the embed, which keeps its settings.
  await resultLinks(frame).first().click();
  await expect(mainHeading(frame)).not.toHaveText(t("explorer.heading"));
  expect(page.frames()[1].url()).toMatch(/embed=1/);
  expect(page.frames()[1].url()).toMatch(/lock=municipality/);
  const full = frame.getByRole("link", { name: t("embed.open_full") });
  await expect(full).toHaveAttribute("target", "_blank");
  expect(await full.getAttribute("href")).not.toMatch(/embed=1|lock=/);
  // The automatic problem check covers the frame too (fixtures.spec.js shows it).
});

test("an embedding site's fixed filter has no 'clear all' of its own, and 'clear all' keeps it", async ({ page }) => {
  await page.goto("/?view=projects&embed=1&municipality=enschede&lock=municipality&lang=nl");
  await waitForApp(page);
  const clearAll = page.getByRole("button", { name: t("explorer.clear_all") });
  await expect(lockedChip(page)).toContainText("Enschede");
  await expect(clearAll).toHaveCount(0);
  await page.getByRole("searchbox", { name: t("explorer.search_label") }).fill("kennispark");
  await expect(clearAll).toBeVisible();
  await clearAll.click();
  await expect(page).toHaveURL(/municipality=enschede/);
  await expect(page).not.toHaveURL(/q=/);
  await expect(lockedChip(page)).toContainText("Enschede");
  await expect(clearAll).toHaveCount(0);
});
