import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { ttlCache } from "../../cache";
import { isConditionFailed, transaction } from "../../db";
import { conflict, invalid, notFound } from "../../error";
import { StockBalanceEntity } from "../stock/entities";
import { BinEntity } from "./entities";
import { BIN_CODE_PATTERN, BinKind, BinPlace, formatBinCode, parseBinCode, type BinKind as Kind } from "./rules";

export { BinKind, BIN_KINDS, SELLABLE_KINDS, HOME_KINDS, isSellable, walkingOrder, parseBinCode, formatBinCode } from "./rules";

export const Code = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(BIN_CODE_PATTERN, "zone-aisle-shelf-level, e.g. A-03-12-2"));

export const Info = z.object({
  binCode: z.string(),
  zone: z.string(),
  aisle: z.number(),
  shelf: z.number(),
  level: z.number(),
  kind: BinKind,
  name: z.string().optional(),
  active: z.boolean(),
});
export type Info = z.infer<typeof Info>;

export const CreateInput = BinPlace.extend({ kind: BinKind, name: z.string().trim().min(1).max(40).optional() });

const MAX_RANGE = 500;

/** A block of bins at once: every aisle × shelf × level in the ranges, all of one kind. */
export const RangeInput = z
  .object({
    zone: BinPlace.shape.zone,
    aisles: z.tuple([BinPlace.shape.aisle, BinPlace.shape.aisle]),
    shelves: z.tuple([BinPlace.shape.shelf, BinPlace.shape.shelf]),
    levels: z.tuple([BinPlace.shape.level, BinPlace.shape.level]),
    kind: BinKind,
  })
  .refine((r) => r.aisles[0] <= r.aisles[1] && r.shelves[0] <= r.shelves[1] && r.levels[0] <= r.levels[1], {
    message: "each range runs from low to high",
    path: ["aisles"],
  })
  .refine(
    (r) => (r.aisles[1] - r.aisles[0] + 1) * (r.shelves[1] - r.shelves[0] + 1) * (r.levels[1] - r.levels[0] + 1) <= MAX_RANGE,
    { message: `at most ${MAX_RANGE} bins at once`, path: ["levels"] },
  );

export const UpdateInput = z.object({
  kind: BinKind.optional(),
  name: z.string().trim().min(1).max(40).nullable().optional(),
  active: z.boolean().optional(),
});

function present(row: EntityItem<typeof BinEntity>): Info {
  const place = parseBinCode(row.binCode)!;
  return { ...place, binCode: row.binCode, kind: row.kind, name: row.name, active: row.active };
}

export async function create(input: z.input<typeof CreateInput>): Promise<Info> {
  const { kind, name, ...place } = CreateInput.parse(input);
  const binCode = formatBinCode(place);
  const row = { binCode, zone: place.zone, kind, name, active: true, createdAt: new Date().toISOString() };
  try {
    await transaction({ BinEntity, AuditEntity }, (e) => [
      e.BinEntity.create(row).commit(),
      e.AuditEntity.create(Audit.item({ action: "bin.create", target: { type: "bin", id: binCode }, after: { kind, name } })).commit(),
    ]);
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("bin.exists", `Bin ${binCode} already exists`);
    throw error;
  }
  return present(row);
}

/** Creates the bins of a range that do not exist yet; existing ones are left as they are. */
export async function createRange(input: z.input<typeof RangeInput>) {
  const range = RangeInput.parse(input);
  const created: string[] = [];
  for (let aisle = range.aisles[0]; aisle <= range.aisles[1]; aisle++) {
    for (let shelf = range.shelves[0]; shelf <= range.shelves[1]; shelf++) {
      for (let level = range.levels[0]; level <= range.levels[1]; level++) {
        const binCode = formatBinCode({ zone: range.zone, aisle, shelf, level });
        try {
          await BinEntity.create({ binCode, zone: range.zone, kind: range.kind, active: true, createdAt: new Date().toISOString() }).go();
          created.push(binCode);
        } catch (error) {
          if (!isConditionFailed(error)) throw error;
        }
      }
    }
  }
  if (created.length) {
    await Audit.record({ action: "bin.create-range", target: { type: "bin", id: `${range.zone}*` }, after: { ...range, created: created.length } });
  }
  return { created };
}

