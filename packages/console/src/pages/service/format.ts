import type { FineInfo, FineListFilter, HandoverItem, IssueFine } from "../../api/service-types";
export { yuan, yuanPlain } from "../orders/money";

/**
 * "12", "12.5", "12.50" (yuan as typed) → 1250 fen; anything else (negative, three decimals,
 * letters) → undefined. Parsed as text so no binary rounding ever reaches the API.
 */
export function parseYuan(text: string): number | undefined {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** An open item past its due time. */
export function isOverdue(item: Pick<HandoverItem, "state" | "dueAt">, now: number): boolean {
  return item.state === "open" && !!item.dueAt && Date.parse(item.dueAt) < now;
}

/** Open items as the incoming shift should read them: overdue first, then by due time, undated last. */
export function sortOpenItems<T extends Pick<HandoverItem, "state" | "dueAt" | "createdAt">>(items: readonly T[], now: number): T[] {
  const due = (item: T) => (item.dueAt ? Date.parse(item.dueAt) : Number.POSITIVE_INFINITY);
  return [...items].sort((a, b) => Number(isOverdue(b, now)) - Number(isOverdue(a, now)) || due(a) - due(b) || a.createdAt.localeCompare(b.createdAt));
}

/** The same narrowing the API does for a department's list, for one person's list (read whole). */
export function filterFines(fines: readonly FineInfo[], filter: FineListFilter): FineInfo[] {
  return fines.filter((f) => (filter.rule === undefined || f.rule === filter.rule) && (filter.flagHr === undefined || f.flagHr === filter.flagHr));
}

/** What the issue form holds, as typed. */
export interface FineForm {
  staffNo: string;
  rule: IssueFine["rule"];
  evidence: string;
  reason: string;
  delaySeconds: string;
  night: boolean;
  loss: string;
  amount: string;
}

/**
 * The form as the API's body, or the field that is not a valid number (money typed in yuan is
 * sent in fen). Required texts are left to the API, which names the field it refuses.
 */
export function issueBody(form: FineForm): { body: IssueFine } | { invalid: "delaySeconds" | "lossFen" | "amountFen" } {
  const common = { staffNo: form.staffNo.trim(), evidence: form.evidence.trim(), reason: form.reason.trim() };
  switch (form.rule) {
    case "reply-delay": {
      const seconds = Number(form.delaySeconds);
      if (form.delaySeconds.trim() === "" || !Number.isInteger(seconds) || seconds < 0) return { invalid: "delaySeconds" };
      return { body: { rule: form.rule, ...common, delaySeconds: seconds, night: form.night } };
    }
    case "order-error-before-production":
    case "order-error-after-production": {
      const lossFen = form.loss.trim() === "" ? 0 : parseYuan(form.loss);
      if (lossFen === undefined) return { invalid: "lossFen" };
      return { body: { rule: form.rule, ...common, lossFen } };
    }
    case "free": {
      const amountFen = parseYuan(form.amount);
      if (amountFen === undefined || amountFen <= 0) return { invalid: "amountFen" };
      return { body: { rule: form.rule, ...common, amountFen } };
    }
    default:
      return { body: { rule: form.rule, ...common } };
  }
}
