import { Bin, Sku, Stock } from "@dianwu/core/warehouse";

/**
 * The demo warehouse: bins in zones (待检区, shelves, whole cases, loose pieces, the defect store,
 * returns, the intercept shelf), a small garment catalogue whose platform codes are the ones the
 * demo orders use, each SKU with a maker's EAN-13 and an internal label, and opening stock.
 * A cashmere coat is tracked by unique codes; one dress size starts below its reorder point.
 */
const SINGLE_BINS = [
  { zone: "Q", kind: "pending_inspection", name: "待检区" },
  { zone: "D", kind: "defect", name: "残次库" },
  { zone: "R", kind: "returns", name: "退货区" },
  { zone: "X", kind: "intercept", name: "拦截架" },
] as const;

interface Style {
  styleCode: string;
  name: string;
  colours: { name: string; code?: string }[];
  sizes: string[];
  outer: (colour: string | undefined, size: string) => string;
  opening: number;
  reorderPoint: number;
  caseQty?: number;
  uniqueCodes?: boolean;
}

const STYLES: Style[] = [
  { styleCode: "TEE", name: "纯棉T恤", colours: [{ name: "红色", code: "RED" }, { name: "黑色", code: "BLK" }, { name: "白色", code: "WHT" }], sizes: ["S", "M", "L", "XL"], outer: (c, s) => `DW-TEE-${c}-${s}`, opening: 30, reorderPoint: 10, caseQty: 20 },
  { styleCode: "JEANS", name: "直筒牛仔裤", colours: [{ name: "蓝色" }], sizes: ["28", "29", "30", "31", "32"], outer: (_c, s) => `DW-JEANS-${s}`, opening: 20, reorderPoint: 5, caseQty: 10 },
  { styleCode: "DRESS", name: "碎花连衣裙", colours: [{ name: "碎花" }], sizes: ["S", "M", "L"], outer: (_c, s) => `DW-DRESS-${s}`, opening: 12, reorderPoint: 5 },
  { styleCode: "HOODIE", name: "连帽卫衣", colours: [{ name: "灰色" }], sizes: ["M", "L", "XL"], outer: (_c, s) => `DW-HOODIE-${s}`, opening: 15, reorderPoint: 5 },
  { styleCode: "SOCKS", name: "船袜三双装", colours: [{ name: "混色" }], sizes: ["均码"], outer: () => "DW-SOCKS-3", opening: 100, reorderPoint: 20 },
  { styleCode: "COAT", name: "羊绒大衣", colours: [{ name: "驼色", code: "CAM" }], sizes: ["S", "M", "L"], outer: (c, s) => `DW-COAT-${c}-${s}`, opening: 3, reorderPoint: 1, uniqueCodes: true },
];

/** A valid EAN-13 under the demo maker's prefix (690 = China, company 12345). */
function ean13(item: number) {
  const body = `69012345${String(item).padStart(4, "0")}`;
  return body + Sku.gtinCheckDigit(body);
}

export async function loadWarehouse() {
  for (const bin of SINGLE_BINS) await Bin.create({ zone: bin.zone, aisle: 1, shelf: 1, level: 1, kind: bin.kind, name: bin.name });
  await Bin.createRange({ zone: "A", aisles: [1, 3], shelves: [1, 6], levels: [1, 3], kind: "normal" });
  await Bin.createRange({ zone: "B", aisles: [1, 1], shelves: [1, 4], levels: [1, 2], kind: "loose" });
  await Bin.createRange({ zone: "W", aisles: [1, 1], shelves: [1, 4], levels: [1, 1], kind: "whole_case" });

  const shelves = (await Bin.list({ zone: "A", limit: 200 })).items.map((b) => b.binCode);
  let item = 1;
  let shelf = 0;
  for (const [s, style] of STYLES.entries()) {
    const caseBin = style.caseQty ? `W-01-0${s + 1}-1` : undefined;
    for (const colour of style.colours) {
      for (const size of style.sizes) {
        const homeBin = shelves[shelf++ % shelves.length]!;
        const sku = await Sku.create({
          styleCode: style.styleCode,
          colour: colour.name,
          size,
          name: `${style.name} ${colour.name} ${size}`,
          outerSkuId: style.outer(colour.code, size),
          homeBin,
          caseBin,
          caseQty: style.caseQty,
          // One size of the dress starts short, so the reorder list has something on it.
          reorderPoint: style.styleCode === "DRESS" && size === "L" ? 15 : style.reorderPoint,
          uniqueCodes: style.uniqueCodes ?? false,
          barcodes: [ean13(item++)],
        });
        await Stock.opening({ skuId: sku.skuId, binCode: homeBin, qty: style.opening, note: "期初" });
        if (style.uniqueCodes) await Sku.issueUnitCodes(sku.skuId, style.opening);
      }
    }
  }
}
