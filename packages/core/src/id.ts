import { monotonicFactory } from "ulid";

/** ULIDs sort by creation time, which is what every list in the console wants. */
export const newId = monotonicFactory();
