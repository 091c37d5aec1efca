// Pages before the wasm: every page is a pre-rendered file (src/bin/prerender.rs) that reads and
// navigates without script; with script the app attaches to it without a visible change; the old
// query-string addresses lead to their pages; each page has its own title and description.
import { test, expect } from "./fixtures.js";
import { DATA, LANGS, appRunning, dataset, facetCount, mainHeading, resultLinks, results, t, waitForApp } from "./helpers.js";

/** Every page of the main menu and the footer, by the folder of its address. */
const VIEWS = ["", "projects/", "municipalities/", "money/", "lines/", "basis/", "indicators/", "timeline/", "compare/", "glossary/", "quality/", "accessibility/", "embed/"];

/**
 * The text a reader sees in the main area, less what only shows with script (the share, print and
 * download tools) or only without it (the note that they need script): found by class, as they have
 * no role of their own.
 */
const mainText = (page) =>
  page.getByRole("main").evaluate((main) => {
    const copy = main.cloneNode(true);
    const visible = [...main.querySelectorAll("*")].map((el) => getComputedStyle(el).display !== "none");
    [...copy.querySelectorAll("*")].forEach((el, i) => {
      // What only shows without the app (its notes, the explorer's results past the first page)
      // or only with it (the page tools, turning pages), and the citations, whose address is the
      // site's own once the app runs (the build's, where it knows it) and which have copy buttons.
      if (!visible[i] || el.matches(".page-tools, .needs-app, .without-app, .pagination, .cite__body")) el.remove();
    });
    return copy.textContent.replace(/\s+/g, " ").trim();
  });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every menu page and every project page, in nl, en and de, has its heading, its content and no spinner", async ({ page }) => {
    test.setTimeout(180_000);
    const pages = LANGS.flatMap((lang) => [...VIEWS, ...dataset.projects.map((p) => `projects/${p.id}/`)].map((path) => `${lang}/${path}`));
    for (const path of pages) {
      const response = await page.goto(`/${path}`);
      expect(response.status(), path).toBe(200);
      await expect(page.locator("html"), path).toHaveAttribute("lang", path.slice(0, 2));
      const heading = (await mainHeading(page).textContent()).trim();
      expect(heading.length, `${path}: a main heading`).toBeGreaterThan(2);
      const project = dataset.projects.find((p) => path.endsWith(`/projects/${p.id}/`));
      if (project) expect(heading, path).toBe(project.name);
      expect((await mainText(page)).length, `${path}: content`).toBeGreaterThan(150);
      await expect(page.locator("#app [aria-busy]"), path).toHaveCount(0);
      await expect(page.getByRole("status").filter({ hasText: t("loading", {}, path.slice(0, 2)) })).toHaveCount(0);
      // What needs the app says so, once (the embed builder in its own words).
      const needsApp = path.endsWith("/embed/") ? "builder.needs_app" : "needs_app";
      await expect(page.getByText(t(needsApp, {}, path.slice(0, 2)))).toHaveCount(1);
    }
  });

  test("the dataset check says once, in its own words, that it needs JavaScript", async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`/${lang}/check/`);
      await expect(mainHeading(page)).toHaveText(t("footer.check", {}, lang));
      await expect(page.getByText(t("check.needs_app", {}, lang))).toBeVisible();
      await expect(page.getByText(t("needs_app", {}, lang))).toHaveCount(0);
    }
  });

  test("links lead to pages that exist, and following them works", async ({ page, request }) => {
    test.setTimeout(120_000);
    await page.goto("/en/");
    // Every link of the overview, the menu and the footer included, leads to a page of the build.
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((links) => links.filter((a) => a instanceof HTMLAnchorElement).map((a) => a.href).filter((h) => h.startsWith(location.origin) && !h.includes("#")));
    expect(hrefs.length).toBeGreaterThan(15);
    for (const href of new Set(hrefs)) {
      expect((await request.get(href)).status(), href).toBe(200);
    }
    await page.getByRole("navigation", { name: t("nav_label", {}, "en") }).getByRole("link", { name: t("nav.projects", {}, "en") }).click();
    await expect(page).toHaveURL(/\/en\/projects\/$/);
    await expect(resultLinks(page)).toHaveCount(dataset.projects.length);
    await resultLinks(page).filter({ hasText: /^TalentIT$/ }).click();
    await expect(page).toHaveURL(/\/en\/projects\/talentit\/$/);
    await expect(mainHeading(page)).toHaveText("TalentIT");
    await page.getByRole("link", { name: "DE Deutsch", exact: true }).click();
    await expect(page).toHaveURL(/\/de\/projects\/talentit\/$/);
    await expect(page.getByRole("link", { name: t("back_to_list", {}, "de") })).toBeVisible();
  });

  test("charts are pictures with their tables", async ({ page }) => {
    await page.goto("/nl/lines/");
    const figures = page.getByRole("figure");
    expect(await figures.count()).toBeGreaterThan(3);
    for (const figure of await figures.all()) {
      // The picture shown (drawn at the width nearest the figure's) has the chart's title as its name.
      const title = (await figure.getByRole("heading").textContent()).trim();
      await expect(figure.getByRole("img", { name: title })).toHaveCount(1);
      await expect(figure.getByRole("table", { includeHidden: true })).toHaveCount(1);
    }
  });
});

