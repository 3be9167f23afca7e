import * as z from "zod";
import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import { AuditEntity } from "../../audit/entities";
import { transaction, TransactionCanceled } from "../../db";
import { conflict, invalid } from "../../error";
import { isSellable } from "../bins/rules";
import { manyById } from "../catalogue/service";
import { ReservationEntity, StockBalanceEntity } from "./entities";
import { afterCommit, backoff, lostRace, move, prepare, readBalances, type Movement } from "./movements";
import type { TransactItem } from "../tx";
import { planReservation } from "./rules";
import { writer } from "../tx";

const Qty = z.number().int().min(1).max(100_000);
const DocumentId = z.string().trim().min(1).max(100);

export const ReserveInput = z.object({
  /** The document the stock is held for: the parcel id at allocation. */
  documentId: DocumentId,
  lines: z.array(z.object({ skuId: z.string().min(1).max(40), qty: Qty, binCode: z.string().max(20).optional() })).min(1).max(40),
});

export type Reservation = { documentId: string; skuId: string; binCode: string; qty: number; state: "held" | "released" | "issued" };

const present = (r: EntityItem<typeof ReservationEntity>): Reservation => ({ documentId: r.documentId, skuId: r.skuId, binCode: r.binCode, qty: r.qty, state: r.state });

export async function reservations(documentId: string): Promise<Reservation[]> {
  const result = await ReservationEntity.query.byDocument({ documentId }).go({ consistent: true, pages: "all" });
  return result.data.map(present);
}

/**
 * Holds stock for a parcel at allocation: available goes down, on hand does not (the goods are
 * still on the shelf; the card is written only when the parcel closes). All lines or none, in one
 * transaction whose balance updates are conditional ADDs on `available`: no read-modify-write.
 * Reserving the same document again returns what it already holds.
 */
export async function reserve(input: z.input<typeof ReserveInput>) {
  const { documentId, lines } = ReserveInput.parse(input);
  for (let attempt = 1; ; attempt++) {
    const held = (await reservations(documentId)).filter((r) => r.state === "held");
    if (held.length) return { documentId, lines: held.map(({ skuId, binCode, qty }) => ({ skuId, binCode, qty })) };
    const skus = await manyById(lines.map((l) => l.skuId));
    const unknown = lines.findIndex((l) => !skus.has(l.skuId));
    if (unknown >= 0) throw invalid(`lines.${unknown}.skuId`, "sku.not-found", `No SKU ${lines[unknown]!.skuId}`);
    const balances = await readBalances(lines.map((l) => l.skuId));
    const stock = new Map<string, { binCode: string; available: number; sellable: boolean }[]>();
    for (const b of balances.values()) stock.set(b.skuId, [...(stock.get(b.skuId) ?? []), { binCode: b.binCode, available: b.available, sellable: isSellable(b.binKind) }]);
    const plan = planReservation(lines, stock, new Map([...skus].map(([id, s]) => [id, s.homeBin])));
    if (!plan.ok) throw conflict("stock.insufficient", "Not enough available stock to reserve", { shortages: plan.shortages });

    const now = new Date().toISOString();
    try {
      await transaction({ ReservationEntity, StockBalanceEntity, AuditEntity }, (e) => [
        ...plan.lines.map((l) =>
          e.StockBalanceEntity.patch({ skuId: l.skuId, binCode: l.binCode })
            .add({ reserved: l.qty, available: -l.qty })
            .set({ updatedAt: now })
            .where((a, op) => op.gte(a.available, l.qty))
            .commit(),
        ),
        ...plan.lines.map((l) => e.ReservationEntity.create({ documentId, ...l, state: "held", createdAt: now }).commit()),
        e.AuditEntity.create(Audit.item({ action: "stock.reserve", target: { type: "reservation", id: documentId }, after: plan.lines })).commit(),
      ]);
    } catch (error) {
      // A balance moved under us: plan again on fresh numbers (a few times, then report the shortage).
      if (lostRace(error, plan.lines.length) && attempt < 8) {
        await backoff(attempt);
        continue;
      }
      if (error instanceof TransactionCanceled && attempt < 8) continue; // our own reservation raced in: return it
      throw error;
    }
    await afterCommit(plan.lines.map((l) => l.skuId));
    return { documentId, lines: plan.lines };
  }
}

/**
 * Gives held stock back (a parcel cancelled, split or short). `only` limits it to some SKU/bins.
 * Each reservation flips from held to released on condition, so a release runs once however often
 * it is called.
 */
