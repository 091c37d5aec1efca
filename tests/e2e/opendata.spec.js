// The data as open data: the downloads written at build time next to the pages (core::downloads),
// linked from "Over de gegevens", equal the dataset they were written from.
import { test, expect } from "./fixtures.js";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { dataset, t, waitForApp } from "./helpers.js";

/** A CSV file of the downloads as rows of fields: BOM, `;`, quotes where a field needs them. */
function rows(text) {
  expect(text.charCodeAt(0), "a byte order mark, for Excel").toBe(0xfeff);
  const out = [[]];
  let field = "";
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") out.at(-1).push(field), (field = "");
    else if (c === "\n") out.at(-1).push(field), (field = ""), out.push([]);
    else if (c !== "\r") field += c;
  }
  if (field || out.at(-1).length) out.at(-1).push(field);
  return out.filter((row) => row.length > 1);
}

test("'Over de gegevens' offers the data as files, and a downloaded list has a row per record", async ({ page }) => {
  await page.goto("/nl/quality/");
  await waitForApp(page);
  const section = page.getByRole("region", { name: t("downloads.title") });
  await expect(section.getByRole("link")).toHaveCount(9);
  // A real click downloads the file, as a reader gets it.
  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: t("downloads.projects") }).click()]);
  expect(download.suggestedFilename()).toBe("projects.csv");
  const [header, ...projects] = rows(readFileSync(await download.path(), "utf8"));
  expect(header[0]).toBe("id");
  expect(projects.map((row) => row[0])).toEqual(dataset.projects.map((p) => p.id));
  // The whole dataset is the file the app loads.
  const whole = await page.request.get(await section.getByRole("link", { name: t("downloads.dataset") }).evaluate((a) => a.href));
  expect(await whole.json()).toEqual(dataset);
});

test("every download equals the dataset: the lists, their sources, and each project's own file", async ({ request }) => {
  const csv = async (name) => rows(await (await request.get(`/data/csv/${name}.csv`)).text());
  const ids = (table, column = "id") => table.slice(1).map((row) => row[table[0].indexOf(column)]);
  expect(ids(await csv("organisations"))).toEqual(dataset.organisations.map((o) => o.id));
  expect(ids(await csv("sources"))).toEqual(dataset.sources.map((s) => s.id));
  expect(ids(await csv("indicators"))).toEqual(dataset.indicators.map((i) => i.id));
  const figures = await csv("key-figures");
  expect(ids(figures)).toEqual(dataset.key_figures.map((k) => k.id));
  // Each figure with its number as a Dutch spreadsheet reads it, and the web address of its source.
  for (const [i, figure] of dataset.key_figures.entries()) {
    const row = figures[i + 1];
    expect(row[figures[0].indexOf("value")], figure.id).toBe(figure.value == null ? "" : String(figure.value).replace(".", ","));
    expect(row[figures[0].indexOf("source_url")], figure.id).toBe(dataset.sources.find((s) => s.id === figure.source)?.url ?? "");
  }
  const points = await csv("finance-points");
  expect(points.length - 1).toBe(dataset.finance_series.reduce((n, s) => n + s.points.length, 0));
  for (const project of dataset.projects) {
    const file = await request.get(`/data/projects/${project.id}.json`);
    expect(file.status(), project.id).toBe(200);
    expect(await file.json(), project.id).toEqual(project);
  }
});