export async function fromCode(binCode: string): Promise<Info | undefined> {
  const result = await BinEntity.get({ binCode }).go({ consistent: true });
  return result.data ? present(result.data) : undefined;
}

export async function mustFromCode(binCode: string): Promise<Info> {
  const bin = await fromCode(binCode);
  if (!bin) throw notFound("bin.not-found", `No bin ${binCode}`);
  return bin;
}

export async function list(input: { kind?: Kind; zone?: string; cursor?: string; limit?: number } = {}) {
  const page = { cursor: input.cursor ?? null, limit: input.limit ?? 100 };
  const result = input.kind
    ? await BinEntity.query.byKind({ kind: input.kind }).go(page)
    : input.zone
      ? await BinEntity.query.all({}).begins({ binCode: `${input.zone}-` }).go(page)
      : await BinEntity.query.all({}).go(page);
  return { items: result.data.map(present), cursor: result.cursor };
}

/** Bins of a kind, in code order (few: the defect store, the pending-inspection area…). */
export async function ofKind(kind: Kind): Promise<Info[]> {
  const result = await BinEntity.query.byKind({ kind }).go({ pages: "all" });
  return result.data.map(present).filter((b) => b.active);
}

/** The first active bin of a kind, preferring one in `zone`: where the system sends goods by default. */
export async function suggest(kind: Kind, zone?: string): Promise<Info> {
  const bins = await ofKind(kind);
  const bin = bins.find((b) => b.zone === zone) ?? bins[0];
  if (!bin) throw conflict("bin.none-of-kind", `There is no active ${kind} bin; create one first`, { kind });
  return bin;
}

/**
 * A bin's kind changes what its stock means (sellable or not), so a bin that holds anything keeps
 * its kind: empty it first.
 */
export async function update(binCode: string, input: z.input<typeof UpdateInput>): Promise<Info> {
  const changes = UpdateInput.parse(input);
  const before = await mustFromCode(binCode);
  if ((changes.kind && changes.kind !== before.kind) || changes.active === false) {
    const stock = await StockBalanceEntity.query.byZone({ zone: before.zone }).begins({ binCode }).go({ pages: "all" });
    if (stock.data.some((b) => b.onHand !== 0 || b.reserved !== 0)) {
      throw conflict("bin.not-empty", `Bin ${binCode} holds stock; move it out before changing the bin's kind or retiring it`);
    }
  }
  const { name, ...rest } = changes;
  await transaction({ BinEntity, AuditEntity }, (e) => [
    (name === null ? e.BinEntity.patch({ binCode }).set(rest).remove(["name"]) : e.BinEntity.patch({ binCode }).set({ ...rest, name })).commit(),
    e.AuditEntity.create(Audit.item({ action: "bin.update", target: { type: "bin", id: binCode }, before, after: changes })).commit(),
  ]);
  kinds.delete(binCode);
  return { ...before, ...rest, name: name === null ? undefined : (name ?? before.name) };
}

// A bin's kind is read on every movement into a new bin; it cannot change while the bin holds
// stock, so a short cache is safe.
const kinds = ttlCache<string, { kind: Kind; zone: string; active: boolean }>(60_000);

export async function kindOf(binCode: string) {
  return kinds.get(binCode, async () => {
    const bin = await fromCode(binCode);
    if (!bin) throw invalid("binCode", "bin.not-found", `No bin ${binCode}`);
    return { kind: bin.kind, zone: bin.zone, active: bin.active };
  });
}

/** What a bin label shows: the code as a Code 128 barcode and its place in words. */
export function label(bin: Info) {
  return { binCode: bin.binCode, barcode: { value: bin.binCode, symbology: "CODE128" as const }, zone: bin.zone, aisle: bin.aisle, shelf: bin.shelf, level: bin.level, kind: bin.kind, name: bin.name };
}
