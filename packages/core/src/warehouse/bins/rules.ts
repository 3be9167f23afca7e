import * as z from "zod";

/**
 * Places in the warehouse, as pure rules. A bin code names its place: zone-aisle-shelf-level,
 * e.g. `A-03-12-2` (zone A, aisle 3, shelf 12, level 2), which is what the label shows and what the
 * walking route is computed from, so a pick list needs no read to order its bins.
 */
export const BIN_KINDS = [
  "pending_inspection", // 待检区: everything received waits here until inspected
  "normal",
  "whole_case", // 整货
  "loose", // 散货
  "defect", // 次品仓 / 残次库: defects, in their own store physically and in the books
  "returns", // returned goods waiting for a decision
  "intercept", // 拦截架: parcels stopped before dispatch
] as const;
export type BinKind = (typeof BIN_KINDS)[number];
export const BinKind = z.enum(BIN_KINDS);

/** Stock that can be promised to an order. Pending inspection is never sellable (RULES.md §4). */
export const SELLABLE_KINDS: readonly BinKind[] = ["normal", "whole_case", "loose"];
export const isSellable = (kind: BinKind) => SELLABLE_KINDS.includes(kind);

/** Bins a SKU may call home (一物一卡一位: its card lives there). */
export const HOME_KINDS: readonly BinKind[] = ["normal", "loose", "whole_case"];

export const BIN_CODE_PATTERN = /^[A-Z]{1,3}-\d{2}-\d{2}-\d$/;

export interface BinPlace {
  zone: string;
  aisle: number;
  shelf: number;
  level: number;
}

export const BinPlace = z.object({
  zone: z.string().regex(/^[A-Z]{1,3}$/, "1 to 3 capital letters"),
  aisle: z.number().int().min(1).max(99),
  shelf: z.number().int().min(1).max(99),
  level: z.number().int().min(1).max(9),
});

export function formatBinCode(place: BinPlace): string {
  return `${place.zone}-${String(place.aisle).padStart(2, "0")}-${String(place.shelf).padStart(2, "0")}-${place.level}`;
}

export function parseBinCode(code: string): BinPlace | undefined {
  const normalized = code.trim().toUpperCase();
  if (!BIN_CODE_PATTERN.test(normalized)) return undefined;
  const [zone, aisle, shelf, level] = normalized.split("-") as [string, string, string, string];
  const place = { zone, aisle: Number(aisle), shelf: Number(shelf), level: Number(level) };
  return place.aisle >= 1 && place.shelf >= 1 && place.level >= 1 ? place : undefined;
}

/**
 * The order a picker walks a set of bins: zone by zone, aisle by aisle, and along each aisle in
 * alternating directions (serpentine, the S-shaped route: up one aisle, down the next). Direction
 * alternates over the aisles actually visited, so an aisle with nothing to pick is not walked and
 * does not flip the direction. Levels go bottom to top at each shelf.
 */
export function walkingOrder(binCodes: readonly string[]): string[] {
  const places = [...new Set(binCodes)].map((code) => ({ code, place: parseBinCode(code) }));
  const unplaced = places.filter((p) => !p.place).map((p) => p.code).sort();
  const placed = places.filter((p): p is { code: string; place: BinPlace } => !!p.place);
  placed.sort((a, b) => (a.place.zone < b.place.zone ? -1 : a.place.zone > b.place.zone ? 1 : a.place.aisle - b.place.aisle));

  const ordered: string[] = [];
  let zone = "";
  let forward = true;
  for (let i = 0; i < placed.length; ) {
    const { zone: z, aisle } = placed[i]!.place;
    if (z !== zone) {
      zone = z;
      forward = true;
    }
    let j = i;
    while (j < placed.length && placed[j]!.place.zone === z && placed[j]!.place.aisle === aisle) j++;
    const aisleBins = placed.slice(i, j);
    aisleBins.sort((a, b) => (forward ? a.place.shelf - b.place.shelf : b.place.shelf - a.place.shelf) || a.place.level - b.place.level);
    ordered.push(...aisleBins.map((b) => b.code));
    forward = !forward;
    i = j;
  }
  return [...ordered, ...unplaced];
}

/** Position of each bin on the route, for sorting lines that carry a bin. */
export function routeIndex(binCodes: readonly string[]): Map<string, number> {
  return new Map(walkingOrder(binCodes).map((code, i) => [code, i]));
}
