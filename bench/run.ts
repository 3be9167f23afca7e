/**
 * Runs the benchmarks one after another (each in its own process, so one's DynamoDB Local and
 * JIT state do not colour the next) and prints their figures. `npm run bench` runs them all;
 * `npm run bench -- orders-ingest packing-scan` runs those named. Run them on a quiet machine:
 * every figure depends on what else the two cores are doing, and each prints the load average.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const all = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts")
  .map((f) => f.slice(0, -3))
  .sort();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) {
  console.error(`No benchmark ${unknown.join(", ")}; there are: ${all.join(", ")}`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted.length ? wanted : all) {
  console.log(`\n=== ${name} (${new Date().toISOString()})`);
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(here, `${name}.ts`)], {
    stdio: "inherit",
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  });
  if (run.status !== 0) {
    failed++;
    console.error(`${name} exited with ${run.status ?? run.signal}`);
  }
}
process.exit(failed ? 1 : 0);
