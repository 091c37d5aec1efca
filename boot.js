// Starts the WebAssembly app. This is an external module rather than Trunk's inline start-up script,
// so the page runs under a Content-Security-Policy without 'unsafe-inline'. Trunk writes the hashed
// file names into this tag's data-js and data-wasm attributes (see Trunk.toml, pattern_script).

// The one text outside the app's i18n layer: the app itself could not start, so it cannot translate.
const FAILED = {
  nl: ["De app kon niet starten.", "Opnieuw laden"],
  en: ["The app could not start.", "Reload"],
  de: ["Die App konnte nicht starten.", "Neu laden"],
};

function showBootFailure(error) {
  console.error(error);
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

const tag = document.querySelector("script[data-js][data-wasm]");
try {
  const { default: init } = await import(new URL(tag.dataset.js, document.baseURI).href);
  await init({ module_or_path: new URL(tag.dataset.wasm, document.baseURI).href });
} catch (error) {
  showBootFailure(error);
}
