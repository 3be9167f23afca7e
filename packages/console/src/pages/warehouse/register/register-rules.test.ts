import { describe, expect, it } from "vitest";
import type { RegisterEntry } from "../../../api/warehouse-ops-types";
import { anomalyPoints, roundComplete, stillInside } from "./register-rules";

const entry = (over: Partial<RegisterEntry>): RegisterEntry => ({ entryId: "E", day: "2026-03-02", kind: "visit", name: "x", anomalies: 0, at: "2026-03-02T01:00:00Z", recordedBy: "1020", ...over });

describe("warehouse register", () => {
  it("lists visitors still inside, oldest first, leaving out rounds and those who left", () => {
    const entries = [
      entry({ entryId: "b", at: "2026-03-02T03:00:00Z" }),
      entry({ entryId: "a", at: "2026-03-02T02:00:00Z" }),
      entry({ entryId: "gone", leftAt: "2026-03-02T04:00:00Z" }),
      entry({ entryId: "round", kind: "opening" }),
    ];
    expect(stillInside(entries).map((e) => e.entryId)).toEqual(["a", "b"]);
  });

  it("names the anomalous points of a round and wants a note for them", () => {
    const ok = { doors: "ok", windows: "ok", power: "ok", clean: "ok", floor_clear: "ok" } as const;
    expect(anomalyPoints({ ...ok, power: "anomaly" })).toEqual(["power"]);
    expect(roundComplete(ok, "")).toBe(true);
    expect(roundComplete({ ...ok, doors: "anomaly" }, " ")).toBe(false);
    expect(roundComplete({ ...ok, doors: "anomaly" }, "门锁坏")).toBe(true);
  });
});
