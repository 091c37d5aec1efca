// Keyboard and screen-reader users (issue 27, first part): after an action replaces what had focus,
// focus goes where the reader expects, never to the page's body; the search is a real form where
// the app cannot run; names contain the visible text.
import { test, expect } from "./fixtures.js";
import { dataset, facetValue, LANGS, resultLinks, t, waitForApp, waitForCharts } from "./helpers.js";

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
  // Focus goes to the comparison it made, announced by its caption; Shift+Tab returns to the button.
  await expect(page.getByRole("table", { name: t("compare.caption_projects", { count: 2 }) })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: t("compare.apply") })).toBeFocused();
});

/** The text of the page's live regions that a screen reader can perceive now (shown, not hidden). */
const announced = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("[role=status], [role=alert], [aria-live]")]
      .filter((region) => region.checkVisibility() && region.closest("[aria-busy=true]") === null)
      .map((region) => region.innerText.trim())
      .filter(Boolean)
      .join(" | "),
  );

test("each step by keyboard is announced: the result count after a search, a filter, a chip and clearing", async ({ page }) => {
  await page.goto("/nl/projects/");
  await waitForApp(page);
  const all = t("explorer.results_count", { count: dataset.projects.length });
  await expect.poll(() => announced(page)).toContain(all);
  await page.keyboard.press("/");
  await expect(page.locator("#search-input")).toBeFocused();
  await page.keyboard.type("fonds");
  await expect.poll(() => announced(page)).not.toContain(all);
  const searched = await announced(page);
  expect(searched).toMatch(/Gevonden projecten: [1-9]\d*/);
  // A filter, ticked with Space.
  const enschede = dataset.municipalities.find((m) => m.id === "enschede").name;
  const box = page.getByRole("checkbox", { name: facetValue(enschede) });
  await box.focus();
  await page.keyboard.press("Space");
  await expect.poll(() => announced(page)).not.toBe(searched);
  // Its chip (not the search text's), removed with Enter: back to the search's count.
  await page.locator(".active-filters .chips button").filter({ hasText: enschede }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => announced(page)).toBe(searched);
  await page.getByRole("button", { name: t("explorer.clear_all") }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => announced(page)).toContain(all);
  expect((await focused(page)).body).toBe(false);
  // In the search field "/" is a character like any other, not the shortcut (WCAG 2.1.4).
  await page.locator("#search-input").fill("");
  await page.locator("#search-input").press("/");
  await expect(page.locator("#search-input")).toHaveValue("/");
});

test.describe("where WebAssembly cannot run", () => {
  test("by keyboard: a filter ticked says it does not apply, every project is listed, a project opens and Back returns to it", async ({ page, allowProblems }) => {
    allowProblems(/WebAssembly/);
    await page.addInitScript(() => delete globalThis.WebAssembly);
    await page.goto("/nl/projects/");
    await expect(page.locator("html")).toHaveAttribute("data-app", "failed");
    // No pages to turn: the built page lists every project.
    await expect(resultLinks(page)).toHaveCount(dataset.projects.length);
    await expect(page.getByRole("navigation", { name: t("explorer.pagination") })).toBeHidden();
    const box = page.getByRole("checkbox", { name: facetValue(dataset.municipalities.find((m) => m.id === "enschede").name) });
    await expect(page.getByText(t("explorer.unfiltered"))).toBeHidden();
    await box.focus();
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
    // Said in a live region, so a screen reader hears it at once.
    await expect.poll(() => announced(page)).toContain(t("explorer.unfiltered"));
    await page.keyboard.press("Space");
    await expect(page.getByText(t("explorer.unfiltered"))).toBeHidden();
    // A project, by Enter, and Back.
    const link = resultLinks(page).nth(55);
    const name = (await link.textContent()).trim();
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(name);
    await page.goBack();
    await expect(page.locator("html")).toHaveAttribute("data-app", "failed");
    await expect(resultLinks(page).filter({ hasText: name })).toBeInViewport();
  });


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

/** WCAG's contrast ratio of two "rgb(...)" colours. */
function ratio(a, b) {
  const lum = (c) => {
    const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const scheme of ["light", "dark"]) {
  test(`every focus indicator reaches 3:1 against what surrounds it, ${scheme} mode (axe cannot compute this)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const failures = [];
    let checked = 0;
    for (const path of ["/nl/", "/nl/projects/", "/nl/projects/talentit/", "/nl/money/", "/nl/municipalities/", "/nl/compare/", "/nl/accessibility/"]) {
      await page.goto(path);
      await waitForApp(page);
      await waitForCharts(page);
      const seen = new Set();
      // Tab through the page as a keyboard user does, so that :focus-visible applies.
      for (let i = 0; i < 250; i++) {
        await page.keyboard.press("Tab");
        const indicator = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const key = el.outerHTML.slice(0, 200) + el.getBoundingClientRect().top;
          // A chart's link shows its focus as the stroke of its shape (style/app.css).
          const hit = el.matches(".chart__link") ? el.querySelector(".chart__hit") : null;
          const style = getComputedStyle(hit ?? el);
          const colours = hit
            ? [style.stroke]
            : [style.outlineStyle === "none" ? null : style.outlineColor, style.boxShadow.match(/rgba?\([^)]*\)/)?.[0]].filter(Boolean);
          // The colour around it: the first ancestor with a background of its own.
          let node = el.parentElement;
          while (node && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(node).backgroundColor)) node = node.parentElement;
          const background = node ? getComputedStyle(node).backgroundColor : "rgb(255, 255, 255)";
          return { key, colours, background, name: `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}"` };
        });
        if (!indicator) continue;
        if (seen.has(indicator.key)) break;
        seen.add(indicator.key);
        checked++;
        const best = Math.max(0, ...indicator.colours.map((c) => ratio(c, indicator.background)));
        if (best < 3) failures.push(`${path} ${indicator.name}: ${indicator.colours.join(" / ") || "no indicator"} on ${indicator.background}: ${best.toFixed(2)}:1`);
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(failures).toEqual([]);
  });
}

