/**
 * Fine amounts of RULES.md §2, every number a setting. Escalating rules (complaints, dropped
 * handovers) count occurrences per staff member per calendar month: the n-th costs
 * first × multiplier^(n−1) and from the configured occurrence on it is flagged for HR — the
 * software never ends anyone's employment by itself.
 */
export const FINE_RULES = [
  "complaint",
  "handover-dropped",
  "reply-delay",
  "order-error-before-production",
  "order-error-after-production",
  "late-to-production",
  "free",
] as const;
export type FineRule = (typeof FINE_RULES)[number];

export interface FineSettings {
  replyDelayPerStepFen: number;
  orderErrorBeforeProductionFen: number;
  orderErrorAfterProductionFen: number;
  orderErrorChargeAtCostAboveFen: number;
  lateToProductionFen: number;
  complaintFirstFen: number;
  complaintMultiplier: number;
  complaintFlagHrAt: number;
  handoverDroppedFirstFen: number;
  handoverMultiplier: number;
  handoverFlagHrAt: number;
}

export interface ReplySettings {
  firstReplySeconds: number;
  nightFirstReplySeconds: number;
  replyDelayStepSeconds: number;
}

/** What the rule needs to know about this occurrence. */
export type FineFacts =
  | { rule: "complaint" | "handover-dropped"; occurrence: number }
  | { rule: "reply-delay"; delaySeconds: number; night: boolean }
  | { rule: "order-error-before-production" | "order-error-after-production"; lossFen: number }
  | { rule: "late-to-production" }
  | { rule: "free"; amountFen: number };

export interface FineAmount {
  amountFen: number;
  flagHr: boolean;
  /** How the amount was reached, for the fine's record and the console. */
  basis: string;
}

export const ESCALATING: readonly FineRule[] = ["complaint", "handover-dropped"];

/** Doubling, capped so a runaway count cannot overflow into nonsense (2^20 × first). */
function escalated(first: number, multiplier: number, occurrence: number) {
  return first * multiplier ** Math.min(Math.max(occurrence, 1) - 1, 20);
}

export function fineAmount(facts: FineFacts, fines: FineSettings, reply: ReplySettings): FineAmount {
  switch (facts.rule) {
    case "complaint":
      return {
        amountFen: escalated(fines.complaintFirstFen, fines.complaintMultiplier, facts.occurrence),
        flagHr: facts.occurrence >= fines.complaintFlagHrAt,
        basis: `complaint #${facts.occurrence} this month`,
      };
    case "handover-dropped":
      return {
        amountFen: escalated(fines.handoverDroppedFirstFen, fines.handoverMultiplier, facts.occurrence),
        flagHr: facts.occurrence >= fines.handoverFlagHrAt,
        basis: `dropped handover #${facts.occurrence} this month`,
      };
    case "reply-delay": {
      const allowed = facts.night ? reply.nightFirstReplySeconds : reply.firstReplySeconds;
      const steps = Math.max(0, Math.ceil((facts.delaySeconds - allowed) / reply.replyDelayStepSeconds));
      return {
        amountFen: steps * fines.replyDelayPerStepFen,
        flagHr: false,
        basis: `first reply after ${facts.delaySeconds} s (allowed ${allowed} s): ${steps} step(s)`,
      };
    }
    case "order-error-before-production":
    case "order-error-after-production": {
      const flat = facts.rule === "order-error-before-production" ? fines.orderErrorBeforeProductionFen : fines.orderErrorAfterProductionFen;
      const atCost = facts.lossFen > fines.orderErrorChargeAtCostAboveFen;
      return {
        amountFen: atCost ? facts.lossFen : flat,
        flagHr: false,
        basis: atCost ? `loss of ${facts.lossFen} fen charged at cost` : facts.rule.replace(/-/g, " "),
      };
    }
    case "late-to-production":
      return { amountFen: fines.lateToProductionFen, flagHr: false, basis: "order sent late to production" };
    case "free":
      return { amountFen: facts.amountFen, flagHr: false, basis: "free-form" };
  }
}