test("with JavaScript the app attaches to the page with the same text, no layout shift, and focus and scroll kept", async ({ page }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  // The slow mount answers the dataset after 5 s: time to use the pre-rendered page first.
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto("/fault/slow/nl/projects/");
  await expect(page.locator("#app[data-prerendered]")).toHaveCount(1);
  const before = await mainText(page);
  const link = resultLinks(page).nth(3);
  const name = await link.textContent();
  await link.focus();
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  // Let the wheel's scrolling come to rest.
  await page.waitForTimeout(300);
  const scrolled = await page.evaluate(() => window.scrollY);
  await waitForApp(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(page.locator(":focus")).toHaveText(name);
  expect(await mainText(page)).toBe(before);
  expect(await page.evaluate(() => window.__shift)).toBeLessThanOrEqual(0.01);
  // And it is the app now: the search field searches.
  await page.getByLabel(t("explorer.search_label")).fill("talentit");
  await expect(resultLinks(page)).toHaveCount(1);
});

test("the views these tests visit are the site's own: every page of the menu and the footer", async ({ page }) => {
  await page.goto("/nl/");
  const hrefs = await page.locator("#main-nav-list a, .site-footer a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.map((href) => href.replace(/^nl\//, ""))).toEqual(VIEWS);
});

/**
 * Opens `path` with the wasm held back until the page's nodes are marked, then lets the app start
 * and returns whether it attached to them (the marked nodes are still in the page) rather than
 * building the page again.
 */
async function attaches(page, path) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path);
  await page.evaluate(() => {
    // Not what exists only for readers without the app (the explorer's further results), which goes.
    window.__marked = [...document.querySelectorAll("#app *")].filter((node) => !node.closest(".without-app"));
  });
  release();
  await waitForApp(page);
  await page.unroute(/_bg\.wasm(\?|$)/);
  return page.evaluate(() => window.__marked.filter((node) => !node.isConnected).map((node) => node.outerHTML.slice(0, 80)));
}

// The gate of the hydration: any difference between the build's render and the app's first one
// is a console error (the app names the page and the node) or a node built anew, and fails here.
test("the app attaches to every view in every language, and to a page of each kind, without building a node anew", async ({ page }) => {
  test.setTimeout(240_000);
  const kinds = ["nl/projects/talentit/", "en/programmes/rdt/", "de/municipalities/enschede/", "en/organisations/novel-t/", "nl/check/", "en/check/"];
  for (const path of [...LANGS.flatMap((lang) => VIEWS.map((view) => `${lang}/${view}`)), ...kinds]) {
    expect(await attaches(page, `/${path}`), path).toEqual([]);
  }
});

test("a page that does not match the app is named in the console, stays readable, and is rendered anew by the app", async ({ page, allowProblems }) => {
  allowProblems(/^console\.error: The app could not attach to the pre-rendered page \/nl\/projects\/: it differs at main#main > div\.explorer-page > #text/);
  // The page as a stale build would serve it: the explorer's heading is only its text.
  await page.route("**/nl/projects/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<h1 tabindex="-1">([^<]*)<\/h1>/, "$1");
    await route.fulfill({ response, body: html, headers: { ...response.headers(), "content-encoding": "identity" } });
  });
  await page.goto("/nl/projects/");
  await expect(page.getByRole("main")).toContainText(t("explorer.intro"));
  await waitForApp(page);
  // Rendered anew: the heading is back, and the app answers.
  await expect(mainHeading(page)).toHaveText(t("explorer.heading"));
  await page.getByLabel(t("explorer.search_label")).fill("talentit");
  await expect(resultLinks(page)).toHaveCount(1);
});

