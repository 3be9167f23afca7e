import * as z from "zod";

/** A client-made ULID per scan: the idempotency key of every bench request that changes something. */
export const ScanId = z.string().trim().toUpperCase().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "a ULID (26 Crockford base-32 characters)");
const ClientTime = z.string().datetime().optional();

export const OpenInput = z.object({
  code: z.string().trim().min(1).max(64),
  scanId: ScanId.optional(),
  /** Take the parcel over from a bench whose claim has been idle past the takeover time. */
  takeover: z.boolean().default(false),
  scannedAt: ClientTime,
});

export const KeyInput = z.object({ scanId: ScanId, scannedAt: ClientTime, offline: z.boolean().optional() });

export const ScanInput = KeyInput.extend({ code: z.string().trim().min(1).max(128) });
