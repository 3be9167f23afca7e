import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../settings/schema";
import { fineAmount } from "./fine-rules";

const F = DEFAULT_SETTINGS.fines;
const R = DEFAULT_SETTINGS.service;

describe("fine escalation (RULES.md §2)", () => {
  it("complaints: 50 yuan, doubled each time in the month, the third flagged for HR", () => {
    expect([1, 2, 3].map((n) => fineAmount({ rule: "complaint", occurrence: n }, F, R))).toEqual([
      { amountFen: 5000, flagHr: false, basis: "complaint #1 this month" },
      { amountFen: 10000, flagHr: false, basis: "complaint #2 this month" },
      { amountFen: 20000, flagHr: true, basis: "complaint #3 this month" },
    ]);
  });

  it("any occurrence n: the amount doubles from one to the next and the HR flag starts at the setting", () => {
    fc.assert(
      fc.property(fc.constantFrom("complaint", "handover-dropped" as const), fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 5 }), (rule, n, flagAt) => {
        const settings = { ...F, complaintFlagHrAt: flagAt, handoverFlagHrAt: flagAt };
        const a = fineAmount({ rule: rule as "complaint", occurrence: n }, settings, R);
        const b = fineAmount({ rule: rule as "complaint", occurrence: n + 1 }, settings, R);
        const first = rule === "complaint" ? 5000 : 1000;
        return a.amountFen === first * 2 ** (n - 1) && b.amountFen === 2 * a.amountFen && a.flagHr === n >= flagAt;
      }),
    );
    expect(fineAmount({ rule: "handover-dropped", occurrence: 1 }, F, R).amountFen).toBe(1000);
  });

  it("reply delay: 5 yuan per started 30 s beyond 30 s; at night beyond 60 s", () => {
    const at = (delaySeconds: number, night = false) => fineAmount({ rule: "reply-delay", delaySeconds, night }, F, R).amountFen;
    expect([at(30), at(31), at(60), at(61), at(90), at(91)]).toEqual([0, 500, 500, 1000, 1000, 1500]);
    expect([at(60, true), at(61, true), at(90, true), at(91, true)]).toEqual([0, 500, 500, 1000]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 3600 }), fc.integer({ min: 1, max: 600 }), (d, extra) => at(d + extra) >= at(d)));
  });

  it("order-entry errors: 20 yuan before production, 50 after, a loss above 500 yuan at cost", () => {
    const at = (rule: "order-error-before-production" | "order-error-after-production", lossFen: number) => fineAmount({ rule, lossFen }, F, R).amountFen;
    expect([at("order-error-before-production", 0), at("order-error-after-production", 30000), at("order-error-after-production", 50000), at("order-error-after-production", 50001)]).toEqual([
      2000, 5000, 5000, 50001,
    ]);
    expect(fineAmount({ rule: "late-to-production" }, F, R).amountFen).toBe(2000);
    expect(fineAmount({ rule: "free", amountFen: 1234 }, F, R).amountFen).toBe(1234);
  });
});
