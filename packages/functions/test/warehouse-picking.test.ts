import { beforeAll, describe, expect, it } from "vitest";
import { Stock } from "@dianwu/core/warehouse";
import { createApi } from "@dianwu/functions/http/app";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { asStaff, makeSku, operatorAt, stockUp } from "@dianwu/local/testing/warehouse";

const app = createApi();
beforeAll(async () => {
  await useTestTable();
});

describe("picking over HTTP", () => {
  it("a supervisor makes the wave, a picker works it at the kiosk by badge, customer service sees the short pick", async () => {
    const supervisor = await signedIn(["warehouse_supervisor"], "warehouse", app);
    const cs = await signedIn(["cs_aftersale"], "customer_service", app);
    const picker = await operatorAt(["picker"], app);
    const packer = await operatorAt(["packer"], app);
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 3);
    await asStaff(["warehouse_supervisor"], () => Stock.reserve({ documentId: "HTTP-P1", lines: [{ skuId: sku.skuId, qty: 2 }] }));

    const made = await supervisor.post("/api/warehouse/waves", { parcels: [{ parcelId: "HTTP-P1", waybillNo: "SF1234567890", orderIds: ["3012345678901"], remark: "赠品: 袜子" }] });
    expect(made.status, made.text).toBe(201);
    const waveId = made.json.waves[0].waveId;
    const pickList = await supervisor.get(`/api/warehouse/waves/${waveId}/pick-list`);
    expect(pickList.json).toMatchObject({ kind: "multi", barcode: { value: waveId }, groups: [{ styleCode: sku.styleCode, lines: [{ binCode: sku.homeBin, qty: 2, name: sku.name }] }] });
    const slips = await supervisor.get(`/api/warehouse/waves/${waveId}/slips`);
    expect(slips.json.slips[0]).toMatchObject({ slot: 1, parcelId: "HTTP-P1", waybillNo: "SF1234567890", remark: "赠品: 袜子", pieces: 2 });

    const kiosk = client(app);
    expect((await kiosk.post(`/api/warehouse/kiosk/waves/${waveId}/start`, undefined, packer.headers)).status).toBe(403);
    expect((await kiosk.post(`/api/warehouse/kiosk/waves/${waveId}/start`, undefined, picker.headers)).json).toMatchObject({ state: "picking", picker: picker.staff.staffNo });
    const confirmed = await kiosk.post(`/api/warehouse/kiosk/waves/${waveId}/lines/1/confirm`, { picked: 1 }, picker.headers);
    expect(confirmed.json).toMatchObject({ wanted: 2, picked: 1, short: 1 });
    expect((await kiosk.post(`/api/warehouse/kiosk/waves/${waveId}/complete`, undefined, picker.headers)).json.state).toBe("picked");
    expect((await kiosk.get("/api/warehouse/kiosk/parcels/HTTP-P1/wave", { authorization: packer.headers.authorization })).json).toEqual({ waveId, slot: 1 });

    const exceptions = await cs.get("/api/warehouse/pick-exceptions");
    const mine = exceptions.json.items.find((x: any) => x.waveId === waveId);
    expect(mine).toMatchObject({ skuId: sku.skuId, wanted: 2, picked: 1, parcels: [{ parcelId: "HTTP-P1", short: 1 }], reportedBy: picker.staff.staffNo });
    expect((await cs.post(`/api/warehouse/pick-exceptions/${mine.exceptionId}/resolve`, { resolution: "买家同意退一件的款" })).json.state).toBe("resolved");
  });
});
