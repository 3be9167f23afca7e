// The packing benches of bench/packing-scan.ts, run in a worker thread: they are kiosks on other
// machines, so their HTTP client work must not share the server's event loop (it did, and every
// scan's latency included the other 19 benches' JSON and fetch work). Plain JavaScript: a worker
// thread does not get tsx's TypeScript loader.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

const { base, benches, paceMs, budgetMs } = workerData;
const pause = () => (paceMs ? new Promise((resolve) => setTimeout(resolve, paceMs * (0.7 + Math.random() * 0.6))) : undefined);

// A ULID-shaped key per request (Crockford base-32, 26 characters): time then randomness.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function scanId() {
  let time = Date.now();
  let head = "";
  for (let i = 0; i < 10; i++) {
    head = ALPHABET[time % 32] + head;
    time = Math.floor(time / 32);
  }
  let tail = "";
  for (let i = 0; i < 16; i++) tail += ALPHABET[Math.floor(Math.random() * 32)];
  return head + tail;
}

const scans = [];
const opens = [];
const closes = [];
const outcomes = {};
let retried = 0;
let stopped = false;

async function call(headers, path, body) {
  const t0 = performance.now();
  for (;;) {
    const response = await fetch(`${base}${path}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
    const json = await response.json();
    if (response.status === 503) {
      retried++;
      continue;
    }
    if (response.status !== 200) throw new Error(`${path} → ${response.status} ${JSON.stringify(json)}`);
    return { json, ms: performance.now() - t0 };
  }
}

const deadline = performance.now() + budgetMs;
const started = performance.now();
await Promise.all(
  benches.map(async ({ headers, parcels }) => {
    for (const { parcelId, waybill, codes, measured } of parcels) {
      if (performance.now() > deadline) {
        stopped = true;
        return;
      }
      const opened = await call(headers, "/api/bench/open", { code: waybill, scanId: scanId() });
      if (measured) opens.push(opened.ms);
      for (const code of codes) {
        await pause();
        const { json, ms } = await call(headers, `/api/bench/parcels/${parcelId}/scans`, { scanId: scanId(), code });
        if (!measured) continue;
        scans.push(ms);
        outcomes[json.outcome] = (outcomes[json.outcome] ?? 0) + 1;
      }
      const closed = await call(headers, `/api/bench/parcels/${parcelId}/close`, { scanId: scanId(), label: waybill });
      if (measured) closes.push(closed.ms);
    }
  }),
);
parentPort.postMessage({ scans, opens, closes, outcomes, retried, stopped, seconds: (performance.now() - started) / 1000 });
