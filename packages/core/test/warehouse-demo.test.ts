import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Bin, Sku, Stock } from "@dianwu/core/warehouse";
import { useTestTable } from "@dianwu/local/testing/table";
import { loadWarehouse } from "@dianwu/local/demo/warehouse";

beforeAll(async () => {
  await useTestTable();
  await withActor({ type: "system", reason: "demo-data" }, loadWarehouse);
}, 180_000);

describe("the demo warehouse", () => {
  it("has every kind of bin, SKUs under the demo orders' platform codes, opening stock on consistent cards, and a reorder list", async () => {
    for (const kind of Bin.BIN_KINDS) expect((await Bin.ofKind(kind)).length, kind).toBeGreaterThan(0);
    const tee = await Sku.byOuterId("DW-TEE-RED-M");
    expect(tee).toBeDefined();
    for (const code of ["DW-JEANS-30", "DW-DRESS-S", "DW-HOODIE-XL", "DW-SOCKS-3", "DW-TEE-BLK-M"]) expect(await Sku.byOuterId(code), code).toBeDefined();
    const sku = await Sku.mustFromId(tee!);
    const ean = (await Sku.barcodes(tee!)).find((b) => b.kind === "ean13")!;
    expect(Sku.isValidGtin(ean.code)).toBe(true);
    expect((await Sku.lookup(ean.code))?.skuId).toBe(tee);
    expect(await Stock.check(tee!, sku.homeBin)).toMatchObject({ consistent: true, onHand: 30 });
    expect((await Stock.reorderList()).map((r) => `${r.styleCode}/${r.size}`)).toEqual(["DRESS/L"]);
    const coat = await Sku.byOuterId("DW-COAT-CAM-M");
    expect((await Sku.barcodes(coat!, ["unit"])).length).toBe(3);
  });
});
