// Reliability and security: hostile data and URLs, bad datasets, network faults, panics.
import { test, expect } from "@playwright/test";
import { payloads } from "./xss-dataset.mjs";
import { waitForApp, watchProblems } from "./helpers.js";

/** Everything the page must never contain after hostile input. */
async function assertNoInjection(page, where) {
  const findings = await page.evaluate(() => {
    const out = [];
    if (window.__xss !== undefined || window.__pwned !== undefined) out.push("the canary was touched");
    // leptos_i18n's context provider renders an empty <script> (a slot for server-embedded
    // translations, unused in CSR); anything else is foreign.
    const scripts = [...document.scripts].filter(
      (s) => !s.src.endsWith("boot.js") && (s.src || s.textContent.replace("<!---->", "").trim()),
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

test("an XSS payload in every text and link field is shown as text on every view, charts included", async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  expect(payloads.length).toBeGreaterThanOrEqual(30);
  const views = ["", "?view=projects", "?project=p-0", "?project=p-3", "?project=p-20", "?view=money", "?view=lines", "?view=basis",
    "?view=indicators", "?view=timeline", "?view=programme&id=rdt", "?view=municipalities", "?view=quality",
    "?view=compare&ids=p-1,p-2,p-4", "?view=projects&q=script"];
  for (const view of views) {
    await page.goto(`/hostile/${view}`);
    await waitForApp(page);
    await page.waitForTimeout(150);
    for (const summary of await page.locator("details > summary").all()) await summary.click();
    await assertNoInjection(page, view || "overview");
  }
  // The payloads are there, as text: in the list, on a page, and in a chart label.
  await page.goto("/hostile/?view=projects");
  await waitForApp(page);
  await expect(page.locator(".result__name").filter({ hasText: payloads[0] }).first()).toBeVisible();
  // The overview charts the projects per action line, labelled with the (hostile) line name.
  await page.goto("/hostile/");
  await waitForApp(page);
  await expect(page.locator(".chart svg text").filter({ hasText: payloads[7] }).first()).toBeAttached();
  expect(dialogs).toEqual([]);
});

test("XSS payloads in every URL parameter are ignored or shown as text", async ({ page }) => {
  test.setTimeout(180_000);
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
      await expect(page.locator("main")).not.toBeEmpty();
      await assertNoInjection(page, `${url}`);
    }
  }
  expect(dialogs).toEqual([]);
});

test("a dataset over the size limit is refused before it is read, with the limit named", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/fault/huge/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("het bestand is 66,8 MB; de app leest bestanden tot 64 MB", { timeout: 30_000 });
  await expect(alert.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();
  // The tab is not frozen: it still answers.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
});

test("a 50 MB file that is not a dataset gets the validator's located message, and the tab stays responsive", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/fault/fifty/");
  const alert = page.getByRole("alert");
  await expect(alert.locator(".problem__path").first()).toHaveText("padding", { timeout: 45_000 });
  await expect(alert).toContainText("unknown field `padding`");
  await expect(alert.getByRole("button", { name: "Opnieuw proberen" })).toBeFocused({ timeout: 1 }).catch(() => undefined);
  await alert.getByRole("button", { name: "Opnieuw proberen" }).focus();
  await expect(alert.getByRole("button", { name: "Opnieuw proberen" })).toBeFocused();
});

test("HTTP 404 names the status and the file", async ({ page }) => {
  await page.goto("/fixture/http-404/");
  await expect(page.getByRole("alert")).toContainText("De server gaf foutcode 404 voor het gegevensbestand data/investeren-in-twente.json.");
});

test("a slow answer (5 s) shows the loading state, then the data", async ({ page }) => {
  await page.goto("/fault/slow/?view=projects");
  await expect(page.locator(".loading")).toBeVisible();
  await expect(page.locator(".loading")).toContainText("Gegevens laden");
  await expect(page.locator(".loading__slow")).toHaveText("Dit duurt langer dan normaal; de verbinding is traag.", { timeout: 6_000 });
  await expect(page.locator(".result").first()).toBeVisible({ timeout: 10_000 });
});

test("no answer at all times out with a clear message and a retry", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/fault/hang/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("kwam niet binnen 15 seconden binnen", { timeout: 25_000 });
  await expect(alert.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();
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
  await expect(page.locator(".result").first()).toBeVisible();
  await expect(page.locator(".banner--offline")).toContainText("De server gaf geen actuele gegevens; u ziet de gegevens zoals ze zijn opgehaald op");
  await request.post("/__control/flaky?status=0");
});

test("a panic shows a recoverable error view with a reload link, not a frozen page", async ({ page }) => {
  // The build with the `test-hooks` feature (never deployed) panics on this event.
  await page.goto("/test-hooks/?view=projects");
  await waitForApp(page);
  await page.evaluate(() => window.dispatchEvent(new CustomEvent("twente:test-panic")));
  const view = page.locator("#fatal-error");
  await expect(view).toHaveAttribute("role", "alert");
  await expect(view.locator("h1")).toHaveText("Er ging iets mis in de app");
  const reload = view.getByRole("link", { name: "Pagina herladen" });
  await expect(reload).toBeFocused();
  await reload.click();
  await waitForApp(page);
  await expect(page.locator("#fatal-error")).toHaveCount(0);
  await expect(page.locator("main h1")).toHaveText("Projecten");
});
