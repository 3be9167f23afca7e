import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  barcodeKey,
  emptyProgress,
  isComplete,
  isExpectedLabel,
  missingLines,
  needsCatalogue,
  undoLast,
  verifyScan,
  type CatalogueHit,
  type Manifest,
  type ManifestLine,
  type Progress,
} from "./verify";

const LABEL = "SF1385628716739";

interface SkuSpec {
  skuId: string;
  barcodes: string[];
  unitCodes: string[];
  uniqueTracked: boolean;
}

function line(index: number, sku: SkuSpec, quantity: number): ManifestLine {
  return {
    line: index,
    tid: "1",
    oid: `1${index}`,
    skuId: sku.skuId,
    outerSkuId: `OUT-${sku.skuId}`,
    styleCode: `S${sku.skuId}`,
    colour: "红色",
    size: "M",
    name: `款${sku.skuId}`,
    quantity,
    barcodes: sku.barcodes,
    unitCodes: sku.unitCodes,
    uniqueTracked: sku.uniqueTracked,
    gift: false,
  };
}

/**
 * A manifest of 1–5 lines over a small pool of SKUs (so one SKU can sit on two lines, as in a
 * merged parcel), some unique-coded with enough unit codes for every piece.
 */
const manifestArb = fc
  .array(fc.record({ sku: fc.integer({ min: 0, max: 3 }), quantity: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 5 })
  .chain((specs) =>
    fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }).map((unique) => {
      const skus: SkuSpec[] = [0, 1, 2, 3].map((n) => {
        const pieces = specs.filter((s) => s.sku === n).reduce((sum, s) => sum + s.quantity, 0);
        return {
          skuId: `SKU${n}`,
          barcodes: [`690000000${n}00${n}`, `DWSAAAAAAAA${n}`],
          unitCodes: unique[n] ? Array.from({ length: pieces + 2 }, (_, i) => `DWUAAAAAA${n}${String(i).padStart(3, "0")}`) : [],
          uniqueTracked: unique[n]!,
        };
      });
      const manifest: Manifest = { parcelId: "P0000000000", lines: specs.map((s, i) => line(i, skus[s.sku]!, s.quantity)), expectedLabels: [LABEL] };
      return manifest;
    }),
  );

const FOREIGN: CatalogueHit = { skuId: "OTHER", styleCode: "X1", colour: "黑色", size: "L", name: "别的款" };

/** Any code a packer might scan at this parcel: its barcodes and unit codes, strangers, the label. */
function codeArb(manifest: Manifest) {
  const codes = [...new Set(manifest.lines.flatMap((l) => [...l.barcodes, ...l.unitCodes]))];
  return fc.oneof(
    fc.constantFrom(...codes),
    fc.constantFrom(...codes).map((c) => c.toLowerCase()),
    fc.constantFrom("6911111111111", "NOT-A-CODE", "DWSZZZZZZZZZ", LABEL, `${LABEL.slice(0, 6)} ${LABEL.slice(6)}`),
  );
}

/** What the server would learn from the catalogue for a code the manifest does not hold. */
function catalogueFor(manifest: Manifest, code: string): CatalogueHit | null | undefined {
  if (!needsCatalogue(manifest, code)) return undefined;
  return barcodeKey(code) === "DWSZZZZZZZZZ" ? FOREIGN : null;
}

/** Every scan that together completes the parcel: shared barcodes, or one distinct unit code per piece. */
function completingScans(manifest: Manifest): string[] {
  const usedUnits = new Map<string, number>();
  return manifest.lines.flatMap((l) =>
    Array.from({ length: l.quantity }, (_, piece) => {
      if (!l.uniqueTracked) return l.barcodes[piece % l.barcodes.length]!;
      const next = usedUnits.get(l.skuId!) ?? 0;
      usedUnits.set(l.skuId!, next + 1);
      return l.unitCodes[next]!;
    }),
  );
}

function replay(manifest: Manifest, codes: string[]) {
  let progress = emptyProgress(manifest);
  const outcomes = codes.map((code, i) => {
    const result = verifyScan(manifest, progress, { scanId: `s${i}`, code, catalogue: catalogueFor(manifest, code) });
    progress = result.progress;
    return result.verdict;
  });
  return { progress, outcomes };
}

