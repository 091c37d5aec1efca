// Export, share, print, municipalities, compare, glossary, data quality.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { dataset, waitForApp } from "./helpers.js";

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
  const { name, text } = await download(page, "Download CSV");
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
  const { name, text } = await download(page, "Download JSON");
  expect(name).toMatch(/_programme-rdt\.json$/);
  const file = resolve(ROOT, "target/e2e-export.json");
  writeFileSync(file, text);
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "validate", "--", file], { cwd: ROOT, encoding: "utf8" });
  const expected = dataset.projects.filter((p) => p.programmes?.includes("rdt")).length;
  expect(out).toContain(`valid (${expected} projects)`);
});

test("share copies the link to the current view and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?view=projects&q=fonds");
  await waitForApp(page);
  await page.getByRole("button", { name: "Deel link" }).click();
  await expect(page.locator(".page-tools__message")).toHaveText("De link naar deze weergave is gekopieerd.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("print: navigation hidden, the active filters in words, the data's date", async ({ page }) => {
  await page.goto("/?view=projects&programme=rdt&q=talent");
  await waitForApp(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".main-nav")).toBeHidden();
  await expect(page.locator(".facets")).toBeHidden();
  await expect(page.locator(".page-tools")).toBeHidden();
  await expect(page.locator(".print-header")).toBeVisible();
  await expect(page.getByTestId("print-filters")).toHaveText("zoektekst “talent”; Programma: Regio Deal Twente");
  await expect(page.locator(".print-header")).toContainText("mei 2020");
  await expect(page.locator(".result").first()).toBeVisible();
});

test("clicking a municipality tile filters the list; the list alternative gives the same counts", async ({ page }) => {
  await page.goto("/?view=municipalities");
  await waitForApp(page);
  const list = page.getByTestId("municipality-list");
  const enschedeCount = Number(await list.locator("li", { hasText: "Enschede" }).locator(".count").textContent());
  const expected = dataset.projects.filter((p) => p.municipalities?.includes("enschede")).length;
  expect(enschedeCount).toBe(expected);
  for (const li of await list.locator("li").all()) {
    const name = await li.locator("a").first().textContent();
    const count = await li.locator(".count").textContent();
    const tile = page.locator("a.chart__link", { has: page.locator("rect") }).filter({ has: page.locator("xpath=.") }).and(page.locator(`[aria-label^="${name}:"]`));
    await expect(tile).toHaveAttribute("aria-label", `${name}: ${count} projecten tonen`);
  }
  await page.locator('a.chart__link[aria-label^="Enschede:"]').click();
  await expect(page).toHaveURL(/municipality=enschede/);
  await expect(page.getByTestId("result-count")).toHaveText(`Gevonden projecten: ${expected}`);
});

test("a municipality page lists its projects", async ({ page }) => {
  await page.goto("/?view=municipality&id=almelo");
  await waitForApp(page);
  await expect(page.locator("main h1")).toHaveText("Almelo");
  await expect(page.locator("main ul.columns li")).toHaveCount(dataset.projects.filter((p) => p.municipalities?.includes("almelo")).length);
});

test("compare shows the chosen projects side by side, and its URL reproduces it", async ({ page, context }) => {
  await page.goto("/?view=compare");
  await waitForApp(page);
  await page.getByLabel("Keuze 1").selectOption("talentit");
  await page.getByLabel("Keuze 2").selectOption("twents-fonds-voor-vakmanschap");
  await expect(page).toHaveURL(/view=compare&ids=talentit%2Ctwents-fonds-voor-vakmanschap/);
  const table = page.getByTestId("compare-table");
  await expect(table.locator("thead th")).toHaveText(["TalentIT", "Twents Fonds voor Vakmanschap"]);
  await expect(table).toContainText("€ 254.400");
  await expect(table).toContainText("ruim 1.500 scholingscheques aangevraagd");
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await waitForApp(fresh);
  await expect(fresh.getByTestId("compare-table").locator("thead th")).toHaveText(["TalentIT", "Twents Fonds voor Vakmanschap"]);
  await fresh.goto("/?view=compare&of=lines&ids=arbeidsmarkt-talent,techniek-als-motor");
  await waitForApp(fresh);
  await expect(fresh.getByTestId("compare-table").locator("thead th")).toHaveText(["Arbeidsmarkt & talent", "Techniek als motor"]);
});

test("glossary terms are linked where they appear, in every language", async ({ page }) => {
  await page.goto("/?view=money");
  await waitForApp(page);
  await page.locator(".terms-note a", { hasText: "Rijksmiddelen" }).click();
  await expect(page.locator("main h1")).toHaveText("Begrippen");
  await expect(page.locator("#term-rijksmiddelen")).toBeVisible();
  for (const [lang, word] of [["en", "co-financing"], ["de", "Kofinanzierung"]]) {
    await page.goto(`/?view=glossary&lang=${lang}`);
    await waitForApp(page);
    await expect(page.locator("#term-cofinanciering")).toContainText(word);
  }
  await page.goto("/?project=talentit");
  await waitForApp(page);
  await expect(page.locator(".terms-note a", { hasText: "Penvoerder" })).toHaveAttribute("href", /view=glossary#term-penvoerder/);
});

test("data quality lists disagreeing sources with both figures, oddities and unknowns per project", async ({ page }) => {
  await page.goto("/?view=quality");
  await waitForApp(page);
  const disagreements = page.locator(".disagreements");
  await expect(disagreements).toContainText("€ 150 mln");
  await expect(disagreements).toContainText("€ 163,4 mln");
  await expect(disagreements).toContainText("twente.com/twente-board");
  await expect(page.locator("main")).toContainText("stand xxx");
  await expect(page.locator("main")).toContainText("7126 kilo");
  await expect(page.getByTestId("unknowns").locator("tr", { hasText: "Leonardo" })).toContainText("Programma");
});
