/**
 * The floor under bench/packing-scan.ts: what DynamoDB Local alone takes for the database call a
 * scan makes, with no HTTP, no Hono and nothing else running. 20 writers (benches) send exactly a
 * scan's write — the four-item transaction of packages/core/src/packing/bench/scan.ts (scan log
 * entry with its stored answer, the hour's counters, the guarded session update, the parcel's
 * no-intercept check), built by the same functions and sent by the same direct client — pausing
 * about 700 ms (±30 %) between calls as paced packers do, and for comparison a strongly consistent
 * single-item read and the one-request batch read a scan makes when it knows no session.
 * If this p99 is near the 25 ms goal, the goal cannot be met end to end on this machine.
 * Run: npx tsx bench/packing-scan-floor.ts [--pace-ms=700]
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { ensureTable, localConnection, startDynamoLocal } from "../packages/local/src/dynamodb-local";
import { configureTable, getItem, getItems, putItem, transactWrite } from "../packages/core/src/dynamo/table";
import { logItem, tallyItem } from "../packages/core/src/packing/bench/log";
import { sessionKey } from "../packages/core/src/packing/bench/keys";
import { stillMine, toRow, type Session } from "../packages/core/src/packing/bench/store";
import { notInterceptedCheck, parcelKey } from "../packages/core/src/packing/read";
import { markers } from "../packages/core/src/dynamo/keys";
import { SESSION_MODEL } from "../packages/core/src/packing/bench/keys";
import { ulid } from "ulid";

const WRITERS = 20;
const CALLS = 60;
/** Unpaced calls per writer first, not counted: DynamoDB Local's JIT is cold after start-up. */
const WARM_UP = 40;
const PACE_MS = Number(process.argv.find((a) => a.startsWith("--pace-ms="))?.split("=")[1] ?? 700);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;
function summary(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(`${label.padEnd(40)} n=${sorted.length}  p50 ${percentile(sorted, 0.5).toFixed(1).padStart(5)} ms  p95 ${percentile(sorted, 0.95).toFixed(1).padStart(5)} ms  p99 ${percentile(sorted, 0.99).toFixed(1).padStart(5)} ms  max ${sorted.at(-1)!.toFixed(1)} ms`);
}
const pause = () => new Promise((resolve) => setTimeout(resolve, PACE_MS * (0.7 + Math.random() * 0.6)));

/** A session as a bench holds it mid-parcel: a 50-piece line, 30 scanned (the progress JSON a scan rewrites). */
function sessionOf(w: number): Session {
  const at = new Date().toISOString();
  const history = Array.from({ length: 30 }, () => ({ scanId: ulid(), line: 0 }));
  return {
    parcelId: `PBENCH${w}`,
    state: "packing",
    deviceId: `DEV${w}`,
    benchName: `打包台 ${w}`,
    staffNo: "1024",
    claimedAt: at,
    touchedAt: at,
    manifest: { parcelId: `PBENCH${w}`, lines: [], expectedLabels: [] } as never,
    progress: { counts: [30], units: [], history },
    version: 1,
  };
}

async function main() {
  const dynamo = await startDynamoLocal();
  try {
    await ensureTable(dynamo.endpoint, "floor");
    configureTable({ table: "floor", ...localConnection(dynamo.endpoint) });
    console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (2 cores); ${WRITERS} writers, ${PACE_MS} ms ±30 % apart`);
    const sessions = Array.from({ length: WRITERS }, (_, w) => sessionOf(w));
    for (const s of sessions) await putItem({ Item: { ...sessionKey(s.parcelId), ...markers(SESSION_MODEL), ...toRow(s) } });

    const writes: number[] = [];
    const reads: number[] = [];
    const batches: number[] = [];
    await Promise.all(
      sessions.map(async (first, w) => {
        let session = first;
        const bench = { deviceId: session.deviceId, benchName: session.benchName, staffNo: "1024", roles: ["packer" as const] };
        for (let i = 0; i < WARM_UP + CALLS; i++) {
          if (i >= WARM_UP) await pause();
          const at = new Date().toISOString();
          const when = { at, day: at.slice(0, 10), hour: at.slice(11, 13) };
          const progress = { ...session.progress, history: [...session.progress.history, { scanId: ulid(), line: 0 }] };
          // The answer a scan stores for a replay is about the size of the progress and the lines left.
          const stored = { ok: { scanId: ulid(), accepted: true, outcome: "correct", progress, expected: [{ line: 0, remaining: 19, styleCode: "K100", colour: "黑色", size: "XL", name: "连帽卫衣" }] } };
          const t0 = performance.now();
          await transactWrite([
            logItem(bench, { kind: "item", scanId: ulid(), parcelId: session.parcelId, code: "6901234567892", outcome: "correct", accepted: true, line: 0, stored }, when),
            tallyItem(bench, when, { accepted: 1 }),
            stillMine(session, bench, { progress: JSON.stringify(progress), staffNo: "1024", touchedAt: at }),
            notInterceptedCheck(session.parcelId),
          ]);
          if (i >= WARM_UP) writes.push(performance.now() - t0);
          session = { ...session, progress, version: session.version + 1 };
          if (i % 3 === 0) {
            const t1 = performance.now();
            await getItem(sessionKey(session.parcelId));
            if (i >= WARM_UP) reads.push(performance.now() - t1);
            const t2 = performance.now();
            await getItems([sessionKey(session.parcelId), parcelKey(session.parcelId)]);
            if (i >= WARM_UP) batches.push(performance.now() - t2);
          }
        }
      }),
    );
    summary("scan's transaction (4 items)", writes);
    summary("consistent read of the session", reads);
    summary("batch read (session + parcel)", batches);
    console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  } finally {
    await dynamo.stop();
  }
}

await main();
process.exit(0);
