// Charts and the report's chapters: every view under the strict CSP (the automatic problem check
// fails a view with a console error or a CSP violation), charts that filter, tables with the
// dataset's numbers, redrawing and download. Hostile chart labels: see reliability.spec.js.
import { test, expect } from "./fixtures.js";
import { readFileSync } from "node:fs";
import { dataset, escapeRegExp, facetValue, mainHeading, resultLinks, t, tPattern, waitForApp, waitForCharts } from "./helpers.js";

const VIEWS = [
  ["overview", "/", t("overview.heading")],
  ["projects", "/?view=projects", t("explorer.heading")],
  ["money", "/?view=money", t("money.heading")],
  ["action lines", "/?view=lines", t("lines.heading")],
  ["basic infrastructure", "/?view=basis", t("basis.heading")],
  ["indicators", "/?view=indicators", t("indicators.heading")],
  ["timeline", "/?view=timeline", t("timeline.heading")],
  ["programme RDT", "/?view=programme&id=rdt", "Regio Deal Twente (RDT)"],
  ["programme AvT", "/?view=programme&id=avt", "Agenda voor Twente (AvT)"],
  ["project", "/?project=talentit", "TalentIT"],
  ["municipalities", "/?view=municipalities", t("municipalities.heading")],
  ["compare", "/?view=compare&ids=talentit,grenswerk", t("compare.heading")],
  ["glossary", "/?view=glossary", t("glossary.heading")],
  ["data quality", "/?view=quality", t("quality.heading")],
  ["embed builder", "/?view=embed", t("builder.title")],
];

for (const [name, path, heading] of VIEWS) {
  test(`the ${name} view renders under the strict CSP with no console error`, async ({ page }) => {
    await page.goto(`/gemeente/apps/twente${path}`);
    await waitForApp(page);
    await expect(mainHeading(page)).toHaveText(heading);
    // Every chart draws, as an image with a name.
    await waitForCharts(page);
    for (const figure of await page.getByRole("figure").all()) {
      const picture = figure.getByRole("img").first();
      await expect(picture).toHaveAttribute("role", "img");
      await expect(picture).toHaveAttribute("aria-label", /.{4,}/);
    }
  });
}

/** The overview's chart of projects per action line. */
const linesChart = (page) => page.getByRole("figure", { name: new RegExp(`^${escapeRegExp(t("overview.lines_chart_title"))}`) });

test("clicking a bar applies the matching filter in the explorer", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  // The bars' links lie over the picture, in a layer of their own, each with a name.
  const segment = linesChart(page).getByRole("link", { name: t("chart.filter_link", { filter: `Arbeidsmarkt & talent, ${t("overview.series_rdt")}` }) });
  await segment.click();
  await expect(page).toHaveURL(/\/nl\/projects\/\?/);
  await expect(page).toHaveURL(/line=arbeidsmarkt-talent/);
  await expect(page).toHaveURL(/programme=rdt/);
  await expect(page.getByRole("checkbox", { name: facetValue("Arbeidsmarkt & talent") })).toBeChecked();
  await expect(resultLinks(page).first()).toBeVisible();
});

test("a chart's table shows the numbers of the dataset, and its summary names the leader", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  const chart = linesChart(page);
  await chart.getByText(t("chart.show_table")).click();
  const expected = new Map();
  for (const line of dataset.action_lines) {
    expected.set(line.name.nl, dataset.projects.filter((p) => p.action_lines?.includes(line.id)).length);
  }
  const checked = [];
  for (const row of await chart.getByRole("table").getByRole("row").all()) {
    const cells = await row.locator("th, td").allTextContents();
    if (expected.has(cells[0])) {
      expect(Number(cells.at(-1)), cells[0]).toBe(expected.get(cells[0]));
      checked.push(cells[0]);
    }
  }
  expect(checked.sort()).toEqual([...expected.keys()].sort());
  const [leader, most] = [...expected.entries()].sort((a, b) => b[1] - a[1])[0];
  await expect(chart.getByText(tPattern("overview.lines_chart_summary", { line: leader, count: String(most), total: String(dataset.projects.length) }))).toBeVisible();
});

test("money: committed vs available with the computed rest, the leverage explained, lost charts as not in the source", async ({ page }) => {
  await page.goto("/?view=money");
  await waitForApp(page);
  await expect(page.getByRole("figure").first().getByText(tPattern("money.committed_summary", { committed: "€ 26 mln", open: "€ 4 mln" }))).toBeVisible();
  await expect(page.getByRole("heading", { name: t("money.leverage"), exact: true })).toBeVisible();
  await expect(page.getByText(t("money.leverage_value", { ratio: "5" }), { exact: true })).toBeVisible();
  // The lost charts: the list under their heading (no landmark of their own).
  const lost = page.getByRole("heading", { name: t("money.lost_charts") }).locator("xpath=following-sibling::ul[1]").getByRole("listitem");
  await expect(lost).toHaveCount(dataset.finance_series.length);
  await expect(lost.first()).toContainText(t("chart.missing"));
});

test("charts follow the explorer's filters and say so", async ({ page }) => {
  await page.goto("/?view=timeline&programme=avt");
  await waitForApp(page);
  const avt = dataset.projects.filter((p) => p.programmes?.includes("avt"));
  await expect(page.getByRole("note")).toContainText(t("chart.filtered", { count: avt.length, total: dataset.projects.length }));
  const chart = page.getByRole("figure");
  await chart.getByText(t("chart.show_table")).click();
  const rows = chart.getByRole("table").getByRole("row").filter({ has: page.getByRole("rowheader") });
  const avtWithDates = avt.filter((p) => p.dates && (p.dates.actual_start || p.dates.planned_start || p.dates.approved)).length;
  await expect(rows).toHaveCount(avtWithDates);
});

test("a chart fits its container at every width, drawn at the width nearest to it (no script needed)", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto("/?view=timeline");
  await waitForApp(page);
  const picture = page.getByRole("img", { name: t("timeline.chart_title") });
  const drawnWidths = new Set();
  for (const width of [1200, 900, 640, 400, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(picture).toBeVisible();
    const shown = (await picture.boundingBox()).width;
    const drawn = Number(await picture.getAttribute("width"));
    drawnWidths.add(drawn);
    expect(shown, `at ${width} px`).toBeLessThanOrEqual(width);
    // Scaled by at most a third either way, so its 13 px text stays between about 10 and 17 px.
    expect(shown / drawn, `at ${width} px: drawn ${drawn}, shown ${shown}`).toBeGreaterThan(0.75);
    expect(shown / drawn, `at ${width} px: drawn ${drawn}, shown ${shown}`).toBeLessThan(1.35);
  }
  expect(drawnWidths.size, "a narrower screen shows a drawing made for it").toBeGreaterThanOrEqual(3);
});

test("a chart downloads as an SVG file with its accessible name", async ({ page }) => {
  await page.goto("/");
  await waitForApp(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("figure").first().getByRole("button", { name: t("chart.download_svg") }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("projecten-per-actielijn.svg");
  const svg = readFileSync(await download.path(), "utf8");
  expect(svg.startsWith(`<svg role="img" aria-label="${t("overview.lines_chart_title")}"`)).toBe(true);
  expect(await page.locator("a[href^='blob:'], a[href^='data:']").count()).toBe(0);
});
