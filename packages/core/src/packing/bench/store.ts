import { markers } from "../../dynamo/keys";
import { getItem, type TransactItem } from "../../dynamo/table";
import { conditionalUpdate } from "../../dynamo/expressions";
import type { BenchActor } from "./context";
import { SESSION_MODEL, sessionKey } from "./keys";
import type { Slip } from "./slip";
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

/** The session item's attributes (entities.ts, BenchSessionEntity). */
interface Row {
  parcelId: string;
  state: Session["state"];
  deviceId: string;
  benchName: string;
  staffNo: string;
  claimedAt: string;
  touchedAt: string;
  manifest: string;
  progress: string;
  forced?: string;
  closed?: string;
  version: number;
}

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

/** The session of a parcel, strongly consistent: it decides every scan. Read directly (no ElectroDB): this is the hot path. */
export async function loadSession(parcelId: string): Promise<Session | undefined> {
  const row = await getItem(sessionKey(parcelId));
  return row && row.__edb_e__ === SESSION_MODEL.entity ? present(row as unknown as Row) : undefined;
}

/** A session write that applies only if the version, the bench and the state read still hold. */
export function stillMine(
  session: Session,
  bench: BenchActor,
  changes: { progress?: string; forced?: string; closed?: string; state?: Session["state"]; staffNo?: string; touchedAt: string },
): TransactItem {
  return {
    Update: conditionalUpdate(
      sessionKey(session.parcelId),
      { ...changes, version: session.version + 1, parcelId: session.parcelId, ...markers(SESSION_MODEL) },
      { version: session.version, deviceId: bench.deviceId, state: "packing" },
    ),
  };
}
