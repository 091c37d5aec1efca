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
  document.documentElement.dataset.app = "failed";
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
    document.documentElement.dataset.updateAvailable = "true";
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

// The page is already there (pre-rendered) and works without the app: it reads, and its links lead
// to the other pages. The app (search, filters, export, the switches) starts when the reader first
// reaches for the page (a tap, a key, focus, a dropped file), or when the page has been quiet for a few seconds after
// loading (so that a later tap finds it ready), or at once when the address asks for something the
// pre-rendered page does not show (a search, filters, another dataset, embedding). The browser
// fetches and compiles the wasm when it is idle, off the main thread. Why: starting takes about a
// second of main-thread work on a mid-range phone, and done during the load it held up the reader's
// first taps (Lighthouse total blocking time 175 to 363 ms; docs/benchmarks.md).
const app = document.querySelector("#app[data-prerendered]");
const needsAppNow = !app || location.search !== "" || document.querySelector("base[data-root]") !== null;

// What the reader does before the app has taken over is kept and done again once it has
// (src/app/takeover.rs copies typed text, open tables and choices; the clicks are replayed here).
const clicks = [];
const pathBelow = (root, element) => {
  const path = [];
  for (let node = element; node !== root; node = node.parentElement) {
    if (!node.parentElement) return null;
    path.unshift([...node.parentElement.children].indexOf(node));
  }
  return path;
};
if (app) {
  document.addEventListener(
    "click",
    (event) => {
      if (!app.hasAttribute("data-prerendered")) return;
      const control = event.target instanceof Element && event.target.closest("button, input[type=checkbox], input[type=radio]");
      if (!control || !app.contains(control)) return;
      event.preventDefault();
      const path = pathBelow(app, control);
      if (path) clicks.push(path);
    },
    { capture: true },
  );
  // Marks what the reader changes (typed text, a choice, a table opened) for src/app/takeover.rs.
  // "toggle" does not bubble; a capturing listener still sees it.
  for (const name of ["input", "change", "toggle"]) {
    document.addEventListener(
      name,
      (event) => {
        if (app.hasAttribute("data-prerendered") && event.target instanceof Element && app.contains(event.target)) {
          event.target.setAttribute("data-reader-changed", "");
        }
      },
      { capture: true },
    );
  }
  // The page shows before this module runs: what the reader did in that moment counts too.
  for (const field of app.querySelectorAll("input, select")) {
    // A list with no option marked selected starts on its first.
    const initialIndex = (select) => Math.max(0, [...select.options].findIndex((option) => option.defaultSelected));
    const changed =
      field instanceof HTMLSelectElement ? field.selectedIndex !== initialIndex(field)
      : field.type === "checkbox" || field.type === "radio" ? field.checked !== field.defaultChecked
      : field.value !== field.defaultValue;
    if (changed) field.setAttribute("data-reader-changed", "");
  }
  // A file dropped on the dataset check (pages/check.rs) before the app has taken over goes into
  // its file field, which the takeover carries over; without this the browser would open the file
  // in place of the page.
  const dropZone = (event) =>
    app.hasAttribute("data-prerendered") && event.target instanceof Element ? event.target.closest(".check__drop") : null;
  document.addEventListener("dragover", (event) => {
    if (dropZone(event)) event.preventDefault();
  });
  document.addEventListener("drop", (event) => {
    const input = dropZone(event)?.querySelector("input[type=file]");
    if (!input || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    input.files = event.dataTransfer.files;
    input.setAttribute("data-reader-changed", "");
  });
  addEventListener("twente:taken-over", () => {
    for (const path of clicks.splice(0)) {
      let element = app;
      for (const index of path) element = element?.children[index];
      element?.click();
    }
  });
}

const idle = () =>
  new Promise((resolve) => {
    const whenIdle = () => ("requestIdleCallback" in window ? requestIdleCallback(resolve, { timeout: 3000 }) : setTimeout(resolve, 200));
    if (document.readyState === "complete") whenIdle();
    else addEventListener("load", whenIdle, { once: true });
  });
const firstReach = () =>
  new Promise((resolve) => {
    const events = ["pointerdown", "keydown", "focusin", "touchstart", "drop"];
    const reached = () => {
      for (const name of events) removeEventListener(name, reached, { capture: true });
      resolve();
    };
    for (const name of events) addEventListener(name, reached, { capture: true, passive: true });
  });

const WARM_START_AFTER_MS = 5000;
const quietAfterLoad = () => idle().then(() => new Promise((resolve) => setTimeout(resolve, WARM_START_AFTER_MS))).then(idle);
const reachedAlready = app !== null && (app.contains(document.activeElement) || app.querySelector("[data-reader-changed]") !== null);
const reach = needsAppNow || reachedAlready ? Promise.resolve() : Promise.race([firstReach(), quietAfterLoad()]);
await idle();
const tag = document.querySelector("script[data-js][data-wasm]");
try {
  const glue = import(new URL(tag.dataset.js, document.baseURI).href);
  const wasm = new URL(tag.dataset.wasm, document.baseURI).href;
  // Compiled off the main thread while the reader reads (falls back to the glue's own loading).
  const compiled = WebAssembly.compileStreaming ? WebAssembly.compileStreaming(fetch(wasm)).catch(() => wasm) : Promise.resolve(wasm);
  await reach;
  const { default: init } = await glue;
  // Kept for the in-browser benchmark, which reads the size of the wasm memory.
  window.__twenteWasm = await init({ module_or_path: await compiled });
} catch (error) {
  showBootFailure(error);
} finally {
  // After the app has asked for its dataset: the worker's copy of the same file would otherwise go
  // first and make the app wait for two downloads (the browser fetches one URL once at a time).
  registerServiceWorker();
}
