// Export, share, print, municipalities, compare, glossary, data quality.
import { test, expect } from "./fixtures.js";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { dataset, escapeRegExp, mainHeading, municipalityProjects, resultLinks, t, tPattern, waitForApp } from "./helpers.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CSV_HEADER = "id;name;kind;programmes;action_lines;status;municipalities;location;cross_border;lead;partners;start;end;funding_known_eur;funding_complete;description_nl;sources";

async function download(page, buttonName) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: buttonName }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("CSV export: BOM, ';', the documented header, one row per project of the current view, a telling file name", async ({ page }) => {
  await page.goto("/?view=projects&line=arbeidsmarkt-talent&not-status=closed");
  await waitForApp(page);
  const shown = Number((await page.getByTestId("result-count").textContent()).match(/\d+/)[0]);
  const { name, text } = await download(page, t("tools.csv"));
  expect(name).toMatch(/^investeren-in-twente_\d{4}-\d{2}-\d{2}_line-arbeidsmarkt-talent_not-status-closed\.csv$/);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  expect(lines[0]).toBe(CSV_HEADER);
  expect(lines.length - 1).toBe(shown);
  expect(text).toContain("Twents Fonds voor Vakmanschap");
});

test("JSON export passes the project's validator", async ({ page }) => {
  await page.goto("/?view=projects&programme=rdt");
  await waitForApp(page);
  const { name, text } = await download(page, t("tools.json"));
  expect(name).toMatch(/_programme-rdt\.json$/);
  const file = resolve(ROOT, "target/e2e-export.json");
  writeFileSync(file, text);
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "validate", "--", file], { cwd: ROOT, encoding: "utf8" });
  const expected = dataset.projects.filter((p) => p.programmes?.includes("rdt")).length;
  expect(out).toContain(`publishable (${expected} projects)`);
});

