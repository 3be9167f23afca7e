import { BARCODE_MODEL, SKU_MODEL } from "./read";
import { defineEntity } from "../../db";

/**
 * A SKU: one style (款式) in one colour and one size. `skuId` is ours (a ULID); the shop platform
 * knows it by `outerSkuId` (商家编码), and scanners by its barcodes, each of which is its own item
 * below so that both lookups are a single read.
 */
export const SkuEntity = defineEntity({
  model: SKU_MODEL,
  attributes: {
    skuId: { type: "string", required: true, readOnly: true },
    styleCode: { type: "string", required: true, readOnly: true },
    colour: { type: "string", required: true, readOnly: true },
    size: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true },
    outerSkuId: { type: "string", required: true },
    /** 一物一卡一位: the one bin where this SKU lives and its stock card is kept. */
    homeBin: { type: "string", required: true },
    /** Where whole cases (整货) of it go, if it comes in cases. */
    caseBin: { type: "string" },
    caseQty: { type: "number" },
    /** Available stock at or below this raises `stock.low` (补货). */
    reorderPoint: { type: "number", required: true, default: 0 },
    /** High-value items get a unique code (唯一码) per unit, so one unit scanned twice is not two. */
    uniqueCodes: { type: "boolean", required: true, default: false },
    active: { type: "boolean", required: true, default: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["skuId"] },
      sk: { field: "sk", composite: [] },
    },
    // A garment shop has hundreds to a few thousand SKUs: one partition lists them in catalogue
    // order, and a style is a prefix of it.
    all: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [] },
      sk: { field: "gsi1sk", composite: ["styleCode", "colour", "size", "skuId"] },
    },
  },
});

/**
 * A barcode, keyed by the code itself: the scan at the bench or the receiving desk is one read.
 * Created in the same transaction as its SKU (or on its own later) with a not-exists condition,
 * so a code can never point at two SKUs. Unit codes (唯一码) are barcodes of kind `unit`.
 */
export const BarcodeEntity = defineEntity({
  model: BARCODE_MODEL,
  attributes: {
    code: { type: "string", required: true, readOnly: true },
    skuId: { type: "string", required: true, readOnly: true },
    kind: { type: ["ean13", "upca", "code128", "internal", "unit"] as const, required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byCode: {
      pk: { field: "pk", composite: ["code"] },
      sk: { field: "sk", composite: [] },
    },
    bySku: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["skuId"] },
      sk: { field: "gsi1sk", composite: ["kind", "code"] },
    },
  },
});

/**
 * Values only one SKU may hold, claimed with a not-exists condition in the SKU's transaction:
 * the platform's SKU code (`outer`: outer_sku_id, so an order line finds its SKU in one read) and
 * the style-colour-size triple (`variant`: a style cannot have two "black M" SKUs).
 */
export const SkuClaimEntity = defineEntity({
  model: { entity: "skuClaim", version: "1", service: "dianwu" },
  attributes: {
    kind: { type: ["outer", "variant"] as const, required: true, readOnly: true },
    value: { type: "string", required: true, readOnly: true },
    skuId: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byValue: {
      pk: { field: "pk", composite: ["kind", "value"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/**
 * A unit code (唯一码) seen on a document (a receipt, a count): claimed once per document, so the
 * same piece scanned twice counts as one piece.
 */
export const UnitScanEntity = defineEntity({
  model: { entity: "unitScan", version: "1", service: "dianwu" },
  attributes: {
    documentId: { type: "string", required: true, readOnly: true },
    unitCode: { type: "string", required: true, readOnly: true },
    skuId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byDocument: {
      pk: { field: "pk", composite: ["documentId"] },
      sk: { field: "sk", composite: ["unitCode"] },
    },
  },
});