describe("scan verification", () => {
  it("progress never exceeds a line's quantity, whatever is scanned and undone", () => {
    fc.assert(
      fc.property(
        manifestArb.chain((m) => fc.tuple(fc.constant(m), fc.array(fc.option(codeArb(m), { nil: undefined, freq: 6 }), { maxLength: 40 }))),
        ([manifest, actions]) => {
          let progress: Progress = emptyProgress(manifest);
          actions.forEach((code, i) => {
            progress =
              code === undefined ? undoLast(progress).progress : verifyScan(manifest, progress, { scanId: `s${i}`, code, catalogue: catalogueFor(manifest, code) }).progress;
            manifest.lines.forEach((l) => {
              expect(progress.counts[l.line]).toBeGreaterThanOrEqual(0);
              expect(progress.counts[l.line]).toBeLessThanOrEqual(l.quantity);
            });
            expect(new Set(progress.units).size).toBe(progress.units.length);
            expect(progress.history.length).toBe(progress.counts.reduce((a, b) => a + b, 0));
          });
        },
      ),
    );
  });

  it("complete iff every line's count equals its quantity, and a correct verdict says so", () => {
    fc.assert(
      fc.property(manifestArb.chain((m) => fc.tuple(fc.constant(m), fc.array(codeArb(m), { maxLength: 30 }))), ([manifest, codes]) => {
        let progress = emptyProgress(manifest);
        codes.forEach((code, i) => {
          const { verdict, progress: next } = verifyScan(manifest, progress, { scanId: `s${i}`, code, catalogue: catalogueFor(manifest, code) });
          const everyLineFull = manifest.lines.every((l) => next.counts[l.line] === l.quantity);
          expect(isComplete(manifest, next)).toBe(everyLineFull);
          expect(missingLines(manifest, next).length === 0).toBe(everyLineFull);
          if (verdict.outcome === "correct") expect(verdict.complete).toBe(everyLineFull);
          progress = next;
        });
      }),
    );
  });

  it("the parcel's pieces scanned in any order are all correct and complete it on the last one", () => {
    fc.assert(
      fc.property(manifestArb.chain((m) => fc.tuple(fc.constant(m), fc.shuffledSubarray(completingScans(m), { minLength: completingScans(m).length }))), ([manifest, codes]) => {
        const { progress, outcomes } = replay(manifest, codes);
        expect(outcomes.map((o) => o.outcome)).toEqual(codes.map(() => "correct"));
        expect(outcomes.map((o) => o.outcome === "correct" && o.complete)).toEqual(codes.map((_, i) => i === codes.length - 1));
        expect(isComplete(manifest, progress)).toBe(true);
      }),
    );
  });

  it("undo restores exactly the progress before the last accepted scan", () => {
    fc.assert(
      fc.property(manifestArb.chain((m) => fc.tuple(fc.constant(m), fc.array(codeArb(m), { maxLength: 25 }))), ([manifest, codes]) => {
        let progress = emptyProgress(manifest);
        codes.forEach((code, i) => {
          const { verdict, progress: next } = verifyScan(manifest, progress, { scanId: `s${i}`, code, catalogue: catalogueFor(manifest, code) });
          if (verdict.outcome === "correct") {
            const undone = undoLast(next);
            expect(undone.progress).toEqual(progress);
            expect(undone.undone).toEqual(next.history.at(-1));
          } else {
            expect(next).toBe(progress);
          }
          progress = next;
        });
      }),
    );
  });

  it("undo with nothing accepted changes nothing", () => {
    const manifest: Manifest = { parcelId: "P1", lines: [line(0, { skuId: "A", barcodes: ["1234"], unitCodes: [], uniqueTracked: false }, 1)], expectedLabels: [] };
    expect(undoLast(emptyProgress(manifest))).toEqual({ progress: emptyProgress(manifest) });
  });
});

