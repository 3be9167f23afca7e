import type { ItemCondition, PackageCondition, ReturnInfo } from "../../../api/warehouse-ops-types";

/*
 * Pure rules of the returns screens (退货): where each item goes (RULES.md §4: good → repack and
 * back to its home bin, repairable → to production, irreparable → defect store), and what the
 * intake form must have before it is sent.
 */
export const ITEM_CONDITIONS: readonly ItemCondition[] = ["good", "repairable", "irreparable"];
export const PACKAGE_CONDITIONS: readonly PackageCondition[] = ["intact", "damaged", "opened"];

export const destinationOf = (condition: ItemCondition): "home" | "production" | "defect" =>
  condition === "good" ? "home" : condition === "repairable" ? "production" : "defect";

export interface IntakeDraft {
  waybillNo: string;
  orderId: string;
  packageCondition: PackageCondition;
  countedWithCourier: boolean;
  items: { qty: string }[];
}

/** The fields the intake is missing, before asking the API (which says the same). */
export function intakeProblems(draft: IntakeDraft): ("waybillNo" | "countedWithCourier" | `items.${number}.qty`)[] {
  const problems: ("waybillNo" | "countedWithCourier" | `items.${number}.qty`)[] = [];
  if (!draft.waybillNo.trim() && !draft.orderId.trim()) problems.push("waybillNo");
  if (draft.packageCondition === "damaged" && !draft.countedWithCourier) problems.push("countedWithCourier");
  draft.items.forEach((item, i) => {
    const qty = Number(item.qty);
    if (!Number.isInteger(qty) || qty < 1 || qty > 1000) problems.push(`items.${i}.qty`);
  });
  return problems;
}

/** Pieces of a return, and pieces per condition. */
export function returnPieces(r: Pick<ReturnInfo, "items">) {
  const by: Record<ItemCondition, number> = { good: 0, repairable: 0, irreparable: 0 };
  for (const item of r.items) by[item.condition] += item.qty;
  return { total: by.good + by.repairable + by.irreparable, ...by };
}
