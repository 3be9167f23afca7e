// @vitest-environment node
import { describe, expect, it } from "vitest";
import { nextSequence } from "./sequence";

const storage = () => {
  const values = new Map<string, string>();
  return { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
};

describe("punch sequence", () => {
  it("goes up by one within a millisecond and never below the time", () => {
    const s = storage();
    expect(nextSequence(1000, s)).toBe(1000);
    expect(nextSequence(1000, s)).toBe(1001);
    expect(nextSequence(5000, s)).toBe(5000);
  });

  it("never repeats a number when the clock goes back", () => {
    const s = storage();
    nextSequence(9000, s);
    expect(nextSequence(100, s)).toBe(9001);
  });

  it("starts above old numbers after the storage was wiped", () => {
    expect(nextSequence(Date.now(), storage())).toBeGreaterThan(1_700_000_000_000);
  });
});
