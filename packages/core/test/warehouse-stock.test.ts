import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Bus, type Envelope } from "@dianwu/core/bus";
import { Stock } from "@dianwu/core/warehouse";
import { useTestTable } from "@dianwu/local/testing/table";
import { asStaff, makeBin, makeSku, stockUp, SUPERVISOR } from "@dianwu/local/testing/warehouse";

const published: Envelope[] = [];

beforeAll(async () => {
  const { bus } = await useTestTable();
  Bus.setTransport(async (events) => {
    published.push(...events);
    events.forEach(bus.deliver);
  });
});

const asPicker = <T>(fn: () => T) => asStaff(["picker"], fn, "7001");
const asSupervisor = <T>(fn: () => T) => withActor(SUPERVISOR, fn);
const doc = (id: string) => ({ type: "test", id });

describe("the stock card agrees with the balance under random movements (DynamoDB Local)", () => {
  type Op =
    | { kind: "in" | "out" | "adjust"; bin: number; qty: number }
    | { kind: "transfer"; from: number; to: number; qty: number }
    | { kind: "reserve"; bin: number; qty: number }
    | { kind: "release" | "issue" };
  const bin = fc.integer({ min: 0, max: 2 });
  const qty = fc.integer({ min: 1, max: 12 });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constantFrom("in" as const, "out" as const), bin, qty }),
    fc.record({ kind: fc.constant("adjust" as const), bin, qty: fc.integer({ min: -12, max: 12 }).filter((q) => q !== 0) }),
    fc.record({ kind: fc.constant("transfer" as const), from: bin, to: bin, qty }).filter((t) => t.from !== t.to),
    fc.record({ kind: fc.constant("reserve" as const), bin, qty }),
    fc.constantFrom({ kind: "release" as const }, { kind: "issue" as const }),
  );

  it("every accepted movement is on the card, nothing goes negative, and the model and the table agree", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const bins = await Promise.all([0, 1, 2].map(() => makeBin()));
        const codes = bins.map((b) => b.binCode);
        const sku = await makeSku({ homeBin: codes[0] });
        const model = codes.map(() => ({ onHand: 0, reserved: 0 }));
        let reservation: { documentId: string; lines: { binCode: string; qty: number }[] } | undefined;
        let docs = 0;
        for (const o of ops) {
          const outcome = await asSupervisor(async () => {
            try {
              switch (o.kind) {
                case "in":
                  await Stock.move([{ skuId: sku.skuId, binCode: codes[o.bin]!, type: "return_in", qty: o.qty, document: doc(`d${docs++}`) }]);
                  return () => (model[o.bin]!.onHand += o.qty);
                case "out":
                  await Stock.move([{ skuId: sku.skuId, binCode: codes[o.bin]!, type: "transfer_out", qty: -o.qty, document: doc(`d${docs++}`) }]);
                  return () => (model[o.bin]!.onHand -= o.qty);
                case "adjust":
                  await Stock.move([{ skuId: sku.skuId, binCode: codes[o.bin]!, type: "adjustment", qty: o.qty, document: doc(`d${docs++}`) }]);
                  return () => (model[o.bin]!.onHand += o.qty);
                case "transfer":
                  await Stock.transfer({ skuId: sku.skuId, fromBin: codes[o.from]!, toBin: codes[o.to]!, qty: o.qty });
                  return () => {
                    model[o.from]!.onHand -= o.qty;
                    model[o.to]!.onHand += o.qty;
                  };
                case "reserve": {
                  if (reservation) return undefined;
                  const documentId = `parcel-${sku.skuId}-${docs++}`;
                  const result = await Stock.reserve({ documentId, lines: [{ skuId: sku.skuId, qty: o.qty, binCode: codes[o.bin] }] });
                  reservation = result;
                  return () => result.lines.forEach((l) => (model[codes.indexOf(l.binCode)]!.reserved += l.qty));
                }
                case "release":
                case "issue": {
                  if (!reservation) return undefined;
                  const held = reservation;
                  reservation = undefined;
                  if (o.kind === "release") await Stock.release(held.documentId);
                  else await Stock.issue(held.documentId);
                  return () =>
                    held.lines.forEach((l) => {
                      const m = model[codes.indexOf(l.binCode)]!;
                      m.reserved -= l.qty;
                      if (o.kind === "issue") m.onHand -= l.qty;
                    });
                }
              }
            } catch (error: any) {
              expect(error.code, `${JSON.stringify(o)}: ${error.message}`).toBe("stock.insufficient");
              return undefined;
            }
          });
          outcome?.();
        }
        for (const [i, code] of codes.entries()) {
          const balance = await Stock.balance(sku.skuId, code);
          expect(balance?.onHand ?? 0).toBe(model[i]!.onHand);
          expect(balance?.reserved ?? 0).toBe(model[i]!.reserved);
          expect(model[i]!.onHand).toBeGreaterThanOrEqual(0);
          if (balance) {
            const check = await Stock.check(sku.skuId, code);
            expect(check.problems).toEqual([]);
            expect(check.consistent).toBe(true);
          }
        }
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});

