/**
 * The arithmetic of the stock card, as pure rules. Three numbers per SKU per bin: on hand,
 * reserved (promised to parcels at allocation) and available = on hand − reserved.
 */
export const MOVEMENT_TYPES = [
  "opening", // 期初: the first line of a card when the shop starts using the system
  "receipt", // 入库 into pending inspection
  "putaway_out", // out of pending inspection, inspected and passed
  "putaway_in",
  "supplier_return", // failed inspection, back to the supplier or factory (退货/返厂)
  "transfer_out",
  "transfer_in",
  "issue", // 四减数: the decrement when a parcel closes at the packing bench
  "return_in", // a customer return put back (or into the defect store)
  "adjustment", // approved by a supervisor
  "count_surplus",
  "count_shortage",
  "damage_out", // found damaged at a count: out of its bin…
  "damage_in", // …into the defect store
] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];

/**
 * What a decrease must not overdraw. Ordinary outflows may take only what is free (available);
 * the issue of a parcel takes what was reserved for it; a supervisor's correction (an adjustment,
 * a count) takes what is physically there and may leave reservations uncovered, which then shows
 * as negative availability instead of being hidden.
 */
export type Guard = "available" | "reserved" | "onHand";

const RULES: Record<MovementType, { direction: 1 | -1 | 0; guard: Guard }> = {
  opening: { direction: 1, guard: "onHand" },
  receipt: { direction: 1, guard: "available" },
  putaway_out: { direction: -1, guard: "available" },
  putaway_in: { direction: 1, guard: "available" },
  supplier_return: { direction: -1, guard: "available" },
  transfer_out: { direction: -1, guard: "available" },
  transfer_in: { direction: 1, guard: "available" },
  issue: { direction: -1, guard: "reserved" },
  return_in: { direction: 1, guard: "available" },
  adjustment: { direction: 0, guard: "onHand" },
  count_surplus: { direction: 1, guard: "onHand" },
  count_shortage: { direction: -1, guard: "onHand" },
  damage_out: { direction: -1, guard: "onHand" },
  damage_in: { direction: 1, guard: "onHand" },
};

export const movementRule = (type: MovementType) => RULES[type];

export interface Balance {
  onHand: number;
  reserved: number;
  available: number;
}

export const EMPTY: Balance = { onHand: 0, reserved: 0, available: 0 };

/** How one movement changes the three numbers. */
export function delta(type: MovementType, qty: number): Balance {
  if (RULES[type].guard === "reserved") return { onHand: qty, reserved: qty, available: 0 };
  return { onHand: qty, reserved: 0, available: qty };
}

export type Refusal = "zero" | "direction" | "insufficient";

/** The balance after a movement, or why the movement may not happen. */
export function applyMovement(balance: Balance, type: MovementType, qty: number): { ok: true; next: Balance } | { ok: false; reason: Refusal } {
  if (!Number.isInteger(qty) || qty === 0) return { ok: false, reason: "zero" };
  const { direction, guard } = RULES[type];
  if (direction !== 0 && Math.sign(qty) !== direction) return { ok: false, reason: "direction" };
  const d = delta(type, qty);
  const next = { onHand: balance.onHand + d.onHand, reserved: balance.reserved + d.reserved, available: balance.available + d.available };
  if (qty < 0 && (next.onHand < 0 || next[guard] < 0)) return { ok: false, reason: "insufficient" };
  return { ok: true, next };
}

/** Reserving takes from available; releasing gives back. Neither touches the card. */
export function applyReservation(balance: Balance, qty: number): { ok: true; next: Balance } | { ok: false; reason: Refusal } {
  if (!Number.isInteger(qty) || qty === 0) return { ok: false, reason: "zero" };
  const next = { onHand: balance.onHand, reserved: balance.reserved + qty, available: balance.available - qty };
  if ((qty > 0 && next.available < 0) || next.reserved < 0) return { ok: false, reason: "insufficient" };
  return { ok: true, next };
}

export interface CardLine {
  seq: number;
  qty: number;
  balanceAfter: number;
}

