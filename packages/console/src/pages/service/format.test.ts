import { describe, expect, it } from "vitest";
import type { FineInfo } from "../../api/service-types";
import { filterFines, isOverdue, issueBody, parseYuan, sortOpenItems, type FineForm } from "./format";

describe("parseYuan", () => {
  it("reads yuan as typed into whole fen, without float rounding", () => {
    expect(parseYuan("12")).toBe(1200);
    expect(parseYuan(" 12.5 ")).toBe(1250);
    expect(parseYuan("0.07")).toBe(7);
    expect(parseYuan("19.99")).toBe(1999);
    expect(parseYuan("1.005")).toBeUndefined();
    expect(parseYuan("-3")).toBeUndefined();
    expect(parseYuan("")).toBeUndefined();
    expect(parseYuan("十元")).toBeUndefined();
  });
});

describe("handover items", () => {
  const now = Date.parse("2026-03-10T08:00:00Z");
  const item = (dueAt: string | undefined, createdAt = "2026-03-10T01:00:00Z", state: "open" | "done" = "open") => ({ state, dueAt, createdAt });

  it("an open item past its due time is overdue; a closed or undated one never is", () => {
    expect(isOverdue(item("2026-03-10T07:59:00Z"), now)).toBe(true);
    expect(isOverdue(item("2026-03-10T08:01:00Z"), now)).toBe(false);
    expect(isOverdue(item(undefined), now)).toBe(false);
    expect(isOverdue(item("2026-03-09T00:00:00Z", undefined, "done"), now)).toBe(false);
  });

  it("sorts overdue first, then by due time, undated last", () => {
    const later = item("2026-03-10T12:00:00Z");
    const overdue = item("2026-03-10T06:00:00Z");
    const undated = item(undefined);
    const sooner = item("2026-03-10T09:00:00Z");
    expect(sortOpenItems([later, undated, sooner, overdue], now)).toEqual([overdue, sooner, later, undated]);
  });
});

describe("fines", () => {
  const fine = (rule: FineInfo["rule"], flagHr: boolean) => ({ rule, flagHr }) as FineInfo;

  it("filters a person's fines by rule and HR flag, as the API does for a department", () => {
    const all = [fine("complaint", false), fine("complaint", true), fine("free", false)];
    expect(filterFines(all, {})).toHaveLength(3);
    expect(filterFines(all, { rule: "complaint" })).toHaveLength(2);
    expect(filterFines(all, { flagHr: true })).toEqual([all[1]]);
    expect(filterFines(all, { rule: "free", flagHr: true })).toEqual([]);
  });

  const form = (overrides: Partial<FineForm>): FineForm => ({ staffNo: " 1001 ", rule: "complaint", evidence: "聊天记录", reason: "", delaySeconds: "", night: false, loss: "", amount: "", ...overrides });

  it("builds the body for each rule, money in fen", () => {
    expect(issueBody(form({}))).toEqual({ body: { rule: "complaint", staffNo: "1001", evidence: "聊天记录", reason: "" } });
    expect(issueBody(form({ rule: "reply-delay", delaySeconds: "75", night: true }))).toMatchObject({ body: { delaySeconds: 75, night: true } });
    expect(issueBody(form({ rule: "order-error-after-production", loss: "800" }))).toMatchObject({ body: { lossFen: 80000 } });
    expect(issueBody(form({ rule: "order-error-before-production" }))).toMatchObject({ body: { lossFen: 0 } });
    expect(issueBody(form({ rule: "free", amount: "3.5", reason: "迟交周报" }))).toMatchObject({ body: { amountFen: 350, reason: "迟交周报" } });
  });

  it("names the number that is not one", () => {
    expect(issueBody(form({ rule: "reply-delay", delaySeconds: "abc" }))).toEqual({ invalid: "delaySeconds" });
    expect(issueBody(form({ rule: "reply-delay" }))).toEqual({ invalid: "delaySeconds" });
    expect(issueBody(form({ rule: "order-error-after-production", loss: "-1" }))).toEqual({ invalid: "lossFen" });
    expect(issueBody(form({ rule: "free", amount: "0" }))).toEqual({ invalid: "amountFen" });
  });
});
