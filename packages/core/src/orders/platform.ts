import * as z from "zod";

/**
 * Values as the shop platform writes them: times in GMT+8 without a zone marker, money as yuan
 * decimals, ids as int64 that may come as numbers or strings. Everything is converted once, here,
 * into what the rest of the code uses: UTC ISO strings, integer fen, exact digit strings.
 */

/** China has had no daylight saving since 1991, so the platform's clock is a fixed +08:00. */
const PLATFORM_OFFSET_MS = 8 * 3600_000;
const PLATFORM_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** "2026-11-11 00:00:03" (GMT+8) → "2026-11-10T16:00:03.000Z"; undefined when not a real time. */
export function platformTimeToUtc(value: string): string | undefined {
  const m = PLATFORM_TIME.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  // Date.UTC rolls 2026-02-30 over to March; a time the platform never wrote is refused instead.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined;
  return new Date(utc - PLATFORM_OFFSET_MS).toISOString();
}

/** A UTC instant as the platform writes it (TOP's `timestamp` parameter). */
export function toPlatformTime(date: Date): string {
  return new Date(date.getTime() + PLATFORM_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}

/** "12.3" / "12.30" / 12.3 → 1230 fen, by string arithmetic (no floating point); undefined if not money. */
export function yuanToFen(value: string | number): number | undefined {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value.trim();
  const m = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) return undefined;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] === "-" ? -fen : fen;
}

/** An int64 id (tid, oid, refund id, message id) as an exact digit string. */
export const PlatformId = z
  .union([z.string().trim().regex(/^\d{1,20}$/, "digits only"), z.number().int().nonnegative().refine(Number.isSafeInteger, "unsafe integer")])
  .transform((v) => String(v));

export const PlatformTime = z.string().transform((value, ctx) => {
  const utc = platformTimeToUtc(value);
  if (!utc) {
    ctx.addIssue({ code: "custom", message: "expected YYYY-MM-DD HH:mm:ss (GMT+8)" });
    return z.NEVER;
  }
  return utc;
});

export const Money = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const fen = yuanToFen(value);
  if (fen === undefined) {
    ctx.addIssue({ code: "custom", message: "expected an amount in yuan with at most 2 decimals" });
    return z.NEVER;
  }
  return fen;
});

/** Numbers the platform sometimes sends as strings ("num": "2"). */
export const Count = z.union([z.number().int(), z.string().trim().regex(/^-?\d{1,9}$/).transform(Number)]);
