import { randomInt } from "node:crypto";

/**
 * Barcodes of the catalogue, as pure rules. A SKU carries any number of them: the maker's EAN-13
 * or UPC-A (validated by check digit), a supplier's own Code 128, or an internal Code 128 label we
 * print. Unique codes (唯一码) are internal labels for single units of high-value items.
 */
export type BarcodeKind = "ean13" | "upca" | "code128" | "internal" | "unit";

/** Internal labels: a prefix no maker uses (and never the badge prefix DWB), then random characters. */
export const INTERNAL_PREFIX = "DWS";
export const UNIT_PREFIX = "DWU";
const BADGE_PREFIX = "DWB";
/** No look-alikes (0/O, 1/I/L), so a label can be typed when it will not scan. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

const INTERNAL_PATTERN = new RegExp(`^${INTERNAL_PREFIX}[${ALPHABET}]{9}$`);
const UNIT_PATTERN = new RegExp(`^${UNIT_PREFIX}[${ALPHABET}]{10}$`);

/** GS1 check digit of the digits before it: weights 3,1,3,… from the right. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidGtin(code: string): boolean {
  if (!/^\d{8,14}$/.test(code)) return false;
  return gtinCheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}

export type Classified =
  | { ok: true; code: string; kind: BarcodeKind }
  | { ok: false; reason: "check-digit" | "badge" | "characters" | "length" | "reserved-prefix" };

/**
 * What a code is, in the form it is stored and looked up under. A UPC-A is kept as its EAN-13 form
 * (a leading 0) because scanners report the same label either way: one read finds it both times.
 * `allowInternal` is false when registering a code by hand: internal labels are only generated.
 */
export function classify(raw: string, allowInternal = true): Classified {
  const code = raw.trim();
  if (/^\d+$/.test(code) && (code.length === 12 || code.length === 13)) {
    if (!isValidGtin(code)) return { ok: false, reason: "check-digit" };
    return code.length === 12 ? { ok: true, code: `0${code}`, kind: "upca" } : { ok: true, code, kind: code.startsWith("0") ? "upca" : "ean13" };
  }
  const upper = code.toUpperCase();
  if (upper.startsWith(BADGE_PREFIX)) return { ok: false, reason: "badge" };
  if (INTERNAL_PATTERN.test(upper)) return allowInternal ? { ok: true, code: upper, kind: "internal" } : { ok: false, reason: "reserved-prefix" };
  if (UNIT_PATTERN.test(upper)) return allowInternal ? { ok: true, code: upper, kind: "unit" } : { ok: false, reason: "reserved-prefix" };
  if (upper.startsWith(INTERNAL_PREFIX) || upper.startsWith(UNIT_PREFIX)) return { ok: false, reason: "reserved-prefix" };
  // Code 128 set B: printable ASCII. Length bounds keep labels scannable and keys small.
  if (!/^[\x21-\x7e]+$/.test(code)) return { ok: false, reason: "characters" };
  if (code.length < 4 || code.length > 48) return { ok: false, reason: "length" };
  return { ok: true, code, kind: "code128" };
}

function randomChars(length: number) {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export const newInternalCode = () => INTERNAL_PREFIX + randomChars(9);
export const newUnitCode = () => UNIT_PREFIX + randomChars(10);

/** The symbology a label printer (or JsBarcode in the console) should draw a code with. */
export function symbology(kind: BarcodeKind): "EAN13" | "CODE128" {
  return kind === "ean13" || kind === "upca" ? "EAN13" : "CODE128";
}

const LETTER_SIZES = ["XXXS", "XXS", "XS", "S", "M", "L", "XL", "XXL", "2XL", "XXXL", "3XL", "4XL", "5XL", "6XL"];
const LETTER_RANK: Record<string, number> = { XXL: 7, "2XL": 7, XXXL: 9, "3XL": 9 };
LETTER_SIZES.forEach((size, i) => (LETTER_RANK[size] ??= i));
const FREE_SIZE = /^(F|FREE|均码|ONE ?SIZE)$/i;

/**
 * Sort key of a garment size so that lists read XS, S, M, L, XL… and 26, 27, 28… rather than
 * alphabetically. Letter sizes come before numeric ones, free size (均码) first, anything else last.
 */
export function sizeRank(size: string): [number, number, string] {
  const s = size.trim().toUpperCase();
  if (FREE_SIZE.test(s)) return [0, 0, s];
  if (s in LETTER_RANK) return [1, LETTER_RANK[s]!, s];
  const numeric = /^\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
  if (!Number.isNaN(numeric)) return [2, numeric, s];
  return [3, 0, s];
}

// Sizes are few and compared often (every sort of a pick list or a catalogue page).
const ranks = new Map<string, [number, number, string]>();
function cachedRank(size: string) {
  let rank = ranks.get(size);
  if (!rank) {
    rank = sizeRank(size);
    if (ranks.size < 10_000) ranks.set(size, rank);
  }
  return rank;
}

export function compareSizes(a: string, b: string): number {
  const [ga, na, sa] = cachedRank(a);
  const [gb, nb, sb] = cachedRank(b);
  return ga - gb || na - nb || (sa < sb ? -1 : sa > sb ? 1 : 0);
}

/** Style, then colour, then size: the order of the catalogue, the reorder list and pick groups. */
export function compareSkus(
  a: { styleCode: string; colour: string; size: string },
  b: { styleCode: string; colour: string; size: string },
): number {
  return a.styleCode.localeCompare(b.styleCode) || a.colour.localeCompare(b.colour, "zh-CN") || compareSizes(a.size, b.size);
}
