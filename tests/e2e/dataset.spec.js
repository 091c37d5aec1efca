// Which dataset the app loads and what it says about a bad one: every bad dataset of the validator
// corpus, served to the app, shows the validator's located message; ?data= loads another dataset from
// the same origin and refuses one from anywhere else.
import { test, expect } from "./fixtures.js";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { escapeRegExp, problemKey, resultLinks, startApp, t, tPattern, waitForApp } from "./helpers.js";

const expected = JSON.parse(readFileSync(resolve(import.meta.dirname, "../fixtures/bad/expected.json"), "utf8"));


for (const [name, { kind, path, app_loads }] of Object.entries(expected)) {
  // Files that break only a rule of publication (or whose encoding the browser repairs) are shown by
  // the app; the page "Gegevens controleren" refuses them (check.spec.js).
  if (app_loads) continue;
  test(`bad dataset "${name}" shows ${path || "a whole-file problem"} with a retry button`, async ({ page }) => {
    await page.goto(`/bad/${name}/`);
    // The page was pre-rendered from the published dataset; the app reads the served one.
    await startApp(page);
    const alert = page.getByRole("alert");
    await expect(alert.getByRole("heading")).toHaveText(t("load_error.title"));
    // The first problem, "<where>: <what>": the path (or "the whole file") and the kind's message; a
    // missing field is named by the last part of its path.
    const values = kind === "MissingField" ? { field: path.split(".").at(-1) } : {};
    // (The line is named on the page "Gegevens controleren", check.spec.js; a reader's app carries
    // no code for it.)
    const where = escapeRegExp(path || t("load_error.whole_file"));
    await expect(alert.getByRole("listitem").first()).toHaveText(new RegExp(`^${where}: ${tPattern(problemKey(kind), values).source}$`));
    await expect(alert.getByRole("button", { name: t("load_error.retry") })).toBeVisible();
  });
}

test("?data= loads another dataset from the same origin", async ({ page }) => {
  await page.goto("/gemeente/apps/twente/?view=projects&data=data/eigen.json");
  await waitForApp(page);
  await expect(page.getByTestId("result-count")).toHaveText(t("explorer.results_count", { count: 2 }));
  // Links keep the dataset.
  await resultLinks(page).first().click();
  await expect(page).toHaveURL(/data=data%2Feigen.json/);
});

test("?data= from an origin not on the allow-list is refused with a clear message", async ({ page }) => {
  let requested = false;
  page.on("request", (r) => {
    if (r.url().startsWith("https://evil.example")) requested = true;
  });
  await page.goto("/?data=https://evil.example/fake.json");
  await expect(page.getByRole("alert")).toContainText(tPattern("load_error.refused", { url: "https://evil.example/fake.json" }));
  expect(requested).toBe(false);
});
