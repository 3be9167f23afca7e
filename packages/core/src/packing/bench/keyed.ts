import { VisibleError } from "../../error";
import { benchTime } from "./clock";
import type { BenchActor } from "./context";
import { answer, logNow, replayOf, storedError, type ScanRecord } from "./log";

/**
 * Runs a bench request that carries an idempotency key. A successful run logs itself inside its
 * own transaction (so it applies once); a refusal is logged here with the error it got, so the
 * same key sent again gets the same refusal and every scan — accepted or not — is on record.
 * "Try again later" (unavailable) is not an answer and is not kept.
 */
export async function keyed<T>(bench: BenchActor, record: Omit<ScanRecord, "outcome" | "accepted" | "stored">, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof VisibleError && error.kind !== "unavailable") {
      // The same key may have been answered meanwhile by a concurrent copy of this request (a
      // retry racing its original): that answer stands, not the refusal this copy ran into.
      const earlier = await replayOf(bench, record.scanId);
      if (earlier) return answer<T>(earlier);
      await logNow(bench, { ...record, outcome: error.code, accepted: false, stored: storedError(error) }, await benchTime());
    }
    throw error;
  }
}
