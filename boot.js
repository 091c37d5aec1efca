// Starts the WebAssembly app and its service worker. This is an external module rather than
// Trunk's inline start-up script, so the page runs under a Content-Security-Policy without
// 'unsafe-inline'. Trunk writes the hashed file names into this tag's data-js and data-wasm
// attributes (see Trunk.toml, pattern_script).

// The one text outside the app's i18n layer: the app itself could not start, so it cannot translate.
const FAILED = {
  nl: ["De app kon niet starten.", "Opnieuw laden"],
  en: ["The app could not start.", "Reload"],
  de: ["Die App konnte nicht starten.", "Neu laden"],
};

function showBootFailure(error) {
  console.error(error);
  // A pre-rendered page keeps its content: only what needs the app stops working, and the page
  // says so (style/app.css, .needs-app).
  document.documentElement.setAttribute("data-app", "failed");
  // Nothing will update: the results stop saying so (style/app.css says what the page cannot do).
  for (const results of document.querySelectorAll("[data-updates][aria-busy]")) results.removeAttribute("aria-busy");
  if (document.querySelector("#app[data-prerendered]")) return;
  const lang = (navigator.language || "nl").slice(0, 2).toLowerCase();
  const [message, reload] = FAILED[lang] || FAILED.nl;
  const box = document.createElement("div");
  box.className = "boot-failure";
  box.setAttribute("role", "alert");
  const text = document.createElement("p");
  text.textContent = message;
  const link = document.createElement("a");
  link.href = location.href;
  link.textContent = reload;
  box.append(text, link);
  const root = document.getElementById("app") || document.body;
  root.replaceChildren(box);
}

// Offline support. A new version is announced to the app (which shows a notice in the reader's
// language) and only taken into use when the reader asks for it: nothing reloads by itself.
function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || !location.protocol.startsWith("http")) return;
  const announce = () => {
    document.documentElement.setAttribute("data-update-available", "true");
    window.dispatchEvent(new CustomEvent("twente:update-available"));
  };
  navigator.serviceWorker
    .register(new URL("sw.js", document.baseURI).href, { scope: "./" })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) announce();
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed" && navigator.serviceWorker.controller) announce();
        });
      });
      let reloadRequested = false;
      window.addEventListener("twente:apply-update", () => {
        reloadRequested = true;
        if (registration.waiting) registration.waiting.postMessage("skip-waiting");
        else location.reload();
      });
      navigator.serviceWorker.addEventListener("controllerchange", () => {
        if (reloadRequested) location.reload();
      });
      // Long visits see new deploys too.
      setInterval(() => registration.update().catch(() => undefined), 30 * 60 * 1000);
    })
    .catch((error) => console.warn("service worker not registered", error));
}

// After a panic the WebAssembly instance is dead, but the router's click listener is still
// attached and would swallow the reload link of the error message (see src/app/fatal.rs).
// This listener runs first (capture phase on window) and reloads without the app.
window.addEventListener(
  "click",
  (event) => {
    const link = event.target instanceof Element && event.target.closest("#fatal-error a, .boot-failure a");
    if (!link) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    location.reload();
  },
  { capture: true },
);

// The page is already there (pre-rendered) and works without the app: it reads, its links lead to
// the other pages, the menu and the filters open (they are <details>), boxes tick and fields take
// text. Once the page is painted and the browser idle, the wasm is fetched and compiled off the main
// thread, the dataset alongside it. At the next idle moment after that the app starts, without
// waiting for the reader, and attaches to this same page in short tasks (src/app/start.rs,
// app::hydration): on the phone profile no task of the start takes 100 ms, and Lighthouse counts
// under 15 ms of blocking time for it (docs/benchmarks.md). Where the address asks for something
// the built page does not show (a search, filters, another dataset, embedding) it starts at once.
// Names shared with the Rust code are in src/contract.rs.
const html = document.documentElement;
const app = document.querySelector("#app[data-prerendered]");
// Whether what the reader does is kept for the app: not once it runs, nor when it cannot start.
const waiting = () => !["running", "failed"].includes(html.getAttribute("data-app"));
const needsAppNow = !app || location.search !== "" || document.querySelector("base[data-root]") !== null;

