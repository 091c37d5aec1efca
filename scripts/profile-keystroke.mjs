// Where a keystroke in the explorer's search field spends its time: a CPU profile (wasm functions
// by name) and a timeline trace (script, style, layout, paint) over the same typing as the
// in-browser benchmark. `scripts/profile.sh` makes the profiling build and runs this:
//   node scripts/profile-keystroke.mjs [target/dist-profile] [target/synthetic-10000.json]
import { chromium } from "@playwright/test";
import { createStaticServer } from "./serve.mjs";
import { KEYSTROKES, typeKeystrokes } from "./typing.mjs";

const dir = process.argv[2] || "target/dist-profile";
const data = process.argv[3] || "target/synthetic-10000.json";
const PORT = 4191;

const server = createStaticServer({ mounts: [{ prefix: "/", dir, overrides: { "data/investeren-in-twente.json": data } }] });
await new Promise((resolve) => server.listen(PORT, "127.0.0.1", resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`http://127.0.0.1:${PORT}/?view=projects`);
// The pre-rendered page shows rows before the app runs; typing into it would time nothing.
await page.waitForFunction(() => document.documentElement.getAttribute("data-app") === "running", null, { timeout: 180_000 });
await page.waitForTimeout(500);

const type = () => typeKeystrokes(page);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const warm = await type(); // warm-up (JIT, caches)

// 1. The timeline: what the browser did per keystroke, by kind of work.
await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
const traced = await type();
const trace = JSON.parse((await browser.stopTracing()).toString());
const KINDS = {
  EventDispatch: "script: input event (wasm handler)",
  FunctionCall: "script: callbacks (timers, observers)",
  FireAnimationFrame: "script: animation frame callbacks",
  RunMicrotasks: "script: microtasks (reactive effects)",
  UpdateLayoutTree: "style recalculation",
  Layout: "layout",
  PrePaint: "pre-paint",
  Paint: "paint",
  Layerize: "layerize",
  Commit: "commit",
  ParseHTML: "HTML parsing (inner_html)",
  HitTest: "hit test",
};
const totals = {};
const mainThread = trace.traceEvents.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
const onMain = (e) => e.ph === "X" && (!mainThread || (e.tid === mainThread.tid && e.pid === mainThread.pid));
for (const e of trace.traceEvents) {
  if (!onMain(e) || !KINDS[e.name]) continue;
  totals[e.name] = (totals[e.name] || 0) + e.dur / 1000;
}
// Busy: the main thread's tasks (they do not nest), everything the browser did for the typing:
// the app's script, style, layout, paint and the benchmark's own few lines.
const busy = trace.traceEvents.filter((e) => onMain(e) && e.name === "RunTask").reduce((sum, e) => sum + e.dur / 1000, 0);

// 2. The CPU profile: which functions the script time goes to.
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
await cdp.send("Profiler.start");
const profiled = await type();
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const dt = profile.timeDeltas;
const self = new Map();
const inclusive = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const ms = (dt[i + 1] ?? dt[i]) / 1000;
  let node = byId.get(profile.samples[i]);
  const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split("/").pop() || "anonymous"})`;
  self.set(name(node), (self.get(name(node)) || 0) + ms);
  const seen = new Set();
  for (let id = node.id; id !== undefined; id = parent.get(id)) {
    const n = name(byId.get(id));
    if (!seen.has(n)) inclusive.set(n, (inclusive.get(n) || 0) + ms);
    seen.add(n);
  }
}
await browser.close();
server.close();

const per = (ms) => (ms / KEYSTROKES).toFixed(2).padStart(6);
console.log(`keystroke -> next frame, median of ${KEYSTROKES}: warm-up ${median(warm).toFixed(1)} ms, traced ${median(traced).toFixed(1)} ms, profiled ${median(profiled).toFixed(1)} ms\n`);
console.log(`main thread busy per keystroke: ${(busy / KEYSTROKES).toFixed(2)} ms (the rest of the time to the next frame is idle)\n`);
console.log("main thread work per keystroke by kind (ms, trace; script entries overlap: the next keystroke is typed in the previous frame's callback):");
for (const [k, v] of Object.entries(totals).sort((a, b) => b[1] - a[1])) console.log(`  ${per(v)}  ${KINDS[k]}`);
const top = (map, n) => [...map.entries()].filter(([k]) => !["(root)", "(program)", "(idle)"].includes(k)).sort((a, b) => b[1] - a[1]).slice(0, n);
console.log("\nself time per keystroke (ms, CPU profile):");
for (const [k, v] of top(self, 25)) console.log(`  ${per(v)}  ${k.slice(0, 140)}`);
console.log("\ninclusive time per keystroke (ms, CPU profile):");
for (const [k, v] of top(inclusive, 40)) console.log(`  ${per(v)}  ${k.slice(0, 140)}`);
console.log(`\nidle/program per keystroke: idle ${per(self.get("(idle)") || 0)}  program ${per(self.get("(program)") || 0)}`);
