/**
 * Seller memo and flag conventions of RULES.md §2: the CS agent who closed the sale writes their
 * staff number into the memo and sets a red flag (commission and KPI come from that number: no
 * number, no credit); the warehouse marks an order it handled with its handler code and a yellow flag.
 */

/** Taobao's seller flags, by number. */
export const FLAGS = ["none", "red", "yellow", "green", "blue", "purple"] as const;
export type FlagName = (typeof FLAGS)[number];

export function flagName(flag: number | undefined): FlagName {
  return FLAGS[flag ?? 0] ?? "none";
}

const compiled = new Map<string, RegExp>();
function regex(pattern: string) {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(pattern, "u");
    compiled.set(pattern, re);
  }
  return re;
}

/** The staff number the pattern's first group finds in the memo (the first match), if any. */
export function staffFromMemo(memo: string | undefined, pattern: string): string | undefined {
  if (!memo) return undefined;
  return regex(pattern).exec(memo)?.[1];
}

/** The warehouse's handler code, recorded only when the order carries the warehouse's flag. */
export function warehouseMark(memo: string | undefined, flag: number | undefined, conventions: { warehouseFlag: number; warehouseHandlerPattern: string }) {
  if (flag !== conventions.warehouseFlag || !memo) return undefined;
  const handlerCode = regex(conventions.warehouseHandlerPattern).exec(memo)?.[1];
  return handlerCode ? { handlerCode } : undefined;
}
