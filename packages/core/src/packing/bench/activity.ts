import * as z from "zod";
import { Staff } from "../../staff";
import { list as listParcels } from "../service";
import { benchSettings, benchTime } from "./clock";
import { BenchScanEntity, BenchTallyEntity } from "./entities";
import { ofDay, type Batch } from "./handover";
import { OUTCOMES } from "./verify";

export const ActivityInput = z.object({ day: z.string().date().optional() });

type Row = Awaited<ReturnType<typeof readTallies>>[number];
const REJECTIONS = OUTCOMES.filter((o) => o !== "correct");

async function readTallies(day: string) {
  return (await BenchTallyEntity.query.byDay({ day }).go({ pages: "all" })).data;
}

interface Who {
  packed: number;
  units: number;
  byHour: Record<string, number>;
}

function add(map: Map<string, Who & { name: string }>, key: string, name: string, row: Row) {
  const who = map.get(key) ?? { name, packed: 0, units: 0, byHour: {} };
  who.packed += row.packed ?? 0;
  who.units += row.units ?? 0;
  if (row.packed) who.byHour[row.hour] = (who.byHour[row.hour] ?? 0) + row.packed;
  if (row.benchName) who.name = name;
  map.set(key, who);
}

const INTERCEPT_LIST_LIMIT = 100;

/**
 * What the console shows of the benches for one shop day: parcels packed per bench and per packer
 * per hour, scans accepted and rejected by reason, force-completes and undos (from the hourly
 * counters: one query), the intercepted parcels waiting, and the day's handover batches.
 */
export async function activity(input: z.input<typeof ActivityInput> = {}) {
  const { day: asked } = ActivityInput.parse(input);
  const { timeZone } = await benchSettings();
  const day = asked ?? (await benchTime()).day;
  const [rows, intercepted, handover] = await Promise.all([readTallies(day), listParcels({ intercepted: true, limit: INTERCEPT_LIST_LIMIT }), ofDay(day)]);

  const benches = new Map<string, Who & { name: string }>();
  const packers = new Map<string, Who & { name: string }>();
  const byReason = Object.fromEntries(REJECTIONS.map((r) => [r, 0])) as Record<(typeof REJECTIONS)[number], number>;
  let accepted = 0;
  let rejected = 0;
  let forced = 0;
  let undone = 0;
  for (const row of rows) {
    add(benches, row.deviceId, row.benchName ?? row.deviceId, row);
    add(packers, row.staffNo, row.staffNo, row);
    accepted += row.accepted ?? 0;
    rejected += row.rejected ?? 0;
    forced += row.forced ?? 0;
    undone += row.undone ?? 0;
    for (const reason of REJECTIONS) byReason[reason] += row[reason] ?? 0;
  }
  const names = new Map(
    await Promise.all([...packers.keys()].map(async (staffNo) => [staffNo, (await Staff.fromNo(staffNo))?.name ?? staffNo] as const)),
  );
  return {
    day,
    timeZone,
    generatedAt: new Date().toISOString(),
    benches: [...benches].map(([deviceId, b]) => ({ deviceId, name: b.name, packed: b.packed, units: b.units, byHour: b.byHour })).sort((a, b) => b.packed - a.packed),
    packers: [...packers].map(([staffNo, p]) => ({ staffNo, name: names.get(staffNo) ?? staffNo, packed: p.packed, units: p.units, byHour: p.byHour })).sort((a, b) => b.packed - a.packed),
    scans: { accepted, rejected, byReason },
    forced,
    undone,
    interceptsWaiting: {
      count: intercepted.items.length,
      more: !!intercepted.cursor,
      parcels: intercepted.items.map((p) => ({
        parcelId: p.parcelId,
        state: p.state,
        since: p.intercepts.map((i) => i.at).sort()[0] ?? p.updatedAt,
        reasons: [...new Set(p.intercepts.map((i) => i.reason))],
        waybill: p.waybill?.number ?? null,
      })),
    },
    handover: handover satisfies Batch[],
  };
}

/** Every scan of a parcel at any bench, oldest first: who, where, when, what came of it. */
export async function scansOf(parcelId: string) {
  const result = await BenchScanEntity.query.byParcel({ parcelId }).go({ pages: "all" });
  return result.data.map((s) => ({
    scanId: s.scanId,
    kind: s.kind,
    code: s.code ?? null,
    outcome: s.outcome,
    accepted: s.accepted,
    line: s.line ?? null,
    deviceId: s.deviceId,
    benchName: s.benchName,
    staffNo: s.staffNo,
    at: s.at,
    scannedAt: s.scannedAt ?? null,
    offline: s.offline ?? false,
  }));
}