test("share copies the link to the current view and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?view=projects&q=fonds");
  await waitForApp(page);
  await page.getByRole("button", { name: t("tools.share") }).click();
  await expect(page.getByRole("status").filter({ hasText: t("tools.copied") })).toHaveText(t("tools.copied"));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("print: navigation hidden, the active filters in words, the data's date", async ({ page }) => {
  await page.goto("/?view=projects&programme=rdt&q=talent");
  await waitForApp(page);
  // What print hides: the main menu, the filters and the tools (share, print, downloads).
  const menu = page.getByRole("navigation", { name: t("nav_label"), includeHidden: true });
  const filters = page.getByRole("complementary", { name: t("explorer.filters"), includeHidden: true });
  const tools = [t("tools.share"), t("tools.print"), t("tools.csv"), t("tools.json")].map((name) => page.getByRole("button", { name, includeHidden: true }));
  for (const shown of [menu, filters, ...tools]) await expect(shown).toBeVisible();
  await expect(page.getByTestId("print-filters")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  for (const hidden of [menu, filters, ...tools]) await expect(hidden).toBeHidden();
  // What it shows instead: the filters in words and the data's date.
  const filterWords = `${t("explorer.search_chip", { text: "talent" })}; ${t("facet.programme")}: Regio Deal Twente`;
  await expect(page.getByTestId("print-filters")).toBeVisible();
  await expect(page.getByTestId("print-filters")).toHaveText(filterWords);
  await expect(page.getByText(tPattern("tools.data", { date: "mei 2020" }))).toBeVisible();
  await expect(resultLinks(page).first()).toBeVisible();
});

test("clicking a municipality tile filters the list; the list alternative gives the same counts", async ({ page }) => {
  await page.goto("/?view=municipalities");
  await waitForApp(page);
  const list = page.getByTestId("municipality-list");
  // Each row reads "<name>: <count> · pagina".
  const row = new RegExp(`^(.+): (\\d+) · ${escapeRegExp(t("municipalities.page_link"))}$`);
  const rowCount = async (li) => Number((await li.textContent()).trim().match(row)[2]);
  const expected = municipalityProjects("enschede").length;
  expect(await rowCount(list.getByRole("listitem").filter({ hasText: "Enschede" }))).toBe(expected);
  const rows = await list.getByRole("listitem").all();
  expect(rows.length).toBe(dataset.municipalities.length);
  // The tiles of the map are links over the picture, one per municipality, with the list's count.
  const map = page.getByRole("figure", { name: new RegExp(`^${escapeRegExp(t("municipalities.map_title"))}`) });
  for (const li of rows) {
    const name = await li.getByRole("link").first().textContent();
    const count = await rowCount(li);
    await expect(map.getByRole("link", { name: t("municipalities.tile_link", { name, count }), exact: true })).toHaveCount(1);
  }
  await map.getByRole("link", { name: t("municipalities.tile_link", { name: "Enschede", count: expected }), exact: true }).click();
  await expect(page).toHaveURL(/municipality=enschede/);
  await expect(page.getByTestId("result-count")).toHaveText(t("explorer.results_count", { count: expected }));
});

test("a municipality page lists every project it hosts, its government takes part in or that is for all of Twente, as its filter does", async ({ page }) => {
  for (const [id, name] of [["almelo", "Almelo"], ["enschede", "Enschede"]]) {
    await page.goto(`/nl/municipalities/${id}/`);
    await waitForApp(page);
    await expect(mainHeading(page)).toHaveText(name);
    const projects = municipalityProjects(id);
    const items = page.getByRole("main").locator(".project-lines > li");
    await expect(items).toHaveCount(projects.length);
    const shown = await items.evaluateAll((lis) => lis.map((li) => li.querySelector("a").textContent));
    expect(shown.sort()).toEqual(projects.map((p) => p.name).sort());
    // A line of description and the money, or that the sources do not give it, under each.
    await expect(items.filter({ hasText: t("field.funding") })).toHaveCount(projects.length);
    // The region's projects have a section of their own.
    await expect(page.getByRole("heading", { level: 2, name: t("municipalities.whole_region") })).toBeVisible();
    // The explorer's filter gives the same set.
    await page.getByRole("link", { name: t("municipalities.to_explorer") }).click();
    await expect(page.getByTestId("result-count")).toHaveText(t("explorer.results_count", { count: projects.length }));
  }
  // Issue 26: Enschede hosts four, leads Creatieve Broedplaatsen and takes part in the Twents Fonds voor Vakmanschap.
  const enschede = municipalityProjects("enschede").map((p) => p.id);
  for (const id of ["kennispark-twente", "talentit", "topwerklocaties", "technology-base-twente", "creatieve-broedplaatsen", "twents-fonds-voor-vakmanschap"]) {
    expect(enschede).toContain(id);
  }
});

test("the plain money answer is on the overview, a programme, a municipality and a project page, in three languages", async ({ page }) => {
  const answer = () => page.getByTestId("money-answer").first();
  for (const lang of ["nl", "en", "de"]) {
    await page.goto(`/${lang}/`);
    // Before the app too: the answer is in the built page.
    await expect(answer()).toContainText(t("money_answer.funders", {}, lang));
    await expect(answer()).toContainText(/150/);
    await page.goto(`/${lang}/programmes/avt/`);
    await expect(answer()).toContainText(/20/);
    await expect(page.getByTestId("money-answer")).toContainText(t("money_answer.no_progress", {}, lang));
    await page.goto(`/${lang}/municipalities/enschede/`);
    await expect(answer()).toContainText(/254/);
    // A project the sources give no money for says so, rather than leaving the section out.
    const unfunded = dataset.projects.find((p) => !(p.funding ?? []).length);
    await page.goto(`/${lang}/projects/${unfunded.id}/`);
    await expect(answer()).toHaveText(t("money_answer.project_none", {}, lang));
  }
  await waitForApp(page);
  await expect(answer()).toHaveText(t("money_answer.project_none", {}, "de"));
  // "Why two amounts": the Regio Deal's other amount, with its source, behind a disclosure.
  await page.goto("/nl/");
  await page.getByText(t("money_answer.why")).click();
  await expect(page.locator(".money-answer .why")).toContainText("163,4");
});

test("compare shows the chosen projects side by side, and its URL reproduces it", async ({ page, context }) => {
  await page.goto("/?view=compare");
  await waitForApp(page);
  await page.getByLabel(t("compare.slot", { n: 1 })).selectOption("talentit");
  await page.getByLabel(t("compare.slot", { n: 2 })).selectOption("twents-fonds-voor-vakmanschap");
  // A choice changes nothing until it is confirmed.
  await expect(page).not.toHaveURL(/ids=/);
  await page.getByRole("button", { name: t("compare.apply") }).click();
  await expect(page).toHaveURL(/nl\/compare\/\?ids=talentit%2Ctwents-fonds-voor-vakmanschap$/);
  const table = page.getByTestId("compare-table");
  await expect(table.getByRole("columnheader")).toHaveText(["TalentIT", "Twents Fonds voor Vakmanschap"]);
  await expect(table).toContainText("€ 254.400");
  await expect(table).toContainText("ruim 1.500 scholingscheques aangevraagd");
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await waitForApp(fresh);
  await expect(fresh.getByTestId("compare-table").getByRole("columnheader")).toHaveText(["TalentIT", "Twents Fonds voor Vakmanschap"]);
  await fresh.goto("/?view=compare&of=lines&ids=arbeidsmarkt-talent,techniek-als-motor");
  await waitForApp(fresh);
  await expect(fresh.getByTestId("compare-table").getByRole("columnheader")).toHaveText(["Arbeidsmarkt & talent", "Techniek als motor"]);
});

test("glossary terms are linked where they appear, in every language", async ({ page }) => {
  await page.goto("/?view=money");
  await waitForApp(page);
  // A term links to its entry, the element with the id in the link's fragment.
  await page.getByRole("link", { name: t("glossary.rijksmiddelen.term"), exact: true }).click();
  await expect(mainHeading(page)).toHaveText(t("glossary.heading"));
  await expect(page.locator("#term-rijksmiddelen")).toBeVisible();
  await expect(page.locator("#term-rijksmiddelen")).toHaveText(t("glossary.rijksmiddelen.term"));
  for (const lang of ["en", "de"]) {
    await page.goto(`/?view=glossary&lang=${lang}`);
    await waitForApp(page);
    await expect(page.locator("#term-cofinanciering")).toHaveText(t("glossary.cofinanciering.term", {}, lang));
  }
  // The language chosen last (de) is remembered.
  await page.goto("/?project=talentit");
  await waitForApp(page);
  await expect(page.getByRole("link", { name: t("glossary.penvoerder.term", {}, "de"), exact: true })).toHaveAttribute("href", /^de\/glossary\/#term-penvoerder$/);
});

test("data quality lists disagreeing sources with both figures, oddities and unknowns per project", async ({ page }) => {
  await page.goto("/?view=quality");
  await waitForApp(page);
  // The disagreements: the list under their heading (no landmark of their own).
  const disagreements = page.getByRole("heading", { name: t("quality.disagree_title") }).locator("xpath=following-sibling::ul[1]");
  await expect(disagreements).toContainText("€ 150 mln");
  await expect(disagreements).toContainText("€ 163,4 mln");
  await expect(disagreements).toContainText("twente.com/twente-board");
  await expect(page.getByRole("main")).toContainText("stand xxx");
  await expect(page.getByRole("main")).toContainText("7126 kilo");
  await expect(page.getByTestId("unknowns").getByRole("row").filter({ hasText: "Leonardo" })).toContainText(t("field.programme"));
});