test("the statement follows the Dutch model: a status, a dated evaluation, known problems with measures, a contact and the ombudsman", async ({ page }) => {
  for (const lang of LANGS) {
    await page.goto(`/${lang}/accessibility/`);
    await waitForApp(page);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: t("accessibility.status_title", {}, lang) })).toBeVisible();
    await expect(main.getByText(t("accessibility.status", {}, lang))).toBeVisible();
    // The evaluation has its date.
    const tested = await main.getByText(t("accessibility.tested", { date: "X" }, lang).split("X")[0]).textContent();
    expect(tested).toMatch(/20\d\d/);
    await expect(main.getByRole("heading", { level: 2, name: t("accessibility.problems_title", {}, lang) })).toBeVisible();
    const contact = main.getByText(t("accessibility.contact", {}, lang)).getByRole("link");
    expect(await contact.getAttribute("href")).toMatch(/^(mailto:[^@\s]+@[^@\s]+\.[a-z]+|https:\/\/)/);
    await expect(main.getByRole("link", { name: "www.nationaleombudsman.nl" })).toHaveAttribute("href", "https://www.nationaleombudsman.nl");
  }
});

test("a source title in another language than the page's is marked with its lang (WCAG 3.1.2)", async ({ page }) => {
  const english = dataset.sources.find((s) => s.language === "en");
  const cited = dataset.projects.find((p) => JSON.stringify(p).includes(`"${english.id}"`));
  const dutch = dataset.sources.find((s) => !s.language && JSON.stringify(cited).includes(`"${s.id}"`));
  const titles = (page) => page.locator(".page-sources li");
  await page.goto(`/en/projects/${cited.id}/`);
  await waitForApp(page);
  await expect(titles(page).filter({ hasText: dutch.title })).toHaveAttribute("lang", "nl");
  await expect(titles(page).filter({ hasText: english.title })).not.toHaveAttribute("lang");
  await page.goto(`/nl/projects/${cited.id}/`);
  await waitForApp(page);
  await expect(titles(page).filter({ hasText: english.title })).toHaveAttribute("lang", "en");
  await expect(titles(page).filter({ hasText: dutch.title })).not.toHaveAttribute("lang");
});

test("every control is a target of at least 24 by 24 px, or spaced as WCAG 2.5.8 allows, or a link inside a sentence", async ({ page }) => {
  const small = [];
  for (const path of ["/nl/", "/nl/projects/", "/nl/projects/talentit/", "/nl/money/", "/nl/municipalities/", "/nl/compare/"]) {
    await page.goto(path);
    await waitForApp(page);
    await waitForCharts(page);
    small.push(
      ...(await page.evaluate(() => {
        const targets = [];
        for (const el of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, summary, textarea")) {
          if (!el.checkVisibility() || el.getClientRects().length === 0 || el.closest(".visually-hidden")) continue;
          // A link in running text (WCAG's "inline" exception): its line, not the link, sets its size.
          if (el.matches("a") && !(el instanceof SVGElement) && getComputedStyle(el).display === "inline") {
            const block = el.parentElement.closest("p, li, td, dd, figcaption");
            if (block && block.textContent.replace(el.textContent, "").trim().length > 0) continue;
          }
          // A box with its label: a click on either ticks it.
          let { left, top, right, bottom } = el.getBoundingClientRect();
          for (const label of el.labels ?? []) {
            const r = label.getBoundingClientRect();
            [left, top, right, bottom] = [Math.min(left, r.left), Math.min(top, r.top), Math.max(right, r.right), Math.max(bottom, r.bottom)];
          }
          targets.push({ el, left, top, right, bottom, small: right - left < 24 || bottom - top < 24 });
        }
        // The spacing exception: a 24 px circle around an undersized target's centre meets no other
        // target, nor the circle of another undersized one.
        const centre = (t) => [(t.left + t.right) / 2, (t.top + t.bottom) / 2];
        const distanceToBox = ([x, y], t) => Math.hypot(Math.max(t.left - x, 0, x - t.right), Math.max(t.top - y, 0, y - t.bottom));
        const found = [];
        for (const t of targets.filter((t) => t.small)) {
          const c = centre(t);
          const crowded = targets.some((o) => o !== t && !o.el.contains(t.el) && !t.el.contains(o.el) && (o.small ? Math.hypot(c[0] - centre(o)[0], c[1] - centre(o)[1]) < 24 : distanceToBox(c, o) < 12));
          if (crowded) found.push(`${location.pathname} ${t.el.tagName.toLowerCase()}.${t.el.className?.baseVal ?? t.el.className} "${(t.el.textContent || t.el.getAttribute("aria-label") || "").trim().slice(0, 30)}" ${Math.round(t.right - t.left)}x${Math.round(t.bottom - t.top)}`);
        }
        return found;
      })),
    );
  }
  expect(small).toEqual([]);
});
