// "Gegevens controleren": the people who keep the dataset check a new version in the browser. An
// invalid file shows its located problems per record; a valid one what it changes, then the whole
// app on it with a banner, and one click back; a reload shows the published data; the file never
// leaves the browser; axe and the keyboard in nl, en and de.
import { test, expect, failedLoad } from "./fixtures.js";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DATA, LANGS, dataset, escapeRegExp, lineOf, mainHeading, problemKey, resultLinks, startApp, t, tPattern, waitForApp } from "./helpers.js";

const file = (name, value) => ({ name, mimeType: "application/json", buffer: Buffer.from(typeof value === "string" ? value : JSON.stringify(value)) });
const chooser = (page, lang = "nl") => page.getByLabel(t("check.choose", {}, lang));

/** The bundled dataset with a project removed, one added, one renamed and a key figure changed. */
function changedDataset() {
  const copy = structuredClone(dataset);
  const removed = copy.projects.splice(1, 1)[0];
  const added = { ...structuredClone(copy.projects[0]), id: "nieuw-testproject", name: "Nieuw testproject Hengelo" };
  copy.projects.push(added);
  const renamed = copy.projects[2];
  const oldName = renamed.name;
  renamed.name = `${oldName} (hernoemd)`;
  const figure = copy.key_figures.find((f) => typeof f.value === "number");
  figure.value += 1;
  // A project's money: shown before and after, not only "changed: funding".
  const funded = copy.projects.find((p) => p.funding?.length && p !== renamed && p !== added);
  funded.funding[0].eur = (funded.funding[0].eur ?? 0) + 1500;
  return { copy, removed, added, renamed, oldName, figure, funded };
}

async function openCheck(page, lang = "nl") {
  await page.goto(`/${lang}/check/`);
  await waitForApp(page);
  await expect(mainHeading(page)).toHaveText(t("footer.check", {}, lang));
}

test("an invalid file shows every problem with its JSON path, per record, with counts", async ({ page }) => {
  await openCheck(page);
  const bad = structuredClone(dataset);
  bad.projects[3].links = [{ url: "javascript:alert(1)", title: { nl: "x" } }];
  bad.projects[3].funding = [{ funder: "bestaat-niet", eur: 10, source: "report-nope" }];
  bad.projects[5].name = "";
  await chooser(page).setInputFiles(file("nieuw.json", bad));
  const report = page.getByTestId("check-problems");
  await expect(report.getByRole("heading", { level: 2 })).toHaveText(tPattern("check.invalid_title", { file: "nieuw.json", count: /\d+/ }));
  // Grouped per record: the record's path and name, then each problem as "<path>: <message>".
  const record3 = report.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(`^projects\\[3\\] · ${escapeRegExp(dataset.projects[3].name)}`) }) });
  await expect(record3.getByRole("listitem")).toHaveCount(Number((await record3.getByRole("heading").textContent()).match(/\((\d+)\)$/)[1]));
  await expect(record3.getByRole("listitem").first()).toHaveText(/^projects\[3\]\.(links|funding)\[0\]/);
  await expect(record3).toContainText("projects[3].links[0].url");
  await expect(report.getByRole("heading", { name: /^projects\[5\]/ })).toBeVisible();
  await expect(report).toContainText("projects[5].name");
  // The app itself still shows the published data.
  await expect(page.getByTestId("preview-banner")).toHaveCount(0);
});

test("a file that is not JSON, and one that is not text, are named as such", async ({ page }) => {
  await openCheck(page);
  await chooser(page).setInputFiles(file("kapot.json", '{"schema_version": "1.0", "projects": ['));
  await expect(page.getByTestId("check-problems")).toContainText(t("load_error.whole_file"));
  await chooser(page).setInputFiles({ name: "foto.json", mimeType: "application/json", buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]) });
  await expect(page.getByTestId("check-problems")).toContainText(tPattern("problem.not_utf8", { line: "1" }));
});

const BAD = resolve(import.meta.dirname, "../fixtures/bad");
const mistakes = JSON.parse(readFileSync(resolve(BAD, "expected.json"), "utf8"));
/** The kinds of problem that only the rules of publication raise: the file loads, with warnings. */
const PUBLISHING = ["MissingTranslation", "UncitedSource", "EmailAddress"];