describe("each outcome", () => {
  const plain: SkuSpec = { skuId: "A", barcodes: ["6901234567892", "0012345678905"], unitCodes: [], uniqueTracked: false };
  const unique: SkuSpec = { skuId: "U", barcodes: ["6909999999996"], unitCodes: ["DWUABCDEFGHJK", "DWUBCDEFGHJKM"], uniqueTracked: true };
  const manifest: Manifest = { parcelId: "P1", lines: [line(0, plain, 2), line(1, unique, 1), line(2, plain, 1)], expectedLabels: [LABEL] };
  const start = emptyProgress(manifest);
  const scan = (progress: Progress, code: string, catalogue?: CatalogueHit | null) => verifyScan(manifest, progress, { scanId: code, code, catalogue });

  it("a SKU on two lines fills the first, then the second, then is too many", () => {
    let p = start;
    const lines = [];
    for (let i = 0; i < 4; i++) {
      const r = scan(p, "6901234567892");
      lines.push(r.verdict.outcome === "correct" ? r.verdict.line : r.verdict.outcome);
      p = r.progress;
    }
    expect(lines).toEqual([0, 0, 2, "too_many"]);
  });

  it("a UPC-A scanned as 12 digits matches its stored 13-digit form", () => {
    expect(barcodeKey(" 012345678905 ")).toBe("0012345678905");
    expect(scan(start, "012345678905").verdict).toMatchObject({ outcome: "correct", line: 0 });
  });

  it("unique codes: the shared barcode is refused, the same unit twice is refused, another unit counts", () => {
    expect(scan(start, "6909999999996").verdict).toEqual({ outcome: "unit_code_required", line: 1 });
    const first = scan(start, "dwuabcdefghjk");
    expect(first.verdict).toMatchObject({ outcome: "correct", line: 1, unit: "DWUABCDEFGHJK", lineComplete: true });
    expect(scan(first.progress, "DWUABCDEFGHJK").verdict).toEqual({ outcome: "unit_already_scanned", line: 1, unit: "DWUABCDEFGHJK" });
    expect(scan(first.progress, "DWUBCDEFGHJKM").verdict).toMatchObject({ outcome: "too_many", line: 1 });
  });

  it("a unit code issued after the manifest was made counts through the catalogue", () => {
    expect(needsCatalogue(manifest, "DWUZZZZZZZZZZ")).toBe(true);
    const r = scan(start, "DWUZZZZZZZZZZ", { skuId: "U", unitCode: "DWUZZZZZZZZZZ" });
    expect(r.verdict).toMatchObject({ outcome: "correct", line: 1, unit: "DWUZZZZZZZZZZ" });
  });

  it("a known SKU of another parcel is a wrong item naming what is expected; an unknown code is unknown", () => {
    const wrong = scan(start, "6911111111111", FOREIGN);
    expect(wrong.verdict).toMatchObject({ outcome: "wrong_item", scanned: FOREIGN });
    expect(wrong.verdict.outcome === "wrong_item" && wrong.verdict.expected.map((m) => [m.line, m.remaining])).toEqual([
      [0, 2],
      [1, 1],
      [2, 1],
    ]);
    expect(scan(start, "6911111111111", null).verdict.outcome).toBe("unknown_barcode");
    expect(scan(start, "6911111111111").verdict.outcome).toBe("unknown_barcode");
  });

  it("the waybill label is recognised however it is printed, and is not an item", () => {
    expect(isExpectedLabel(manifest, "sf 1385-6287-16739")).toBe(true);
    expect(needsCatalogue(manifest, LABEL)).toBe(false);
    expect(scan(start, LABEL).verdict).toEqual({ outcome: "waybill_label", complete: false });
  });

  it("an intercepted parcel accepts nothing", () => {
    const r = verifyScan(manifest, start, { scanId: "x", code: "6901234567892", intercepted: true });
    expect(r.verdict).toEqual({ outcome: "intercepted" });
    expect(r.progress).toBe(start);
  });

  it("barcodeKey is idempotent", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{12,13}$/), fc.stringMatching(/^dw[su][a-z0-9]{9,10}$/)), (raw) => {
      expect(barcodeKey(barcodeKey(raw))).toBe(barcodeKey(raw));
    }));
  });
});
