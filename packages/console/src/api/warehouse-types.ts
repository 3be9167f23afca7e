/**
 * Shapes the warehouse API answers with. The domain's schemas are imported as types only (nothing
 * of the server is bundled), so a change there shows up here at typecheck; shapes that only the
 * route files name are written out below, as the OpenAPI document describes them.
 */
import type { z } from "zod";
import type { Bin, Receipt, Sku, Stock, Wave } from "@dianwu/core/warehouse";

export type SkuInfo = Sku.Info;
export type SkuBarcode = z.infer<typeof Sku.Barcode>;
export type SkuDetail = SkuInfo & { barcodes: SkuBarcode[] };
export type NewSku = z.input<typeof Sku.CreateInput>;
export type SkuChanges = z.input<typeof Sku.UpdateInput>;
export interface SkuLabel {
  barcode: { value: string; symbology: "EAN13" | "CODE128"; kind: string };
  skuId: string;
  name: string;
  styleCode: string;
  colour: string;
  size: string;
  homeBin: string;
}
export interface CodeLookup {
  code: string;
  kind: string;
  skuId: string;
  unitCode?: string;
}

export type BinInfo = Bin.Info;
export type BinKind = BinInfo["kind"];
export type NewBin = z.input<typeof Bin.CreateInput>;
export type BinRange = z.input<typeof Bin.RangeInput>;
export type BinChanges = z.input<typeof Bin.UpdateInput>;
export interface BinLabel {
  binCode: string;
  barcode: { value: string; symbology: "CODE128" };
  zone: string;
  aisle: number;
  shelf: number;
  level: number;
  kind: BinKind;
  name?: string;
}

export type Balance = Stock.BalanceInfo;
export type CardLine = Stock.CardLineInfo;
export type MovementType = Stock.MovementType;
export interface SkuStock {
  skuId: string;
  bins: Balance[];
  onHand: number;
  sellableOnHand: number;
  reserved: number;
  available: number;
}
export interface CardCheck {
  skuId: string;
  binCode: string;
  onHand: number;
  reserved: number;
  available: number;
  consistent: boolean;
  cardSum: number;
  lines: number;
  problems: string[];
}
export type TransferInput = z.input<typeof Stock.TransferInput>;
export type AdjustmentRequest = z.input<typeof Stock.AdjustmentRequest>;
export type Adjustment = z.infer<typeof Stock.Adjustment>;
export type AdjustmentState = Adjustment["state"];
export type OpeningInput = z.input<typeof Stock.OpeningInput>;
export interface ReorderItem {
  skuId: string;
  styleCode: string;
  colour: string;
  size: string;
  name: string;
  available: number;
  reorderPoint: number;
  since: string;
}

export type ReceiptInfo = Receipt.Receipt;
export type ReceiptState = ReceiptInfo["state"];
export type ReceiptLine = Receipt.Line;
export type ReceiptDetail = ReceiptInfo & { lines: ReceiptLine[] };
export type NewReceipt = z.input<typeof Receipt.CreateInput>;
export type Resolution = z.input<typeof Receipt.ResolveInput>;
export type InspectionInput = z.input<typeof Receipt.InspectInput>;
export type ChecklistPoint = (typeof Receipt.CHECKLIST)[number];
export type DefectReason = z.infer<typeof Receipt.DefectReason>;
export type SupplierReturnLine = z.infer<typeof Receipt.SupplierReturnLine>;
export interface ScanResult {
  duplicate: boolean;
  skuId: string;
  unitCode?: string;
  line: Omit<ReceiptLine, "sku">;
}
export interface InspectionResult {
  skuId: string;
  passed: number;
  failed: number;
  failedPoints: string[];
  inspectedBy: string;
  inspectedAt: string;
}
export interface PutawayPlan {
  receiptId: string;
  pendingBin: string;
  lines: {
    skuId: string;
    styleCode: string;
    colour: string;
    size: string;
    name: string;
    left: number;
    targets: { binCode: string; qty: number; kind: "whole_case" | "loose" }[];
  }[];
}

export type WaveSummary = Wave.Summary;
export type WaveState = WaveSummary["state"];
export type WaveParcelInput = z.input<typeof Wave.ParcelInput>;
export type PickException = z.infer<typeof Wave.Exception>;
export interface PickLine {
  lineNo: number;
  binCode: string;
  skuId: string;
  styleCode: string;
  colour: string;
  size: string;
  qty: number;
  parcels: { parcelId: string; slot: number; qty: number }[];
}
export interface WaveDetail extends WaveSummary {
  parcels: { parcelId: string; slot: number; orderIds?: string[]; waybillNo?: string; remark?: string; lines: { skuId: string; binCode: string; qty: number }[] }[];
  pickList: (PickLine & { picked?: number; confirmedBy?: string; confirmedAt?: string })[];
}
export interface PickListDocument extends WaveSummary {
  barcode: { value: string; symbology: "CODE128" };
  groups: { styleCode: string; colour: string; lines: (PickLine & { name: string; picked?: number })[] }[];
}
export interface OutboundSlips {
  waveId: string;
  kind: "single" | "multi";
  slips: {
    slipNo: string;
    slot: number;
    parcelId: string;
    barcode: { value: string; symbology: "CODE128" };
    waybillNo?: string;
    orderIds: string[];
    remark?: string;
    pieces: number;
    lines: { skuId: string; binCode: string; qty: number; styleCode: string; colour: string; size: string; name: string }[];
  }[];
}
export interface WavesMade {
  waves: WaveSummary[];
  skipped: { parcelId: string; reason: "in-wave" | "not-allocated"; waveId?: string }[];
}
