// Serves the release build with each SYNTHETIC dataset under /bench/<n>/ for scripts/bench-browser.mjs.
// BENCH_DIST serves another build (to compare two builds in one sitting).
import { resolve } from "node:path";
import { createStaticServer } from "./serve.mjs";

const root = resolve(import.meta.dirname, "..");
const mounts = [1000, 10000, 100000].map((n) => ({
  prefix: `/bench/${n}/`,
  dir: resolve(root, process.env.BENCH_DIST || "dist"),
  overrides: { "data/investeren-in-twente.json": resolve(root, `target/synthetic-${n}.json`) },
}));
createStaticServer({ mounts }).listen(Number(process.env.BENCH_PORT || 4180), "127.0.0.1");
