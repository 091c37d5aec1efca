// Reliability and security: hostile data and URLs, HTTP errors and network faults of the dataset,
// files too big to read, and panics.
import { test, expect, failedLoad } from "./fixtures.js";
import { payloads } from "./xss-dataset.mjs";
import { DATA, mainHeading, resultLinks, startApp, t, tPattern, waitForApp, waitForCharts } from "./helpers.js";

const retry = (alert) => alert.getByRole("button", { name: t("load_error.retry") });

/** Everything the page must never contain after hostile input. */
async function assertNoInjection(page, where) {
  const findings = await page.evaluate(() => {
    const out = [];
    if (window.__xss !== undefined || window.__pwned !== undefined) out.push("the canary was touched");
    // leptos_i18n's context provider renders an empty <script> (a slot for server-embedded
    // translations, unused in CSR); the page about the data has its schema.org data block in the
    // head (never run, and whole JSON: no text of the dataset ended it); anything else is foreign.
    const dataBlock = (s) => {
      if (s.type !== "application/ld+json" || s.parentElement !== document.head) return false;
      try {
        return JSON.parse(s.textContent)["@type"] === "Dataset";
      } catch {
        return false;
      }
    };
    const scripts = [...document.scripts].filter(
      (s) => !s.src.endsWith("/boot.js") && !s.src.endsWith("/head.js") && !dataBlock(s) && (s.src || s.textContent.replace("<!---->", "").trim()),
    );
    if (scripts.length) out.push(`${scripts.length} foreign script element(s): ${scripts.map((s) => s.outerHTML.slice(0, 60)).join(" | ")}`);
    for (const tag of ["iframe", "object", "embed", "img", "video", "audio", "base", "input[autofocus]", "details[ontoggle]", "marquee", "foreignObject"]) {
      const found = document.querySelectorAll(`main ${tag}, header ${tag}, footer ${tag}`).length;
      if (found) out.push(`${found} injected <${tag}>`);
    }
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) out.push(`event handler ${attr.name} on <${el.tagName.toLowerCase()}>`);
        if (/^(href|src|action|xlink:href|formaction|data)$/i.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value)) {
          out.push(`${attr.name}="${attr.value.slice(0, 40)}" on <${el.tagName.toLowerCase()}>`);
        }
      }
    }
    return out;
  });
  expect(findings, where).toEqual([]);
}

test("hostile dataset text is shown as text on every view, charts included: no script, no element, no handler", async ({ page, allowProblems }) => {
  test.setTimeout(150_000);
  // These mounts serve another dataset in place of the bundled one, so its projects have no
  // pre-rendered pages: the server answers with its 404 page, which the app fills in.
  for (const page of ["hostile/nl/projects/p-0/", "hostile/nl/projects/p-3/", "hostile/nl/projects/p-20/", "fixture/hostile/nl/projects/creeren/"]) {
    allowProblems(failedLoad(404, page));
  }
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  expect(payloads.length).toBeGreaterThanOrEqual(30);
  // Two hostile datasets: /hostile/ has a payload in every text and link field (tests/e2e/xss-dataset.mjs),
  // /fixture/hostile/ (tests/fixtures/hostile.json) a few in names that charts draw.
  const pages = [
    ...["", "?view=projects", "?project=p-0", "?project=p-3", "?project=p-20", "?view=money", "?view=lines", "?view=basis",
      "?view=indicators", "?view=timeline", "?view=programme&id=rdt", "?view=municipalities", "?view=quality",
      "?view=compare&ids=p-1,p-2,p-4", "?view=projects&q=script"].map((view) => `/hostile/${view}`),
    ...["", "?view=lines", "?view=timeline", "?view=projects", "?project=creeren"].map((view) => `/fixture/hostile/${view}`),
  ];
  for (const path of pages) {
    await page.goto(path);
    await waitForApp(page);
    await waitForCharts(page);
    // The tables under the charts (not the folds of the menu and the filters, open on a wide screen).
    for (const summary of await page.locator("main details:not(.fold) > summary").all()) await summary.click();
    await assertNoInjection(page, path);
    await expect(page.getByRole("main").locator("img, script")).toHaveCount(0);
  }
  // The payloads are there, as text: in the list, on a page, and in the charts' labels (SVG text).
  await page.goto("/hostile/?view=projects");
  await waitForApp(page);
  await expect(resultLinks(page).filter({ hasText: payloads[0] }).first()).toBeVisible();
  // The overview charts the projects per action line, labelled with the (hostile) line name.
  const linesChart = page.getByRole("img", { name: t("overview.lines_chart_title") });
  await page.goto("/hostile/");
  await waitForApp(page);
  await expect(linesChart.locator("text").filter({ hasText: payloads[7] }).first()).toBeAttached();
  await page.goto("/fixture/hostile/");
  await waitForApp(page);
  await expect(linesChart.locator("text").filter({ hasText: "<img src=x onerror=alert(1)>" }).first()).toBeVisible();
  await page.goto("/fixture/hostile/?view=timeline");
  await waitForApp(page);
  await expect(page.getByRole("img", { name: t("timeline.chart_title") }).locator("text").filter({ hasText: "<script>window.__pwned=1</script>" }).first()).toBeAttached();
  expect(dialogs).toEqual([]);
});

