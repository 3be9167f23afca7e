import type { BenchView, Manifest } from "../api/bench";

/** A parcel as the API's open returns it, for the kiosk's unit tests: a red T-shirt ×2 and a gift. */
export function manifestFixture(overrides: Partial<Manifest> = {}): Manifest {
  return {
    parcelId: "P7K2M9QX4TR",
    parcelVersion: 1,
    tids: ["4312345678901234567"],
    buyerNick: "小王",
    receiver: { name: "张三", city: "杭州市", district: "西湖区" },
    lines: [
      {
        line: 0,
        tid: "4312345678901234567",
        oid: "4312345678901234568",
        skuId: "SKU-RED-M",
        outerSkuId: "TS-RED-M",
        styleCode: "TS2408",
        colour: "红色",
        size: "M",
        name: "纯棉T恤",
        quantity: 2,
        barcodes: ["6901234567892"],
        unitCodes: [],
        uniqueTracked: false,
        gift: false,
        bin: "A-01-02-1",
      },
      {
        line: 1,
        tid: "4312345678901234567",
        oid: "4312345678901234569",
        skuId: "SKU-SOCK",
        outerSkuId: "SOCK-1",
        styleCode: "WZ01",
        colour: "白色",
        size: "均码",
        name: "袜子",
        title: "赠品 袜子",
        quantity: 1,
        barcodes: ["6901234567908"],
        unitCodes: [],
        uniqueTracked: false,
        gift: true,
      },
    ],
    notes: [{ tid: "4312345678901234567", buyerMessage: "请尽快发货", sellerMemo: "#1011 送赠品袜子" }],
    gifts: [{ line: 1, name: "袜子", quantity: 1 }],
    remarks: ["memo-mentions-gift"],
    waybill: { number: "SF1385628716739", carrier: "SF", carrierName: "顺丰速运" },
    expectedLabels: ["SF1385628716739"],
    reprintRequired: false,
    totalUnits: 3,
    ...overrides,
  };
}

export function viewFixture(manifest: Manifest = manifestFixture()): BenchView {
  return {
    parcelId: manifest.parcelId,
    bench: { id: "D1", name: "打包台 1" },
    packer: { staffNo: "1024" },
    claimedAt: "2026-11-11T01:02:03.000Z",
    resumed: false,
    takenOverFrom: null,
    manifest,
    progress: { counts: manifest.lines.map(() => 0), units: [], history: [] },
    complete: false,
    forced: null,
    intercept: null,
  };
}