describe("concurrent writers on one SKU", () => {
  it("lose no update: every successful movement is on the card and in the balance", async () => {
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 50);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        asSupervisor(() =>
          Stock.move([{ skuId: sku.skuId, binCode: sku.homeBin, type: i % 3 === 0 ? "transfer_out" : "return_in", qty: i % 3 === 0 ? -3 : 2, document: doc(`c${i}`) }]),
        ),
      ),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const check = await Stock.check(sku.skuId, sku.homeBin);
    expect(check).toMatchObject({ consistent: true, lines: 13, onHand: 50 + 8 * 2 - 4 * 3 });
  });

  it("never overdraws: of racing outflows only as many succeed as there is stock", async () => {
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 10);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => asSupervisor(() => Stock.move([{ skuId: sku.skuId, binCode: sku.homeBin, type: "transfer_out", qty: -3, document: doc(`o${i}`) }]))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r as PromiseRejectedResult).reason.code).toBe("stock.insufficient");
    expect(await Stock.check(sku.skuId, sku.homeBin)).toMatchObject({ consistent: true, onHand: 1 });
  });

  it("racing reservations never promise more than is available", async () => {
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 7);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => asPicker(() => Stock.reserve({ documentId: `race-${sku.skuId}-${i}`, lines: [{ skuId: sku.skuId, qty: 2 }] }))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(await Stock.balance(sku.skuId, sku.homeBin)).toMatchObject({ onHand: 7, reserved: 6, available: 1 });
  });
});

describe("reservation, issue at the packing bench, release", () => {
  it("reserves from the home bin first and spills over; issue decrements on hand and writes the card; repeating is harmless", async () => {
    const sku = await makeSku();
    const other = await makeBin();
    await stockUp(sku.skuId, sku.homeBin, 2);
    await stockUp(sku.skuId, other.binCode, 5);
    const documentId = `P-${sku.skuId}`;
    const reserved = await asPicker(() => Stock.reserve({ documentId, lines: [{ skuId: sku.skuId, qty: 4 }] }));
    expect(reserved.lines).toEqual([
      { skuId: sku.skuId, binCode: sku.homeBin, qty: 2 },
      { skuId: sku.skuId, binCode: other.binCode, qty: 2 },
    ]);
    expect(await asPicker(() => Stock.reserve({ documentId, lines: [{ skuId: sku.skuId, qty: 4 }] }))).toEqual(reserved);
    expect((await Stock.forSku(sku.skuId)).available).toBe(3);

    const plan = await asStaff(["packer"], () => Stock.issueItems(documentId), "7002");
    expect(plan.items).toHaveLength(2 + 2 + 2);
    const lines = await asStaff(["packer"], () => Stock.issue(documentId), "7002");
    expect(lines.map((l) => [l.type, l.qty, l.balanceAfter, l.signedBy])).toEqual([
      ["issue", -2, 0, "7002"],
      ["issue", -2, 3, "7002"],
    ]);
    expect(await Stock.forSku(sku.skuId)).toMatchObject({ onHand: 3, reserved: 0, available: 3 });
    await expect(Stock.issue(documentId)).rejects.toMatchObject({ code: "stock.nothing-reserved" });
    expect((await Stock.check(sku.skuId, other.binCode)).consistent).toBe(true);
  });

  it("issue items go into the caller's own transaction, and a lost race is recognisable for a retry", async () => {
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 5);
    const documentId = `Q-${sku.skuId}`;
    await asPicker(() => Stock.reserve({ documentId, lines: [{ skuId: sku.skuId, qty: 1 }] }));
    const stale = await Stock.issueItems(documentId);
    await stockUp(sku.skuId, sku.homeBin, 1);
    const { transaction, TransactionCanceled } = await import("@dianwu/core/db");
    const { StockBalanceEntity } = await import("../src/warehouse/stock/entities");
    const attempt = await transaction({ StockBalanceEntity }, () => stale.items).catch((e) => e);
    expect(attempt).toBeInstanceOf(TransactionCanceled);
    expect(stale.lostRace(attempt)).toBe(true);
    const fresh = await Stock.issueItems(documentId);
    await transaction({ StockBalanceEntity }, () => fresh.items);
    await fresh.afterCommit();
    expect(await Stock.check(sku.skuId, sku.homeBin)).toMatchObject({ consistent: true, onHand: 5, reserved: 0 });
  });

  it("release gives the stock back once", async () => {
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 3);
    await asPicker(() => Stock.reserve({ documentId: `R-${sku.skuId}`, lines: [{ skuId: sku.skuId, qty: 3 }] }));
    await expect(asPicker(() => Stock.reserve({ documentId: `R2-${sku.skuId}`, lines: [{ skuId: sku.skuId, qty: 1 }] }))).rejects.toMatchObject({ code: "stock.insufficient" });
    const [a, b] = await Promise.all([Stock.release(`R-${sku.skuId}`), Stock.release(`R-${sku.skuId}`)]);
    expect(a.length + b.length).toBe(1);
    expect(await Stock.balance(sku.skuId, sku.homeBin)).toMatchObject({ onHand: 3, reserved: 0, available: 3 });
  });

  it("answers availability by the platform's SKU code, for order-to-parcel matching", async () => {
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 4);
    await asPicker(() => Stock.reserve({ documentId: `O-${sku.skuId}`, lines: [{ skuId: sku.skuId, qty: 1 }] }));
    expect(await Stock.availabilityByOuterId([sku.outerSkuId, "NO-SUCH-CODE"])).toEqual(new Map([[sku.outerSkuId, 3]]));
  });

  it("never reserves from pending inspection or the defect store", async () => {
    const sku = await makeSku();
    const defect = await makeBin({ kind: "defect" });
    await stockUp(sku.skuId, defect.binCode, 10);
    await expect(asPicker(() => Stock.reserve({ documentId: `D-${sku.skuId}`, lines: [{ skuId: sku.skuId, qty: 1 }] }))).rejects.toMatchObject({ code: "stock.insufficient" });
    expect((await Stock.forSku(sku.skuId)).available).toBe(0);
  });
});