test("XSS payloads in every URL parameter are ignored or shown as text", async ({ page, baseURL, allowProblems }) => {
  test.setTimeout(180_000);
  // ?data=<payload> names a file on the app's own origin when the payload is a relative path: the
  // app asks for it and the server answers 404 (shown as the HTTP error), which the browser logs.
  const app = new URL("/", baseURL);
  for (const payload of payloads) {
    const file = new URL(payload, app);
    if (file.origin === app.origin) allowProblems(failedLoad(404, file.href.slice(app.href.length)));
  }
  // ?project=<payload> and ?view=programme&id=<payload> lead to the pages of those ids, which do not
  // exist: the server answers with its 404 page (on which the app says so), and the browser logs it.
  allowProblems(/^console\.error: Failed to load resource: the server responded with a status of 404 \(Not Found\) @ http:\/\/127\.0\.0\.1:\d+\/nl\/(projects|programmes)\/[^/]+\/$/);
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  for (const payload of payloads) {
    const p = encodeURIComponent(payload);
    const urls = [
      `/?view=projects&q=${p}&programme=${p}&line=${p}&not-status=${p}&partner=${p}&sort=${p}&page=${p}&lang=${p}&theme=${p}&lock=${p}&embed=${p}`,
      `/?project=${p}`,
      `/?view=${p}&id=${p}`,
      `/?view=programme&id=${p}`,
      `/?data=${p}`,
    ];
    for (const url of urls) {
      await page.goto(url);
      await expect(page.getByRole("main")).not.toBeEmpty();
      await assertNoInjection(page, `${url}`);
    }
  }
  expect(dialogs).toEqual([]);
});

test("a dataset over the size limit is refused before it is read, with the limit named", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/fault/huge/");
  await startApp(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(t("problem.too_large", { size: "66,8", limit: "64" }), { timeout: 30_000 });
  await expect(retry(alert)).toBeVisible();
  // The tab is not frozen: it still answers.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
});

test("a 50 MB file that is not a dataset gets the validator's located message, and the tab stays responsive", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/fault/fifty/");
  await startApp(page);
  const alert = page.getByRole("alert");
  // The first problem, "<where>: <what>".
  await expect(alert.getByRole("listitem").first()).toHaveText(new RegExp(`^padding: ${tPattern("problem.unknown_field", { field: "padding" }).source}$`), { timeout: 45_000 });
  await expect(alert).toContainText("schema_version, report, sources");
  await retry(alert).focus();
  await expect(retry(alert)).toBeFocused();
});

