import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Bus, type Envelope } from "@dianwu/core/bus";
import { Stock, Wave } from "@dianwu/core/warehouse";
import { useTestTable } from "@dianwu/local/testing/table";
import { asStaff, makeBin, makeSku, stockUp } from "@dianwu/local/testing/warehouse";

const published: Envelope[] = [];
beforeAll(async () => {
  const { bus } = await useTestTable();
  Bus.setTransport(async (events) => {
    published.push(...events);
    events.forEach(bus.deliver);
  });
});

const picker = <T>(fn: () => T, staffNo = "8101") => withActor({ type: "staff", staffNo, roles: ["picker"], device: { id: "bench-1", kind: "packing_bench" } }, fn);
const allocator = <T>(fn: () => T) => asStaff(["warehouse_supervisor"], fn, "8100");

async function allocatedParcels(zone: string) {
  const near = await makeBin({ zone, aisle: 1, shelf: 2 });
  const far = await makeBin({ zone, aisle: 2, shelf: 9 });
  const black = await makeSku({ styleCode: `W${zone}`, colour: "黑", size: "M", homeBin: far.binCode });
  const white = await makeSku({ styleCode: `W${zone}`, colour: "白", size: "S", homeBin: near.binCode });
  await stockUp(black.skuId, black.homeBin, 20);
  await stockUp(white.skuId, white.homeBin, 20);
  const tag = Date.now().toString(36);
  const parcels = [
    { id: `${tag}-1`, lines: [{ skuId: black.skuId, qty: 1 }] },
    { id: `${tag}-2`, lines: [{ skuId: white.skuId, qty: 1 }] },
    { id: `${tag}-3`, lines: [{ skuId: black.skuId, qty: 2 }, { skuId: white.skuId, qty: 1 }] },
    { id: `${tag}-4`, lines: [{ skuId: black.skuId, qty: 1 }, { skuId: white.skuId, qty: 1 }] },
  ];
  for (const p of parcels) await allocator(() => Stock.reserve({ documentId: p.id, lines: p.lines }));
  return { black, white, near, far, ids: parcels.map((p) => p.id) };
}

describe("pick waves", () => {
  it("waves single- and multi-item parcels apart from their reservations, once per parcel", async () => {
    const { black, white, near, far, ids } = await allocatedParcels("PA");
    const made = await allocator(() => Wave.create({ parcels: [...ids.map((parcelId) => ({ parcelId, waybillNo: `YT${parcelId}` })), { parcelId: "never-allocated" }] }));
    expect(made.skipped).toEqual([{ parcelId: "never-allocated", reason: "not-allocated" }]);
    expect(made.waves.map((w) => [w.kind, w.parcelCount, w.pieces])).toEqual([["single", 2, 2], ["multi", 2, 5]]);
    const single = await Wave.get(made.waves[0]!.waveId);
    // Style W100: 白 (white) sorts before 黑 (black) by colour; waybills print in that order.
    expect(single.parcels.map((p) => p.parcelId)).toEqual([ids[1], ids[0]]);
    const multi = await Wave.get(made.waves[1]!.waveId);
    expect(multi.pickList.map((l) => [l.lineNo, l.binCode, l.skuId, l.qty])).toEqual([
      [1, near.binCode, white.skuId, 2],
      [2, far.binCode, black.skuId, 3],
    ]);
    expect(await Wave.ofParcel(ids[2]!)).toEqual({ waveId: multi.waveId, slot: 1 });

    const again = await allocator(() => Wave.create({ parcels: [{ parcelId: ids[0]! }] }));
    expect(again).toEqual({ waves: [], skipped: [{ parcelId: ids[0], reason: "in-wave", waveId: single.waveId }] });
  });

  it("the picker takes the wave by badge, confirms line by line, a short pick reaches customer service, and signs off", async () => {
    const { black, far, ids } = await allocatedParcels("PB");
    const { waves } = await allocator(() => Wave.create({ parcels: ids.slice(2).map((parcelId) => ({ parcelId })) }));
    const waveId = waves[0]!.waveId;
    await expect(picker(() => Wave.confirm(waveId, 1, 2))).rejects.toMatchObject({ code: "wave.not-picking" });
    expect(await picker(() => Wave.start(waveId))).toMatchObject({ state: "picking", picker: "8101" });
    await expect(picker(() => Wave.start(waveId), "8102")).rejects.toMatchObject({ code: "wave.taken" });
    await expect(picker(() => Wave.confirm(waveId, 1, 2), "8102")).rejects.toMatchObject({ code: "wave.not-your-wave" });
    await expect(picker(() => Wave.confirm(waveId, 1, 3))).rejects.toMatchObject({ code: "wave.picked-range" });
    expect(await picker(() => Wave.confirm(waveId, 1, 2))).toMatchObject({ short: 0 });
    await expect(picker(() => Wave.confirm(waveId, 1, 2))).rejects.toMatchObject({ code: "wave.line-confirmed" });
    await expect(picker(() => Wave.complete(waveId))).rejects.toMatchObject({ code: "wave.lines-open" });

    const short = await picker(() => Wave.confirm(waveId, 2, 1));
    expect(short).toMatchObject({ wanted: 3, picked: 1, short: 2, exceptionId: expect.any(String) });
    const event = published.find((e) => e["detail-type"] === "warehouse.short-pick" && (e.detail as any).waveId === waveId);
    expect(event?.detail).toMatchObject({ skuId: black.skuId, binCode: far.binCode, wanted: 3, picked: 1, parcels: [{ parcelId: ids[2], short: 1 }, { parcelId: ids[3], short: 1 }] });
    const open = await Wave.exceptions({ state: "open" });
    expect(open.items.map((x) => x.exceptionId)).toContain(short.exceptionId);
    const resolved = await asStaff(["cs_aftersale"], () => Wave.resolveException(short.exceptionId!, "等补货, 已告知买家"), "8200");
    expect(resolved).toMatchObject({ state: "resolved", resolvedBy: "8200" });

    expect(await picker(() => Wave.complete(waveId))).toMatchObject({ state: "picked", confirmedLines: 2, shortLines: 1 });
    const list = await Wave.pickList(waveId);
    expect(list.groups.map((g) => [g.colour, g.lines.map((l) => l.picked)])).toEqual([["白", [2]], ["黑", [1]]]);
    const slips = await Wave.slips(waveId);
    expect(slips.slips.map((s) => [s.slot, s.parcelId, s.pieces])).toEqual([[1, ids[2], 3], [2, ids[3], 2]]);
  });

  it("a withdrawn wave frees its parcels", async () => {
    const { ids } = await allocatedParcels("PC");
    const { waves } = await allocator(() => Wave.create({ parcels: [{ parcelId: ids[0]! }] }));
    await allocator(() => Wave.cancel(waves[0]!.waveId));
    expect((await allocator(() => Wave.create({ parcels: [{ parcelId: ids[0]! }] }))).waves).toHaveLength(1);
  });
});
