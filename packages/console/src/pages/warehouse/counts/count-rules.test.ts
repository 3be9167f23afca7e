import { describe, expect, it } from "vitest";
import type { CountReportLine, CountSheetLine } from "../../../api/warehouse-ops-types";
import { applyScan, byBin, classifyScan, missingReasons, scopeFrom, sheetProgress, shownKinds } from "./count-rules";

const sheetLine = (binCode: string, skuId: string, counted = 0, damaged = 0): CountSheetLine => ({ binCode, skuId, styleCode: "T1", colour: "黑", size: "M", name: "n", counted, damaged });
const reportLine = (over: Partial<CountReportLine>): CountReportLine => ({
  binCode: "A-01-01-1", skuId: "S1", styleCode: "T1", colour: "黑", size: "M", name: "n", book: 5, counted: 5, damaged: 0, difference: 0, kinds: ["match"], needsReason: false, booked: false, ...over,
});

describe("count scans", () => {
  it("takes a bin label as the bin being counted, in capitals, and anything else as a piece", () => {
    expect(classifyScan(" a-01-02-3 ")).toEqual({ kind: "bin", binCode: "A-01-02-3" });
    expect(classifyScan("6901234567892")).toEqual({ kind: "piece", code: "6901234567892" });
    expect(classifyScan("A-1-2-3")).toEqual({ kind: "piece", code: "A-1-2-3" });
    expect(classifyScan("   ")).toBeUndefined();
  });

  it("patches the scanned line in place and asks for a reload when the line is new", () => {
    const lines = [sheetLine("A-01-01-1", "S1"), sheetLine("A-01-01-1", "S2", 2)];
    expect(applyScan(lines, { binCode: "A-01-01-1", skuId: "S2", counted: 3, damaged: 1 })![1]).toMatchObject({ counted: 3, damaged: 1 });
    expect(applyScan(lines, { binCode: "A-01-02-1", skuId: "S1", counted: 1, damaged: 0 })).toBeUndefined();
  });

  it("reports progress without any book quantity", () => {
    expect(sheetProgress([sheetLine("A", "1", 2, 1), sheetLine("A", "2"), sheetLine("B", "3", 4)])).toEqual({ pieces: 7, damaged: 1, untouched: 1 });
  });
});

describe("count scope", () => {
  it("accepts a zone letter (any case), a bin kind or a style code; refuses empty or odd zones", () => {
    expect(scopeFrom("zone", " b ")).toEqual({ ok: true, scope: { kind: "zone", value: "B" } });
    expect(scopeFrom("zone", "B-01")).toEqual({ ok: false, field: "value" });
    expect(scopeFrom("binKind", "loose")).toEqual({ ok: true, scope: { kind: "binKind", value: "loose" } });
    expect(scopeFrom("style", " T1001 ")).toEqual({ ok: true, scope: { kind: "style", value: "T1001" } });
    expect(scopeFrom("style", "")).toEqual({ ok: false, field: "value" });
  });
});

describe("the blind sheet by bin", () => {
  it("groups lines by bin in the walking order given", () => {
    const groups = byBin([sheetLine("B-01-01-1", "1"), sheetLine("B-01-01-1", "2"), sheetLine("A-01-01-1", "3"), sheetLine("B-01-01-1", "4")]);
    expect(groups.map((g) => [g.binCode, g.lines.map((l) => l.skuId)])).toEqual([
      ["B-01-01-1", ["1", "2", "4"]],
      ["A-01-01-1", ["3"]],
    ]);
  });
});

describe("variance reasons", () => {
  it("lists the lines needing a reason that have none, counting reasons typed but not yet saved", () => {
    const report = {
      lines: [
        reportLine({ skuId: "S1" }),
        reportLine({ skuId: "S2", needsReason: true, difference: -1, kinds: ["shortage"] }),
        reportLine({ skuId: "S3", needsReason: true, difference: 1, kinds: ["surplus"], reason: "找到漏记的入库" }),
        reportLine({ skuId: "S4", needsReason: true, damaged: 1, kinds: ["damage"], reason: "  " }),
      ],
    };
    expect(missingReasons(report).map((l) => l.skuId)).toEqual(["S2", "S4"]);
    expect(missingReasons(report, new Map([["A-01-01-1/S2", "拣货未扫"]])).map((l) => l.skuId)).toEqual(["S4"]);
    expect(shownKinds(reportLine({ kinds: ["shortage", "damage"] }))).toEqual(["shortage", "damage"]);
    expect(shownKinds(reportLine({}))).toEqual([]);
  });
});
