// Citing a figure (issue 25): every figure has an address that opens its page scrolled to it and
// marked, in nl, en and de; "Citeer" gives the figure, what it measures, its period, the source's
// title and address, the page's address and the data's date, as plain text and in APA style, with a
// copy button once the app runs; without JavaScript the disclosure still opens, with the text and
// a working address. A project page offers "Citeer dit project".
import { test, expect } from "./fixtures.js";
import AxeBuilder from "@axe-core/playwright";
import { LANGS, dataset, t, waitForApp } from "./helpers.js";

/** The month of the data (the report's), as each language writes it. */
const DATA_DATE = { nl: "mei 2020", en: "May 2020", de: "Mai 2020" };
const source = (id) => dataset.sources.find((s) => s.id === id);
const rdt = dataset.programmes.find((p) => p.id === "rdt");

/** Whether the element is the page's :target, marked, and on screen. */
async function expectOpenedAt(page, anchor) {
  const figure = page.locator(`#${anchor}`);
  await expect(figure).toBeInViewport();
  expect(await figure.evaluate((el) => el.matches(":target"))).toBe(true);
  expect(await figure.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  return figure;
}

for (const lang of LANGS) {
  test(`${lang}: a budget's address opens the programme page at it, and "Citeer" gives its citation in both styles, to copy`, async ({ page, context }) => {
    const budget = 3;
    const anchor = `figure-budget-rdt-${budget}`;
    await page.goto(`/${lang}/programmes/rdt/#${anchor}`);
    await waitForApp(page);
    const row = await expectOpenedAt(page, anchor);
    const [amount, period] = await row.getByRole("cell").allTextContents();
    await row.getByText(t("cite.action", {}, lang), { exact: true }).click();
    const cited = source(rdt.budgets[budget].source);
    const values = {
      figure: amount,
      measures: t("cite.budget", { programme: rdt.name }, lang),
      period: ` (${period})`,
      source: cited.title,
      url: `, ${cited.url}`,
      site: t("app_name", {}, lang),
      page: new URL(`/${lang}/programmes/rdt/#${anchor}`, page.url()).href,
      date: DATA_DATE[lang],
      author: cited.publisher,
      year: cited.published ? cited.published.slice(0, 4) : t("cite.no_date", {}, lang),
    };
    const plain = t("cite.plain", values, lang);
    const apa = t("cite.apa", { ...values, url: t("cite.original_source", { url: cited.url }, lang) }, lang);
    await expect(row.locator(".cite__text")).toHaveText([plain, apa]);
    // The address the citation names opens this figure.
    await expect(row.getByRole("link", { name: t("cite.link", {}, lang) })).toHaveAttribute("href", new RegExp(`#${anchor}$`));
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const buttons = row.getByRole("button", { name: new RegExp(t("cite.copy", {}, lang)) });
    await buttons.nth(1).click();
    await expect(row.getByRole("status").nth(1)).toHaveText(t("cite.copied", {}, lang));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
    await buttons.first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plain);
  });
}

test("a key figure, an indicator and a project's result open at their figure, each citing its own source", async ({ page }) => {
  const figure = dataset.key_figures.find((k) => k.id === "rdt-projecten-gestart");
  const indicator = dataset.indicators[2];
  const project = dataset.projects.find((p) => p.id === "talentit");
  for (const [path, anchor, label, sourceId] of [
    ["nl/", `figure-key-${figure.id}`, figure.label.nl, figure.source],
    ["en/indicators/", `figure-indicator-${indicator.id}`, indicator.label.en, indicator.source],
    ["de/projects/talentit/", "figure-result-talentit-0", project.results[0].label.de, project.results[0].source],
  ]) {
    await page.goto(`/${path}#${anchor}`);
    await waitForApp(page);
    const element = await expectOpenedAt(page, anchor);
    await element.locator(".cite > summary").click();
    const text = await element.locator(".cite__text").first().textContent();
    expect(text, path).toContain(label);
    expect(text, path).toContain(source(sourceId).title);
    expect(text, path).toContain(`/${path}#${anchor}`);
  }
});

test("a project page offers \"Citeer dit project\" with its name, sources and address", async ({ page }) => {
  const project = dataset.projects.find((p) => p.id === "talentit");
  await page.goto("/nl/projects/talentit/");
  await waitForApp(page);
  const cite = page.locator(".cite").filter({ has: page.getByText(t("cite.project"), { exact: true }) });
  await cite.locator("summary").click();
  const [plain, apa] = await cite.locator(".cite__text").allTextContents();
  expect(plain).toContain(project.name);
  expect(plain).toContain(new URL("/nl/projects/talentit/", page.url()).href);
  for (const id of project.sources) expect(plain).toContain(source(id).title);
  expect(apa).toMatch(new RegExp(`^${t("app_name")}\\. \\(2020\\)\\. ${project.name} \\[`));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a figure's address opens at the figure, and its citation is readable in the disclosure, with an address that works", async ({ page }) => {
    const indicator = dataset.indicators[0];
    const anchor = `figure-indicator-${indicator.id}`;
    await page.goto(`/de/indicators/#${anchor}`);
    const card = await expectOpenedAt(page, anchor);
    await card.getByText(t("cite.action", {}, "de"), { exact: true }).click();
    const [plain, apa] = await card.locator(".cite__text").allTextContents();
    expect(plain).toContain(indicator.label.de);
    expect(plain).toContain(`de/indicators/#${anchor}`);
    expect(plain).toContain(DATA_DATE.de);
    expect(apa).toContain(source(indicator.source).title);
    // No copy buttons without the app; the address link goes to the figure.
    await expect(card.getByRole("button")).toHaveCount(0);
    // From the page without the address, the link in the disclosure goes to the figure.
    await page.goto("/de/indicators/");
    await page.locator(`#${anchor}`).getByText(t("cite.action", {}, "de"), { exact: true }).click();
    await page.locator(`#${anchor}`).getByRole("link", { name: t("cite.link", {}, "de") }).click();
    await expect(page).toHaveURL(new RegExp(`/de/indicators/#${anchor}$`));
    await expectOpenedAt(page, anchor);
  });
});
