/**
 * The packing bench's hot Lambda: bundle size and module init time.
 *
 * Size: packages/functions/src/hot/lambda.ts built with esbuild exactly as the CDK construct does
 * (infra/function.ts DIANWU_BUNDLING: ESM, node22, minified, AWS SDK external), with the largest
 * inputs, and its size deflated as in the deployment zip. (Core imports zod as a namespace,
 * `import * as z from "zod"`, which esbuild can tree-shake: `import { z }` cost 350 KiB more.)
 *
 * Init: the bundle is written under node_modules/.cache and imported in fresh node processes,
 * with the Lambda's environment set and Secrets Manager pointed at a stub on 127.0.0.1 that
 * answers at once. The figure is the time from starting the import to the handler being
 * exported: loading our code and the top-level await of init (the signed Secrets Manager call
 * included, minus its network time, which the stub removes). Node's own start is not included.
 * Run: npx tsx bench/packing-hot-bundle.ts
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { createServer } from "node:http";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { HOT_ENTRY } from "../infra/api-construct";
import { DIANWU_BUNDLING } from "../infra/function";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(ROOT, "node_modules", ".cache", "dianwu-hot-bundle");
const GOAL_BYTES = 300 * 1024;
const GOAL_INIT_MS = 150;
const INIT_RUNS = 7;

async function build() {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, HOT_ENTRY)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    write: false,
    outfile: path.join(OUT_DIR, "index.mjs"),
    format: DIANWU_BUNDLING.format,
    target: DIANWU_BUNDLING.target,
    minify: DIANWU_BUNDLING.minify,
    sourcemap: DIANWU_BUNDLING.sourceMap,
    mainFields: DIANWU_BUNDLING.mainFields,
    banner: { js: DIANWU_BUNDLING.banner },
    external: DIANWU_BUNDLING.externalModules,
    metafile: true,
    logLevel: "silent",
  });
  const bundle = result.outputFiles.find((f) => f.path.endsWith("index.mjs"))!;
  const [, output] = Object.entries(result.metafile.outputs).find(([file]) => file.endsWith("index.mjs"))!;
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    const key = match ? match[1]! : input.split("/").slice(0, 4).join("/");
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return { bundle, byPackage };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

/** A Secrets Manager stand-in: every GetSecretValue answers with the secret the hot path reads. */
function secretsStub(): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
      response.end(JSON.stringify({ ARN: "arn:aws:secretsmanager:cn-north-1:000000000000:secret:bench", Name: "bench", SecretString: JSON.stringify({ sessionSecret: "bench-session-secret-bench-session", webhookSecret: "bench" }) }));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    resolve({ url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, close: () => server.close() });
  }));
}

/**
 * One fresh node process importing the bundle; prints how long until `handler` existed. The hot
 * bundle imports no AWS SDK (its own small client calls Secrets Manager and DynamoDB), so this is
 * the whole of the module init: loading our code and the top-level await of init.
 */
const PROBE = `
const t0 = performance.now();
const mod = await import(process.argv[1]);
const t1 = performance.now();
if (typeof mod.handler !== "function") throw new Error("no handler");
console.log(JSON.stringify({ total: t1 - t0 }));
process.exit(0);
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const asBuilt = await build();

  console.log(`hot Lambda bundle (${HOT_ENTRY}, DIANWU_BUNDLING):`);
  console.log(`  as built:                                  ${kib(asBuilt.bundle.contents.byteLength)} minified  (goal ≤ ${kib(GOAL_BYTES)}: ${asBuilt.bundle.contents.byteLength <= GOAL_BYTES ? "met" : "missed"})`);
  console.log(`  deflated, as in the deployment zip:        ${kib(deflateRawSync(asBuilt.bundle.contents, { level: 9 }).byteLength)}`);
  console.log("  largest inputs, as built:");
  for (const [name, bytes] of [...asBuilt.byPackage].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    console.log(`    ${kib(bytes).padStart(8)}  ${name}`);
  }

  mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, "index.mjs");
  writeFileSync(file, asBuilt.bundle.contents);
  const stub = await secretsStub();
  try {
    const env = {
      ...process.env,
      DIANWU_TABLE: "bench",
      DIANWU_BUS: "bench",
      DIANWU_SECRET_ARN: "arn:aws:secretsmanager:cn-north-1:000000000000:secret:bench",
      AWS_REGION: "cn-north-1",
      AWS_ACCESS_KEY_ID: "bench",
      AWS_SECRET_ACCESS_KEY: "bench",
      AWS_ENDPOINT_URL_SECRETS_MANAGER: stub.url,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    };
    const probe = async () => {
      // Asynchronously: the stub answering the child lives on this process's event loop.
      const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", PROBE, file], { env, cwd: OUT_DIR, encoding: "utf8", timeout: 60_000 });
      return JSON.parse(stdout.trim().split("\n").at(-1)!) as { total: number };
    };
    const whole: number[] = [];
    for (let i = 0; i < INIT_RUNS; i++) whole.push((await probe()).total);
    const total = median(whole);
    console.log(`\nmodule init (import → handler ready, fresh process, Secrets Manager stubbed on 127.0.0.1), median of ${INIT_RUNS}:`);
    console.log(`  total ${total.toFixed(0)} ms (min ${Math.min(...whole).toFixed(0)}, max ${Math.max(...whole).toFixed(0)})  (goal ≤ ${GOAL_INIT_MS} ms: ${total <= GOAL_INIT_MS ? "met" : "missed"})`);
    console.log(`  excludes node's own start-up and the network time of the real Secrets Manager call; load average now ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  } finally {
    stub.close();
  }
}

await main();
