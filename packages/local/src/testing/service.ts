import { withActor, type Actor } from "@dianwu/core/actor";
import { Fine, Handover } from "@dianwu/core/service";
import type { Role } from "@dianwu/core/staff";

/** Factories for customer-service tests: fines issued by a supervisor, memos written by a shift. */
type Person = { staffNo: string; roles: Role[] };
const actor = (person: Person): Actor => ({ type: "staff", staffNo: person.staffNo, roles: person.roles });

/** A fine by an escalating rule (the month's count goes up, as a real one would), issued by `by`. */
export async function makeFine(options: { staffNo: string; by: Person; rule?: "complaint" | "handover-dropped"; evidence?: string; reason?: string }) {
  return withActor(actor(options.by), () =>
    Fine.issue({ rule: options.rule ?? "complaint", staffNo: options.staffNo, evidence: options.evidence ?? "测试证据", reason: options.reason ?? "" }),
  );
}

/** A free-form fine of a chosen amount (fen). */
export async function makeFreeFine(options: { staffNo: string; by: Person; amountFen: number; reason?: string }) {
  return withActor(actor(options.by), () =>
    Fine.issue({ rule: "free", staffNo: options.staffNo, amountFen: options.amountFen, evidence: "测试证据", reason: options.reason ?? "测试" }),
  );
}

let sequence = 1;

/** A memo written by `writer` (the outgoing shift) with `count` new items unless items are given. */
export async function makeHandoverMemo(writer: Person, options: { items?: { customer: string; todo: string; orderId?: string; dueAt?: string }[]; count?: number } = {}) {
  const items =
    options.items ??
    Array.from({ length: options.count ?? 1 }, () => {
      const n = sequence++;
      return { customer: `买家${n}`, todo: `跟进售后 ${n}`, orderId: String(3_000_000_000_000_000 + n) };
    });
  return withActor(actor(writer), () => Handover.write({ items }));
}
