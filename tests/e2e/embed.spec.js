// Embedding: the explorer in an intranet page of another origin under its own strict CSP, with the
// explorer's host script (embed.js): no site chrome, a locked filter, a frame as tall as its
// content, the new view's heading in view, links to other sites outside the frame, the public
// address shared, two explorers on one page; and an embedding site's fixed filter.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures.js";
import { mainHeading, municipalityProjects, resultLinks, t, waitForApp } from "./helpers.js";

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT || 4175}/`;
const enschede = municipalityProjects("enschede").length;
const lockedChip = (page) => page.getByRole("group", { name: t("explorer.active_filters") }).getByRole("listitem").filter({ hasText: t("embed.locked") });

/** How far the frame's height is from the height of the explorer's content in it, in pixels. */
async function heightMismatch(page, frame = "#explorer") {
  const frameHeight = await page.locator(frame).evaluate((f) => f.getBoundingClientRect().height);
  const content = await page.frameLocator(frame).locator("#app").evaluate((app) => app.getBoundingClientRect().bottom + scrollY);
  return Math.abs(frameHeight - content);
}
const fits = (page, frame) => expect.poll(() => heightMismatch(page, frame), { message: "the frame is as tall as its content" }).toBeLessThanOrEqual(40);

test("embedded in an intranet page of another origin: no site chrome, a locked municipality, pages inside, no CSP violation", async ({ page }) => {
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
  // The embed bar says whose app this is: the accessibility statement, what it keeps in the
  // browser, its version.
  const bar = frame.getByRole("banner");
  await expect(bar.getByRole("link", { name: t("footer.accessibility") })).toHaveAttribute("href", /accessibility\/\?.*embed=1/);
  await bar.getByText(t("embed.privacy"), { exact: true }).click();
  await expect(bar.getByText(t("embed.privacy_text"))).toBeVisible();
  await expect(bar).toContainText(/\d+\.\d+\.\d+/);
  // Axe in the host page and into the frame (it follows frames), the privacy note open.
  const found = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
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
  // A project opens inside the embed, which keeps its settings.
  await resultLinks(frame).first().click();
  await expect(mainHeading(frame)).not.toHaveText(t("explorer.heading"));
  expect(page.frames()[1].url()).toMatch(/embed=1/);
  expect(page.frames()[1].url()).toMatch(/lock=municipality/);
  const full = frame.getByRole("link", { name: t("embed.open_full") });
  await expect(full).toHaveAttribute("target", "_blank");
  expect(await full.getAttribute("href")).not.toMatch(/embed=1|lock=/);
  // The automatic problem check covers the host page and the frame (fixtures.spec.js shows it).
});

for (const width of [1280, 390]) {
  test.describe(`a host page ${width} px wide, with embed.js under its own strict CSP`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("the frame is as tall as its content after loading, filtering, opening a project and going back", async ({ page }) => {
      await page.goto(HOST);
      const frame = page.frameLocator("#explorer");
      await waitForApp(frame);
      await fits(page);
      // A search that finds nothing: the frame shrinks with its content.
      const before = await page.locator("#explorer").evaluate((f) => f.getBoundingClientRect().height);
      const search = frame.getByRole("searchbox", { name: t("explorer.search_label") });
      await search.fill("qqqq");
      await expect(frame.getByTestId("result-count")).toHaveText(t("explorer.results_count", { count: 0 }));
      await fits(page);
      // On a phone the filters are folded away, so the page without results is much shorter.
      if (width < 600) expect(await page.locator("#explorer").evaluate((f) => f.getBoundingClientRect().height)).toBeLessThan(before - 200);
      await search.fill("");
      await resultLinks(frame).first().click();
      await expect(mainHeading(frame)).not.toHaveText(t("explorer.heading"));
      await fits(page);
      // Back in the frame (the browser's Back button takes the frame's own history first).
      await page.frames()[1].evaluate(() => history.back());
      await expect(mainHeading(frame)).toHaveText(t("explorer.heading"));
      await fits(page);
    });

    test("opening a project from low in the list brings its heading into view", async ({ page }) => {
      await page.goto(HOST);
      const frame = page.frameLocator("#explorer");
      await waitForApp(frame);
      await fits(page);
      const last = resultLinks(frame).last();
      const name = (await last.textContent()).trim();
      await last.scrollIntoViewIfNeeded();
      await last.click();
      await expect(mainHeading(frame)).toHaveText(name);
      // The heading is within the host's window, not above or below it.
      await expect
        .poll(async () => {
          const top = await page.locator("#explorer").evaluate((f) => f.getBoundingClientRect().top);
          const heading = await mainHeading(frame).evaluate((h) => h.getBoundingClientRect().top);
          return top + heading;
        })
        .toBeGreaterThanOrEqual(0);
      const top = await page.locator("#explorer").evaluate((f) => f.getBoundingClientRect().top);
      const heading = await mainHeading(frame).evaluate((h) => h.getBoundingClientRect().bottom);
      expect(top + heading).toBeLessThanOrEqual(800);
      await expect(mainHeading(frame)).toBeFocused();
    });
  });
}

test("a link to another site opens outside the frame, and the explorer stays", async ({ page, context }) => {
  // The other site itself is not part of the test: whatever it is, it answers with a page.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>elders</title>" }));
  await page.goto(HOST);
  const frame = page.frameLocator("#explorer");
  await waitForApp(frame);
  await resultLinks(frame).first().click();
  await expect(mainHeading(frame)).not.toHaveText(t("explorer.heading"));
  const address = page.frames()[1].url();
  const outside = frame.locator("main a[href^='http']:not([href*='127.0.0.1'])").first();
  const href = await outside.getAttribute("href");
  const [opened] = await Promise.all([context.waitForEvent("page"), outside.click()]);
  expect(opened.url()).toBe(new URL(href).href);
  expect(page.frames()[1].url()).toBe(address);
  await opened.close();
});

test("with links=top, a link to another site replaces the embedding page, as the host chose", async ({ page, context }) => {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>elders</title>" }));
  await page.goto(`${HOST}top`);
  const frame = page.frameLocator("#explorer");
  await waitForApp(frame);
  await resultLinks(frame).first().click();
  await expect(mainHeading(frame)).not.toHaveText(t("explorer.heading"));
  expect(page.frames()[1].url()).toMatch(/links=top/);
  const outside = frame.locator("main a[href^='http']:not([href*='127.0.0.1'])").first();
  const href = await outside.getAttribute("href");
  await outside.click();
  await expect(page).toHaveURL(new URL(href).href);
});

test("'Deel link' in a frame shares the public address, without embed and lock", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(HOST);
  const frame = page.frameLocator("#explorer");
  await waitForApp(frame);
  await frame.getByRole("button", { name: t("tools.share") }).click();
  await expect(frame.getByRole("status").filter({ hasText: t("tools.copied") })).toHaveText(t("tools.copied"));
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  const inFrame = new URL(page.frames()[1].url());
  expect(shared).not.toMatch(/embed=|lock=/);
  const url = new URL(shared);
  expect(url.origin + url.pathname).toBe(inFrame.origin + inFrame.pathname);
  expect(url.searchParams.getAll("municipality")).toEqual(["enschede"]);
});

test("two explorers on one page: each frame gets its own height", async ({ page }) => {
  await page.goto(`${HOST}two`);
  await waitForApp(page.frameLocator("#first"));
  await waitForApp(page.frameLocator("#second"));
  await fits(page, "#first");
  // The browser renders a frame of another origin only once it is in view (it measures nothing
  // before): the reader scrolls to the second explorer.
  await page.locator("#second").scrollIntoViewIfNeeded();
  await fits(page, "#second");
  await fits(page, "#first");
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

test("with WebAssembly blocked, an embed of a locked municipality shows the embed bar, no site header, and says plainly that its list is not filtered", async ({ page, allowProblems }) => {
  allowProblems(/WebAssembly/);
  await page.addInitScript(() => delete globalThis.WebAssembly);
  await page.goto(HOST);
  const frame = page.frameLocator("#explorer");
  await expect(frame.locator("html")).toHaveAttribute("data-app", "failed");
  await expect(mainHeading(frame)).toHaveText(t("explorer.heading"));
  // The one banner is the embed bar: whose app this is, the full explorer, the statement, privacy.
  const bar = frame.getByRole("banner");
  await expect(bar).toHaveCount(1);
  await expect(bar.getByRole("link", { name: t("embed.open_full") })).toHaveAttribute("target", "_blank");
  await expect(bar.getByRole("link", { name: t("footer.accessibility") })).toBeVisible();
  await bar.getByText(t("embed.privacy"), { exact: true }).click();
  await expect(bar.getByText(t("embed.privacy_text"))).toBeVisible();
  await expect(frame.getByRole("link", { name: t("app_name"), exact: true })).toBeHidden();
  await expect(frame.getByRole("navigation", { name: t("nav_label") })).toBeHidden();
  await expect(frame.getByRole("contentinfo")).toBeHidden();
  await expect(frame.getByText(t("explorer.unfiltered"))).toBeVisible();
  await expect(frame.getByText(t("explorer.updating"))).toBeHidden();
  await expect(frame.locator("[data-updates]")).not.toHaveAttribute("aria-busy");
});

test("an address with a filter says its list is being updated until the app applies it, from the first paint", async ({ page }) => {
  // The slow mount answers the dataset after 5 s: the built, unfiltered list shows meanwhile.
  await page.goto("/fault/slow/nl/projects/?municipality=enschede&embed=1");
  await expect(page.getByText(t("explorer.updating"))).toBeVisible();
  await expect(page.locator("[data-updates]")).toHaveAttribute("aria-busy", "true");
  // The built count is the unfiltered one: it is not claimed meanwhile (issue 26).
  await expect(page.getByTestId("result-count")).toBeHidden();
  // Embedded from the first paint: the embed bar, not the site header.
  await expect(page.getByRole("banner")).toHaveClass("embed-bar");
  await expect(page.getByRole("navigation", { name: t("nav_label") })).toBeHidden();
  await waitForApp(page);
  await expect(page.getByTestId("result-count")).toHaveText(t("explorer.results_count", { count: enschede }));
  await expect(page.getByText(t("explorer.updating"))).toBeHidden();
  await expect(page.locator("[data-updates]")).not.toHaveAttribute("aria-busy");
  await expect(page.getByText(t("explorer.unfiltered"))).toBeHidden();
});

test("own colours: theme.css, edited on the built copy, applies with theme=own on every page, with no integrity error", async ({ page, context }) => {
  const asked = [];
  // The file as a web team edited it on their server (the context's route also sees the service
  // worker's requests).
  await context.route("**/theme.css", (route) => {
    asked.push(route.request().url());
    route.fulfill({ contentType: "text/css", body: ':root[data-theme="own"] { --twente-color-primary: #8a1538; }' });
  });
  const primary = () => page.locator("html").evaluate((html) => getComputedStyle(html).getPropertyValue("--twente-color-primary").trim());
  await page.goto("/nl/projects/");
  await waitForApp(page);
  expect(asked).toHaveLength(0);
  expect(await primary()).not.toBe("#8a1538");
  await page.goto("/nl/projects/?theme=own&embed=1");
  await expect.poll(primary).toBe("#8a1538");
  await waitForApp(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "own");
  // The theme travels with the links: a project opened in the app, then loaded anew.
  await resultLinks(page).first().click();
  await expect(mainHeading(page)).not.toHaveText(t("explorer.heading"));
  expect(new URL(page.url()).searchParams.get("theme")).toBe("own");
  expect(await primary()).toBe("#8a1538");
  await page.reload();
  await expect.poll(primary).toBe("#8a1538");
  // The automatic problem check fails the test on an integrity or CSP error.
});

test("one chart alone in a frame: the chart with its table, its note and the page's sources, nothing else of the page", async ({ page }) => {
  await page.goto("/nl/money/?embed=1&chart=rijksmiddelen-gecommitteerd");
  await waitForApp(page);
  const chart = page.locator("#chart-rijksmiddelen-gecommitteerd");
  await expect(chart).toBeVisible();
  await expect(chart.getByRole("img").first()).toBeVisible();
  await chart.getByText(t("chart.show_table")).click();
  await expect(chart.getByRole("table")).toBeVisible();
  await expect(page.locator("#chart-rijksmiddelen-gecommitteerd + .note .source-ref")).toBeVisible();
  await expect(page.getByRole("heading", { name: t("field.sources"), exact: true })).toBeVisible();
  // The rest of the page is not shown: its heading and its other charts.
  await expect(mainHeading(page)).toBeHidden();
  const others = page.locator("figure.chart:not(#chart-rijksmiddelen-gecommitteerd)");
  expect(await others.count()).toBeGreaterThan(0);
  for (const other of await others.all()) await expect(other).toBeHidden();
  // Without embed=1 the parameter does nothing: the whole page.
  await page.goto("/nl/money/?chart=rijksmiddelen-gecommitteerd");
  await expect(mainHeading(page)).toBeVisible();
  await expect(page.locator("figure.chart").nth(1)).toBeVisible();
});

// The embed builder: a web team composes an embed, copies its code, and pastes it into their own
// page, served on another origin under a Content-Security-Policy made of the builder's own lines.
for (const width of [1280, 390]) {
  test.describe(`the embed builder, ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });

    /** Copies the builder's code with its button and returns it, as the clipboard has it. */
    async function copyCode(page) {
      const code = page.locator("#builder-code");
      await page.getByRole("button", { name: `${t("builder.copy")} ${t("builder.code_label")}` }).click();
      await expect(page.locator("#builder-code ~ .builder__copy-tools").getByRole("status")).toHaveText(t("builder.copied"));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await code.textContent());
      return copied;
    }

    /** Opens a host page on the host's origin with `snippet` pasted in, served with `policy` as its CSP. */
    async function pasteIntoHostPage(page, snippet, policy) {
      await page.goto(`${HOST}pasted?${new URLSearchParams({ code: snippet, policy })}`);
    }

    test("its code, pasted into a host page under the CSP it names, shows the configured view: a locked municipality, and one chart", async ({ page, context }) => {
      test.setTimeout(60_000);
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      // Reached from the footer of any page.
      await page.goto("/gemeente/apps/twente/nl/");
      await waitForApp(page);
      await page.getByRole("contentinfo").getByRole("link", { name: t("footer.embed") }).click();
      await expect(mainHeading(page)).toHaveText(t("builder.title"));
      await waitForApp(page);
      const found = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

      // The list of one municipality, locked.
      await page.getByLabel(t("facet.municipality"), { exact: true }).selectOption({ label: "Enschede" });
      await page.getByLabel(t("builder.lock"), { exact: true }).check();
      await page.getByLabel(t("builder.frame_title"), { exact: true }).fill("Projecten in Enschede");
      // The preview shows it at once, as the host page will.
      const preview = page.frameLocator("iframe.builder__frame");
      await expect(preview.getByTestId("result-count")).toHaveText(t("explorer.results_count", { count: enschede }));
      const policy = `default-src 'self'; style-src 'self'; img-src 'self'; ${await page.locator("#builder-host-policy").textContent()}`;
      const list = await copyCode(page);
      expect(list).toContain('title="Projecten in Enschede"');
      await pasteIntoHostPage(page, list, policy);
      const frame = page.frameLocator("iframe[data-twente-embed]");
      await expect(frame.getByTestId("result-count")).toHaveText(t("explorer.results_count", { count: enschede }));
      await expect(lockedChip(frame)).toContainText("Enschede");
      await expect(page.locator("iframe[data-twente-embed]")).toHaveAttribute("title", "Projecten in Enschede");
      await fits(page, "iframe[data-twente-embed]");

      // One chart, in English, with its table and source and nothing else of its page.
      await page.goBack();
      await waitForApp(page);
      await page.getByText(t("builder.shown_chart"), { exact: true }).click();
      const chartName = `${t("nav.money")}: ${t("money.committed_title")}`;
      await page.getByLabel(t("builder.chart"), { exact: true }).selectOption({ label: chartName });
      await page.getByRole("combobox", { name: t("prefs.language"), exact: true }).selectOption({ label: "English" });
      await expect(preview.locator("#chart-rijksmiddelen-gecommitteerd")).toBeVisible();
      const chart = await copyCode(page);
      expect(chart).toContain("/en/money/?");
      expect(chart).toContain("chart=rijksmiddelen-gecommitteerd");
      await pasteIntoHostPage(page, chart, policy);
      const chartFrame = page.frameLocator("iframe[data-twente-embed]");
      const figure = chartFrame.locator("#chart-rijksmiddelen-gecommitteerd");
      await expect(figure).toBeVisible();
      await expect(figure.getByRole("heading")).toHaveText(t("money.committed_title", {}, "en"));
      await expect(chartFrame.locator("html")).toHaveAttribute("lang", "en");
      await expect(mainHeading(chartFrame)).toBeHidden();
      for (const other of await chartFrame.locator("figure.chart:not(#chart-rijksmiddelen-gecommitteerd)").all()) await expect(other).toBeHidden();
      await fits(page, "iframe[data-twente-embed]");
      // The automatic problem check covers the host page and its frame: no CSP violation, no error.
    });
  });
}
