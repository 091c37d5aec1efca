// A host "intranet" on another port (another origin) that embeds the explorer as a municipality's
// web team would, following docs/embedding.md: the explorer's own host script (embed.js), no
// inline script or style, under the host's own strict Content-Security-Policy.
//   /      one explorer, a locked municipality
//   /two   two explorers on one page
//   /top   one explorer whose links to other sites replace the host page (links=top)
//   /pasted?code=…&policy=…   the code a web team copied from the embed builder, pasted into
//          their page, served under the Content-Security-Policy given (the builder's own lines)
import { createServer } from "node:http";

const PORT = Number(process.env.E2E_HOST_PORT || 4175);
const APP = `http://127.0.0.1:${process.env.E2E_PORT || 4173}`;
const EXPLORER = `${APP}/gemeente/apps/twente/`;

const frame = (id, address) =>
  `<iframe data-twente-embed id="${id}" title="Investeren in Twente" allow="clipboard-write" src="${EXPLORER}${address}"></iframe>`;
const page = (main) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/host.css"></head><body>
<header><h1>Intranet van de gemeente</h1><p>Nieuws, diensten en projecten van de gemeente.</p></header>
<main>${main}</main>
<footer><p>Gemeente, afdeling communicatie</p></footer>
${main.includes("<script") ? "" : `<script src="${EXPLORER}embed.js" defer></script>`}
</body></html>`;
const pages = {
  "/": page(frame("explorer", "nl/projects/?embed=1&municipality=enschede&lock=municipality&theme=sober")),
  "/top": page(frame("explorer", "nl/projects/?embed=1&links=top")),
  "/two": page(frame("first", "nl/projects/?embed=1&municipality=enschede&lock=municipality") + frame("second", "en/programmes/avt/?embed=1&theme=light")),
};
// The host's own stylesheet gives the frames a width and a first height (the explorer then sets it).
const css = "body { margin: 0; font-family: sans-serif; } header, footer { padding: 1rem; } iframe { display: block; width: 100%; height: 600px; border: 0; }";
const policy = `default-src 'self'; script-src ${APP}; frame-src ${APP}; style-src 'self'; img-src 'self'`;

createServer((req, res) => {
  const path = new URL(req.url, "http://host").pathname;
  if (path === "/favicon.ico") {
    res.writeHead(204);
    return res.end();
  }
  if (path === "/host.css") {
    res.writeHead(200, { "Content-Type": "text/css; charset=utf-8" });
    return res.end(css);
  }
  if (path === "/pasted") {
    const query = new URL(req.url, "http://host").searchParams;
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": query.get("policy") });
    return res.end(page(query.get("code")));
  }
  const html = pages[path];
  if (!html) {
    res.writeHead(404, { "Content-Type": "text/plain" });
    return res.end("not found");
  }
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": policy });
  res.end(html);
}).listen(PORT, "127.0.0.1", () => console.log(`host page on http://127.0.0.1:${PORT}/`));
