import type { EntityItem } from "electrodb";
import { Audit } from "../../audit";
import type { Change } from "../../audit/service";
import { AuditEntity } from "../../audit/entities";
import { transaction, TransactionCanceled } from "../../db";
import { conflict, invalid, unavailable, type VisibleError } from "../../error";
import { kindOf } from "../bins/service";
import { isSellable } from "../bins/rules";
import { signer } from "../signer";
import { writer, type TransactItem } from "../tx";
import { shopDay, currentTimeZone } from "../time";
import { StockBalanceEntity, StockCardEntity } from "./entities";
import { applyMovement, movementRule, type Balance, type MovementType } from "./rules";
import { recheckLowStock } from "./low-stock";

export interface Movement {
  skuId: string;
  binCode: string;
  type: MovementType;
  /** Signed: positive into the bin, negative out of it. */
  qty: number;
  document: { type: string; id: string; line?: string };
  note?: string;
}

export type BalanceRow = EntityItem<typeof StockBalanceEntity>;
export type CardLine = EntityItem<typeof StockCardEntity>;

export type { TransactItem };

const ENTITIES = { StockBalanceEntity, StockCardEntity, AuditEntity };

/** All bins of the given SKUs, read consistently (one query per SKU: a SKU's bins share a partition). */
export async function readBalances(skuIds: Iterable<string>): Promise<Map<string, BalanceRow>> {
  const rows = new Map<string, BalanceRow>();
  await Promise.all(
    [...new Set(skuIds)].map(async (skuId) => {
      const result = await StockBalanceEntity.query.bySku({ skuId }).go({ consistent: true, pages: "all" });
      for (const row of result.data) rows.set(key(row.skuId, row.binCode), row);
    }),
  );
  return rows;
}

export const key = (skuId: string, binCode: string) => `${skuId}|${binCode}`;

export interface Prepared {
  /** Balance updates, then card lines: the stock part of a transaction. */
  items: TransactItem[];
  /** How many of `items` are ours; a cancellation reason at a lower index is a stock race. */
  stockItems: number;
  lines: CardLine[];
  /**
   * SKUs whose sellable availability moved, with that availability after the commit as computed
   * from the balances read (for the low-stock check, which then needs no second query).
   */
  touched: Map<string, number>;
}

/**
 * The transaction items for a set of movements against the balances as read: for each SKU/bin a
 * conditional update of the balance (the card sequence must still be the one read; a decrease
 * must not overdraw what its movement type may take) and one new card line per movement.
 * Throws a visible error when the movement cannot happen on these balances.
 */
export async function prepare(movements: readonly Movement[], balances: Map<string, BalanceRow>, now = new Date()): Promise<Prepared> {
  if (!movements.length) throw invalid("movements", "stock.nothing-to-move", "No movement given");
  const who = signer();
  const at = now.toISOString();
  const day = shopDay(now, await currentTimeZone());
  const groups = new Map<string, Movement[]>();
  for (const m of movements) groups.set(key(m.skuId, m.binCode), [...(groups.get(key(m.skuId, m.binCode)) ?? []), m]);

  const balanceItems: TransactItem[] = [];
  const cardItems: TransactItem[] = [];
  const lines: CardLine[] = [];
  const touched = new Set<string>();
  const sellableAfter = new Map<string, number>();
  for (const [k, group] of groups) {
    const { skuId, binCode } = group[0]!;
    const row = balances.get(k);
    const bin = row ? { kind: row.binKind, zone: row.zone } : await kindOf(binCode);
    let state: Balance = row ? { onHand: row.onHand, reserved: row.reserved, available: row.available } : { onHand: 0, reserved: 0, available: 0 };
    const start = row?.cardSeq ?? 0;
    // What the group takes from each guarded number, to state in the condition: reservations may
    // change `available` and `reserved` between our read and our write without touching the card.
    const need = { available: 0, reserved: 0 };
    group.forEach((m, i) => {
      const result = applyMovement(state, m.type, m.qty);
      if (!result.ok) throw refusal(result.reason, m, state);
      const guard = movementRule(m.type).guard;
      if (m.qty < 0 && guard !== "onHand") need[guard] += -m.qty;
      state = result.next;
      const seq = start + i + 1;
      const line = {
        skuId, binCode, seq, type: m.type, qty: m.qty, balanceAfter: state.onHand,
        documentType: m.document.type, documentId: m.document.id, documentLine: m.document.line,
        signedBy: who.by, staffNo: who.staffNo, deviceId: who.deviceId, note: m.note, at, day,
      };
      lines.push(line);
      cardItems.push(writer(StockCardEntity).create(line).commit());
    });
    const d = { onHand: state.onHand - (row?.onHand ?? 0), reserved: state.reserved - (row?.reserved ?? 0), available: state.available - (row?.available ?? 0) };
    if (!row) {
      balanceItems.push(
        writer(StockBalanceEntity).create({ skuId, binCode, zone: bin.zone, binKind: bin.kind, ...state, cardSeq: group.length, updatedAt: at }).commit(),
      );
    } else {
      balanceItems.push(
        writer(StockBalanceEntity)
          .patch({ skuId, binCode })
          .add(d)
          .set({ cardSeq: start + group.length, updatedAt: at })
          .where((a, op) =>
            [op.eq(a.cardSeq, start), need.available ? op.gte(a.available, need.available) : "", need.reserved ? op.gte(a.reserved, need.reserved) : ""]
              .filter(Boolean)
              .join(" AND "),
          )
          .commit(),
      );
    }
    if (isSellable(bin.kind) && d.available !== 0) touched.add(skuId);
    if (isSellable(bin.kind)) sellableAfter.set(skuId, (sellableAfter.get(skuId) ?? 0) + d.available);
  }
  for (const row of balances.values()) {
    if (touched.has(row.skuId) && isSellable(row.binKind)) sellableAfter.set(row.skuId, (sellableAfter.get(row.skuId) ?? 0) + row.available);
  }
  return {
    items: [...balanceItems, ...cardItems],
    stockItems: balanceItems.length + cardItems.length,
    lines,
    touched: new Map([...touched].map((skuId) => [skuId, sellableAfter.get(skuId)!])),
  };
}

