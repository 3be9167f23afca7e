/**
 * Stock counts (盘点) as pure rules: comparing what was found with the books (RULES.md §4: explain
 * every surplus, shortage or damage) and what that books on the card.
 */
export interface CountedLine {
  book: number;
  /** Good pieces found. */
  counted: number;
  /** Damaged pieces found (also physically there; they move to the defect store). */
  damaged: number;
}

export type VarianceKind = "match" | "surplus" | "shortage" | "damage";

/** The difference between shelf and books, and what kind of line it makes on the report. */
export function variance(line: CountedLine) {
  const found = line.counted + line.damaged;
  const difference = found - line.book;
  const kinds: VarianceKind[] = [];
  if (difference > 0) kinds.push("surplus");
  if (difference < 0) kinds.push("shortage");
  if (line.damaged > 0) kinds.push("damage");
  return { found, difference, kinds: kinds.length ? kinds : (["match"] as VarianceKind[]), needsReason: kinds.length > 0 };
}

/**
 * The card movements an approved line books: the difference as a surplus or shortage in its bin,
 * then the damaged pieces from the bin into the defect store. Afterwards the bin holds the good
 * pieces counted (relative to the book at submission).
 */
export function countMovements(line: CountedLine): { type: "count_surplus" | "count_shortage" | "damage_out" | "damage_in"; qty: number; toDefect?: true }[] {
  const { difference } = variance(line);
  const moves: ReturnType<typeof countMovements> = [];
  if (difference > 0) moves.push({ type: "count_surplus", qty: difference });
  if (difference < 0) moves.push({ type: "count_shortage", qty: difference });
  if (line.damaged > 0) {
    moves.push({ type: "damage_out", qty: -line.damaged });
    moves.push({ type: "damage_in", qty: line.damaged, toDefect: true });
  }
  return moves;
}
