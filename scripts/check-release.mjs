// Fails when a build's WebAssembly carries a test seam: the panic trigger of the `test-hooks`
// feature, or the host-only synthetic-data and fuzzing code.
//   node scripts/check-release.mjs [dist]            exit 1 and name what was found
//   node scripts/check-release.mjs DIR --expect-seams  the inverse, to show the check can fail
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) || "dist";
const expectSeams = args.includes("--expect-seams");
const SEAMS = ["twente:test-panic", "twente-test-hooks", "test panic requested", "SYNTHETIC", "synthetic::", "fuzz::"];

const wasm = readdirSync(dir).filter((name) => name.endsWith(".wasm"));
if (wasm.length !== 1) {
  console.error(`expected one .wasm file in ${dir}, found ${wasm.length}`);
  process.exit(1);
}
const text = readFileSync(join(dir, wasm[0])).toString("latin1");
const found = SEAMS.filter((seam) => text.includes(seam));
if (expectSeams) {
  if (found.length === 0) {
    console.error(`${dir}/${wasm[0]}: expected the test-hooks build to carry its panic trigger; the check found nothing`);
    process.exit(1);
  }
  console.log(`${dir}/${wasm[0]}: the check finds the test seams of a test build (${found.join(", ")})`);
} else if (found.length > 0) {
  console.error(`${dir}/${wasm[0]} carries test code: ${found.join(", ")}`);
  process.exit(1);
} else {
  console.log(`${dir}/${wasm[0]}: no test seam (${SEAMS.join(", ")})`);
}
