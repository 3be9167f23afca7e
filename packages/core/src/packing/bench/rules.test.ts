import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimDecision, interceptInfo, manifestOf, maskMobile, shopDayHour, stockMismatch, type ParcelForManifest, type SkuForManifest } from "./rules";
import { emptyProgress, isExpectedLabel, verifyScan } from "./verify";

const NOW = new Date("2026-11-11T02:00:00.000Z");
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();

describe("claims", () => {
  it("a free or released parcel is new; the same bench always resumes; a closed one stays closed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 120 }), fc.boolean(), (idle, window, takeover) => {
        expect(claimDecision(undefined, "b1", NOW, window, takeover)).toEqual({ kind: "new" });
        expect(claimDecision({ state: "released", deviceId: "b2", touchedAt: minutesAgo(idle) }, "b1", NOW, window, takeover)).toEqual({ kind: "new" });
        expect(claimDecision({ state: "packing", deviceId: "b1", touchedAt: minutesAgo(idle) }, "b1", NOW, window, takeover)).toEqual({ kind: "resume" });
        expect(claimDecision({ state: "closed", deviceId: "b1", touchedAt: minutesAgo(idle) }, "b2", NOW, window, takeover)).toEqual({ kind: "closed" });
      }),
    );
  });

  it("another bench's claim is taken over only when asked and only after the idle window", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 120 }), fc.boolean(), (idle, window, takeover) => {
        const decision = claimDecision({ state: "packing", deviceId: "b2", touchedAt: minutesAgo(idle) }, "b1", NOW, window, takeover);
        if (idle >= window && takeover) expect(decision).toEqual({ kind: "takeover" });
        else expect(decision).toEqual({ kind: "busy", takeoverAllowed: idle >= window, takeoverAt: minutesAgo(idle - window) });
      }),
    );
  });
});

const parcel = (extra: Partial<ParcelForManifest> = {}): ParcelForManifest => ({
  parcelId: "P0123456789",
  version: 3,
  tids: ["1001"],
  buyerNick: "小王",
  receiver: { name: "张三", city: "杭州市", district: "西湖区" },
  lines: [
    { tid: "1001", oid: "10011", sku: "TS-RED-M", quantity: 2, title: "纯棉T恤" },
    { tid: "1001", oid: "10012", sku: "SOCKS", quantity: 1, title: "袜子 赠品" },
    { tid: "1001", oid: "10013", sku: "NOT-IN-CATALOGUE", quantity: 1 },
  ],
  notes: [{ tid: "1001", sellerMemo: "#1011 送赠品" }],
  waybill: { number: "SF1385628716739", carrier: "SF" },
  reprintRequired: false,
  ...extra,
});

const sku = (skuId: string, barcodes: string[], extra: Partial<SkuForManifest> = {}): SkuForManifest => ({
  skuId,
  styleCode: `S-${skuId}`,
  colour: "红色",
  size: "M",
  name: `款${skuId}`,
  uniqueTracked: false,
  barcodes,
  unitCodes: [],
  bins: ["A-01-01-1"],
  ...extra,
});

describe("manifest", () => {
  const skus = new Map([
    ["TS-RED-M", sku("K1", ["012345678905", "dwsabcdefghj"])],
    ["SOCKS", sku("K2", ["6901234567892"])],
  ]);
  const manifest = manifestOf(parcel(), skus, ["赠品"]);

  it("carries every code of a line's SKU in canonical form, gifts, remarks and the label", () => {
    expect(manifest.lines[0]).toMatchObject({ skuId: "K1", barcodes: ["0012345678905", "DWSABCDEFGHJ"], quantity: 2, gift: false, bin: "A-01-01-1" });
    expect(manifest.lines[1]).toMatchObject({ skuId: "K2", gift: true });
    expect(manifest.lines[2]).toMatchObject({ skuId: null, barcodes: [], styleCode: "NOT-IN-CATALOGUE" });
    expect(manifest.gifts).toEqual([{ line: 1, name: "袜子 赠品", quantity: 1 }]);
    expect(manifest.remarks).toEqual(["memo-mentions-gift", "unknown-sku:2"]);
    expect(manifest.totalUnits).toBe(4);
    expect(manifest.waybill).toEqual({ number: "SF1385628716739", carrier: "SF", carrierName: "顺丰速运" });
    expect(isExpectedLabel(manifest, "SF 1385 6287 16739")).toBe(true);
  });

  it("a parcel whose label must be reprinted, or has none, expects no label and says why", () => {
    expect(manifestOf(parcel({ reprintRequired: true }), skus, []).expectedLabels).toEqual([]);
    expect(manifestOf(parcel({ reprintRequired: true }), skus, []).remarks).toContain("reprint-required");
    const unlabelled = manifestOf(parcel({ waybill: undefined, tids: ["1", "2"] }), skus, []);
    expect(unlabelled.waybill).toBeNull();
    expect(unlabelled.remarks).toEqual(["merged:2", "unknown-sku:2", "no-waybill"]);
  });

  it("a UPC-A scanned in its 12-digit form verifies against the manifest", () => {
    expect(verifyScan(manifest, emptyProgress(manifest), { scanId: "s", code: "012345678905" }).verdict).toMatchObject({ outcome: "correct", line: 0 });
  });
});

describe("red screen, slip and counters", () => {
  it("the red screen lists every intercept and the shelf", () => {
    const at = "2026-11-11T01:00:00.000Z";
    expect(interceptInfo({ intercepts: [{ tid: "1", reason: "refund", at }, { tid: "2", reason: "address_change", note: "改地址", at }] }, "拦截区")).toEqual({
      reasons: [
        { tid: "1", reason: "refund", at },
        { tid: "2", reason: "address_change", note: "改地址", at },
      ],
      putAt: "拦截区",
    });
  });

  it("masks all but the first three and last four digits of a mobile number", () => {
    expect(maskMobile("13800138000")).toBe("138****8000");
    expect(maskMobile("12345")).toBe("*****");
    expect(maskMobile(undefined)).toBeUndefined();
  });

  it("counts in shop time: 16:30 UTC is the next day's 00 hour in Shanghai", () => {
    expect(shopDayHour(new Date("2026-11-10T16:30:00Z"), "Asia/Shanghai")).toEqual({ day: "2026-11-11", hour: "00" });
    expect(shopDayHour(new Date("2026-11-11T15:59:59Z"), "Asia/Shanghai")).toEqual({ day: "2026-11-11", hour: "23" });
  });

  it("reserved stock must match the manifest per SKU, however it is split over bins", () => {
    const m = { lines: [{ skuId: "A", quantity: 2 }, { skuId: "A", quantity: 1 }, { skuId: "B", quantity: 1 }] };
    expect(stockMismatch(m, [{ skuId: "A", qty: 2 }, { skuId: "A", qty: 1 }, { skuId: "B", qty: 1 }])).toBeUndefined();
    expect(stockMismatch(m, [{ skuId: "A", qty: 3 }])).toEqual({ reserved: { A: 3 }, manifest: { A: 3, B: 1 } });
    expect(stockMismatch({ lines: [{ skuId: null, quantity: 1 }] }, [])).toEqual({ reserved: {}, manifest: { "?": 1 } });
  });
});
