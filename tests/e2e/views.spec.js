// Charts and the report's chapters: every view under the strict CSP, charts that filter, tables
// with the dataset's numbers, and hostile labels that stay text.
import { test, expect } from "@playwright/test";
import { dataset, waitForApp, watchProblems } from "./helpers.js";

const VIEWS = [
  ["overview", "/", "Investeren in Twente"],
  ["projects", "/?view=projects", "Projecten"],
  ["money", "/?view=money", "Geld"],
  ["action lines", "/?view=lines", "Actielijnen"],
  ["basic infrastructure", "/?view=basis", "Basisinfrastructuur"],
  ["indicators", "/?view=indicators", "Signalering"],
  ["timeline", "/?view=timeline", "Tijdlijn"],
  ["programme RDT", "/?view=programme&id=rdt", "Regio Deal Twente (RDT)"],
  ["programme AvT", "/?view=programme&id=avt", "Agenda voor Twente (AvT)"],
  ["project", "/?project=talentit", "TalentIT"],
  ["municipalities", "/?view=municipalities", "Gemeenten"],
  ["compare", "/?view=compare&ids=talentit,grenswerk", "Vergelijken"],
  ["glossary", "/?view=glossary", "Begrippen"],
  ["data quality", "/?view=quality", "Over de gegevens"],
];

for (const [name, path, heading] of VIEWS) {
  test(`the ${name} view renders under the strict CSP with no console error`, async ({ page }) => {
    const problems = await watchProblems(page);
    await page.goto(`/gemeente/apps/twente${path}`);
    await waitForApp(page);
    await expect(page.locator("main h1")).toHaveText(heading);
    // Let charts measure their width and draw.
    await page.waitForTimeout(300);
    for (const svg of await page.locator(".chart svg.chart__svg").all()) {
      await expect(svg).toHaveAttribute("role", "img");
      expect((await svg.getAttribute("aria-label")).length).toBeGreaterThan(3);
    }
    expect(problems).toEqual([]);
  });
}

test("clicking a bar applies the matching filter in the explorer", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  const segment = page.locator(".chart a.chart__link").filter({ has: page.locator("rect") }).nth(4);
  const label = await segment.getAttribute("aria-label");
  expect(label).toContain("Arbeidsmarkt & talent");
  await segment.click();
  await expect(page).toHaveURL(/view=projects/);
  await expect(page).toHaveURL(/line=arbeidsmarkt-talent/);
  await expect(page.getByRole("checkbox", { name: /^Arbeidsmarkt & talent/ })).toBeChecked();
  await expect(page.locator(".result").first()).toBeVisible();
});

test("a chart's table shows the numbers of the dataset, and its summary names the leader", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  const chart = page.locator("figure.chart").first();
  await chart.getByText("Toon als tabel").click();
  const rows = await chart.locator("tbody tr").all();
  const expected = new Map();
  for (const line of dataset.action_lines) {
    expected.set(line.name.nl, dataset.projects.filter((p) => p.action_lines?.includes(line.id)).length);
  }
  for (const row of rows) {
    const cells = await row.locator("th, td").allTextContents();
    if (expected.has(cells[0])) expect(Number(cells.at(-1))).toBe(expected.get(cells[0]));
  }
  const [leader, most] = [...expected.entries()].sort((a, b) => b[1] - a[1])[0];
  await expect(chart.locator(".chart__summary")).toContainText(`${leader} heeft de meeste projecten: ${most} van ${dataset.projects.length}`);
});

test("money: committed vs available with the computed rest, the leverage explained, lost charts as not in the source", async ({ page }) => {
  await page.goto("/?view=money");
  await waitForApp(page);
  await expect(page.locator(".chart__summary").first()).toContainText("€ 26 mln");
  await expect(page.locator(".chart__summary").first()).toContainText("€ 4 mln");
  await expect(page.locator(".leverage")).toContainText("Hefboom 5×");
  await expect(page.locator(".lost-charts li")).toHaveCount(dataset.finance_series.length);
  await expect(page.locator(".lost-charts li").first()).toContainText("niet in de bron");
});

test("hostile dataset text is drawn as text in charts and pages: no script, no element", async ({ page }) => {
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  const problems = await watchProblems(page);
  for (const path of ["/fixture/hostile/", "/fixture/hostile/?view=lines", "/fixture/hostile/?view=timeline", "/fixture/hostile/?view=projects"]) {
    await page.goto(path);
    await waitForApp(page);
    await page.waitForTimeout(300);
    expect(await page.locator("main img, main script").count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  }
  await page.goto("/fixture/hostile/");
  await waitForApp(page);
  await expect(page.locator(".chart svg text").filter({ hasText: "<img src=x onerror=alert(1)>" }).first()).toBeVisible();
  await page.goto("/fixture/hostile/?view=timeline");
  await waitForApp(page);
  await expect(page.locator(".chart svg text").filter({ hasText: "<script>window.__pwned=1</script>" }).first()).toBeAttached();
  expect(dialogs).toEqual([]);
  expect(problems).toEqual([]);
});

test("charts follow the explorer's filters and say so", async ({ page }) => {
  await page.goto("/?view=timeline&programme=avt");
  await waitForApp(page);
  await expect(page.locator(".filter-note")).toContainText("van de 47 projecten");
  const rows = await page.locator("figure.chart tbody tr").count();
  const avtWithDates = dataset.projects.filter((p) => p.programmes?.includes("avt") && p.dates && (p.dates.actual_start || p.dates.planned_start || p.dates.approved)).length;
  expect(rows).toBe(avtWithDates);
});

test("the chart redraws to the container's width on resize", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto("/?view=timeline");
  await waitForApp(page);
  await page.waitForTimeout(300);
  const wide = Number(await page.locator(".chart svg.chart__svg").first().getAttribute("width"));
  await page.setViewportSize({ width: 400, height: 800 });
  await expect.poll(async () => Number(await page.locator(".chart svg.chart__svg").first().getAttribute("width"))).toBeLessThan(wide);
  const narrow = Number(await page.locator(".chart svg.chart__svg").first().getAttribute("width"));
  expect(narrow).toBeLessThanOrEqual(400);
});

test("a chart downloads as an SVG file with its accessible name", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("figure.chart").first().getByRole("button", { name: "Download als SVG" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("projecten-per-actielijn.svg");
  const { readFileSync } = await import("node:fs");
  const svg = readFileSync(await download.path(), "utf8");
  expect(svg.startsWith("<svg role=\"img\" aria-label=\"Projecten per actielijn en programma\"")).toBe(true);
  expect(await page.locator("a[href^='blob:'], a[href^='data:']").count()).toBe(0);
});
