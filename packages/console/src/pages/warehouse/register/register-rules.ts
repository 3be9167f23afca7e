import type { CheckPoint, RegisterEntry } from "../../../api/warehouse-ops-types";

/** The points of the opening and closing rounds, in the order they are walked (RULES.md §4). */
export const CHECK_POINTS: readonly CheckPoint[] = ["doors", "windows", "power", "clean", "floor_clear"];

/** Visitors who entered and have not been signed out, oldest first. */
export const stillInside = (entries: readonly RegisterEntry[]) =>
  entries.filter((e) => e.kind === "visit" && !e.leftAt).sort((a, b) => a.at.localeCompare(b.at));

/** Points of a round marked as an anomaly. */
export const anomalyPoints = (checks: Partial<Record<string, "ok" | "anomaly">> | undefined) =>
  CHECK_POINTS.filter((p) => checks?.[p] === "anomaly");

/** Whether a round may be sent: all ok, or a note of at least two characters. */
export const roundComplete = (checks: Record<CheckPoint, "ok" | "anomaly">, note: string) =>
  anomalyPoints(checks).length === 0 || note.trim().length >= 2;
