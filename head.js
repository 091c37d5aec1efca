// Runs in the <head> of every page, before the first paint (an external script: the strict
// Content-Security-Policy allows no inline script). It does three things the app would otherwise do
// too late, after the WebAssembly has loaded:
//
// 1. Fixes the pages' root. Every page says where the app's root is with a relative <base href>
//    ("../../" on en/projects/talentit/); made absolute here, it stays right when the app moves
//    between pages of other depths without reloading.
// 2. Sends the old addresses to their pages: the app's views used to live in the query string
//    (?project=talentit, ?view=money, ?lang=en); they now have pages of their own (en/money/).
//    The mapping is app::core::route's, checked by tests/e2e (legacy addresses).
// 3. Applies the reader's stored colour scheme, and at the root the stored (else the browser's)
//    language, so no page flashes in the wrong theme or language.
// 4. Marks what the address asks for that the built page does not show yet: embedding (the
//    stylesheet hides the site's header, menu and footer from the first paint) and a search or
//    filters (the results say they are being updated until the app applies them, or that they are
//    not filtered where the app cannot run).
// 5. In a frame (embed=1), opens links to other sites in a new tab: inside the frame the other
//    site would replace the explorer, or refuse to be framed (docs/embedding.md). Here rather than
//    in the app, so it holds from the first paint, and where the app cannot run.
(() => {
  // Scripts run: the stylesheet stops saying that search and filters need them.
  document.documentElement.setAttribute("data-script", "");
  // Without WebAssembly (iOS Lockdown Mode, some locked-down browsers) the app cannot run: the page
  // is laid out as such from the first paint (the explorer's whole list shows), so the browser
  // restores a reader's place on Back into the same layout. boot.js says the same, later, for any
  // other failure.
  if (typeof WebAssembly !== "object") document.documentElement.setAttribute("data-app", "failed");
  const LANGS = ["nl", "en", "de"];
  const base = document.querySelector("base");
  if (base) base.setAttribute("href", base.href);

  const stored = (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null; // storage blocked (a sandboxed iframe, a strict browser setting)
    }
  };
  const params = new URLSearchParams(location.search);
  const theme = params.get("theme");
  const scheme = stored("twente-scheme");
  if (theme && theme !== "auto") document.documentElement.setAttribute("data-theme", theme);
  // The deployment's own colours (docs/embedding.md): a stylesheet no build pins, loaded only here.
  if (theme === "own") {
    const sheet = document.createElement("link");
    sheet.rel = "stylesheet";
    sheet.href = new URL("theme.css", base ? base.href : location.href).href;
    document.head.append(sheet);
  }
  else if (scheme === "dark" || scheme === "light") document.documentElement.setAttribute("data-theme", scheme);

  // The explorer's search and filters (core::query's Facet keys; tests/contract.rs keeps them equal).
  const FILTERS = ["q", "programme", "line", "status", "kind", "municipality", "crossborder", "partner"];
  if ([...params.keys()].some((key) => FILTERS.includes(key.replace(/^not-/, "")))) {
    document.documentElement.setAttribute("data-address-filters", "");
  }
  const embedded = ["1", "true", "yes"].includes(params.get("embed"));
  if (embedded) document.documentElement.setAttribute("data-embed", "");
  // One chart alone in a frame (embed=1&chart=tijdlijn): of the page's main content only that
  // chart (its figure, with its table), the note after it and the page's sources stay. A rule
  // made here through the CSS object model, which a Content-Security-Policy does not block, for
  // an id of the charts' own form only.
  const chart = params.get("chart");
  if (embedded && chart && /^[a-z0-9-]{1,80}$/.test(chart) && "adoptedStyleSheets" in document) {
    const id = `#chart-${chart}`;
    const kept = `${id}, ${id} *, ${id} + .note, ${id} + .note *, .page-sources, .page-sources *`;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`main :not(:has(${id}, .page-sources)):not(${kept}) { display: none !important; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  if (embedded) {
    document.addEventListener(
      "click",
      (event) => {
        const link = event.target instanceof Element && event.target.closest("a[href]");
        if (!link || link.target || link.origin === location.origin || !/^https?:$/.test(link.protocol)) return;
        // A new tab, unless the embedding page asked for links to replace it (links=top).
        link.target = params.get("links") === "top" ? "_top" : "_blank";
        link.rel = "noopener";
      },
      { capture: true },
    );
  }

  // Only the root page (no language in its path) is redirected.
  const root = base ? new URL(base.href).pathname : location.pathname.replace(/[^/]*$/, "");
  const page = location.pathname.slice(root.length).replace(/index\.html$/, "");
  if (page !== "") return;

  const primary = (tag) => (tag || "").split(/[-_]/)[0].toLowerCase();
  const lang = [params.get("lang"), stored("twente-lang"), ...(navigator.languages || [navigator.language])]
    .map(primary)
    .find((tag) => LANGS.includes(tag)) || "nl";
  const id = (key) => (params.get(key) || "").trim();
  const view = id("view");
  // The folders of the pages without an id (core::route::PAGES; tests/contract.rs keeps them equal).
  const PAGES = ["projects", "municipalities", "money", "lines", "basis", "indicators", "timeline", "compare", "glossary", "quality", "accessibility", "embed", "check"];
  let path = "";
  if (id("project")) path = `projects/${encodeURIComponent(id("project"))}/`;
  else if (view === "programme" && id("id")) path = `programmes/${encodeURIComponent(id("id"))}/`;
  else if (view === "municipality") path = id("id") ? `municipalities/${encodeURIComponent(id("id"))}/` : "municipalities/";
  else if (PAGES.includes(view)) path = `${view}/`;
  for (const key of ["project", "view", "lang"]) params.delete(key);
  if (view === "programme" || view === "municipality") params.delete("id");
  const search = params.toString();
  if (lang === "nl" && path === "" && location.search === "") return;
  location.replace(`${root}${lang}/${path}${search ? `?${search}` : ""}${location.hash}`);
})();
