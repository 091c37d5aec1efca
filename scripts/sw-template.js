// Service worker of the Investeren in Twente explorer. Generated at build time by
// scripts/build-sw.mjs from scripts/sw-template.js: VERSION and the file lists are filled in.
//
// - The app shell (boot.js, head.js, the hashed wasm/js/css, manifest, icons) and the overview page
//   of each language are precached; every other pre-rendered page, and the check page's own app, is
//   kept when it is visited.
// - Hashed files are served cache-first; pages and datasets network-first with the cached copy as
//   fallback, stamped with the time it was fetched so the app can say how old its data is. A page
//   never visited falls back, offline, to its language's overview, on which the app draws the page
//   asked for.
// - A new version waits until the reader chooses to reload (the app shows a notice); nothing
//   reloads by itself. Old shell caches are removed on activation.
const VERSION = "__VERSION__";
const SHELL = __SHELL__;
const DATA = __DATA__;
const SHELL_CACHE = `twente-shell-${VERSION}`;
const DATA_CACHE = "twente-data";
const PAGE_CACHE = `twente-pages-${VERSION}`;
const CACHED_AT = "x-twente-cached-at";
// Past this, a dataset request falls back to the cached copy (the app itself gives up later).
const NETWORK_TIMEOUT_MS = 8000;

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
}

async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set(CACHED_AT, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function cacheData(cache, request) {
  const response = await fetch(request, { cache: "no-cache" });
  if (response.ok) await cache.put(request, await stamped(response.clone()));
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      await shell.addAll(SHELL);
      const data = await caches.open(DATA_CACHE);
      await Promise.all(DATA.map((url) => cacheData(data, new Request(url)).catch(() => undefined)));
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      const old = (k) => (k.startsWith("twente-shell-") && k !== SHELL_CACHE) || (k.startsWith("twente-pages-") && k !== PAGE_CACHE);
      await Promise.all(keys.filter(old).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    // Network first for the page, so a new deploy is seen; the kept copy when offline.
    event.respondWith(
      (async () => {
        const page = new URL(url.pathname, url.origin).href;
        try {
          const response = await fetch(request);
          if (response.ok) await (await caches.open(PAGE_CACHE)).put(page, response.clone());
          return response;
        } catch (error) {
          const kept = await caches.match(page);
          if (kept) return kept;
          const scope = self.registration.scope;
          const lang = url.pathname.slice(new URL(scope).pathname.length).split("/")[0];
          const overview = (await caches.match(new URL(`${lang}/`, scope).href)) || (await caches.match(scope));
          if (!overview) throw error;
          // Another page's HTML at this address: its relative <base> would point elsewhere, so it
          // gets the root as an absolute address, marked as one the build did not know (data-root,
          // as 404.html): boot.js then starts the app at once, which shows the page asked for.
          const html = (await overview.text()).replace(/<base href="[^"]*">/, `<base href="${scope}" data-root>`);
          return new Response(html, { headers: overview.headers });
        }
      })(),
    );
    return;
  }
  if (url.pathname.endsWith(".json")) {
    // Datasets: network first; the stamped cached copy when the network fails, is too slow, or
    // the server answers with an error.
    event.respondWith(
      (async () => {
        const cache = await caches.open(DATA_CACHE);
        try {
          const response = await withTimeout(fetch(request, { cache: "no-cache" }), NETWORK_TIMEOUT_MS);
          if (response.ok) {
            await cache.put(request, await stamped(response.clone()));
            return response;
          }
          return (await cache.match(request)) || response;
        } catch (error) {
          const cached = await cache.match(request);
          if (cached) return cached;
          throw error;
        }
      })(),
    );
    return;
  }
  if (url.pathname.endsWith("/theme.css")) {
    // The deployment's own colours (docs/embedding.md), which may be edited on a built copy: network
    // first, the kept copy offline.
    event.respondWith(
      (async () => {
        try {
          const response = await fetch(request, { cache: "no-cache" });
          if (response.ok) await (await caches.open(PAGE_CACHE)).put(request, response.clone());
          return response;
        } catch (error) {
          const kept = await caches.match(request);
          if (kept) return kept;
          throw error;
        }
      })(),
    );
    return;
  }
  // Everything else (hashed files, icons): cache first. The tools' apps, which readers never
  // download, are kept once their page has fetched them.
  event.respondWith(
    (async () => {
      const cached = await caches.match(request);
      if (cached) return cached;
      const response = await fetch(request);
      const checkOnly = /\/(check-app|builder-app)\//.test(url.pathname) || url.pathname.endsWith("/check-worker.js");
      if (response.ok && checkOnly) await (await caches.open(PAGE_CACHE)).put(request, response.clone());
      return response;
    })(),
  );
});