function refusal(reason: "zero" | "direction" | "insufficient", m: Movement, state: Balance): VisibleError {
  if (reason === "insufficient") {
    return conflict("stock.insufficient", `Not enough of SKU ${m.skuId} in bin ${m.binCode} for ${m.type} ${m.qty}`, {
      skuId: m.skuId,
      binCode: m.binCode,
      onHand: state.onHand,
      available: state.available,
    });
  }
  return invalid("qty", `stock.${reason}`, reason === "zero" ? "Quantities are whole numbers other than 0" : `A ${m.type} cannot move ${m.qty}`);
}

/** Whether a canceled transaction lost a race on one of the stock items (the first `stockItems`). */
export function lostRace(error: unknown, stockItems: number): boolean {
  if (!(error instanceof TransactionCanceled)) return false;
  return error.reasons.some((r, i) => i < stockItems && (r.code === "ConditionalCheckFailed" || r.code === "TransactionConflict"));
}

export interface MoveOptions {
  /** The caller's items for the same transaction (document state changes); conditional as needed. */
  extra?: () => TransactItem[];
  /** The error to throw when one of the caller's items failed its condition (index into extra). */
  onExtraFailed?: (index: number, code: string) => Error;
  audit?: Change;
  /** Attempts before giving up under contention. */
  attempts?: number;
}

/**
 * Books movements: one DynamoDB transaction holding every balance update, every card line, the
 * audit entry and the caller's own items. Lost races (someone else wrote the card in between)
 * are retried on fresh balances with jittered backoff; nothing is ever read-modified-written.
 */
export async function move(movements: readonly Movement[], options: MoveOptions = {}): Promise<CardLine[]> {
  const attempts = options.attempts ?? 60;
  for (let attempt = 1; ; attempt++) {
    const balances = await readBalances(movements.map((m) => m.skuId));
    const prepared = await prepare(movements, balances);
    const extra = options.extra?.() ?? [];
    const audit = options.audit ? [writer(AuditEntity).create(Audit.item(options.audit)).commit()] : [];
    try {
      await transaction(ENTITIES, () => [...prepared.items, ...audit, ...extra]);
      await afterCommit(prepared.touched);
      return prepared.lines;
    } catch (error) {
      if (error instanceof TransactionCanceled) {
        const offset = prepared.stockItems + audit.length;
        const failed = error.reasons.findIndex((r, i) => i >= offset && r.code === "ConditionalCheckFailed");
        if (failed >= 0 && !lostRace(error, prepared.stockItems)) {
          throw options.onExtraFailed?.(failed - offset, error.reasons[failed]!.code) ?? conflict("stock.document-changed", "The document changed meanwhile; reload it");
        }
      }
      if (!lostRace(error, prepared.stockItems) && !isTransactionConflict(error)) throw error;
      if (attempt >= attempts) throw unavailable("stock.busy", "Stock is being changed by many people at once; try again");
      await backoff(attempt);
    }
  }
}

function isTransactionConflict(error: unknown) {
  return error instanceof TransactionCanceled && error.reasons.some((r) => r.code === "TransactionConflict");
}

/** Full jitter, capped: writers that collided spread out instead of colliding again in step. */
export function backoff(attempt: number) {
  const cap = Math.min(200, 4 * 2 ** Math.min(attempt, 6));
  return new Promise((resolve) => setTimeout(resolve, Math.random() * cap));
}

/**
 * Work after a successful commit that must not undo it: the low-stock check, for SKUs given by id
 * (availability is read) or with their availability already known.
 */
export async function afterCommit(skus: readonly string[] | ReadonlyMap<string, number>) {
  const entries: [string, number | undefined][] = Array.isArray(skus) ? [...new Set(skus as string[])].map((s) => [s, undefined]) : [...(skus as ReadonlyMap<string, number>)];
  for (const [skuId, available] of entries) {
    try {
      await recheckLowStock(skuId, available);
    } catch (error) {
      // The movement is booked; a missed low-stock flip is corrected by the next movement of the SKU.
      console.error(JSON.stringify({ level: "error", msg: "low-stock check failed", skuId, error: String(error) }));
    }
  }
}