// What the reader does before the app runs and only the app can do is kept, in order, and handed to
// the app when it runs: the same element gets the same event again (the app attached to it, so
// nothing is matched by position). A field's typed text or choice is handed over once, as it is then;
// a button's clicks one by one. Meanwhile the results say they are updating.
const pending = [];
const markUpdating = () => {
  for (const results of document.querySelectorAll("[data-updates]")) results.setAttribute("aria-busy", "true");
};
const keep = (element, kind) => {
  if (kind !== "click") {
    const index = pending.findIndex((p) => p.element === element && p.kind === kind);
    if (index >= 0) pending.splice(index, 1);
  }
  pending.push({ element, kind });
  markUpdating();
};
if (app) {
  const inApp = (event) => waiting() && event.target instanceof Element && app.contains(event.target);
  for (const kind of ["input", "change"]) {
    document.addEventListener(
      kind,
      (event) => {
        if (!inApp(event)) return;
        keep(event.target, kind);
        // Not for the app yet: parts still to attach expect the page as built (docs/deploy.md).
        event.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
  document.addEventListener(
    "click",
    (event) => {
      const button = inApp(event) && event.target.closest("button");
      if (!button || !app.contains(button)) return;
      event.preventDefault();
      keep(button, "click");
    },
    { capture: true },
  );
  // A search typed and sent before the app runs is applied by the app, not by loading the page.
  document.addEventListener("submit", (event) => inApp(event) && event.preventDefault(), { capture: true });
  // An address with a search or filters (head.js marks it): the built list is not its answer yet.
  if (html.hasAttribute("data-address-filters")) markUpdating();
  // The page shows before this module runs: what the reader did in that moment counts too.
  for (const field of app.querySelectorAll("input, select, textarea")) {
    // A list with no option marked selected starts on its first.
    const initialIndex = (select) => Math.max(0, [...select.options].findIndex((option) => option.defaultSelected));
    const toggles = field.type === "checkbox" || field.type === "radio";
    const changed =
      field instanceof HTMLSelectElement ? field.selectedIndex !== initialIndex(field)
      : toggles ? field.checked !== field.defaultChecked
      : field.type === "file" ? field.files.length > 0
      : field.value !== field.defaultValue;
    if (changed) keep(field, toggles || field.type === "file" || field instanceof HTMLSelectElement ? "change" : "input");
  }
  // A file dropped on the dataset check (pages/check.rs) before the app runs goes into its file
  // field; without this the browser would open the file in place of the page.
  const dropZone = (event) => (waiting() && event.target instanceof Element ? event.target.closest(".check__drop") : null);
  document.addEventListener("dragover", (event) => dropZone(event) && event.preventDefault());
  document.addEventListener("drop", (event) => {
    const input = dropZone(event)?.querySelector("input[type=file]");
    if (!input || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    input.files = event.dataTransfer.files;
    keep(input, "change");
  });
  // The app dispatches this as soon as it runs, before any of its views updates itself.
  addEventListener("twente:running", () => {
    for (const { element, kind } of pending.splice(0)) {
      if (!element.isConnected) continue;
      if (kind === "click") element.click();
      else element.dispatchEvent(new Event(kind, { bubbles: true }));
    }
    // The app has applied the changes by the next frame.
    requestAnimationFrame(() => {
      for (const results of document.querySelectorAll("[data-updates][aria-busy]")) results.removeAttribute("aria-busy");
    });
  });
}

// A page that does not match the app (src/app/start.rs names the place in the console) is loaded
// again and rendered anew by the app: a second app in the same page would answer every click twice.
// The page stays readable meanwhile. Without session storage (a sandboxed frame) the page stays as
// it is, readable, with what needs the app marked as unavailable.
const FRESH_KEY = "twente-fresh";
const freshAsked = (() => {
  try {
    const asked = sessionStorage.getItem(FRESH_KEY) === location.pathname;
    sessionStorage.removeItem(FRESH_KEY);
    return asked;
  } catch {
    return false;
  }
})();
if (freshAsked) html.setAttribute("data-app", "fresh");
new MutationObserver(() => {
  if (html.getAttribute("data-app") !== "hydration-failed") return;
  try {
    sessionStorage.setItem(FRESH_KEY, location.pathname);
    location.reload();
  } catch (error) {
    showBootFailure(error);
  }
}).observe(html, { attributes: true, attributeFilter: ["data-app"] });

const loaded = () => new Promise((resolve) => (document.readyState === "complete" ? resolve() : addEventListener("load", resolve, { once: true })));
const idle = () => new Promise((resolve) => ("requestIdleCallback" in window ? requestIdleCallback(resolve, { timeout: 1000 }) : setTimeout(resolve, 50)));
// Fetched once the page is painted and the browser idle: a fetch started at the load event was
// counted into the page's largest paint by Lighthouse (LCP 1.0 → 3.1 s).
if (!needsAppNow) await loaded().then(idle);
const tag = document.querySelector("script[data-js][data-wasm]");
// The bundled dataset, fetched alongside the wasm: the app takes this request (src/app/data.rs)
// instead of asking for the file only once it runs, a round trip and a transfer later. Not when the
// address names another dataset (?data=), which the app checks before it fetches.
const DATASET = "data/investeren-in-twente.json";
const webAssembly = typeof WebAssembly === "object";
if (webAssembly && !new URLSearchParams(location.search).has("data")) {
  const controller = new AbortController();
  const response = fetch(DATASET, { signal: controller.signal });
  // A request the app never takes (it could not start) fails quietly.
  response.catch(() => undefined);
  window.twenteDataset = [controller, response];
}
try {
  // head.js has laid the page out for this already.
  if (!webAssembly) throw new Error("This browser runs no WebAssembly: the pages stay as built.");
  const glue = import(new URL(tag.getAttribute("data-js"), document.baseURI).href);
  const wasm = new URL(tag.getAttribute("data-wasm"), document.baseURI).href;
  // Compiled off the main thread (falls back to the glue's own loading).
  const compiled = WebAssembly.compileStreaming ? WebAssembly.compileStreaming(fetch(wasm)).catch(() => wasm) : Promise.resolve(wasm);
  const module = await compiled;
  if (!needsAppNow) await idle();
  const { default: init } = await glue;
  // Kept for the in-browser benchmark, which reads the size of the wasm memory.
  window.__twenteWasm = await init({ module_or_path: module });
} catch (error) {
  showBootFailure(error);
} finally {
  // After the app has asked for its dataset: the worker's copy of the same file would otherwise go
  // first and make the app wait for two downloads (the browser fetches one URL once at a time).
  registerServiceWorker();
}