test("every common mistake of docs/dataset.md gets its plain, located message, as the validator and the tests give it", async ({ page }) => {
  test.setTimeout(120_000);
  await openCheck(page);
  for (const [name, { kind, path, line }] of Object.entries(mistakes)) {
    await chooseByClick(page, resolve(BAD, `${name}.json`));
    const report = page.getByTestId(PUBLISHING.includes(kind) ? "check-warnings" : "check-problems");
    await expect(page.getByRole("heading", { level: 2 })).toContainText(`${name}.json`);
    const key = kind === "MissingTranslation" ? `problem.missing_${path.split(".").at(-1)}` : problemKey(kind);
    const values = kind === "MissingField" ? { field: path.split(".").at(-1) } : {};
    const where = escapeRegExp(path || t("load_error.whole_file")) + lineOf(path, line);
    const message = new RegExp(`^${where}: ${tPattern(key, values).source}$`);
    await expect(report.locator(".problem").filter({ hasText: message }), `${name}: ${message}`).toHaveCount(1);
    // Not publishable: no "in orde" for any of them.
    await expect(page.getByRole("heading", { level: 2 })).not.toHaveText(tPattern("check.valid_title", { file: `${name}.json` }));
  }
  // And a publishable file is called so.
  await chooseByClick(page, resolve(import.meta.dirname, "../../public/dataset-template.json"));
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(t("check.valid_title", { file: "dataset-template.json" }));
});

test("a valid changed file shows its differences, then the app on it with a banner, then the published data again; a reload never shows it", async ({ page }) => {
  const requests = [];
  page.on("request", (request) => requests.push(request));
  const workers = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await openCheck(page);
  const { copy, removed, added, renamed, oldName, figure, funded } = changedDataset();
  const before = requests.length;
  await chooser(page).setInputFiles(file("versie-2.json", copy));
  const valid = page.getByTestId("check-valid");
  await expect(valid.getByRole("heading", { level: 2 })).toHaveText(t("check.valid_title", { file: "versie-2.json" }));
  await expect(page.getByTestId("check-added")).toHaveText(`${added.name} ${added.id}`);
  await expect(page.getByTestId("check-removed")).toHaveText(`${removed.name} ${removed.id}`);
  await expect(page.getByTestId("check-changed")).toContainText(`${renamed.name} ${renamed.id}: ${t("check.changed_fields", { fields: "name" })}`);
  const row = page.getByTestId("check-figures").getByRole("row").filter({ hasText: `key_figures[${figure.id}]` });
  await expect(row).toHaveCount(1);
  // Every digit, so that a change of one shows: the two numbers differ as written.
  const [published, inFile] = await row.getByRole("cell").allTextContents();
  expect(published).not.toBe(inFile);
  const money = page.getByTestId("check-figures").getByRole("row").filter({ hasText: `projects[${funded.id}].funding[0]` });
  await expect(money.getByRole("rowheader")).toContainText(funded.name);
  const [moneyBefore, moneyAfter] = await money.getByRole("cell").allTextContents();
  expect(moneyAfter).toContain(new Intl.NumberFormat("nl-NL").format(funded.funding[0].eur));
  expect(moneyBefore).not.toBe(moneyAfter);
  // Nothing was sent anywhere: no request since the file was chosen carries it.
  expect(requests.slice(before).filter((r) => r.postData() !== null || r.method() !== "GET")).toEqual([]);
  // The check ran in a Web Worker, off the page's main thread: the worker fetched the published
  // data to compare with (the page has its own copy, and fetches nothing when it checks itself).
  expect(workers.filter((url) => url.endsWith("/check-worker.js"))).toHaveLength(1);
  expect(requests.slice(before).filter((r) => r.url().endsWith(`/${DATA}`))).toHaveLength(1);

  // The whole app on the local file, with the banner on every page.
  await valid.getByRole("button", { name: t("check.preview") }).click();
  const banner = page.getByTestId("preview-banner");
  await expect(banner).toContainText(t("app_status.preview", { file: "versie-2.json" }));
  await expect(page).toHaveURL(/\/nl\/$/);
  await expect(page.getByTestId("project-count")).toHaveText(t("project_count", { count: copy.projects.length }));
  await page.getByRole("navigation").getByRole("link", { name: t("nav.projects") }).first().click();
  await page.getByLabel(t("explorer.search_label")).fill("testproject hengelo");
  await expect(resultLinks(page)).toHaveText([added.name]);
  await expect(banner).toBeVisible();
  // "Deel link" copies the address, and says that it shows others the published data.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: t("tools.share") }).click();
  await expect(page.getByRole("status").filter({ hasText: t("tools.copied_preview") })).toHaveText(t("tools.copied_preview"));
  // The URL says nothing of the file: a shared link shows the published data.
  expect(page.url()).not.toContain("versie-2");

  // One click back to the published data.
  await banner.getByRole("button", { name: t("app_status.end_preview") }).click();
  await expect(banner).toHaveCount(0);
  await expect(resultLinks(page)).toHaveCount(0);
  await page.getByLabel(t("explorer.search_label")).fill(oldName);
  await expect(resultLinks(page).first()).toHaveText(oldName);

  // Preview again, then reload: the published data, no banner.
  await page.goto("/nl/check/");
  await waitForApp(page);
  await chooser(page).setInputFiles(file("versie-2.json", copy));
  await page.getByRole("button", { name: t("check.preview") }).click();
  await expect(banner).toBeVisible();
  await page.reload();
  await waitForApp(page);
  await expect(page.getByTestId("preview-banner")).toHaveCount(0);
  await expect(page.getByTestId("project-count")).toHaveText(t("project_count", { count: dataset.projects.length }));
  expect(requests.filter((r) => r.postData() !== null || r.method() !== "GET")).toEqual([]);
});

