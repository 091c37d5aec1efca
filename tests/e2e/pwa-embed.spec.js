// Offline PWA, updates, embedding in an intranet page, themes, sub-paths, strict CSP, ?data=.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { dataset, waitForApp, watchProblems } from "./helpers.js";

async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

test("the web app manifest is installable: names, relative scope, icons of the required sizes", async ({ request }) => {
  const response = await request.get("/gemeente/apps/twente/manifest.webmanifest");
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest.name).toBe("Investeren in Twente");
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
  const problems = await watchProblems(page);
  await page.goto("/pwa-offline/?view=projects");
  await waitForApp(page);
  await waitForServiceWorker(page);
  // Chromium's offline emulation does not survive a reload of a page with a service worker, so the
  // server also drops every connection to this mount: the network is really gone.
  await request.post("/__control/network?down=1");
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByTestId("result-count")).toHaveText(`Gevonden projecten: ${dataset.projects.length}`);
  // The browser believes it is online (the emulation was lost), so the app can only say the server
  // gave no current data; once the browser knows it is offline, it says so.
  await expect(page.locator(".banner--offline")).toContainText("De server gaf geen actuele gegevens; u ziet de gegevens zoals ze zijn opgehaald op");
  await context.setOffline(false);
  await context.setOffline(true);
  await expect(page.locator(".banner--offline")).toContainText("Offline: u ziet de gegevens zoals ze zijn opgehaald op");
  await expect(page.locator(".banner--offline")).toContainText(String(new Date().getFullYear()));
  // A project page, never visited before, opens offline too.
  await page.getByRole("link", { name: "TalentIT", exact: true }).click();
  await expect(page.locator("main h1")).toHaveText("TalentIT");
  await context.setOffline(false);
  await request.post("/__control/network?down=0");
  // The failed network requests are reported by the browser; nothing else may be.
  expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|ERR_EMPTY_RESPONSE|Failed to load resource|Failed to fetch/.test(p))).toEqual([]);
});

test("the page is controlled by the service worker after one reload", async ({ page }) => {
  await page.goto("/gemeente/apps/twente/");
  await waitForApp(page);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.reload();
  await waitForApp(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/gemeente\/apps\/twente\/sw\.js$/);
});

test("deploying a changed build shows a 'new version' notice and reloads only when the reader asks", async ({ page, request }) => {
  await page.goto("/pwa-update/");
  await waitForApp(page);
  await waitForServiceWorker(page);
  await page.evaluate(() => (window.stillHere = true));
  await request.post("/__control/redeploy");
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await expect(page.locator(".banner--update")).toContainText("Er is een nieuwe versie van deze app.");
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.stillHere)).toBe(true);
  await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Nu herladen" }).click()]);
  await waitForApp(page);
  expect(await page.evaluate(() => window.stillHere)).toBeUndefined();
});

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT || 4175}/`;

test("embedded in an intranet page of another origin: no site chrome, a locked municipality, height posted, pages inside, no CSP violation", async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto(HOST);
  const frame = page.frameLocator("#explorer");
  await expect(frame.locator(".result").first()).toBeVisible();
  await expect(frame.locator(".site-header")).toHaveCount(0);
  await expect(frame.locator(".main-nav")).toHaveCount(0);
  await expect(frame.locator(".facet--locked")).toContainText("Enschede");
  await expect(frame.locator(".facet--locked input")).toHaveCount(0);
  const enschede = dataset.projects.filter((p) => p.municipalities?.includes("enschede")).length;
  await expect(frame.getByTestId("result-count")).toHaveText(`Gevonden projecten: ${enschede}`);
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "sober");
  // "Clear all" keeps the lock.
  await frame.getByLabel("Zoek in projecten").fill("talent");
  await frame.getByRole("button", { name: "Alle filters wissen" }).click();
  await expect(frame.getByTestId("result-count")).toHaveText(`Gevonden projecten: ${enschede}`);
  // The height reaches the host page and fits the iframe.
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
  const height = await page.evaluate(() => window.heights.at(-1));
  expect(height).toBeGreaterThan(300);
  // A project opens inside the embed, which keeps its settings.
  await frame.locator(".result__name a").first().click();
  await expect(frame.locator("main h1")).not.toHaveText("Projecten");
  expect(page.frames()[1].url()).toMatch(/embed=1/);
  expect(page.frames()[1].url()).toMatch(/lock=municipality/);
  const full = frame.getByRole("link", { name: /volledige verkenner/ });
  await expect(full).toHaveAttribute("target", "_blank");
  expect(await full.getAttribute("href")).not.toMatch(/embed=1|lock=/);
  // The init script of watchProblems runs in the iframe too: its CSP violations would be listed.
  expect(problems).toEqual([]);
});

test("embed mode and the service worker run under the strict CSP with zero violations", async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto("/gemeente/apps/twente/?embed=1&view=money&theme=high-contrast");
  await waitForApp(page);
  await waitForServiceWorker(page);
  await page.reload();
  await waitForApp(page);
  await page.waitForTimeout(300);
  expect(problems).toEqual([]);
});

for (const theme of ["light", "dark", "sober", "high-contrast"]) {
  test(`theme "${theme}" keeps AA contrast`, async ({ page }) => {
    await page.goto(`/?view=projects&theme=${theme}`);
    await waitForApp(page);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
    expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(" ") + ": " + n.failureSummary))).toEqual([]);
  });
}

test("?data= loads another dataset from the same origin", async ({ page }) => {
  await page.goto("/gemeente/apps/twente/?view=projects&data=data/eigen.json");
  await waitForApp(page);
  await expect(page.getByTestId("result-count")).toHaveText("Gevonden projecten: 2");
  // Links keep the dataset.
  await page.locator(".result__name a").first().click();
  await expect(page).toHaveURL(/data=data%2Feigen.json/);
});

test("?data= from an origin not on the allow-list is refused with a clear message", async ({ page }) => {
  let requested = false;
  page.on("request", (r) => {
    if (r.url().startsWith("https://evil.example")) requested = true;
  });
  await page.goto("/?data=https://evil.example/fake.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("mag niet geladen worden");
  await expect(alert).toContainText("https://evil.example");
  expect(requested).toBe(false);
});

test("an embedding site's fixed filter has no 'clear all' of its own, and 'clear all' keeps it", async ({ page }) => {
  await page.goto("/?view=projects&embed=1&municipality=enschede&lock=municipality&lang=nl");
  await waitForApp(page);
  const clearAll = page.getByRole("button", { name: "Alle filters wissen" });
  await expect(page.locator(".chip--locked")).toContainText("Enschede");
  await expect(clearAll).toHaveCount(0);
  await page.getByLabel("Zoek in projecten").fill("kennispark");
  await expect(clearAll).toBeVisible();
  await clearAll.click();
  await expect(page).toHaveURL(/municipality=enschede/);
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.locator(".chip--locked")).toContainText("Enschede");
  await expect(clearAll).toHaveCount(0);
});
