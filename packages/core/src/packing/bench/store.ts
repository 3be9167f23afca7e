import type { EntityItem } from "electrodb";
import type { BenchActor } from "./context";
import { BenchSessionEntity } from "./entities";
import type { Slip } from "./slip";
import type { BenchTx, Item } from "./tx";
import type { BenchManifest, Progress } from "./verify";

/** A force-complete: the supervisor whose badge allowed it, why, and what was still missing. */
export interface Forced {
  staffNo: string;
  name: string;
  reason: string;
  at: string;
  missing: { line: number; missing: number }[];
}

/** What a close leaves on the session: who, when, the label scanned and the slip to print again. */
export interface Closed {
  packedAt: string;
  packedBy: string;
  label: string;
  slip: Slip;
}

export interface Session {
  parcelId: string;
  state: "packing" | "released" | "closed";
  deviceId: string;
  benchName: string;
  staffNo: string;
  claimedAt: string;
  touchedAt: string;
  manifest: BenchManifest;
  progress: Progress;
  forced?: Forced;
  closed?: Closed;
  version: number;
}

type Row = EntityItem<typeof BenchSessionEntity>;

// The JSON fields were written by this area alone (see entities.ts), so they are read back as is.
function present(row: Row): Session {
  return {
    parcelId: row.parcelId,
    state: row.state,
    deviceId: row.deviceId,
    benchName: row.benchName,
    staffNo: row.staffNo,
    claimedAt: row.claimedAt,
    touchedAt: row.touchedAt,
    manifest: JSON.parse(row.manifest) as BenchManifest,
    progress: JSON.parse(row.progress) as Progress,
    forced: row.forced ? (JSON.parse(row.forced) as Forced) : undefined,
    closed: row.closed ? (JSON.parse(row.closed) as Closed) : undefined,
    version: row.version,
  };
}

export function toRow(session: Session): Row {
  return {
    parcelId: session.parcelId,
    state: session.state,
    deviceId: session.deviceId,
    benchName: session.benchName,
    staffNo: session.staffNo,
    claimedAt: session.claimedAt,
    touchedAt: session.touchedAt,
    manifest: JSON.stringify(session.manifest),
    progress: JSON.stringify(session.progress),
    forced: session.forced ? JSON.stringify(session.forced) : undefined,
    closed: session.closed ? JSON.stringify(session.closed) : undefined,
    version: session.version,
  };
}

/** The session of a parcel, strongly consistent: it decides every scan. */
export async function loadSession(parcelId: string): Promise<Session | undefined> {
  const result = await BenchSessionEntity.get({ parcelId }).go({ consistent: true });
  return result.data ? present(result.data) : undefined;
}

/** A session write that applies only if the version, the bench and the state read still hold. */
export function stillMine(
  tx: BenchTx,
  session: Session,
  bench: BenchActor,
  changes: { progress?: string; forced?: string; closed?: string; state?: Session["state"]; staffNo?: string; touchedAt: string },
): Item {
  return tx.BenchSessionEntity.patch({ parcelId: session.parcelId })
    .set({ ...changes, version: session.version + 1 })
    .where((a, op) => `${op.eq(a.version, session.version)} AND ${op.eq(a.deviceId, bench.deviceId)} AND ${op.eq(a.state, "packing")}`)
    .commit();
}