test("the app starts by itself once its code is here, without the reader doing anything", async ({ page }) => {
  await page.goto("/nl/projects/");
  await expect(appRunning(page)).toHaveCount(1, { timeout: 15_000 });
  // It attached to the page rather than building another: the pre-rendered mark is gone, the nodes stayed.
  await expect(page.locator("#app[data-prerendered]")).toHaveCount(0);
});

test("the dataset is asked for once per visit, while the app's code downloads, not after it", async ({ page }) => {
  const asked = [];
  page.on("request", (request) => request.url().endsWith(DATA) && asked.push(request.url()));
  await page.goto("/nl/projects/");
  await page.getByRole("searchbox").first().click();
  await waitForApp(page);
  expect(asked).toHaveLength(1);
  const [data, wasm] = await page.evaluate((DATA) => {
    const entry = (test) => performance.getEntriesByType("resource").find((e) => test(e.name));
    return [entry((name) => name.endsWith(DATA)), entry((name) => name.endsWith(".wasm"))].map((e) => e && { start: e.startTime, end: e.responseEnd });
  }, DATA);
  // On a phone this saves a round trip and the file's transfer after the code has arrived.
  expect(data.start).toBeLessThan(wasm.end);
});

test("before the app runs, a tapped filter ticks at once and the results say they are updating; the app then applies it, once", async ({ page }) => {
  // The slow mount answers the dataset after 5 s: the tap lands long before the app runs.
  await page.goto("/fault/slow/nl/projects/");
  await expect(page.locator("#app[data-prerendered]")).toHaveCount(1);
  const all = await resultLinks(page).count();
  const first = page.getByRole("checkbox").first();
  const expected = await facetCount(first);
  const node = await first.elementHandle();
  await first.click();
  await expect(first).toBeChecked();
  await expect(results(page)).toHaveAttribute("aria-busy", "true");
  await expect(results(page).getByText(t("explorer.updating"))).toBeVisible();
  await expect(page.locator("#app[data-prerendered]")).toHaveCount(1);
  await waitForApp(page);
  await expect(first).toBeChecked();
  await expect(resultLinks(page)).toHaveCount(expected);
  expect(expected).toBeLessThan(all);
  await expect(results(page)).not.toHaveAttribute("aria-busy");
  await expect(results(page).getByText(t("explorer.updating"))).toBeHidden();
  // The same box, not a copy: the app attached to the page.
  expect(await node.evaluate((box) => box.isConnected && box.checked)).toBe(true);
  // Applied once: one filter in the address, one chip.
  expect([...new URL(page.url()).searchParams.keys()]).toHaveLength(1);
});

test("typing as the app attaches to the page: the text stays, every part attaches to the page as built, and the app answers the text", async ({ page }) => {
  // The keys land from before the app has its data until after it has attached the page's parts
  // (at the phone's CPU speed): the dataset is held back until the first keys are in. A part that
  // saw the typed text before it attached would not match the page (a console error, which fails
  // the test) and the app would render the page anew.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(`**/${DATA}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/nl/projects/");
  const field = page.getByLabel(t("explorer.search_label"));
  const node = await field.elementHandle();
  await field.click();
  const now = () => page.evaluate(() => performance.now());
  await page.keyboard.type("onder", { delay: 50 });
  const released = await now();
  release();
  await page.keyboard.type("wijs", { delay: 250 });
  const typingUntil = await now();
  await waitForApp(page);
  const [ready, attached] = await page.evaluate(() => ["twente:dataset-ready", "twente:attached"].map((name) => performance.getEntriesByName(name)[0]?.startTime));
  expect(ready, "the app had its data before the last key").toBeLessThan(typingUntil);
  expect(attached, "the app attached after the first keys").toBeGreaterThan(released);
  await waitForApp(page);
  await expect(field).toHaveValue("onderwijs");
  await expect(results(page).getByText(t("explorer.also_found"))).toBeVisible();
  await expect(results(page)).not.toHaveAttribute("aria-busy");
  // The same field, not a copy: the app attached to the page.
  expect(await node.evaluate((input) => input.isConnected && input.value)).toBe("onderwijs");
  await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("onderwijs");
});

