import { randomInt } from "node:crypto";
import { ulid } from "ulid";
import { withActor } from "@dianwu/core/actor";
import { Allocation, Parcel, Waybill } from "@dianwu/core/packing";
import type { Role } from "@dianwu/core/staff";
import { Sku } from "@dianwu/core/warehouse";
import type { Api } from "@dianwu/functions/http/app";
import { client } from "./http";
import { matchOrder, paidOrder, waybillNumber } from "./parcels";
import { makeSku, operatorAt, stockUp, SUPERVISOR } from "./warehouse";

/**
 * Packing-bench test data: SKUs with barcodes and stock, parcels made from paid orders, held in
 * stock (allocated) and labelled — ready to be opened at a bench — and packers badged in at
 * paired benches, with a client that sends their headers.
 */

/** A valid EAN-13 nobody has used (GS1 check digit over twelve random digits starting 69, China). */
export function ean13(): string {
  const body = `69${Array.from({ length: 10 }, () => randomInt(10)).join("")}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[11 - i]) * (i % 2 === 0 ? 3 : 1);
  return body + ((10 - (sum % 10)) % 10);
}

/** A client-made idempotency key, as the kiosk makes one per scan. */
export const scanId = () => ulid();

export interface TestSku {
  skuId: string;
  outerSkuId: string;
  homeBin: string;
  barcode: string;
  /** Unit codes (唯一码) issued for a unique-coded SKU. */
  units: string[];
}

/** A SKU with a maker's barcode and `stock` pieces on hand in its home bin. */
export async function benchSku(options: { stock?: number; uniqueCodes?: boolean; units?: number; colour?: string; size?: string } = {}): Promise<TestSku> {
  const barcode = ean13();
  const sku = await makeSku({ barcodes: [barcode], uniqueCodes: options.uniqueCodes, colour: options.colour, size: options.size });
  if (options.stock) await stockUp(sku.skuId, sku.homeBin, options.stock);
  const units = options.uniqueCodes
    ? (await withActor(SUPERVISOR, () => Sku.issueUnitCodes(sku.skuId, options.units ?? 3))).map((l) => l.barcode.value)
    : [];
  return { skuId: sku.skuId, outerSkuId: sku.outerSkuId, homeBin: sku.homeBin, barcode, units };
}

export interface ReadyParcel {
  parcel: Parcel.Info;
  tid: string;
  waybill: string;
  lines: { sku: TestSku; quantity: number }[];
}

/**
 * A parcel as the bench finds it: made by matching a paid order of these lines, its stock
 * reserved and the parcel allocated, a waybill label assigned. Lines default to one SKU × 2 with
 * just enough stock; pass existing SKUs to make parcels share one.
 */
export async function readyParcel(
  options: { lines?: { sku?: TestSku; quantity: number; uniqueCodes?: boolean }[]; carrier?: Parameters<typeof waybillNumber>[0]; label?: boolean; allocate?: boolean; memo?: string; buyerMessage?: string } = {},
): Promise<ReadyParcel> {
  const specs = options.lines ?? [{ quantity: 2 }];
  const lines = await Promise.all(
    specs.map(async (l) => ({
      quantity: l.quantity,
      sku: l.sku ?? (await benchSku({ stock: l.quantity, uniqueCodes: l.uniqueCodes, units: l.quantity + 1 })),
    })),
  );
  const order = paidOrder({
    skus: lines.map((l) => [l.sku.outerSkuId, l.quantity]),
    sellerMemo: options.memo,
    buyerMessage: options.buyerMessage,
    noMerge: true,
  });
  const [pending] = await matchOrder(order);
  if (!pending) throw new Error("matching made no parcel");
  const parcelId = pending.parcelId;
  const carrier = options.carrier ?? "SF";
  const waybill = waybillNumber(carrier);
  await withActor(SUPERVISOR, async () => {
    if (options.allocate !== false) {
      const result = await Allocation.allocate(parcelId, { ignoreMergeWindow: true });
      if (result.outcome !== "allocated") throw new Error(`allocation of ${parcelId} failed: ${JSON.stringify(result)}`);
    }
    if (options.label !== false) await Waybill.assign(parcelId, { number: waybill, carrier });
  });
  return { parcel: await Parcel.mustFromId(parcelId), tid: order.tid, waybill, lines };
}

/** The codes that complete a parcel: the barcode per piece, or one unit code per piece. */
export function piecesOf(ready: ReadyParcel): string[] {
  return ready.lines.flatMap((l) => Array.from({ length: l.quantity }, (_, i) => (l.sku.units.length ? l.sku.units[i]! : l.sku.barcode)));
}

/**
 * A packer (or whoever `roles` says) badged in at a new paired packing bench, with a client that
 * sends the bench's headers on every call.
 */
export async function packerAt(roles: Role[] = ["packer"], app?: Api) {
  const at = await operatorAt(roles, app);
  const http = client(app);
  const call = (method: string, path: string, body?: unknown) => http.call(method, path, body, at.headers);
  return {
    ...at,
    call,
    get: (path: string) => call("GET", path),
    post: (path: string, body: unknown = {}) => call("POST", path, body),
    /** Opens a parcel by a code (its label by default). */
    open: (code: string, extra: Record<string, unknown> = {}) => call("POST", "/api/bench/open", { code, scanId: scanId(), ...extra }),
    scan: (parcelId: string, code: string, key = scanId()) => call("POST", `/api/bench/parcels/${parcelId}/scans`, { scanId: key, code }),
    close: (parcelId: string, label: string, key = scanId()) => call("POST", `/api/bench/parcels/${parcelId}/close`, { scanId: key, label }),
  };
}
