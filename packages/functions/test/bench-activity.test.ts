import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Parcel } from "@dianwu/core/packing";
import { createApi } from "@dianwu/functions/http/app";
import { benchSku, packerAt, piecesOf, readyParcel, scanId } from "@dianwu/local/testing/bench";
import { SYSTEM } from "@dianwu/local/testing/factories";
import { signedIn } from "@dianwu/local/testing/http";
import { useTestTable } from "@dianwu/local/testing/table";

const app = createApi();

beforeAll(async () => {
  await useTestTable();
});

describe("bench activity for the console", () => {
  it("counts packed parcels per bench and packer per hour, rejected scans by reason, intercepts waiting and the day's batches", async () => {
    const [a, b] = await Promise.all([packerAt(["packer"], app), packerAt(["packer"], app)]);
    const stranger = await benchSku();
    for (const [packer, count] of [
      [a, 2],
      [b, 1],
    ] as const) {
      for (let i = 0; i < count; i++) {
        const ready = await readyParcel({ lines: [{ quantity: 1 }] });
        await packer.open(ready.waybill);
        await packer.scan(ready.parcel.parcelId, stranger.barcode);
        await packer.scan(ready.parcel.parcelId, "6900000000000");
        for (const code of piecesOf(ready)) await packer.scan(ready.parcel.parcelId, code);
        await packer.scan(ready.parcel.parcelId, piecesOf(ready)[0]!);
        expect((await packer.close(ready.parcel.parcelId, ready.waybill)).status).toBe(200);
      }
    }
    const stopped = await readyParcel();
    await withActor(SYSTEM, () => Parcel.intercept(stopped.tid, "refund"));
    expect((await a.open(stopped.waybill)).status).toBe(423);
    const batch = await a.post("/api/handover/batches", { carrier: "SF" });

    const supervisor = await signedIn(["warehouse_supervisor"], "warehouse", app);
    const activity = await supervisor.get("/api/packing/activity");
    expect(activity.status, activity.text).toBe(200);
    const json = activity.json;
    const hour = Object.keys(json.benches[0].byHour)[0];
    expect(json.benches).toEqual([
      { deviceId: a.device.deviceId, name: a.device.name, packed: 2, units: 2, byHour: { [hour!]: 2 } },
      { deviceId: b.device.deviceId, name: b.device.name, packed: 1, units: 1, byHour: { [hour!]: 1 } },
    ]);
    expect(json.packers.map((p: { staffNo: string; name: string; packed: number }) => [p.staffNo, p.name, p.packed])).toEqual([
      [a.staff.staffNo, a.staff.name, 2],
      [b.staff.staffNo, b.staff.name, 1],
    ]);
    expect(json.scans).toEqual({
      accepted: 3,
      rejected: 10,
      byReason: { wrong_item: 3, too_many: 3, unknown_barcode: 3, unit_already_scanned: 0, unit_code_required: 0, waybill_label: 0, intercepted: 1 },
    });
    expect(json.interceptsWaiting.parcels.map((p: { parcelId: string }) => p.parcelId)).toContain(stopped.parcel.parcelId);
    expect(json.handover).toEqual([expect.objectContaining({ batchId: batch.json.batchId, state: "open", count: 0 })]);

    const batches = await supervisor.get("/api/packing/handover-batches");
    expect(batches.json.items.map((x: { batchId: string }) => x.batchId)).toEqual([batch.json.batchId]);
    const other = await supervisor.get(`/api/packing/activity?day=2020-01-01`);
    expect(other.json).toMatchObject({ day: "2020-01-01", benches: [], packers: [], handover: [] });
  }, 90_000);

  it("a parcel's scans are on record with bench, packer, time and outcome, accepted or not", async () => {
    const packer = await packerAt(["packer"], app);
    const ready = await readyParcel({ lines: [{ quantity: 1 }] });
    await packer.open(ready.waybill);
    const rejected = scanId();
    await packer.scan(ready.parcel.parcelId, "6900000000000", rejected);
    await packer.scan(ready.parcel.parcelId, piecesOf(ready)[0]!);
    await packer.close(ready.parcel.parcelId, ready.waybill);
    const supervisor = await signedIn(["warehouse_supervisor"], "warehouse", app);
    const scans = (await supervisor.get(`/api/packing/parcels/${ready.parcel.parcelId}/scans`)).json.items;
    expect(scans.map((s: { kind: string; outcome: string; accepted: boolean }) => [s.kind, s.outcome, s.accepted])).toEqual([
      ["open", "opened", true],
      ["item", "unknown_barcode", false],
      ["item", "correct", true],
      ["close", "packed", true],
    ]);
    expect(scans[1]).toMatchObject({ scanId: rejected, deviceId: packer.device.deviceId, benchName: packer.device.name, staffNo: packer.staff.staffNo });
  }, 90_000);
});