export async function release(documentId: string, only?: { skuId: string; binCode?: string }[]) {
  const released: Reservation[] = [];
  for (let attempt = 1; attempt <= 5; attempt++) {
    const held = (await reservations(documentId)).filter(
      (r) => r.state === "held" && (!only || only.some((o) => o.skuId === r.skuId && (!o.binCode || o.binCode === r.binCode))),
    );
    if (!held.length) return released;
    const chunk = held.slice(0, 45);
    const now = new Date().toISOString();
    try {
      await transaction({ ReservationEntity, StockBalanceEntity, AuditEntity }, (e) => [
        ...chunk.map((r) =>
          e.ReservationEntity.patch({ documentId, skuId: r.skuId, binCode: r.binCode }).set({ state: "released", closedAt: now }).where((a, op) => op.eq(a.state, "held")).commit(),
        ),
        ...chunk.map((r) =>
          e.StockBalanceEntity.patch({ skuId: r.skuId, binCode: r.binCode }).add({ reserved: -r.qty, available: r.qty }).set({ updatedAt: now }).commit(),
        ),
        e.AuditEntity.create(Audit.item({ action: "stock.release", target: { type: "reservation", id: documentId }, before: chunk })).commit(),
      ]);
      released.push(...chunk.map((r) => ({ ...r, state: "released" as const })));
      await afterCommit(chunk.map((r) => r.skuId));
      if (chunk.length === held.length) return released;
      attempt = 0;
    } catch (error) {
      if (!(error instanceof TransactionCanceled)) throw error;
      await backoff(attempt);
    }
  }
  throw conflict("stock.reservation-changed", `The reservations of ${documentId} keep changing; reload and try again`);
}

function issueMovements(documentId: string, held: Reservation[], documentType: string): Movement[] {
  return held.map((r) => ({ skuId: r.skuId, binCode: r.binCode, type: "issue" as const, qty: -r.qty, document: { type: documentType, id: documentId } }));
}

async function heldFor(documentId: string) {
  const held = (await reservations(documentId)).filter((r) => r.state === "held");
  if (!held.length) throw conflict("stock.nothing-reserved", `Nothing is reserved for ${documentId}`);
  if (held.length > 30) throw invalid("documentId", "stock.too-many-lines", "A parcel issues at most 30 SKU/bin lines at once");
  return held;
}

/**
 * The decrement of 四减数, as transaction items for the caller's own transaction: the packing
 * bench closes a parcel and books the issue in one transaction with the parcel's state. For each
 * held reservation: the balance (on hand and reserved down, conditional on the card sequence read),
 * a card line of type `issue`, and the reservation flipped to `issued` (conditional on `held`).
 *
 * Usage: `const plan = await Stock.issueItems(parcelId)`, then
 * `transaction(entities, () => [...yourItems, ...plan.items])`; if it is canceled and
 * `plan.lostRace(error, yourItems.length)` says so, call issueItems again and retry; after the
 * commit, `await plan.afterCommit()` (the low-stock check). `issue()` below does all of that.
 */
export async function issueItems(documentId: string, options: { documentType?: string } = {}) {
  const held = await heldFor(documentId);
  const balances = await readBalances(held.map((r) => r.skuId));
  const prepared = await prepare(issueMovements(documentId, held, options.documentType ?? "parcel"), balances);
  const now = new Date().toISOString();
  const reservationItems = held.map((r) =>
    writer(ReservationEntity).patch({ documentId, skuId: r.skuId, binCode: r.binCode }).set({ state: "issued", closedAt: now }).where((a, op) => op.eq(a.state, "held")).commit(),
  );
  return {
    items: [...prepared.items, ...reservationItems] as TransactItem[],
    lines: prepared.lines,
    /** Whether a cancellation of a transaction holding these items at `offset` was a stock race worth retrying. */
    lostRace: (error: unknown, offset = 0) =>
      error instanceof TransactionCanceled && lostRace(new TransactionCanceled(error.reasons.slice(offset)), prepared.stockItems),
    afterCommit: () => afterCommit(prepared.touched),
  };
}

/**
 * Issues everything reserved for a document, with the caller's items (e.g. the parcel's close)
 * in the same transaction, retrying lost races.
 */
export async function issue(documentId: string, options: { documentType?: string; extra?: () => TransactItem[]; onExtraFailed?: (index: number) => Error } = {}) {
  const held = await heldFor(documentId);
  const now = new Date().toISOString();
  return move(issueMovements(documentId, held, options.documentType ?? "parcel"), {
    extra: () => [
      ...held.map((r) =>
        writer(ReservationEntity).patch({ documentId, skuId: r.skuId, binCode: r.binCode }).set({ state: "issued", closedAt: now }).where((a, op) => op.eq(a.state, "held")).commit(),
      ),
      ...(options.extra?.() ?? []),
    ],
    onExtraFailed: (index) =>
      index < held.length
        ? conflict("stock.reservation-changed", `The reservation of ${documentId} was released or issued meanwhile`)
        : (options.onExtraFailed?.(index - held.length) ?? conflict("stock.document-changed", "The document changed meanwhile")),
  });
}
