import { markers } from "../../dynamo/keys";
import { getItem, getItems, type TransactItem } from "../../dynamo/table";
import { interceptsFrom, parcelKey, type Intercepts } from "../read";
import { conditionalUpdate, existsWithEquals } from "../../dynamo/expressions";
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
  return sessionFrom(await getItem(sessionKey(parcelId)));
}

/**
 * The session and the parcel's intercepts in one strongly consistent batch read: what decides a
 * scan. One request instead of two is most of a scan's database time saved on DynamoDB Local.
 */
export async function loadSessionAndIntercepts(parcelId: string): Promise<[Session | undefined, Intercepts | undefined]> {
  const [session, parcel] = await getItems([sessionKey(parcelId), parcelKey(parcelId)]);
  return [sessionFrom(session), interceptsFrom(parcel)];
}

function sessionFrom(row: Record<string, unknown> | undefined): Session | undefined {
  return row && row.__edb_e__ === SESSION_MODEL.entity ? present(row as unknown as Row) : undefined;
}

/*
 * The sessions this process last wrote, so that the next scan of the parcel need not read it
 * first: the bench scans one piece after another, and each scan's write is conditioned on the
 * version it was decided on (stillMine, sessionUnchanged). A session changed anywhere else (a
 * close, a takeover, another Lambda instance) fails that condition; the scan then reads afresh.
 * A cached session therefore never decides a scan that is committed against a newer one.
 */
const known = new Map<string, Session>();
const KNOWN_MAX = 2_000;

export function knownSession(parcelId: string): Session | undefined {
  return known.get(parcelId);
}

export function rememberSession(session: Session) {
  known.delete(session.parcelId);
  known.set(session.parcelId, session);
  if (known.size > KNOWN_MAX) known.delete(known.keys().next().value as string);
}

export function forgetSession(parcelId: string) {
  known.delete(parcelId);
}

/** The guard of the version, the bench and the state read. */
const held = (session: Session, bench: BenchActor) => ({ version: session.version, deviceId: bench.deviceId, state: "packing" });

/** A transaction item that changes nothing but holds only if the session is still as read (a rejected scan's guard). */
export function sessionUnchanged(session: Session, bench: BenchActor): TransactItem {
  const condition = existsWithEquals(held(session, bench));
  return {
    ConditionCheck: {
      Key: sessionKey(session.parcelId),
      ConditionExpression: condition.ConditionExpression,
      ExpressionAttributeNames: condition.names,
      ExpressionAttributeValues: condition.values,
    },
  };
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
      held(session, bench),
    ),
  };
}

/**
 * A scan or an undo moving the packer's progress: the guarded write, and the session as it is once
 * that write is committed (what this process then remembers for the next scan).
 */
export function advance(session: Session, bench: BenchActor, progress: Progress, at: string): { item: TransactItem; next: Session } {
  return {
    item: stillMine(session, bench, { progress: JSON.stringify(progress), staffNo: bench.staffNo, touchedAt: at }),
    next: { ...session, progress, staffNo: bench.staffNo, touchedAt: at, version: session.version + 1 },
  };
}