/**
 * The proof that the card and the balance agree (账卡一致): the lines run 1, 2, 3… without gaps,
 * each balance-after is the one before plus its quantity, none is negative, the last one is the
 * balance on hand, and availability is on hand minus reserved.
 */
export function verifyCard(lines: readonly CardLine[], balance: Balance & { cardSeq: number }) {
  const problems: string[] = [];
  let running = 0;
  lines.forEach((line, i) => {
    if (line.seq !== i + 1) problems.push(`line ${i + 1} has sequence ${line.seq}`);
    running += line.qty;
    if (line.balanceAfter !== running) problems.push(`line ${line.seq}: balance after ${line.balanceAfter}, card sum ${running}`);
    if (line.balanceAfter < 0) problems.push(`line ${line.seq}: negative balance ${line.balanceAfter}`);
  });
  if (balance.cardSeq !== lines.length) problems.push(`balance counts ${balance.cardSeq} card lines, card has ${lines.length}`);
  if (running !== balance.onHand) problems.push(`on hand ${balance.onHand}, card sum ${running}`);
  if (balance.available !== balance.onHand - balance.reserved) problems.push(`available ${balance.available} ≠ on hand − reserved`);
  if (balance.reserved < 0) problems.push(`negative reservation ${balance.reserved}`);
  return { consistent: problems.length === 0, cardSum: running, lines: lines.length, problems };
}

export interface ReservationRequest {
  skuId: string;
  qty: number;
  /** A bin the caller insists on; otherwise the home bin first, then the fullest sellable bins. */
  binCode?: string;
}

export interface BinStock {
  binCode: string;
  available: number;
  sellable: boolean;
}

/**
 * Where to reserve each requested line: from the named bin, or from the SKU's home bin first (the
 * picker's usual place, 一物一位) and then from other sellable bins, fullest first, splitting a line
 * over bins when it must. Returns the allocation per SKU and bin, or the lines that cannot be met.
 */
export function planReservation(
  requests: readonly ReservationRequest[],
  stock: ReadonlyMap<string, readonly BinStock[]>,
  homeBins: ReadonlyMap<string, string>,
): { ok: true; lines: { skuId: string; binCode: string; qty: number }[] } | { ok: false; shortages: { skuId: string; wanted: number; available: number }[] } {
  const free = new Map<string, number>();
  for (const [skuId, bins] of stock) for (const b of bins) if (b.sellable) free.set(`${skuId}|${b.binCode}`, Math.max(0, b.available));
  const taken = new Map<string, { skuId: string; binCode: string; qty: number }>();
  const wanted = new Map<string, number>();
  const short = new Set<string>();
  for (const request of requests) {
    wanted.set(request.skuId, (wanted.get(request.skuId) ?? 0) + request.qty);
    const bins = (stock.get(request.skuId) ?? []).filter((b) => b.sellable);
    const order = request.binCode
      ? bins.filter((b) => b.binCode === request.binCode)
      : [...bins].sort((a, b) => Number(b.binCode === homeBins.get(request.skuId)) - Number(a.binCode === homeBins.get(request.skuId)) || b.available - a.available || a.binCode.localeCompare(b.binCode));
    let left = request.qty;
    for (const bin of order) {
      const k = `${request.skuId}|${bin.binCode}`;
      const take = Math.min(left, free.get(k) ?? 0);
      if (take <= 0) continue;
      free.set(k, free.get(k)! - take);
      const line = taken.get(k) ?? { skuId: request.skuId, binCode: bin.binCode, qty: 0 };
      line.qty += take;
      taken.set(k, line);
      left -= take;
      if (!left) break;
    }
    if (left > 0) short.add(request.skuId);
  }
  if (short.size) {
    return {
      ok: false,
      shortages: [...short].map((skuId) => ({
        skuId,
        wanted: wanted.get(skuId)!,
        available: (stock.get(skuId) ?? []).filter((b) => b.sellable).reduce((sum, b) => sum + Math.max(0, b.available), 0),
      })),
    };
  }
  return { ok: true, lines: [...taken.values()] };
}
