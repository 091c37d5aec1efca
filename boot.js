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

// The page is already there (pre-rendered): start the app once it is painted and the browser is
// idle, so its download and start-up never hold up the page or the reader's first taps.
await new Promise((resolve) => {
  const idle = () => ("requestIdleCallback" in window ? requestIdleCallback(resolve, { timeout: 3000 }) : setTimeout(resolve, 200));
  if (document.readyState === "complete") idle();
  else addEventListener("load", idle, { once: true });
});

const tag = document.querySelector("script[data-js][data-wasm]");
try {
  const { default: init } = await import(new URL(tag.dataset.js, document.baseURI).href);
  // Kept for the in-browser benchmark, which reads the size of the wasm memory.
  window.__twenteWasm = await init({ module_or_path: new URL(tag.dataset.wasm, document.baseURI).href });
  registerServiceWorker();
} catch (error) {
  showBootFailure(error);
}
