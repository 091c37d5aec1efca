// Shared e2e helpers: the bundled dataset, the interface strings of locales/*.json, and locators
// for the parts of the app most tests use, found by role and accessible name.
import { expect } from "./fixtures.js";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

export const dataset = JSON.parse(readFileSync(resolve(ROOT, "public/data/investeren-in-twente.json"), "utf8"));

/** The path of the dataset the app loads, relative to the app. */
export const DATA = "data/investeren-in-twente.json";

/**
 * The projects that belong to a municipality, as issue 26 defines it: they take place there, the
 * municipality's own government (a local government seated there) takes part, or every municipality
 * does (a project for all of Twente). Written here from the dataset, apart from the app's code.
 */
export function municipalityProjects(id) {
  const governments = new Set(dataset.organisations.filter((o) => o.kind === "local_government" && o.municipality === id).map((o) => o.id));
  const everywhere = (p) => dataset.municipalities.every((m) => p.municipalities?.includes(m.id));
  return dataset.projects.filter(
    (p) => p.municipalities?.includes(id) || everywhere(p) || (p.participants ?? []).some((x) => governments.has(x.organisation)),
  );
}

export const LANGS = ["nl", "en", "de"];

/**
 * The interface strings, as the app has them (nested JSON, placeholders written {{ name }}, or {name}
 * in the texts the app fills itself with core::cite::fill).
 */
export const locales = Object.fromEntries(
  LANGS.map((lang) => [lang, JSON.parse(readFileSync(resolve(ROOT, `locales/${lang}.json`), "utf8"))]),
);

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}|\{(\w+)\}/g;

export const escapeRegExp = (text) => String(text).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function lookup(key, lang) {
  const value = key.split(".").reduce((node, part) => node?.[part], locales[lang]);
  if (typeof value !== "string") throw new Error(`no interface string "${key}" in locales/${lang}.json`);
  return value;
}

/** An interface string of locales/<lang>.json with its placeholders filled in: t("explorer.results_count", { count: 3 }). */
export function t(key, values = {}, lang = "nl") {
  return lookup(key, lang).replace(PLACEHOLDER, (_, double, single) => {
    const name = double ?? single;
    if (!(name in values)) throw new Error(`"${key}" needs a value for {{ ${name} }} (use tPattern to leave it open)`);
    return String(values[name]);
  });
}

/**
 * An interface string as a RegExp (not anchored): a value may be a string (matched as written) or a
 * RegExp; a placeholder without a value matches any text.
 */
export function tPattern(key, values = {}, lang = "nl") {
  let source = "";
  let at = 0;
  const template = lookup(key, lang);
  for (const match of template.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(template.slice(at, match.index));
    const value = values[match[1] ?? match[2]];
    source += value === undefined ? ".*?" : value instanceof RegExp ? `(?:${value.source})` : escapeRegExp(value);
    at = match.index + match[0].length;
  }
  return new RegExp(source + escapeRegExp(template.slice(at)));
}

/** An interface string (without placeholders) in any of the three languages, as a RegExp (not anchored). */
export const anyLang = (key) => new RegExp(LANGS.map((lang) => escapeRegExp(t(key, {}, lang))).join("|"));

/** A facet checkbox's accessible name: the value's name and its live count. */
export const facetValue = (name) => new RegExp(`^${escapeRegExp(name)} \\d+$`);

/** The main heading of the current view. */
export const mainHeading = (page) => page.getByRole("main").getByRole("heading", { level: 1 });

/** The explorer's results, a region named "Resultaten" (in any language). */
export const results = (page) => page.getByRole("region", { name: anyLang("explorer.results") });

/** The link of each result row (its name is the row's level-3 heading). */
export const resultLinks = (page) => results(page).getByRole("heading", { level: 3 }).getByRole("link");

/** The number of a facet checkbox's label: "Loopt 15" gives 15. */
export const facetCount = async (checkbox) => Number(await checkbox.evaluate((input) => input.labels[0].textContent.match(/(\d+)\s*$/)[1]));

/** Whether the app runs on the page: attached to the pre-rendered page, or rendered anew (src/contract.rs). */
export const appRunning = (page) => page.locator("html[data-app=running]");

/**
 * Waits until the page is loaded and boot.js listens; the app then starts by itself at the next idle
 * moment once its code is here (boot.js), without the reader doing anything.
 */
export async function startApp(page) {
  // A frame (a FrameLocator) has no waitForFunction: its page has loaded when the frame is found.
  if (!page.waitForFunction) return;
  // After head.js has moved an old address to its page.
  await page.waitForFunction(() => document.readyState === "complete" && document.querySelector("#app"));
}

/** Waits until the app runs and has its data (in a page or a frame). */
export async function waitForApp(page) {
  await startApp(page);
  await expect(appRunning(page)).toHaveCount(1, { timeout: 20_000 });
  // The start-up spinner of a page without pre-rendered content has no role, only aria-busy.
  await expect(page.locator("#app .boot[aria-busy=true]")).toHaveCount(0);
  await expect(page.getByRole("status", { includeHidden: true }).filter({ hasText: anyLang("loading") })).toHaveCount(0);
}

/** Waits until every chart of the page has measured its width and drawn its picture. */
export async function waitForCharts(page) {
  for (const figure of await page.getByRole("figure").all()) {
    await expect(figure.getByRole("img").first()).toBeVisible();
  }
}

/** The interface string of a problem kind: "MissingField" is problem.missing_field. */
export const problemKey = (kind) => `problem.${kind.replace(/(?<!^)([A-Z])/g, "_$1").toLowerCase()}`;

/** The line a problem at `path` names after it, " (regel 12)", as a RegExp source ("" for none). */
export const lineOf = (path, line, lang = "nl") => (line && path ? ` \\(${escapeRegExp(t("load_error.line", { line }, lang))}\\)` : "");
