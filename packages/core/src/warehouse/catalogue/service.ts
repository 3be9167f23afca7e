import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { isConditionFailed, transaction, TransactionCanceled } from "../../db";
import { conflict, invalid, notFound } from "../../error";
import { newId } from "../../id";
import { Code as BinCode, kindOf } from "../bins/service";
import { HOME_KINDS } from "../bins/rules";
import { BarcodeEntity, SkuClaimEntity, SkuEntity } from "./entities";
import { lookup } from "./read";
import { classify, compareSkus, newInternalCode, newUnitCode, symbology, type BarcodeKind } from "./rules";

export { classify, isValidGtin, gtinCheckDigit, compareSkus, compareSizes } from "./rules";

// Letters, digits and a few separators: these go into keys and onto labels.
const StyleCode = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, "letters, digits, . _ - (at most 32)");
const Text = (max: number) => z.string().trim().min(1).max(max).refine((s) => !/[#\n\r\t]/.test(s), "no #, tabs or line breaks");
const Quantity = z.number().int().min(0).max(1_000_000);

export const Info = z.object({
  skuId: z.string(),
  styleCode: z.string(),
  colour: z.string(),
  size: z.string(),
  name: z.string(),
  outerSkuId: z.string(),
  homeBin: z.string(),
  caseBin: z.string().optional(),
  caseQty: z.number().optional(),
  reorderPoint: z.number(),
  uniqueCodes: z.boolean(),
  active: z.boolean(),
});
export type Info = z.infer<typeof Info>;

export const Barcode = z.object({ code: z.string(), kind: z.enum(["ean13", "upca", "code128", "internal", "unit"]), skuId: z.string() });

const caseRule = <T extends { caseBin?: string | null; caseQty?: number | null }>(s: z.ZodType<T>) =>
  s.refine((v) => (v.caseBin == null) === (v.caseQty == null), { message: "caseBin and caseQty go together", path: ["caseQty"] });

export const CreateInput = caseRule(
  z.object({
    styleCode: StyleCode,
    colour: Text(20),
    size: Text(12),
    name: Text(80),
    outerSkuId: Text(64),
    homeBin: BinCode,
    caseBin: BinCode.optional(),
    caseQty: z.number().int().min(2).max(10_000).optional(),
    reorderPoint: Quantity.default(0),
    uniqueCodes: z.boolean().default(false),
    /** Makers' and suppliers' barcodes; an internal Code 128 label is generated unless told not to. */
    barcodes: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
    internalLabel: z.boolean().default(true),
  }),
);

export const UpdateInput = caseRule(
  z.object({
    name: Text(80).optional(),
    outerSkuId: Text(64).optional(),
    homeBin: BinCode.optional(),
    caseBin: BinCode.nullable().optional(),
    caseQty: z.number().int().min(2).max(10_000).nullable().optional(),
    reorderPoint: Quantity.optional(),
    uniqueCodes: z.boolean().optional(),
    active: z.boolean().optional(),
  }),
);

function present(row: EntityItem<typeof SkuEntity>): Info {
  const { skuId, styleCode, colour, size, name, outerSkuId, homeBin, caseBin, caseQty, reorderPoint, uniqueCodes, active } = row;
  return { skuId, styleCode, colour, size, name, outerSkuId, homeBin, caseBin, caseQty, reorderPoint, uniqueCodes, active };
}

const variantKey = (s: { styleCode: string; colour: string; size: string }) => `${s.styleCode}/${s.colour}/${s.size}`;

function parseBarcode(raw: string, field: string) {
  const result = classify(raw, false);
  if (!result.ok) {
    const why = { "check-digit": "wrong check digit", badge: "this is a staff badge", characters: "only printable ASCII", length: "4 to 48 characters", "reserved-prefix": "DWS/DWU codes are generated, not entered" }[result.reason];
    throw invalid(field, `sku.barcode-${result.reason}`, `Barcode ${raw}: ${why}`);
  }
  return result;
}

async function assertBin(binCode: string, field: string, allowed: readonly string[]) {
  const bin = await kindOf(binCode).catch(() => undefined);
  if (!bin || !bin.active) throw invalid(field, "bin.not-found", `No active bin ${binCode}`);
  if (!allowed.includes(bin.kind)) throw invalid(field, "sku.bin-kind", `Bin ${binCode} is a ${bin.kind} bin; use one of: ${allowed.join(", ")}`);
}

/** Maps a canceled SKU transaction to the claim that was taken, by the item's position. */
function claimConflict(error: unknown, claims: { code: string; message: string }[]) {
  if (error instanceof TransactionCanceled) {
    const index = error.reasons.findIndex((r) => r.code === "ConditionalCheckFailed");
    const claim = claims[index];
    if (claim) return conflict(claim.code, claim.message);
  }
  return undefined;
}

export async function create(input: z.input<typeof CreateInput>): Promise<Info & { barcodes: z.infer<typeof Barcode>[] }> {
  const fields = CreateInput.parse(input);
  await assertBin(fields.homeBin, "homeBin", HOME_KINDS);
  if (fields.caseBin) await assertBin(fields.caseBin, "caseBin", ["whole_case"]);
  const codes = fields.barcodes.map((raw, i) => parseBarcode(raw, `barcodes.${i}`));
  if (fields.internalLabel) codes.push({ ok: true, code: newInternalCode(), kind: "internal" });
  if (new Set(codes.map((c) => c.code)).size !== codes.length) throw invalid("barcodes", "sku.barcode-repeated", "A barcode is listed twice");

  const skuId = newId();
  const now = new Date().toISOString();
  const { barcodes: _raw, internalLabel: _label, ...rest } = fields;
  const sku = { skuId, ...rest, active: true, createdAt: now };
  const claims = [
    { code: "sku.exists", message: `SKU id ${skuId} is taken` },
    { code: "sku.outer-id-taken", message: `Platform SKU code ${fields.outerSkuId} belongs to another SKU` },
    { code: "sku.variant-exists", message: `${variantKey(fields)} already exists` },
    ...codes.map((c) => ({ code: "sku.barcode-taken", message: `Barcode ${c.code} belongs to another SKU` })),
  ];
  try {
    await transaction({ SkuEntity, SkuClaimEntity, BarcodeEntity, AuditEntity }, (e) => [
      e.SkuEntity.create(sku).commit(),
      e.SkuClaimEntity.create({ kind: "outer", value: fields.outerSkuId, skuId }).commit(),
      e.SkuClaimEntity.create({ kind: "variant", value: variantKey(fields), skuId }).commit(),
      ...codes.map((c) => e.BarcodeEntity.create({ code: c.code, kind: c.kind, skuId, createdAt: now }).commit()),
      e.AuditEntity.create(Audit.item({ action: "sku.create", target: { type: "sku", id: skuId }, after: { ...rest, barcodes: codes.map((c) => c.code) } })).commit(),
    ]);
  } catch (error) {
    throw claimConflict(error, claims) ?? error;
  }
  return { ...present(sku), barcodes: codes.map((c) => ({ code: c.code, kind: c.kind, skuId })) };
}

export async function fromId(skuId: string): Promise<Info | undefined> {
  const result = await SkuEntity.get({ skuId }).go({ consistent: true });
  return result.data ? present(result.data) : undefined;
}

export async function mustFromId(skuId: string): Promise<Info> {
  const sku = await fromId(skuId);
  if (!sku) throw notFound("sku.not-found", `No SKU ${skuId}`);
  return sku;
}

/** Several SKUs in as few reads as DynamoDB allows (batches of 100); unknown ids are left out. */
export async function manyById(skuIds: readonly string[]): Promise<Map<string, Info>> {
  const unique = [...new Set(skuIds)];
  if (!unique.length) return new Map();
  const result = await SkuEntity.get(unique.map((skuId) => ({ skuId }))).go({ consistent: true });
  return new Map(result.data.map((row) => [row.skuId, present(row)]));
}

/** The SKU an order line names by the platform's code: one read. */
export async function byOuterId(outerSkuId: string): Promise<string | undefined> {
  const result = await SkuClaimEntity.get({ kind: "outer", value: outerSkuId.trim() }).go({ consistent: true });
  return result.data?.skuId;
}

/** Which SKU a code belongs to (read directly: the packing bench uses it on its hot path). */
export { lookup };

export async function mustLookup(raw: string, field = "code") {
  const found = await lookup(raw);
  if (!found) throw invalid(field, "sku.unknown-barcode", `No SKU has the barcode ${raw.trim()}`);
  return found;
}

export async function list(input: { styleCode?: string; cursor?: string; limit?: number } = {}) {
  const query = input.styleCode ? SkuEntity.query.all({}).begins({ styleCode: input.styleCode }) : SkuEntity.query.all({});
  const result = await query.go({ cursor: input.cursor ?? null, limit: input.limit ?? 100 });
  // The index sorts sizes as text; a page is put in size-chart order for reading.
  return { items: result.data.map(present).sort(compareSkus), cursor: result.cursor };
}

export async function barcodes(skuId: string, kinds?: BarcodeKind[]) {
  const result = await BarcodeEntity.query.bySku({ skuId }).go({ pages: "all" });
  return result.data.filter((b) => !kinds || kinds.includes(b.kind)).map(({ code, kind, skuId }) => ({ code, kind, skuId }));
}

export async function update(skuId: string, input: z.input<typeof UpdateInput>): Promise<Info> {
  const changes = UpdateInput.parse(input);
  const before = await mustFromId(skuId);
  if (changes.homeBin) await assertBin(changes.homeBin, "homeBin", HOME_KINDS);
  if (changes.caseBin) await assertBin(changes.caseBin, "caseBin", ["whole_case"]);
  const { caseBin, caseQty, ...set } = changes;
  const clearCase = caseBin === null;
  const after: Info = { ...before, ...set, ...(clearCase ? { caseBin: undefined, caseQty: undefined } : caseBin ? { caseBin, caseQty: caseQty! } : {}) };
  const moveOuter = changes.outerSkuId !== undefined && changes.outerSkuId !== before.outerSkuId;
  try {
    await transaction({ SkuEntity, SkuClaimEntity, AuditEntity }, (e) => {
      const patch = e.SkuEntity.patch({ skuId }).set({ ...set, ...(caseBin ? { caseBin, caseQty: caseQty! } : {}) });
      return [
        (clearCase ? patch.remove(["caseBin", "caseQty"]) : patch).commit(),
        ...(moveOuter
          ? [
              e.SkuClaimEntity.create({ kind: "outer", value: changes.outerSkuId!, skuId }).commit(),
              e.SkuClaimEntity.delete({ kind: "outer", value: before.outerSkuId }).where((a, op) => op.eq(a.skuId, skuId)).commit(),
            ]
          : []),
        e.AuditEntity.create(Audit.item({ action: "sku.update", target: { type: "sku", id: skuId }, before, after: changes })).commit(),
      ];
    });
  } catch (error) {
    throw claimConflict(error, [{ code: "sku.changed", message: "The SKU changed meanwhile" }, { code: "sku.outer-id-taken", message: `Platform SKU code ${changes.outerSkuId} belongs to another SKU` }]) ?? error;
  }
  return after;
}

export async function addBarcode(skuId: string, raw: string) {
  await mustFromId(skuId);
  const parsed = parseBarcode(raw, "code");
  try {
    await transaction({ BarcodeEntity, AuditEntity }, (e) => [
      e.BarcodeEntity.create({ code: parsed.code, kind: parsed.kind, skuId, createdAt: new Date().toISOString() }).commit(),
      e.AuditEntity.create(Audit.item({ action: "sku.barcode-add", target: { type: "sku", id: skuId }, after: parsed.code })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("sku.barcode-taken", `Barcode ${parsed.code} is already in use`);
    throw error;
  }
  return { code: parsed.code, kind: parsed.kind, skuId };
}

/** A new internal Code 128 label for a SKU (a replacement, or a second one). */
export async function addInternalLabel(skuId: string) {
  await mustFromId(skuId);
  const code = newInternalCode();
  await transaction({ BarcodeEntity, AuditEntity }, (e) => [
    e.BarcodeEntity.create({ code, kind: "internal", skuId, createdAt: new Date().toISOString() }).commit(),
    e.AuditEntity.create(Audit.item({ action: "sku.barcode-add", target: { type: "sku", id: skuId }, after: code })).commit(),
  ]);
  return { code, kind: "internal" as const, skuId };
}

export async function removeBarcode(skuId: string, raw: string) {
  const parsed = classify(raw);
  const code = parsed.ok ? parsed.code : raw.trim();
  try {
    await transaction({ BarcodeEntity, AuditEntity }, (e) => [
      e.BarcodeEntity.delete({ code }).where((a, op) => `${op.eq(a.skuId, skuId)} AND ${op.ne(a.kind, "unit")}`).commit(),
      e.AuditEntity.create(Audit.item({ action: "sku.barcode-remove", target: { type: "sku", id: skuId }, before: code })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw notFound("sku.barcode-not-found", `SKU ${skuId} has no removable barcode ${code}`);
    throw error;
  }
}

export const MAX_UNIT_CODES = 200;

/**
 * Unique codes (唯一码) for `count` units of a high-value SKU, to print and stick on each piece.
 * Written in transactions of up to 99 codes with the audit entry in the first.
 */
export async function issueUnitCodes(skuId: string, count: number) {
  if (!Number.isInteger(count) || count < 1 || count > MAX_UNIT_CODES) throw invalid("count", "sku.unit-count", `1 to ${MAX_UNIT_CODES} codes at a time`);
  const sku = await mustFromId(skuId);
  if (!sku.uniqueCodes) throw conflict("sku.no-unique-codes", `SKU ${skuId} is not tracked by unique codes; turn uniqueCodes on first`);
  const codes = Array.from({ length: count }, newUnitCode);
  const now = new Date().toISOString();
  for (let start = 0; start < codes.length; start += 99) {
    const chunk = codes.slice(start, start + 99);
    await transaction({ BarcodeEntity, AuditEntity }, (e) => [
      ...chunk.map((code) => e.BarcodeEntity.create({ code, kind: "unit", skuId, createdAt: now }).commit()),
      ...(start === 0 ? [e.AuditEntity.create(Audit.item({ action: "sku.unit-codes", target: { type: "sku", id: skuId }, after: { count } })).commit()] : []),
    ]);
  }
  return codes.map((code) => label(sku, { code, kind: "unit" }));
}

/** What a SKU label shows: the barcode to draw, and the words a person checks it by. */
export function label(sku: Info, barcode: { code: string; kind: BarcodeKind }) {
  return {
    barcode: { value: barcode.code, symbology: symbology(barcode.kind), kind: barcode.kind },
    skuId: sku.skuId,
    name: sku.name,
    styleCode: sku.styleCode,
    colour: sku.colour,
    size: sku.size,
    homeBin: sku.homeBin,
  };
}

/** Printable labels of a SKU: one per barcode that we print (internal Code 128), or all with `all`. */
export async function labels(skuId: string, all = false) {
  const sku = await mustFromId(skuId);
  const codes = await barcodes(skuId, all ? undefined : ["internal", "ean13", "upca"]);
  return codes.map((b) => label(sku, b));
}
