// A host "intranet" on another port (another origin) that embeds the explorer in an iframe, as a
// municipality would. Its own page and inline script: no CSP of ours applies to it.
import { createServer } from "node:http";

const PORT = Number(process.env.E2E_HOST_PORT || 4175);
const APP = `http://127.0.0.1:${process.env.E2E_PORT || 4173}`;

const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title></head><body>
<h1>Intranet van de gemeente</h1>
<iframe id="explorer" title="Investeren in Twente" style="width:100%;border:0"
  src="${APP}/gemeente/apps/twente/?view=projects&embed=1&municipality=enschede&lock=municipality&theme=sober"></iframe>
<script>
window.heights = [];
addEventListener("message", (e) => {
  if (e.origin === "${APP}" && e.data && e.data.type === "twente-explorer:height") {
    window.heights.push(e.data.height);
    document.getElementById("explorer").style.height = e.data.height + "px";
  }
});
</script></body></html>`;

createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(page);
}).listen(PORT, "127.0.0.1", () => console.log(`host page on http://127.0.0.1:${PORT}/`));
