import { z } from "@hono/zod-openapi";

/** Path and query pieces the warehouse routers share. */
export const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const Ulid = z.string().regex(ULID, "a ULID");
export const SkuParam = z.object({ skuId: Ulid });
export const BinCodeString = z.string().regex(/^[A-Za-z]{1,3}-\d{2}-\d{2}-\d$/, "zone-aisle-shelf-level, e.g. A-03-12-2");
export const BinParam = z.object({ binCode: BinCodeString });
export const Day = z.string().date();
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM");
export const Ok = z.object({ ok: z.literal(true) });
