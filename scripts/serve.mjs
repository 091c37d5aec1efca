// A plain static file server for the built app, as an intranet would run it: no rewrite rules,
// the strict Content-Security-Policy of docs/deploy.md, and optional sub-path mounts.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /]
//
// The e2e tests import createStaticServer() to mount the same build under several sub-paths,
// some with a broken dataset in place of the bundled one.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
  "frame-ancestors *; base-uri 'self'; form-action 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

// Hashed build outputs never change; everything else must be revalidated.
const HASHED = /-[0-9a-f]{15,16}(_bg)?\.(js|wasm|css)$/;

/**
 * mounts: [{ prefix: "/sub/path/", dir: "dist", overrides: { "data/x.json": "/abs/file" }, status: { "data/x.json": 500 } }]
 */
/** A missing page gets the build's 404.html (as GitHub Pages and Netlify do), other files a short text. */
async function sendNotFound(res, root, relative, csp, prefix) {
  if (!relative.endsWith(".html")) return send(res, 404, "not found");
  try {
    // Built without its public address, 404.html takes the domain's root: point it at this mount.
    const body = Buffer.from((await readFile(join(root, "404.html"), "utf8")).replace('<base href="/" data-root>', `<base href="${prefix}">`));
    res.writeHead(404, { "Content-Type": TYPES[".html"], "Content-Length": body.length, "Cache-Control": "no-cache", ...(csp ? { "Content-Security-Policy": csp } : {}) });
    return res.end(body);
  } catch {
    return send(res, 404, "not found");
  }
}

export function createStaticServer({ mounts, csp = STRICT_CSP, log = false, routes = {} }) {
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  return createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (routes[url.pathname]) return routes[url.pathname](req, res);
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, "bad request");
    }
    const mount = sorted.find((m) => path.startsWith(m.prefix) || path + "/" === m.prefix);
    if (!mount) return send(res, 404, "not found");
    // A mount can be switched "down" (tests of offline use): the connection drops, as without network.
    if (mount.down) return req.socket.destroy();
    if (path + "/" === mount.prefix) {
      res.writeHead(301, { Location: mount.prefix + url.search });
      return res.end();
    }
    let relative = path.slice(mount.prefix.length);
    if (relative === "" || relative.endsWith("/")) relative += "index.html";
    if (mount.status && mount.status[relative]) return send(res, mount.status[relative], "error " + mount.status[relative]);
    // A request the server never answers (tests of timeouts).
    if (mount.hang && mount.hang[relative]) return;
    const root = resolve(mount.dir);
    const file = mount.overrides && mount.overrides[relative]
      ? mount.overrides[relative]
      : resolve(join(root, normalize(relative)));
    if (!(mount.overrides && mount.overrides[relative]) && !file.startsWith(root + sep)) return send(res, 403, "forbidden");
    try {
      const info = await stat(file).catch(() => null);
      // A folder without its slash: to the folder (as nginx and Apache do), so relative links hold.
      if (info?.isDirectory()) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      if (!info?.isFile()) return sendNotFound(res, root, relative, csp, mount.prefix);
      let body = await readFile(file);
      if (mount.transform) body = mount.transform(relative, body);
      // Serve the build's precompressed copies, as a production server would.
      const accepts = String(req.headers["accept-encoding"] || "");
      let encoding = null;
      if (!mount.transform && !(mount.overrides && mount.overrides[relative])) {
        for (const [name, ext] of [["br", ".br"], ["gzip", ".gz"]]) {
          if (accepts.includes(name)) {
            try {
              body = await readFile(file + ext);
              encoding = name;
              break;
            } catch {
              // no precompressed copy: send the file as is
            }
          }
        }
      }
      const type = TYPES[extname(file)] || "application/octet-stream";
      const headers = {
        "Content-Type": type,
        "Content-Length": body.length,
        "Cache-Control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
        "X-Content-Type-Options": "nosniff",
        Vary: "Accept-Encoding",
        ...(encoding ? { "Content-Encoding": encoding } : {}),
        "Referrer-Policy": "strict-origin-when-cross-origin",
      };
      // On every response, as a server-wide header would send it: a worker runs under the policy of
      // its own script's response, not the page's.
      if (csp) headers["Content-Security-Policy"] = csp;
      if (mount.delayMs && mount.delayMs[relative]) await new Promise((r) => setTimeout(r, mount.delayMs[relative]));
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      if (log) console.log(200, path);
    } catch {
      send(res, 404, "not found");
      if (log) console.log(404, path);
    }
  });
}

function send(res, status, text) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const dir = option("dir", "dist");
  const port = Number(option("port", "8080"));
  const host = option("host", "127.0.0.1");
  let base = option("base", "/");
  if (!base.endsWith("/")) base += "/";
  createStaticServer({ mounts: [{ prefix: base, dir }], log: args.includes("--log") }).listen(port, host, () => {
    console.log(`Serving ${dir} at http://${host}:${port}${base} (strict CSP, no rewrites). Ctrl+C stops.`);
  });
}
