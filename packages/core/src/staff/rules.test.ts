import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLocked, lockAfterFailure, LOCKOUT, passwordProblem, STAFF_NO_PATTERN } from "./rules";

describe("lock-out", () => {
  it("locks exactly from the fifth failure on, for fifteen minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.date({ min: new Date("2020-01-01"), max: new Date("2040-01-01"), noInvalidDate: true }), (failures, now) => {
        const until = lockAfterFailure(failures, now);
        if (failures < LOCKOUT.maxFailures) return until === undefined;
        return new Date(until!).getTime() - now.getTime() === LOCKOUT.lockMinutes * 60_000;
      }),
    );
  });

  it("a lock holds until its time and not a millisecond after", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: -(10 ** 6), max: 10 ** 6 }), (base, offset) => {
        const until = new Date(base * 1000).toISOString();
        const now = new Date(base * 1000 + offset);
        return isLocked(until, now) === offset < 0;
      }),
    );
    expect(isLocked(undefined, new Date())).toBe(false);
  });
});

describe("password rules", () => {
  it("refuses short, staff-number-containing and one-character passwords; accepts others", () => {
    expect(passwordProblem("short", "1001")).toMatch(/at least/);
    expect(passwordProblem("abc1001xyz", "1001")).toMatch(/staff number/);
    expect(passwordProblem("aaaaaaaaaa", "1001")).toMatch(/repeat/);
    expect(passwordProblem("correct horse", "1001")).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ minLength: 8, maxLength: 60 }), (candidate) => {
        fc.pre(!candidate.includes("1001") && !/^(.)\1*$/.test(candidate));
        return passwordProblem(candidate, "1001") === undefined;
      }),
    );
  });

  it("staff numbers are 3 to 8 digits", () => {
    expect(["101", "1001", "12345678"].every((n) => STAFF_NO_PATTERN.test(n))).toBe(true);
    expect(["10", "123456789", "10a1", "", " 1001"].some((n) => STAFF_NO_PATTERN.test(n))).toBe(false);
  });
});
