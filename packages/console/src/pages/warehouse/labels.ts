import type { BinKind, MovementType } from "../../api/warehouse-types";

/** The bin kinds in the order a person thinks of them: in, store, out, aside. */
export const BIN_KINDS: readonly BinKind[] = ["pending_inspection", "normal", "whole_case", "loose", "defect", "returns", "intercept"];
/** Kinds a SKU's home or case bin may be (一物一卡一位). */
export const HOME_KINDS: readonly BinKind[] = ["normal", "loose", "whole_case"];

export const MOVEMENT_TYPES: readonly MovementType[] = [
  "opening",
  "receipt",
  "putaway_out",
  "putaway_in",
  "supplier_return",
  "transfer_out",
  "transfer_in",
  "issue",
  "return_in",
  "adjustment",
  "count_surplus",
  "count_shortage",
  "damage_out",
  "damage_in",
];

/** +3 / −2: a movement's quantity as a person reads it on a card. */
export const signed = (qty: number) => (qty > 0 ? `+${qty}` : qty < 0 ? `−${-qty}` : "0");

/** A bin code as typed: capitals, so `a-01-02-1` finds A-01-02-1. */
export const normaliseBin = (text: string) => text.trim().toUpperCase();
export const BIN_CODE = /^[A-Z]{1,3}-\d{2}-\d{2}-\d$/;
