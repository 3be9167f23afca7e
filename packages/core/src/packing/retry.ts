import { isConditionFailed } from "../db";
import { conflict } from "../error";

/**
 * Optimistic concurrency: read, decide, write with conditions on what was read; when another
 * writer got there first the condition fails and the whole step runs again on fresh reads.
 * Parcels are contended only briefly (a matching consumer and a bench), so a few rounds suffice.
 */
export async function retryOnConflict<T>(step: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      if (attempt >= attempts) throw conflict("parcel.busy", "The parcel kept changing while this was applied; try again");
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
