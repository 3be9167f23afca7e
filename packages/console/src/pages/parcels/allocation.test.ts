import { describe, expect, it } from "vitest";
import { addPage, emptyRun } from "./allocation";

describe("an allocation run over pages", () => {
  it("sums the pages, keeps the short parcels in order and counts parcels per unknown SKU code", () => {
    const first = addPage(emptyRun(), {
      allocated: 1, short: 1, unknownSku: 1, skipped: 0, cursor: "c1",
      outcomes: [
        { parcelId: "P1", outcome: "allocated" },
        { parcelId: "P2", outcome: "short" },
        { parcelId: "P3", outcome: "unknown-sku", skus: ["X-1"] },
      ],
    });
    const run = addPage(first, {
      allocated: 0, short: 1, unknownSku: 1, skipped: 1, cursor: null,
      outcomes: [
        { parcelId: "P4", outcome: "short" },
        { parcelId: "P5", outcome: "unknown-sku", skus: ["X-1", "X-2"] },
        { parcelId: "P6", outcome: "skipped", reason: "intercepted" },
      ],
    });
    expect(run).toMatchObject({ pages: 2, looked: 6, allocated: 1, short: ["P2", "P4"], skipped: 1 });
    expect([...run.unknownSkus]).toEqual([["X-1", 2], ["X-2", 1]]);
    expect([...run.skippedBy]).toEqual([["intercepted", 1]]);
    expect(first.short).toEqual(["P2"]);
  });
});