describe("transfers and adjustments", () => {
  it("a transfer writes two card lines under one document, once per transfer id", async () => {
    const sku = await makeSku();
    const to = await makeBin();
    await stockUp(sku.skuId, sku.homeBin, 6);
    const transferId = "01JTRANSFER0000000000000001".slice(0, 26);
    const lines = await asPicker(() => Stock.transfer({ transferId, skuId: sku.skuId, fromBin: sku.homeBin, toBin: to.binCode, qty: 4 }));
    expect(lines.map((l) => [l.binCode, l.type, l.qty, l.balanceAfter, l.documentId])).toEqual([
      [sku.homeBin, "transfer_out", -4, 2, transferId],
      [to.binCode, "transfer_in", 4, 4, transferId],
    ]);
    await expect(asPicker(() => Stock.transfer({ transferId, skuId: sku.skuId, fromBin: sku.homeBin, toBin: to.binCode, qty: 1 }))).rejects.toMatchObject({ code: "stock.transfer-exists" });
    expect((await Stock.balance(sku.skuId, sku.homeBin))!.onHand).toBe(2);
  });

  it("an adjustment is booked only when another supervisor approves, and only once", async () => {
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 5);
    const request = await asStaff(["warehouse_supervisor"], () => Stock.requestAdjustment({ skuId: sku.skuId, binCode: sku.homeBin, qty: -2, reason: "破损两件" }), "7100");
    expect((await Stock.balance(sku.skuId, sku.homeBin))!.onHand).toBe(5);
    await expect(asStaff(["warehouse_supervisor"], () => Stock.decideAdjustment(request.adjustmentId, { approve: true }), "7100")).rejects.toMatchObject({ code: "stock.own-adjustment" });
    const approved = await asStaff(["warehouse_supervisor"], () => Stock.decideAdjustment(request.adjustmentId, { approve: true }), "7101");
    expect(approved).toMatchObject({ state: "approved", decidedBy: "7101" });
    await expect(asStaff(["warehouse_supervisor"], () => Stock.decideAdjustment(request.adjustmentId, { approve: true }), "7102")).rejects.toMatchObject({ code: "stock.adjustment-decided" });
    const card = await Stock.card(sku.skuId, sku.homeBin);
    expect(card.items[0]).toMatchObject({ type: "adjustment", qty: -2, balanceAfter: 3, signedBy: "7101", document: { type: "adjustment", id: request.adjustmentId } });
  });
});

describe("low stock", () => {
  it("publishes stock.low once per crossing of the reorder point", async () => {
    const sku = await makeSku({ reorderPoint: 5 });
    await stockUp(sku.skuId, sku.homeBin, 8);
    const lows = () => published.filter((e) => e["detail-type"] === "stock.low" && (e.detail as any).skuId === sku.skuId);
    await asPicker(() => Stock.reserve({ documentId: `L1-${sku.skuId}`, lines: [{ skuId: sku.skuId, qty: 2 }] }));
    expect(lows()).toHaveLength(0);
    await Promise.all([1, 2].map((i) => asPicker(() => Stock.reserve({ documentId: `L2-${sku.skuId}-${i}`, lines: [{ skuId: sku.skuId, qty: 1 }] }))));
    expect(lows()).toHaveLength(1);
    expect(lows()[0]!.detail).toMatchObject({ available: expect.any(Number), reorderPoint: 5 });
    await asPicker(() => Stock.reserve({ documentId: `L3-${sku.skuId}`, lines: [{ skuId: sku.skuId, qty: 1 }] }));
    expect(lows()).toHaveLength(1);
    expect((await Stock.lowList()).map((l) => l.skuId)).toContain(sku.skuId);

    await Stock.release(`L1-${sku.skuId}`);
    await Stock.release(`L3-${sku.skuId}`);
    expect((await Stock.lowList()).map((l) => l.skuId)).not.toContain(sku.skuId);
    await asPicker(() => Stock.reserve({ documentId: `L4-${sku.skuId}`, lines: [{ skuId: sku.skuId, qty: 3 }] }));
    expect(lows()).toHaveLength(2);
  });
});
