import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bookedQuantity, CHECKLIST, judgeInspection, reconcile, suggestPutaway, type Checklist, type DefectReason } from "./rules";

const allPass = Object.fromEntries(CHECKLIST.map((p) => [p, "pass"])) as Checklist;

describe("scan reconciliation", () => {
  it("books only what matches, was accepted, or nothing when rejected", () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.constantFrom(undefined, "accept" as const, "reject" as const), (expected, scanned, resolution) => {
        const booked = bookedQuantity({ expected, scanned, resolution });
        if (resolution === "reject") expect(booked).toBe(0);
        else if (expected === scanned || resolution === "accept") expect(booked).toBe(scanned);
        else expect(booked).toBeUndefined();
        expect(reconcile({ expected, scanned, resolution }).resolved).toBe(booked !== undefined);
      }),
    );
  });

  it("names the difference", () => {
    expect(reconcile({ expected: 10, scanned: 8 })).toEqual({ difference: -2, status: "short", resolved: false });
    expect(reconcile({ expected: 10, scanned: 12 })).toMatchObject({ difference: 2, status: "over" });
    expect(reconcile({ expected: 0, scanned: 3 })).toMatchObject({ status: "unexpected" });
    expect(reconcile({ expected: 5, scanned: 5 })).toMatchObject({ status: "match", resolved: true });
  });
});

describe("inspection", () => {
  it("passed + failed = booked, and every named defect has its point failed", () => {
    const reason = fc.constantFrom<DefectReason>(...CHECKLIST, "other");
    fc.assert(
      fc.property(fc.nat(40), fc.uniqueArray(fc.record({ reason, qty: fc.integer({ min: 1, max: 10 }) }), { selector: (d) => d.reason, maxLength: 4 }), fc.subarray([...CHECKLIST]), (booked, defects, failedPoints) => {
        const checklist = { ...allPass, ...Object.fromEntries(failedPoints.map((p) => [p, "fail"])) } as Checklist;
        const result = judgeInspection(booked, checklist, defects);
        const total = defects.reduce((s, d) => s + d.qty, 0);
        const consistent = defects.every((d) => d.reason === "other" || failedPoints.includes(d.reason as never));
        expect(result.ok).toBe(consistent && total <= booked);
        if (result.ok) {
          expect(result.passed + result.failed).toBe(booked);
          expect(result.failedPoints.sort()).toEqual([...failedPoints].sort());
        }
      }),
    );
  });

  it("refuses a repeated reason", () => {
    expect(judgeInspection(5, { ...allPass, stitching: "fail" }, [{ reason: "stitching", qty: 1 }, { reason: "stitching", qty: 1 }])).toMatchObject({ ok: false, field: "defects.1.reason" });
  });
});

describe("put-away suggestion", () => {
  it("whole cases to the case bin, the rest to the home bin, nothing lost", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.option(fc.integer({ min: 2, max: 48 }), { nil: undefined }), (qty, caseQty) => {
        const targets = suggestPutaway(qty, { homeBin: "A-01-01-1", caseBin: caseQty ? "W-01-01-1" : undefined, caseQty });
        expect(targets.reduce((s, t) => s + t.qty, 0)).toBe(qty);
        const cases = targets.find((t) => t.kind === "whole_case");
        if (cases) expect(cases.qty % caseQty!).toBe(0);
        const loose = targets.find((t) => t.kind === "loose");
        if (loose && caseQty) expect(loose.qty).toBeLessThan(caseQty);
        expect(targets.every((t) => t.qty > 0)).toBe(true);
      }),
    );
    expect(suggestPutaway(50, { homeBin: "A-01-01-1", caseBin: "W-01-01-1", caseQty: 24 })).toEqual([
      { binCode: "W-01-01-1", qty: 48, kind: "whole_case" },
      { binCode: "A-01-01-1", qty: 2, kind: "loose" },
    ]);
  });
});
