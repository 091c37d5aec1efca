// Foundation: the list, project pages, sub-paths, the strict CSP, and broken datasets.
import { test, expect } from "@playwright/test";
import { dataset, waitForApp, watchProblems } from "./helpers.js";

/** Follows "next page" to the end, collecting every project link of the list. */
async function allProjectLinks(page) {
  const names = [];
  for (;;) {
    names.push(...(await page.locator(".result__name a").allTextContents()));
    const next = page.locator(".pagination a[rel=next]");
    if ((await next.count()) === 0) return names;
    const first = await page.locator(".result__name a").first().textContent();
    await next.click();
    await expect(page.locator(".result__name a").first()).not.toHaveText(first);
  }
}

test("the list shows one link per project of the dataset, with known names", async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto("/?view=projects");
  await waitForApp(page);
  await expect(page.locator("h1")).toHaveText("Projecten");
  const names = await allProjectLinks(page);
  expect(names.length).toBe(dataset.projects.length);
  expect(new Set(names)).toEqual(new Set(dataset.projects.map((p) => p.name)));
  await expect(page.getByRole("link", { name: "Twents Fonds voor Vakmanschap" })).toBeVisible();
  await expect(page.getByTestId("project-count")).toHaveText(`${dataset.projects.length} projecten`);
  expect(problems).toEqual([]);
});

test("under a sub-path with the strict CSP a project page opens and survives a reload", async ({ page }) => {
  const problems = await watchProblems(page);
  const response = await page.goto("/gemeente/apps/twente/?view=projects");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await waitForApp(page);
  await expect(page.getByTestId("result-count")).toHaveText(`Gevonden projecten: ${dataset.projects.length}`);

  await page.getByRole("link", { name: "TalentIT", exact: true }).click();
  await expect(page).toHaveURL(/\/gemeente\/apps\/twente\/\?project=talentit$/);
  await expect(page.locator("h1")).toHaveText("TalentIT");
  await expect(page.locator(".facts")).toContainText("Agenda voor Twente");
  await expect(page.getByText("€ 99.400")).toBeVisible();

  await page.reload();
  await waitForApp(page);
  await expect(page.locator("h1")).toHaveText("TalentIT");
  await expect(page.locator(".sources")).toContainText("talentittwente.nl");

  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Projecten");
  expect(problems).toEqual([]);
});

test("an unknown project id shows a not-found page, not a blank one", async ({ page }) => {
  await page.goto("/?project=bestaat-niet");
  await waitForApp(page);
  await expect(page.locator("h1")).toHaveText("Project niet gevonden");
  await expect(page.locator("main")).toContainText("bestaat-niet");
});

test("a dataset with invalid JSON shows where the syntax breaks, with a retry button", async ({ page }) => {
  await page.goto("/bad/invalid-json/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("De gegevens konden niet worden geladen");
  await expect(alert).toContainText("geen geldige JSON op regel");
  await expect(alert.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();
});

test("a dataset with a nameless project names the record and field", async ({ page }) => {
  await page.goto("/bad/missing-project-name/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("projects[1].name");
  await expect(alert).toContainText("het verplichte veld “name” ontbreekt");
});

test("an HTTP error names the status, and retry loads again", async ({ page }) => {
  let requests = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/data/investeren-in-twente.json")) requests += 1;
  });
  await page.goto("/fixture/http-500/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("foutcode 500");
  await alert.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(alert).toContainText("foutcode 500");
  expect(requests).toBe(2);
});
