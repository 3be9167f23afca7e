import { describe, expect, it } from "vitest";
import { destinationOf, intakeProblems, returnPieces } from "./return-rules";

describe("returns intake", () => {
  it("sends good items home, repairable to production, irreparable to the defect store", () => {
    expect(destinationOf("good")).toBe("home");
    expect(destinationOf("repairable")).toBe("production");
    expect(destinationOf("irreparable")).toBe("defect");
  });

  it("needs a waybill or an order, a courier count for a damaged package, and whole quantities", () => {
    const base = { waybillNo: "", orderId: "", packageCondition: "intact" as const, countedWithCourier: false, items: [{ qty: "1" }] };
    expect(intakeProblems(base)).toEqual(["waybillNo"]);
    expect(intakeProblems({ ...base, orderId: "O1" })).toEqual([]);
    expect(intakeProblems({ ...base, waybillNo: "YT1", packageCondition: "damaged" })).toEqual(["countedWithCourier"]);
    expect(intakeProblems({ ...base, waybillNo: "YT1", packageCondition: "damaged", countedWithCourier: true })).toEqual([]);
    expect(intakeProblems({ ...base, waybillNo: "YT1", items: [{ qty: "0" }, { qty: "1.5" }, { qty: "2" }] })).toEqual(["items.0.qty", "items.1.qty"]);
  });

  it("adds up pieces by condition", () => {
    expect(returnPieces({ items: [{ skuId: "a", qty: 2, condition: "good" }, { skuId: "b", qty: 1, condition: "irreparable" }] })).toEqual({ total: 3, good: 2, repairable: 0, irreparable: 1 });
  });
});
