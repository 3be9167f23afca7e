import { describe, expect, it } from "vitest";
import type { DailyReport } from "../../../api/warehouse-ops-types";
import { dailyCsvRows, movementRows, openItemHref, openItemRows, shiftDay, shiftMonth } from "./report-rows";

const empty = { receiptsNotBooked: [], receiptsNotFinished: [], supplierReturnsNotSent: [], adjustmentsAwaitingApproval: [], countsNotApproved: [], wavesNotPicked: [], shortPicksOpen: [], returnAnomaliesOpen: [], reshipmentsWithoutWaybill: [] };
const report: DailyReport = {
  day: "2026-03-02",
  movements: { issue: { lines: 2, pieces: -3 }, receipt: { lines: 1, pieces: 10 }, mystery: { lines: 1, pieces: 1 } },
  receipts: [{ documentId: "R1", pieces: 10 }],
  putaway: [],
  shipments: [{ documentId: "P1", pieces: 3 }],
  supplierReturns: [],
  returns: { parcels: 1, pieces: 2, byCondition: { good: 1, repairable: 0, irreparable: 1 }, anomalies: 1 },
  register: { visits: 2, openingRound: true, closingRound: false, anomalies: 0 },
  open: { ...empty, count: 2, countsNotApproved: [{ countId: "C1", state: "submitted", scope: "zone:A" }], returnAnomaliesOpen: [{ anomalyId: "X1", returnId: "RT1", kind: "defect", state: "open" }] },
};

describe("daily report rows", () => {
  it("orders movement types as on a stock card, unknown types last", () => {
    expect(movementRows(report.movements).map((r) => [r.type, r.known])).toEqual([
      ["receipt", true],
      ["issue", true],
      ["mystery", false],
    ]);
  });

  it("flattens open items to their document and facts, with where to deal with them", () => {
    expect(openItemRows(report.open)).toEqual([
      { kind: "countsNotApproved", id: "C1", facts: "state submitted · scope zone:A" },
      { kind: "returnAnomaliesOpen", id: "X1", facts: "returnId RT1 · kind defect · state open" },
    ]);
    expect(openItemHref("countsNotApproved", "C1")).toBe("/warehouse/counts/C1");
    expect(openItemHref("returnAnomaliesOpen", "X1")).toBe("/warehouse/return-anomalies");
  });

  it("puts every part of the day in one CSV table", () => {
    const rows = dailyCsvRows(report, {
      section: (s) => s,
      movement: (t) => t,
      openKind: (k) => k,
      condition: (c) => c,
      register: (f) => f,
      returns: (f) => f,
      yesNo: (v) => (v ? "Y" : "N"),
    });
    expect(rows).toContainEqual(["movements", "issue", 2, -3, ""]);
    expect(rows).toContainEqual(["receipts", "R1", "", 10, ""]);
    expect(rows).toContainEqual(["shipments", "P1", "", 3, ""]);
    expect(rows).toContainEqual(["returns", "irreparable", "", 1, ""]);
    expect(rows).toContainEqual(["register", "openingRound", "", "", "Y"]);
    expect(rows).toContainEqual(["open", "countsNotApproved", "C1", "", "state submitted · scope zone:A"]);
    expect(rows.some((r) => r[0] === "closed")).toBe(false);
  });
});

describe("day and month steps", () => {
  it("crosses month and year ends", () => {
    expect(shiftDay("2026-03-01", -1)).toBe("2026-02-28");
    expect(shiftDay("2025-12-31", 1)).toBe("2026-01-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
  });
});
