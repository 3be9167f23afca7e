import { conflict, VisibleError } from "../../error";
import type { BenchActor } from "./context";
import type { Session } from "./store";

/** Whether this bench holds the parcel and is still packing it. */
export function isMine(session: Session | undefined, bench: BenchActor): session is Session {
  return !!session && session.state === "packing" && session.deviceId === bench.deviceId;
}

/** "Being packed at bench X": who holds it, since when, and when it may be taken over. */
export function busy(session: Pick<Session, "parcelId" | "deviceId" | "benchName" | "staffNo" | "claimedAt" | "touchedAt">, takeoverMinutes: number, now = new Date()) {
  const takeoverAt = new Date(Date.parse(session.touchedAt) + takeoverMinutes * 60_000);
  return conflict("bench.busy", `Parcel ${session.parcelId} is being packed at ${session.benchName}`, {
    parcelId: session.parcelId,
    benchId: session.deviceId,
    benchName: session.benchName,
    staffNo: session.staffNo,
    since: session.claimedAt,
    takeoverAllowed: now.getTime() >= takeoverAt.getTime(),
    takeoverAt: takeoverAt.toISOString(),
  });
}

/** Why this bench cannot work on the parcel now: not opened here, another bench has it, or closed. */
export function notMine(parcelId: string, session: Session | undefined, takeoverMinutes: number) {
  if (session?.state === "closed") return conflict("bench.closed", `Parcel ${parcelId} is already closed`, { parcelId });
  if (session?.state === "packing") return busy(session, takeoverMinutes);
  return conflict("bench.not-open", `Parcel ${parcelId} is not open at this bench; scan it to open it`, { parcelId });
}

export const nothingHere = (code: string) =>
  new VisibleError("not-found", "bench.not-found", `No parcel, waybill or order has the code ${code}`, undefined, { scanned: code });
