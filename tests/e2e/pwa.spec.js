// The installable web app: the manifest, offline use after one visit, the service worker (also with
// the embed settings under the strict CSP), and the notice of a new version.
import { test, expect } from "./fixtures.js";
import { dataset, mainHeading, t, tPattern, waitForApp } from "./helpers.js";

async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/** The banner that says the data shown is not fresh from the server. */
const banner = (page, key) => page.getByRole("status").filter({ hasText: tPattern(key, { date: new RegExp(`.*${new Date().getFullYear()}.*`) }) });

test("the web app manifest is installable: names, relative scope, icons of the required sizes", async ({ request }) => {
  const response = await request.get("/gemeente/apps/twente/manifest.webmanifest");
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest.name).toBe(t("app_name"));
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  expect(manifest.start_url).toBe("./");
  expect(manifest.scope).toBe("./");
  expect(manifest.display).toBe("standalone");
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  for (const size of ["192x192", "512x512"]) {
    expect(manifest.icons.some((i) => i.sizes === size && i.type === "image/png")).toBe(true);
  }
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const file = await request.get(`/gemeente/apps/twente/${icon.src}`);
    expect(file.ok(), icon.src).toBe(true);
    if (icon.type === "image/png") {
      const png = await file.body();
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${w}x${h}`).toBe(icon.sizes);
    }
  }
});

test("after one online visit, a reload without network shows the app with its data and says how old it is", async ({ page, context, request }) => {
  await page.goto("/pwa-offline/?view=projects");
  await waitForApp(page);
  await waitForServiceWorker(page);
  // Chromium's offline emulation does not survive a reload of a page with a service worker, so the
  // server also drops every connection to this mount: the network is really gone.
  await request.post("/__control/network?down=1");
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByTestId("result-count")).toHaveText(t("explorer.results_count", { count: dataset.projects.length }));
  // The browser believes it is online (the emulation was lost), so the app can only say the server
  // gave no current data; once the browser knows it is offline, it says so, with the date.
  await expect(banner(page, "app_status.cached")).toBeVisible();
  await context.setOffline(false);
  await context.setOffline(true);
  await expect(banner(page, "app_status.offline")).toBeVisible();
  // A project page, never visited before, opens offline too.
  await page.getByRole("link", { name: "TalentIT", exact: true }).click();
  await expect(mainHeading(page)).toHaveText("TalentIT");
  // Opened by its address, a page never visited comes from the service worker's stand-in (its
  // language's overview), marked so that the app starts at once and shows the page asked for.
  const never = dataset.projects.find((p) => p.id === "kennispark-twente");
  await page.goto(`/pwa-offline/nl/projects/${never.id}/`);
  expect(await page.locator("base[data-root]").count(), "the stand-in says its root was not built for it").toBe(1);
  await expect(mainHeading(page)).toHaveText(never.name);
  await waitForApp(page);
  await expect(mainHeading(page)).toHaveText(never.name);
  await context.setOffline(false);
  await request.post("/__control/network?down=0");
});

test("the page is controlled by the service worker after one reload", async ({ page }) => {
  await page.goto("/gemeente/apps/twente/");
  await waitForApp(page);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.reload();
  await waitForApp(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/gemeente\/apps\/twente\/sw\.js$/);
});

test("embed mode and the service worker run under the strict CSP with zero violations", async ({ page }) => {
  await page.goto("/gemeente/apps/twente/?embed=1&view=money&theme=high-contrast");
  await waitForApp(page);
  await waitForServiceWorker(page);
  await page.reload();
  await waitForApp(page);
  await expect(mainHeading(page)).toHaveText(t("money.heading"));
  // Violations arrive as events: give late ones time to show (the automatic check counts them).
  await page.waitForTimeout(300);
});

test("deploying a changed build shows a 'new version' notice and reloads only when the reader asks", async ({ page, request }) => {
  await page.goto("/pwa-update/");
  await waitForApp(page);
  await waitForServiceWorker(page);
  await page.evaluate(() => (window.stillHere = true));
  await request.post("/__control/redeploy");
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await expect(page.getByRole("status").filter({ hasText: t("app_status.update") })).toBeVisible();
  // Nothing reloads by itself: the page is still the same a while later.
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.stillHere)).toBe(true);
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: t("app_status.reload") }).click()]);
  await waitForApp(page);
  expect(await page.evaluate(() => window.stillHere)).toBeUndefined();
});