test("a file chosen while another is still being checked: the page reports on the last one only", async ({ page }) => {
  const closed = [];
  page.on("worker", (worker) => worker.on("close", () => closed.push(worker.url())));
  await openCheck(page);
  // About 13 MB: its check is still running when the second file is chosen.
  const big = structuredClone(dataset);
  for (let i = 0; i < 5000; i++) big.projects.push({ ...dataset.projects[0], id: `extra-${i}` });
  await chooser(page).setInputFiles(file("groot.json", big));
  await chooser(page).setInputFiles(file("klein.json", dataset));
  const title = page.getByTestId("check-valid").getByRole("heading", { level: 2 });
  await expect(title).toHaveText(t("check.valid_title", { file: "klein.json" }));
  // Both workers have ended (the first one stopped, not finished), and the page still shows the last file.
  await expect.poll(() => closed.length, { timeout: 30_000 }).toBe(2);
  await expect(title).toHaveText(t("check.valid_title", { file: "klein.json" }));
  await expect(page.getByRole("main")).not.toContainText("groot.json");
});

test("when the published data cannot be loaded, the page still checks a file and opens the app on it", async ({ page, allowProblems }) => {
  // The page, and the worker that fetches the published data to compare with.
  allowProblems(failedLoad(500, `fixture/http-500/${DATA}`));
  await page.goto("/fixture/http-500/nl/check/");
  await startApp(page);
  await expect(page.getByRole("alert")).toContainText(t("load_error.http", { status: 500, url: DATA }));
  await chooser(page).setInputFiles(file("hersteld.json", dataset));
  const valid = page.getByTestId("check-valid");
  await expect(valid.getByRole("heading", { level: 2 })).toHaveText(t("check.valid_title", { file: "hersteld.json" }));
  await expect(valid).toContainText(t("check.no_published"));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await valid.getByRole("button", { name: t("check.preview") }).click();
  await expect(page.getByTestId("preview-banner")).toContainText(t("app_status.preview", { file: "hersteld.json" }));
  await expect(page.getByTestId("project-count")).toHaveText(t("project_count", { count: dataset.projects.length }));
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test.describe("where the Web Worker fails", () => {
  // Every request for the worker reaches the route below, none the service worker's copy.
  test.use({ serviceWorkers: "block" });

  test("the page checks the file itself and reports the same", async ({ page }) => {
    // A worker that starts but cannot check (as where a browser cannot run the app's module in one).
    let failingWorkers = 0;
    await page.route("**/check-worker.js", (route) => {
      failingWorkers += 1;
      const body = "self.onmessage = () => self.postMessage(null);";
      return route.fulfill({ contentType: "text/javascript", headers: { "Cache-Control": "no-store" }, body });
    });
    await openCheck(page);
    const bad = structuredClone(dataset);
    bad.projects[5].links = [{ url: "javascript:alert(1)", title: { nl: "x" } }];
    await chooser(page).setInputFiles(file("nieuw.json", bad));
    const report = page.getByTestId("check-problems");
    await expect(report.getByRole("heading", { level: 2 })).toHaveText(t("check.invalid_title", { file: "nieuw.json", count: 1 }));
    await expect(report.getByRole("heading", { level: 3 })).toHaveText(`projects[5] · ${dataset.projects[5].name} · ${dataset.projects[5].id} ${t("check.record_count", { count: 1 })}`);
    await expect(report.getByRole("listitem").getByRole("listitem")).toHaveText([new RegExp(`^projects\\[5\\]\\.links\\[0\\]\\.url \\(${t("load_error.line", { line: "\\d+" })}\\): `)]);
    const { copy, added } = changedDataset();
    await chooser(page).setInputFiles(file("versie-2.json", copy));
    await expect(page.getByTestId("check-added")).toHaveText(`${added.name} ${added.id}`);
    expect(failingWorkers).toBe(2);
  });
});

/** Chooses `files` (a file's path, or a `file(name, value)`) as a reader does: a click on the field opens the browser's file chooser, which gets the file. */
async function chooseByClick(page, files) {
  const [dialog] = await Promise.all([page.waitForEvent("filechooser"), chooser(page).click()]);
  await dialog.setFiles(files);
}

for (const [when, ms] of [["0.5 s", 500], ["5 s", 5000]]) {
  test(`a file chosen through the chooser ${when} after the page loaded shows its report`, async ({ page }) => {
    await page.goto("/nl/check/");
    await page.waitForTimeout(ms);
    await chooseByClick(page, file(`na-${ms}.json`, changedDataset().copy));
    await expect(page.getByTestId("check-valid").getByRole("heading", { level: 2 })).toHaveText(t("check.valid_title", { file: `na-${ms}.json` }), { timeout: 20_000 });
    await expect(page.getByTestId("check-added")).toHaveText(`${changedDataset().added.name} ${changedDataset().added.id}`);
  });
}

test("a file chosen before the app runs is checked once it runs, in the same field", async ({ page }) => {
  // The slow mount answers the dataset after 5 s: the reader chooses the file long before.
  await page.goto("/fault/slow/nl/check/");
  await expect(page.locator("#app[data-prerendered]")).toHaveCount(1);
  await chooseByClick(page, file("vroeg.json", changedDataset().copy));
  await expect(page.locator("#app[data-prerendered]")).toHaveCount(1);
  await expect(page.getByTestId("check-valid").getByRole("heading", { level: 2 })).toHaveText(t("check.valid_title", { file: "vroeg.json" }), { timeout: 20_000 });
  expect(await chooser(page).evaluate((input) => input.files[0]?.name)).toBe("vroeg.json");
});

/** Drops a file with `content` on the check page's drop area, as a file manager does. */
const dropFile = (page, name, content) =>
  page.locator(".check__drop").evaluate(
    (zone, [name, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: "application/json" }));
      zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [name, content],
  );

test("a file dropped on the page is checked, also before the app runs", async ({ page }) => {
  await page.goto("/fault/slow/nl/check/");
  await expect(page.locator("#app[data-prerendered]")).toHaveCount(1);
  await dropFile(page, "gesleept.json", JSON.stringify(changedDataset().copy));
  await expect(page.getByTestId("check-valid").getByRole("heading", { level: 2 })).toHaveText(t("check.valid_title", { file: "gesleept.json" }), { timeout: 20_000 });
  // And once the app runs, a second file dropped replaces the report.
  const bad = structuredClone(dataset);
  bad.projects[0].name = "";
  await dropFile(page, "fout.json", JSON.stringify(bad));
  await expect(page.getByTestId("check-problems")).toContainText("projects[0].name");
  await expect(page).toHaveURL(/\/nl\/check\/$/);
});

test("the template downloads and is itself a valid file", async ({ page }) => {
  await openCheck(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t("check.template") }).click()]);
  const text = readFileSync(await download.path(), "utf8");
  await chooser(page).setInputFiles(file(download.suggestedFilename(), text));
  await expect(page.getByTestId("check-valid")).toBeVisible();
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(resolve(import.meta.dirname, "../../public/dataset-template.json"), "utf8")));
});

