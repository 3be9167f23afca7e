/**
 * Packing-bench scan verification on the local runtime, over real HTTP: the whole system on
 * 127.0.0.1 (serveAll) against DynamoDB Local, 20 paired benches with a packer badged in at each,
 * scanning concurrently from a worker thread (bench/lib/packing-benches.mjs), as kiosks on their
 * own machines would: their HTTP client work does not run on the server's event loop. Every bench opens its parcels one after another, scans every piece plus a
 * wrong item and an unknown code per parcel (as packers do), and closes each parcel with its label.
 * Prints p50/p95/p99 of the scan round trip (the kiosk's view: HTTP, authentication, two strongly
 * consistent reads, verification, one transaction), of opens and of closes, and checks that every
 * parcel ended packed. A small warm-up parcel per bench is not counted.
 *
 * Two ways to load it. By default every bench scans again the moment the last answer came back
 * (closed loop, no pause): that measures the server saturated, so the latency printed is mostly
 * queueing behind the other 19 benches. `--pace-ms=700` has each packer pause about that long
 * (±30 %, jittered) between scans, as a person handling garments does: that measures the latency
 * a bench sees at a brisk Singles' Day pace. Run: npx tsx bench/packing-scan.ts [--pace-ms=700]
 */
import { loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { withActor } from "../packages/core/src/actor";
import { Parcel } from "../packages/core/src/packing";
import { ensureTable, startDynamoLocal } from "../packages/local/src/dynamodb-local";
import { serveAll, wire } from "../packages/local/src/runtime";
import { benchSku, packerAt, piecesOf, readyParcel, type ReadyParcel, type TestSku } from "../packages/local/src/testing/bench";
import { SUPERVISOR } from "../packages/local/src/testing/warehouse";

const BENCHES = 20;
const PARCELS_PER_BENCH = 5;
const PIECES_PER_PARCEL = 50;
const WARM_UP_PIECES = 10;
const SHARED_SKUS = 10;
const SETUP_CONCURRENCY = 10;
const PACE_MS = Number(process.argv.find((a) => a.startsWith("--pace-ms="))?.split("=")[1] ?? 0);
/** The measured phase stops here (a loaded machine): what was measured is still reported. */
const RUN_BUDGET_MS = PACE_MS ? 300_000 : 90_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;
function summary(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  console.log(
    `${label.padEnd(22)} n=${String(sorted.length).padStart(5)}  p50 ${percentile(sorted, 0.5).toFixed(1).padStart(6)} ms  ` +
      `p95 ${percentile(sorted, 0.95).toFixed(1).padStart(6)} ms  p99 ${percentile(sorted, 0.99).toFixed(1).padStart(6)} ms  ` +
      `max ${sorted.at(-1)!.toFixed(1).padStart(6)} ms  mean ${mean.toFixed(1)} ms`,
  );
}

async function inParallel<T>(count: number, concurrency: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await make(i);
      }
    }),
  );
  return out;
}

async function main() {
  const dynamo = await startDynamoLocal();
  const started = performance.now();
  try {
    await ensureTable(dynamo.endpoint, "bench");
    wire({ endpoint: dynamo.endpoint, table: "bench", secrets: { sessionSecret: "bench-session-secret-bench-session", webhookSecret: "bench" } });
    const { server, port } = await serveAll({ port: 0, hostname: "127.0.0.1" });
    const base = `http://127.0.0.1:${port}`;
    console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (2 cores)`);
    console.log(PACE_MS ? `paced: each packer pauses ${PACE_MS} ms ±30 % between scans` : "closed loop: each bench scans again as soon as the answer is back (the server saturated)");

    // Setup, in process: SKUs with stock shared between benches, parcels ready to pack, packers.
    const perParcel = PARCELS_PER_BENCH + 1;
    const parcelsPerSku = Math.ceil((BENCHES * perParcel) / SHARED_SKUS);
    const skus = await withActor(SUPERVISOR, () => inParallel(SHARED_SKUS, SETUP_CONCURRENCY, () => benchSku({ stock: parcelsPerSku * PIECES_PER_PARCEL })));
    const stranger = await benchSku();
    const parcels: ReadyParcel[] = await inParallel(BENCHES * perParcel, SETUP_CONCURRENCY, (i) =>
      readyParcel({ lines: [{ sku: skus[i % SHARED_SKUS] as TestSku, quantity: i % perParcel === 0 ? WARM_UP_PIECES : PIECES_PER_PARCEL }] }),
    );
    const benches = await inParallel(BENCHES, SETUP_CONCURRENCY, () => packerAt(["packer"]));
    console.log(`setup: ${BENCHES} benches and packers, ${parcels.length} parcels of ${PIECES_PER_PARCEL} pieces over ${SHARED_SKUS} shared SKUs in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // Each bench's parcels in order: a warm-up parcel first, then the measured ones. Every parcel
    // gets a wrong item early and an unknown code midway, as on a real bench.
    const plan = benches.map((bench, b) => ({
      headers: bench.headers,
      parcels: Array.from({ length: perParcel }, (_, p) => {
        const ready = parcels[b * perParcel + p]!;
        const codes = piecesOf(ready);
        codes.splice(3, 0, stranger.barcode);
        codes.splice(7, 0, "6900000000000");
        return { parcelId: ready.parcel.parcelId, waybill: ready.waybill, codes, measured: p > 0 };
      }),
    }));
    const worker = new Worker(new URL("./lib/packing-benches.mjs", import.meta.url), { workerData: { base, benches: plan, paceMs: PACE_MS, budgetMs: RUN_BUDGET_MS } });
    const { scans, opens, closes, outcomes, retried, stopped, seconds } = await new Promise<{
      scans: number[];
      opens: number[];
      closes: number[];
      outcomes: Record<string, number>;
      retried: number;
      stopped: boolean;
      seconds: number;
    }>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });

    console.log(`\n${BENCHES} benches × ${PARCELS_PER_BENCH} measured parcels (+1 warm-up each), ${scans.length} measured scans in ${seconds.toFixed(1)} s (${(scans.length / seconds).toFixed(0)} scans/s incl. warm-up time)`);
    if (stopped) console.log(`stopped at the ${RUN_BUDGET_MS / 1000} s budget: fewer parcels than planned were packed`);
    console.log(`outcomes: ${Object.entries(outcomes).map(([o, n]) => `${o} ${n}`).join(", ")}; 503s retried: ${retried}`);
    summary("scan (HTTP round trip)", scans);
    summary("open", opens);
    summary("close (one transaction)", closes);
    const states = await Promise.all(parcels.map((p) => Parcel.mustFromId(p.parcel.parcelId).then((x) => x.state)));
    const packed = states.filter((s) => s === "packed").length;
    const expected = opens.length + BENCHES;
    console.log(`parcels packed: ${packed} (every parcel opened was closed: ${packed === expected ? "yes" : `no, ${expected} opened`})`);
    console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}; total ${((performance.now() - started) / 1000).toFixed(1)} s`);
    server.close();
  } finally {
    await dynamo.stop();
  }
}

await main();
// Keep-alive sockets and the bus would hold the process open for a few more seconds.
process.exit(0);
