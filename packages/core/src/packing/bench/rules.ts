import { CARRIER_NAMES, type Carrier } from "../rules/waybill";
import { barcodeKey, labelKey, type BenchManifest, type InterceptInfo, type ManifestLine } from "./verify";

/**
 * The packing bench's decisions that are not about a single scan: who may hold a parcel, what the
 * manifest says, what goes on the red screen and the slip. Pure functions, property-tested.
 */

export interface Claim {
  state: "packing" | "released" | "closed";
  deviceId: string;
  touchedAt: string;
}

export type ClaimDecision =
  | { kind: "new" }
  | { kind: "resume" }
  | { kind: "takeover" }
  | { kind: "busy"; takeoverAllowed: boolean; takeoverAt: string }
  | { kind: "closed" };

/**
 * Whether a bench may claim a parcel: free (no claim, or released) → new; its own → resume;
 * another bench's → busy, unless that claim has been idle for the takeover window and the bench
 * asks to take it over.
 */
export function claimDecision(claim: Claim | undefined, deviceId: string, now: Date, takeoverMinutes: number, takeover: boolean): ClaimDecision {
  if (!claim || claim.state === "released") return { kind: "new" };
  if (claim.state === "closed") return { kind: "closed" };
  if (claim.deviceId === deviceId) return { kind: "resume" };
  const takeoverAt = new Date(Date.parse(claim.touchedAt) + takeoverMinutes * 60_000);
  const takeoverAllowed = now.getTime() >= takeoverAt.getTime();
  if (takeoverAllowed && takeover) return { kind: "takeover" };
  return { kind: "busy", takeoverAllowed, takeoverAt: takeoverAt.toISOString() };
}

export function isGift(texts: (string | undefined)[], markers: readonly string[]): boolean {
  return texts.some((t) => !!t && markers.some((m) => m !== "" && t.includes(m)));
}

/** What the manifest needs of the parcel (the parcels area's Info satisfies it). */
export interface ParcelForManifest {
  parcelId: string;
  version: number;
  tids: string[];
  buyerNick: string;
  receiver: { name: string; city?: string; district?: string };
  lines: { tid: string; oid: string; sku: string; quantity: number; title?: string; skuProperties?: string }[];
  notes: { tid: string; buyerMessage?: string; sellerMemo?: string }[];
  waybill?: { number: string; carrier: Carrier };
  reprintRequired: boolean;
}

/** What the catalogue and the stock reservations say about one of the parcel's SKU codes. */
export interface SkuForManifest {
  skuId: string;
  styleCode: string;
  colour: string;
  size: string;
  name: string;
  uniqueTracked: boolean;
  barcodes: string[];
  unitCodes: string[];
  bins: string[];
}

/**
 * The manifest the bench verifies against and shows: one line per parcel line, with every code
 * of its SKU in canonical form; gifts by the settings' markers; remarks as tokens the kiosk
 * translates. `skus` is keyed by the shop's SKU code (the parcel line's `sku`).
 */
export function manifestOf(parcel: ParcelForManifest, skus: ReadonlyMap<string, SkuForManifest>, giftMarkers: readonly string[]): BenchManifest {
  const lines: ManifestLine[] = parcel.lines.map((l, index) => {
    const sku = skus.get(l.sku);
    return {
      line: index,
      tid: l.tid,
      oid: l.oid,
      skuId: sku?.skuId ?? null,
      outerSkuId: l.sku,
      styleCode: sku?.styleCode ?? l.sku,
      colour: sku?.colour ?? "",
      size: sku?.size ?? "",
      name: sku?.name ?? l.title ?? l.sku,
      ...(l.title === undefined ? {} : { title: l.title }),
      ...(l.skuProperties === undefined ? {} : { skuProperties: l.skuProperties }),
      quantity: l.quantity,
      barcodes: [...new Set((sku?.barcodes ?? []).map(barcodeKey))],
      unitCodes: [...new Set((sku?.unitCodes ?? []).map(barcodeKey))],
      uniqueTracked: sku?.uniqueTracked ?? false,
      gift: isGift([l.title, l.skuProperties], giftMarkers),
      ...(sku?.bins.length ? { bin: sku.bins.join(", ") } : {}),
    };
  });
  const remarks: string[] = [];
  if (parcel.tids.length > 1) remarks.push(`merged:${parcel.tids.length}`);
  if (parcel.notes.some((n) => isGift([n.buyerMessage, n.sellerMemo], giftMarkers))) remarks.push("memo-mentions-gift");
  for (const l of lines) if (l.skuId === null) remarks.push(`unknown-sku:${l.line}`);
  if (parcel.reprintRequired) remarks.push("reprint-required");
  if (!parcel.waybill) remarks.push("no-waybill");
  const waybill = parcel.waybill
    ? { number: parcel.waybill.number, carrier: parcel.waybill.carrier, carrierName: CARRIER_NAMES[parcel.waybill.carrier] }
    : null;
  return {
    parcelId: parcel.parcelId,
    parcelVersion: parcel.version,
    tids: parcel.tids,
    buyerNick: parcel.buyerNick,
    receiver: { name: parcel.receiver.name, city: parcel.receiver.city, district: parcel.receiver.district },
    lines,
    notes: parcel.notes,
    gifts: lines.filter((l) => l.gift).map((l) => ({ line: l.line, name: l.title ?? l.name, quantity: l.quantity })),
    remarks,
    waybill,
    expectedLabels: waybill && !parcel.reprintRequired ? [labelKey(waybill.number)] : [],
    reprintRequired: parcel.reprintRequired,
    totalUnits: lines.reduce((sum, l) => sum + l.quantity, 0),
  };
}

export function interceptInfo(parcel: { intercepts: InterceptInfo["reasons"] }, putAt: string): InterceptInfo {
  return { reasons: parcel.intercepts.map(({ tid, reason, note, at }) => ({ tid, reason, ...(note ? { note } : {}), at })), putAt };
}

/** The outbound slip goes inside the parcel: the buyer's number is shown masked (138****8000). */
export function maskMobile(mobile: string | undefined): string | undefined {
  if (!mobile) return undefined;
  const digits = mobile.replace(/\s/g, "");
  if (digits.length < 7) return "*".repeat(digits.length);
  return `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** Shop-time day (YYYY-MM-DD) and hour ("00"–"23") of an instant: the activity counters' keys. */
export function shopDayHour(at: Date, timeZone: string): { day: string; hour: string } {
  const parts = formatterFor(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: `${get("year")}-${get("month")}-${get("day")}`, hour: get("hour") };
}

// Every scan stamps its shop day and hour: building the formatter is far dearer than using it.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Reserved pieces per SKU against the manifest's pieces per SKU: both must agree before stock is issued. */
export function stockMismatch(manifest: { lines: { skuId: string | null; quantity: number }[] }, reserved: { skuId: string; qty: number }[]) {
  const want = new Map<string, number>();
  for (const l of manifest.lines) want.set(l.skuId ?? "?", (want.get(l.skuId ?? "?") ?? 0) + l.quantity);
  const have = new Map<string, number>();
  for (const r of reserved) have.set(r.skuId, (have.get(r.skuId) ?? 0) + r.qty);
  const skus = new Set([...want.keys(), ...have.keys()]);
  const differences = [...skus].filter((s) => (want.get(s) ?? 0) !== (have.get(s) ?? 0));
  return differences.length
    ? { reserved: Object.fromEntries(have), manifest: Object.fromEntries(want) }
    : undefined;
}