test("the dataset describes itself: schema.org Dataset markup on 'Over de gegevens' and a DCAT-AP-NL record, whose files all exist", async ({ page, request }) => {
  for (const lang of ["nl", "en", "de"]) {
    await page.goto(`/${lang}/quality/`);
    const markup = JSON.parse(await page.locator('head script[type="application/ld+json"]').textContent());
    expect(markup["@context"]).toBe("https://schema.org");
    expect(markup["@type"]).toBe("Dataset");
    // Google's required properties, in the page's language.
    expect(markup.name).toBe(dataset.report.title[lang]);
    expect(markup.description).toBe(dataset.report.summary[lang]);
    expect(markup.distribution.length).toBe(7);
    for (const file of markup.distribution) {
      expect(file["@type"]).toBe("DataDownload");
      // Relative addresses read against the page's base, as JSON-LD in a page does.
      const address = await page.evaluate((href) => new URL(href, document.baseURI).href, file.contentUrl);
      expect((await request.get(address)).status(), file.contentUrl).toBe(200);
    }
  }
  const href = await page.locator('head link[rel="alternate"][type="application/ld+json"]').evaluate((link) => link.href);
  const record = await (await request.get(href)).json();
  expect(record["@type"]).toBe("dcat:Dataset");
  // DCAT-AP-NL 3.0's required properties of a dcat:Dataset, each filled from the dataset.
  const said = (value) => value !== undefined && value !== null && JSON.stringify(value).replace(/[\[\]{}",: ]/g, "").length > 0;
  for (const property of ["dct:title", "dct:description", "dct:identifier", "dct:publisher", "dct:creator", "dcat:contactPoint", "dcat:theme", "dct:accessRights"]) {
    expect(said(record[property]), property).toBe(true);
  }
  expect(record["dct:title"]).toContainEqual({ "@language": "nl", "@value": dataset.report.title.nl });
  expect(record["dct:publisher"]["foaf:name"]).toBe(dataset.report.publisher);
  // No licence is made up.
  expect(JSON.stringify(record)).not.toMatch(/license/i);
  for (const distribution of record["dcat:distribution"]) {
    const file = new URL(distribution["dcat:downloadURL"]["@id"], href).href;
    expect((await request.get(file)).status(), file).toBe(200);
  }
});

test("the feed of the dataset's versions is valid Atom, named in every page's head", async ({ page }) => {
  await page.goto("/en/");
  const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluate((link) => link.href);
  const text = await (await page.request.get(href)).text();
  // The browser's XML parser, and what RFC 4287 requires of a feed and of each entry.
  const found = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.querySelector("parsererror")) return { error: doc.querySelector("parsererror").textContent };
    const feed = doc.documentElement;
    const child = (el, name) => [...el.children].filter((c) => c.localName === name);
    const instant = (el) => !Number.isNaN(Date.parse(child(el, "updated")[0]?.textContent)) && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(child(el, "updated")[0]?.textContent);
    const absolute = (el) => /^[a-z][a-z0-9+.-]*:/.test(child(el, "id")[0]?.textContent ?? "");
    return {
      root: `${feed.namespaceURI} ${feed.localName}`,
      feed: [child(feed, "id").length === 1 && absolute(feed), child(feed, "title").length === 1, instant(feed), child(feed, "author").length >= 1],
      entries: child(feed, "entry").map((entry) => [child(entry, "id").length === 1 && absolute(entry), child(entry, "title")[0]?.textContent.length > 0, instant(entry), child(entry, "content").length === 1]),
    };
  }, text);
  expect(found.error).toBeUndefined();
  expect(found.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(found.feed).toEqual([true, true, true, true]);
  expect(found.entries.length).toBeGreaterThan(0);
  for (const entry of found.entries) expect(entry).toEqual([true, true, true, true]);
});

test("the data dictionary, generated from the model, describes every record and field, and is reached from 'Over de gegevens' and the check page", async ({ page, request }) => {
  const schema = await (await request.get("/data/schema.json")).json();
  await page.goto("/nl/quality/");
  await waitForApp(page);
  await page.getByRole("link", { name: t("downloads.dictionary") }).click();
  await expect(page).toHaveURL(/\/data\/dictionary\.html$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // A section per record, and a row per field with the field's own description.
  for (const [name, record] of Object.entries(schema.definitions)) {
    const section = page.getByRole("region", { name, exact: true });
    await expect(section, name).toHaveCount(1);
    for (const [field, about] of Object.entries(record.properties ?? {})) {
      const row = section.getByRole("row").filter({ has: page.getByRole("rowheader", { name: field, exact: true }) });
      await expect(row, `${name}.${field}`).toHaveCount(1);
      if (about.description) await expect(row.getByRole("cell").last()).toHaveText(about.description.replaceAll("`", ""));
    }
  }
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  // Editors find it from the check page too, with the guide the check's messages refer to.
  await page.goto("/en/check/");
  await waitForApp(page);
  await expect(page.getByRole("link", { name: t("downloads.dictionary", {}, "en") })).toHaveAttribute("href", "data/dictionary.html");
  await page.getByRole("link", { name: t("check.guide", {}, "en") }).click();
  await expect(page).toHaveURL(/\/data\/guide\.html$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The dataset format");
  await expect(page.getByRole("heading", { name: "Common mistakes and what the check says" })).toBeVisible();
  const guide = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(guide.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
