/** Shapes of the handover, fines and fund API, from the domain's schemas (types only). */
import type { z } from "zod";
import type { Fine, Fund, Handover } from "@dianwu/core/service";

export type FineInfo = Fine.Info;
export type FineRule = FineInfo["rule"];
export type IssueFine = z.input<typeof Fine.IssueInput>;
export type AppealState = FineInfo["appealState"];
export interface FineListFilter {
  rule?: FineRule;
  flagHr?: boolean;
}
export type FundEntry = Fund.Entry;
export interface FundLedgerPage {
  balanceFen: number;
  entries: number;
  items: FundEntry[];
  cursor: string | null;
}
export type HandoverItem = Handover.Item;
export type HandoverMemo = Handover.Memo;
export type WriteMemo = z.input<typeof Handover.WriteInput>;
export type DropItem = z.input<typeof Handover.DropInput>;
