import { beforeAll, describe, expect, it } from "vitest";
import { GLOBAL_INDEXES, TABLE_KEYS } from "@dianwu/infra/table";
import { registeredEntities } from "@dianwu/core/db";
import { Bin, Sku, Stock } from "@dianwu/core/warehouse";
import { useTestTable } from "@dianwu/local/testing/table";
import { asStaff, makeBin, makeSku, stockUp } from "@dianwu/local/testing/warehouse";
import { BarcodeEntity } from "../src/warehouse/catalogue/entities";
import { BinEntity } from "../src/warehouse/bins/entities";
import { StockBalanceEntity, StockCardEntity } from "../src/warehouse/stock/entities";

beforeAll(async () => {
  await useTestTable();
});

const asSupervisor = <T>(fn: () => T) => asStaff(["warehouse_supervisor"], fn, "7200");

describe("SKUs and barcodes", () => {
  it("finds a SKU by any of its barcodes in one read, UPC-A scanned either way", async () => {
    const sku = await makeSku({ barcodes: ["6901234567892", "036000291452", "SUP-778899"] });
    expect(sku.barcodes.map((b) => b.kind).sort()).toEqual(["code128", "ean13", "internal", "upca"]);
    for (const code of ["6901234567892", "036000291452", "0036000291452", "SUP-778899", sku.barcodes.find((b) => b.kind === "internal")!.code.toLowerCase()]) {
      expect((await Sku.lookup(code))?.skuId, code).toBe(sku.skuId);
    }
    expect(await Sku.lookup("6901234567893")).toBeUndefined();
    expect(BarcodeEntity.get({ code: "6901234567892" }).params()).toMatchObject({ Key: { pk: "$dianwu#code_6901234567892" } });
  });

  it("refuses a barcode another SKU holds, a wrong check digit, a taken platform code and a repeated variant", async () => {
    const first = await makeSku({ barcodes: ["4006381333931"] });
    await expect(makeSku({ barcodes: ["4006381333931"] })).rejects.toMatchObject({ code: "sku.barcode-taken" });
    await expect(makeSku({ barcodes: ["4006381333932"] })).rejects.toMatchObject({ code: "sku.barcode-check-digit", field: "barcodes.0" });
    await expect(
      asSupervisor(() => Sku.create({ styleCode: "X1", colour: "红", size: "S", name: "n", outerSkuId: first.outerSkuId, homeBin: first.homeBin })),
    ).rejects.toMatchObject({ code: "sku.outer-id-taken" });
    await expect(makeSku({ styleCode: first.styleCode, colour: first.colour, size: first.size })).rejects.toMatchObject({ code: "sku.variant-exists" });
    // Nothing of the refused SKUs was written: the claims and the SKU are one transaction.
    expect((await Sku.list({ styleCode: first.styleCode })).items).toHaveLength(1);
  });

  it("finds a SKU by the platform's code, also after the code changed", async () => {
    const sku = await makeSku();
    expect(await Sku.byOuterId(sku.outerSkuId)).toBe(sku.skuId);
    await asSupervisor(() => Sku.update(sku.skuId, { outerSkuId: `${sku.outerSkuId}-new`, reorderPoint: 4 }));
    expect(await Sku.byOuterId(sku.outerSkuId)).toBeUndefined();
    expect(await Sku.byOuterId(`${sku.outerSkuId}-new`)).toBe(sku.skuId);
    expect((await Sku.mustFromId(sku.skuId)).reorderPoint).toBe(4);
  });

  it("issues unique codes only for SKUs tracked by unit, each a barcode of its own", async () => {
    const plain = await makeSku();
    await expect(asSupervisor(() => Sku.issueUnitCodes(plain.skuId, 2))).rejects.toMatchObject({ code: "sku.no-unique-codes" });
    const dear = await makeSku({ uniqueCodes: true });
    const labels = await asSupervisor(() => Sku.issueUnitCodes(dear.skuId, 120));
    expect(new Set(labels.map((l) => l.barcode.value)).size).toBe(120);
    expect(await Sku.lookup(labels[7]!.barcode.value)).toEqual({ code: labels[7]!.barcode.value, kind: "unit", skuId: dear.skuId, unitCode: labels[7]!.barcode.value });
    await expect(asSupervisor(() => Sku.removeBarcode(dear.skuId, labels[0]!.barcode.value))).rejects.toMatchObject({ code: "sku.barcode-not-found" });
  });

  it("a home bin is a place for sellable stock", async () => {
    const defect = await makeBin({ kind: "defect" });
    await expect(makeSku({ homeBin: defect.binCode })).rejects.toMatchObject({ code: "sku.bin-kind", field: "homeBin" });
    await expect(makeSku({ homeBin: "Z-99-99-9" })).rejects.toMatchObject({ code: "bin.not-found" });
  });

  it("labels carry the barcode to draw and the words to check it by", async () => {
    const sku = await makeSku();
    const [label] = await Sku.labels(sku.skuId);
    expect(label).toMatchObject({ barcode: { symbology: "CODE128", kind: "internal" }, styleCode: sku.styleCode, colour: "黑色", size: "M", homeBin: sku.homeBin });
  });
});