test("the pre-rendered page and the app's own render of it carry the same text", async ({ browser }) => {
  test.setTimeout(120_000);
  const paths = ["nl/", "en/projects/", "de/projects/twents-fonds-voor-vakmanschap/", "nl/money/", "en/municipalities/enschede/", "nl/programmes/rdt/", "de/glossary/"];
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const app = await browser.newContext();
  for (const path of paths) {
    const without = await plain.newPage();
    await without.goto(`/${path}`);
    const withApp = await app.newPage();
    await withApp.goto(`/${path}`);
    await waitForApp(withApp);
    // The pre-rendered text minus the note that only shows without script.
    expect(await mainText(withApp), path).toBe(await mainText(without));
    await without.close();
    await withApp.close();
  }
  await plain.close();
  await app.close();
});

test("the old addresses, with the view in the query string, lead to their pages", async ({ page }) => {
  const cases = [
    ["/?project=talentit", "/nl/projects/talentit/"],
    ["/?project=talentit&lang=en&line=arbeidsmarkt-talent", "/en/projects/talentit/?line=arbeidsmarkt-talent"],
    ["/?view=money", "/nl/money/"],
    ["/?view=projects&q=fonds&programme=rdt", "/nl/projects/?q=fonds&programme=rdt"],
    ["/?view=programme&id=rdt", "/nl/programmes/rdt/"],
    ["/?view=municipality&id=enschede&lang=de", "/de/municipalities/enschede/"],
    ["/?view=compare&ids=talentit,grenswerk", "/nl/compare/?ids=talentit%2Cgrenswerk"],
    ["/?lang=en", "/en/"],
    ["/gemeente/apps/twente/?view=projects&embed=1&municipality=enschede&lock=municipality", "/gemeente/apps/twente/nl/projects/?embed=1&municipality=enschede&lock=municipality"],
  ];
  for (const [old, now] of cases) {
    // A language chosen by address is remembered: start each case without one.
    await page.evaluate(() => localStorage.clear()).catch(() => undefined);
    await page.goto(old);
    await expect(page, old).toHaveURL(new URL(now, page.url()).href);
    await waitForApp(page);
    await expect(mainHeading(page)).not.toBeEmpty();
  }
});

test("the stored language and theme apply before the first paint", async ({ page }) => {
  await page.goto("/nl/");
  // Once the app has started (it remembers the page's language, nl, when it does).
  await waitForApp(page);
  await page.evaluate(() => {
    localStorage.setItem("twente-lang", "de");
    localStorage.setItem("twente-scheme", "dark");
  });
  // What the page looked like when it was first painted: head.js has run, the wasm not yet.
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      window.__atFirstPaint = { theme: document.documentElement.dataset.theme, path: location.pathname };
    });
  });
  await page.goto("/");
  await expect(page).toHaveURL(/\/de\/$/);
  expect(await page.evaluate(() => window.__atFirstPaint)).toEqual({ theme: "dark", path: "/de/" });
  await waitForApp(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test("each page has its own title, description, language and preview, and no link the build cannot know", async ({ page }) => {
  const project = dataset.projects.find((p) => p.id === "talentit");
  await page.goto("/en/projects/talentit/");
  await expect(page).toHaveTitle(new RegExp(`^TalentIT`));
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description.slice(0, 40)).toBe((project.description.en || project.description.nl).slice(0, 40));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", await page.title());
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", description);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Built without a public address: no canonical link and no sitemap rather than wrong ones.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  expect((await page.request.get("/sitemap.xml")).status()).toBe(404);
  await page.goto("/de/money/");
  await expect(page).toHaveTitle(new RegExp(`^${t("nav.money", {}, "de")}`));
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toBe(t("money.intro", {}, "de").slice(0, 200).trim() + (t("money.intro", {}, "de").length > 200 ? "…" : ""));
});
