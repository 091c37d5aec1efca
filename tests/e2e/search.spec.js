// Search in three languages (docs/search.md): word forms, typing errors, relevance, why a result
// matched, and the records besides projects the report names, with the pages of organisations.
import { test, expect } from "./fixtures.js";
import AxeBuilder from "@axe-core/playwright";
import { LANGS, dataset, mainHeading, resultLinks, results, t, waitForApp } from "./helpers.js";

const search = (page) => page.getByRole("searchbox", { name: t("explorer.search_label") });
const count = (page) => page.getByTestId("result-count");
const alsoFound = (page) => page.getByRole("region", { name: t("explorer.also_found") });

test("a plural finds what its base form finds, the best match first, ordered by relevance", async ({ page }) => {
  await page.goto("/nl/projects/");
  await waitForApp(page);
  await search(page).fill("fonds");
  await expect(page).toHaveURL(/q=fonds$/);
  const base = await count(page).textContent();
  await search(page).fill("fondsen");
  await expect(page).toHaveURL(/q=fondsen$/);
  await expect(count(page)).toHaveText(base);
  await expect(resultLinks(page).first()).toHaveText("Twents Fonds voor Vakmanschap");
  // Relevance is the order the reader did not choose, so the address does not carry it.
  await expect(page.getByLabel(t("explorer.sort_label"))).toHaveValue("relevance");
  // The forms found are marked, not only the letters typed.
  await expect(results(page).locator("mark", { hasText: /^fonds$/i }).first()).toBeVisible();
  // The reader can still sort by name.
  await page.getByLabel(t("explorer.sort_label")).selectOption({ label: t("sort.name_asc") });
  await expect(page).toHaveURL(/q=fondsen&sort=name/);
  const names = await resultLinks(page).allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "nl")));
});

test("a typing error says so, and offers the search as the dataset spells it", async ({ page }) => {
  await page.goto("/nl/projects/?q=vakmanshap");
  await waitForApp(page);
  const note = page.getByRole("status").filter({ hasText: t("explorer.typo_note") });
  await expect(note).toContainText(t("explorer.did_you_mean"));
  await expect(resultLinks(page).first()).toHaveText("Twents Fonds voor Vakmanschap");
  await note.getByRole("link", { name: "vakmanschap" }).click();
  await expect(page).toHaveURL(/q=vakmanschap$/);
  await expect(page.getByText(t("explorer.typo_note"))).toHaveCount(0);
});

test("a result found by another field than its name says where", async ({ page }) => {
  await page.goto("/nl/projects/");
  await waitForApp(page);
  await search(page).fill("rabobank");
  const row = results(page).getByRole("listitem").filter({ has: page.getByRole("link", { name: "Mineral Valley Twente" }) });
  await expect(row).toContainText(t("explorer.found_in", { fields: t("match_field.organisation") }));
});

test("the names the report gives lead to their records: organisations in no project, activities, programmes", async ({ page }) => {
  await page.goto("/nl/projects/");
  await waitForApp(page);
  for (const [query, name, kind, address] of [
    ["werkplein", "Werkplein", "organisation", /\/nl\/organisations\/werkplein\/\?q=werkplein$/],
    ["werkplein", "Werkplein", "basis", /\/nl\/basis\/\?q=werkplein#basis-werkplein$/],
    ["smart-loket", "Novel-T", "basis", /\/nl\/basis\/\?q=smart-loket#basis-novel-t$/],
    ["twente report", "Communicatie & Monitoring", "basis", /\/nl\/basis\/\?q=twente\+report#basis-communicatie-monitoring$/],
    ["regio deal", "Regio Deal Twente", "programme", /\/nl\/programmes\/rdt\/\?q=regio\+deal$/],
  ]) {
    await search(page).fill(query);
    const link = alsoFound(page).getByRole("link", { name: `${name} ${t(`record_kind.${kind}`)}`, exact: true });
    await expect(link, query).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(address);
    await page.goBack();
    await expect(search(page)).toHaveValue(query);
  }
  // An organisation's page names what it is, its part of the basic infrastructure and its source.
  await search(page).fill("pioneering");
  await alsoFound(page).getByRole("link", { name: `Pioneering ${t("record_kind.organisation")}`, exact: true }).click();
  await expect(mainHeading(page)).toHaveText("Pioneering");
  await expect(page.getByRole("main")).toContainText(t("organisation.no_projects"));
  await expect(page.getByRole("main")).toContainText("Netwerk Bouw & Infra");
  await expect(page).toHaveTitle(t("page_title", { page: "Pioneering" }));
});

test("an organisation's projects link to it and back, and its page works without JavaScript", async ({ browser }) => {
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const page = await plain.newPage();
  await page.goto("/nl/organisations/gemeente-enschede/");
  await expect(mainHeading(page)).toHaveText("Gemeente Enschede");
  await expect(page).toHaveTitle(t("page_title", { page: "Gemeente Enschede" }));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", t("organisation.description", { name: "Gemeente Enschede" }));
  const involved = dataset.projects.filter((p) => p.participants?.some((x) => x.organisation === "gemeente-enschede") || p.funding?.some((f) => f.funder === "gemeente-enschede"));
  await expect(page.getByRole("main")).toContainText(t("organisation.projects_intro", { count: involved.length }));
  await page.getByRole("link", { name: "Twents Fonds voor Vakmanschap" }).click();
  await expect(mainHeading(page)).toHaveText("Twents Fonds voor Vakmanschap");
  // The project page links the organisation back.
  await page.getByRole("link", { name: "Gemeente Enschede" }).first().click();
  await expect(page).toHaveURL(/\/nl\/organisations\/gemeente-enschede\/$/);
  await plain.close();
});

for (const lang of LANGS) {
  test(`axe: zero violations on an organisation page and on a search with notes and records, in ${lang}`, async ({ page }) => {
    for (const path of [`${lang}/organisations/novel-t/`, `${lang}/organisations/werkplein/`, `${lang}/projects/?q=vakmanshap`, `${lang}/projects/?q=werkplein`]) {
      await page.goto(`/${path}`);
      await waitForApp(page);
      const found = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      expect(found.violations.map((v) => `${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
}