describe("bins", () => {
  it("creates a block of bins once and lists them in code order", async () => {
    const first = await asSupervisor(() => Bin.createRange({ zone: "R", aisles: [1, 2], shelves: [1, 3], levels: [1, 2], kind: "loose" }));
    expect(first.created).toHaveLength(12);
    expect((await asSupervisor(() => Bin.createRange({ zone: "R", aisles: [2, 3], shelves: [1, 3], levels: [1, 2], kind: "loose" }))).created).toHaveLength(6);
    const listed = await Bin.list({ zone: "R", limit: 200 });
    expect(listed.items.map((b) => b.binCode)).toEqual([...listed.items.map((b) => b.binCode)].sort());
    expect(listed.items[0]).toMatchObject({ binCode: "R-01-01-1", zone: "R", aisle: 1, shelf: 1, level: 1, kind: "loose" });
    expect(BinEntity.query.byKind({ kind: "loose" }).params()).toMatchObject({ IndexName: "gsi2" });
  });

  it("keeps the kind of a bin that holds stock", async () => {
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 2);
    await expect(asSupervisor(() => Bin.update(sku.homeBin, { kind: "defect" }))).rejects.toMatchObject({ code: "bin.not-empty" });
    const empty = await makeBin();
    expect((await asSupervisor(() => Bin.update(empty.binCode, { kind: "whole_case", name: "整货区" }))).kind).toBe("whole_case");
  });
});

describe("keys", () => {
  it("every warehouse entity uses the table's keys and its three GSIs only", () => {
    const gsis = new Map<string, { partitionKey: string; sortKey: string }>(GLOBAL_INDEXES.map((i) => [i.indexName, i]));
    const mine = registeredEntities().filter((e) => e.schema.model.service === "dianwu");
    expect(mine.length).toBeGreaterThanOrEqual(25);
    for (const entity of mine) {
      for (const [name, index] of Object.entries<any>(entity.schema.indexes)) {
        const label = `${entity.schema.model.entity}.${name}`;
        const expected = index.index ? gsis.get(index.index) : { partitionKey: TABLE_KEYS.partitionKey, sortKey: TABLE_KEYS.sortKey };
        expect(expected, label).toBeDefined();
        expect([index.pk.field, index.sk.field], label).toEqual([expected!.partitionKey, expected!.sortKey]);
      }
    }
  });

  it("a SKU's balances share a partition; a card is ordered by a zero-padded sequence", () => {
    expect(StockBalanceEntity.query.bySku({ skuId: "S1" }).params()).toMatchObject({ ExpressionAttributeValues: { ":pk": "$dianwu#skuid_s1" } });
    const key = (StockCardEntity.get({ skuId: "S1", binCode: "A-01-01-1", seq: 12 }).params() as any).Key;
    expect(key.sk).toBe("$stockcard_1#seq_0000000012");
    expect(Stock.MOVEMENT_TYPES).toContain("issue");
  });
});