test("the data-quality page links to the check", async ({ page }) => {
  await page.goto("/nl/quality/");
  await page.getByRole("link", { name: t("quality.to_check") }).click();
  await expect(mainHeading(page)).toHaveText(t("footer.check"));
});

for (const lang of LANGS) {
  test(`check page in ${lang}: axe finds nothing (empty, with problems, valid), and it works by keyboard alone`, async ({ page }) => {
    test.setTimeout(90_000);
    // Listening from the start turns Chromium's file-chooser interception on before any key is
    // pressed (turned on only with the key press, the two can race on a loaded machine).
    const choosers = [];
    page.on("filechooser", (chooser) => choosers.push(chooser));
    await openCheck(page, lang);
    const axe = async (state) => {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      expect(results.violations.map((v) => `${state}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    };
    await axe("empty");
    // By keyboard: Tab to the file field, open it with Space, choose; then Tab to the preview button.
    const field = chooser(page, lang);
    for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(field).toBeFocused();
    const bad = structuredClone(dataset);
    bad.projects[0].name = "";
    await page.keyboard.press("Space");
    await expect.poll(() => choosers.length, { message: "Space on the focused file field opens the file chooser" }).toBe(1);
    await choosers[0].setFiles(file("fout.json", bad));
    await expect(page.getByTestId("check-problems")).toBeVisible();
    await axe("with problems");
    // A second file (the chooser opened by keyboard once is enough: Chromium may not open it twice
    // in a row under load).
    await field.setInputFiles(file("goed.json", changedDataset().copy));
    const preview = page.getByRole("button", { name: t("check.preview", {}, lang) });
    await expect(preview).toBeVisible();
    await axe("valid");
    for (let i = 0; i < 40 && !(await preview.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(preview).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("preview-banner")).toContainText(t("app_status.preview", { file: "goed.json" }, lang));
    await axe("previewing");
  });
}