test("an HTTP error names the status, and retry loads again; focus goes on from the error's heading", async ({ page, allowProblems }) => {
  allowProblems(failedLoad(500, `fixture/http-500/${DATA}`));
  let requests = 0;
  page.on("request", (request) => {
    if (request.url().endsWith(`/${DATA}`)) requests += 1;
  });
  await page.goto("/fixture/http-500/");
  await startApp(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(t("load_error.http", { status: 500, url: DATA }));
  // By keyboard: the button goes while the app loads again; focus is not lost to the page's start.
  await retry(alert).focus();
  await page.keyboard.press("Enter");
  await expect(alert).toContainText(t("load_error.http", { status: 500, url: DATA }));
  expect(requests).toBe(2);
  await expect(alert.getByRole("heading", { level: 1, name: t("load_error.title") })).toBeFocused();
});

test("HTTP 404 names the status and the file", async ({ page, allowProblems }) => {
  allowProblems(failedLoad(404, `fixture/http-404/${DATA}`));
  await page.goto("/fixture/http-404/");
  await startApp(page);
  await expect(page.getByRole("alert")).toContainText(t("load_error.http", { status: 404, url: DATA }));
});

test("a slow answer (5 s): the pre-rendered page shows at once, with no loading state; what the reader types meanwhile applies once the app has the data", async ({ page }) => {
  await page.goto("/fault/slow/?view=projects");
  await expect(resultLinks(page).first()).toBeVisible({ timeout: 2_000 });
  await expect(page.getByRole("status").filter({ hasText: t("loading") })).toHaveCount(0);
  // The reader types into the pre-rendered page; that starts the app, whose data is still on its way.
  await page.getByLabel(t("explorer.search_label")).fill("talentit");
  await expect(page.locator("#app[data-prerendered]")).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: t("loading") })).toHaveCount(0);
  await expect(page.locator("#app[data-prerendered]")).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByLabel(t("explorer.search_label"))).toHaveValue("talentit");
  await expect(resultLinks(page)).toHaveCount(1);
  await expect(page).toHaveURL(/q=talentit/);
});

test("no answer at all times out with a clear message and a retry", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/fault/hang/");
  await startApp(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(t("load_error.timeout", { url: DATA, seconds: 15 }), { timeout: 25_000 });
  await expect(retry(alert)).toBeVisible();
});

test("when the server fails after a visit, the cached copy is shown with its date", async ({ page, request }) => {
  await request.post("/__control/flaky?status=0");
  await page.goto("/fault/flaky/?view=projects");
  await waitForApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
    }
  });
  await request.post("/__control/flaky?status=500");
  await page.reload();
  await waitForApp(page);
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: tPattern("app_status.cached", { date: /.+/ }) })).toBeVisible();
  await request.post("/__control/flaky?status=0");
});

test("a panic shows a recoverable error view with a reload link, not a frozen page", async ({ page, allowProblems }) => {
  // The build with the `test-hooks` feature (never deployed) panics on this event; the panic hook logs
  // the panic, and the dead WebAssembly instance throws "unreachable" out of the event handler.
  allowProblems(/^console\.error: panicked at src\/app\/fatal\.rs:\d+:\d+:\ntest panic requested by the end-to-end tests\n/, /^pageerror: unreachable$/);
  await page.goto("/test-hooks/?view=projects");
  await waitForApp(page);
  await page.evaluate(() => window.dispatchEvent(new CustomEvent("twente:test-panic")));
  const view = page.getByRole("alert");
  await expect(view.getByRole("heading", { level: 1 })).toHaveText(t("fatal.title"));
  await expect(view).toContainText(t("fatal.body"));
  const reload = view.getByRole("link", { name: t("fatal.reload") });
  await expect(reload).toBeFocused();
  await reload.click();
  await waitForApp(page);
  await expect(page.getByRole("alert", { includeHidden: true })).toHaveCount(0);
  await expect(mainHeading(page)).toHaveText(t("explorer.heading"));
});
