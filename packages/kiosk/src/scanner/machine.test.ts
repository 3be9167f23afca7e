// @vitest-environment node
import { describe, expect, it } from "vitest";
import { GS, INITIAL, scansOf, step, type KeyInput, type ScannerConfig } from "./machine";

const config: ScannerConfig = { maxInterKeyMs: 35, minLength: 4, gs1Substitute: "" };

/** Keys as a scanner sends them: `gap` ms apart from `start`, Enter at the end. */
function burst(text: string, start = 0, gap = 5, end = "Enter"): KeyInput[] {
  const keys = [...text].map((key, i) => ({ key, at: start + i * gap }));
  return [...keys, { key: end, at: start + text.length * gap }];
}

/** Keys as a person types them. */
const typed = (text: string, start = 0, gap = 180) => burst(text, start, gap);

describe("scanner machine", () => {
  it("turns a fast burst ended by Enter into one scan", () => {
    expect(scansOf(burst("DWB7DMNE56VJK"), config)).toEqual(["DWB7DMNE56VJK"]);
  });

  it("accepts Tab as the end of a scan", () => {
    expect(scansOf(burst("1234567", 0, 5, "Tab"), config)).toEqual(["1234567"]);
  });

  it("ignores a person typing, even the same characters and Enter", () => {
    expect(scansOf(typed("DWB7DMNE56VJK"), config)).toEqual([]);
  });

  it("ignores bursts shorter than the minimum length", () => {
    expect(scansOf(burst("123"), config)).toEqual([]);
    expect(scansOf(burst("1234"), config)).toEqual(["1234"]);
  });

  it("uses the configured threshold: a slow Bluetooth scanner needs a larger one", () => {
    const slow = burst("ABCDEFGH", 0, 60);
    expect(scansOf(slow, config)).toEqual([]);
    expect(scansOf(slow, { ...config, maxInterKeyMs: 80 })).toEqual(["ABCDEFGH"]);
  });

  it("counts a gap equal to the threshold as fast", () => {
    expect(scansOf(burst("ABCD", 0, 35), config)).toEqual(["ABCD"]);
    expect(scansOf(burst("ABCD", 0, 36), config)).toEqual([]);
  });

  it("drops typing that came before a scan and keeps the scan", () => {
    const keys = [...typed("xy", 0), ...burst("PARCEL0001", 1000)].filter((k, i) => !(i === 2 && k.key === "Enter"));
    expect(scansOf(keys, config)).toEqual(["PARCEL0001"]);
  });

  it("keeps two scans that follow each other at scanner speed apart", () => {
    const first = burst("AAAA1111", 0);
    const second = burst("BBBB2222", first.at(-1)!.at + 3);
    expect(scansOf([...first, ...second], config)).toEqual(["AAAA1111", "BBBB2222"]);
  });

  it("is not broken by Shift presses inside a burst", () => {
    const keys: KeyInput[] = [
      { key: "Shift", at: 0 },
      { key: "D", at: 1 },
      { key: "Shift", at: 3 },
      { key: "W", at: 4 },
      { key: "B", at: 8 },
      { key: "1", at: 12 },
      { key: "Enter", at: 16 },
    ];
    expect(scansOf(keys, config)).toEqual(["DWB1"]);
  });

  it("needs the terminator to come at scanner speed too", () => {
    const keys = burst("ABCDEFG").map((k) => (k.key === "Enter" ? { ...k, at: k.at + 500 } : k));
    expect(scansOf(keys, config)).toEqual([]);
  });

  it("passes GS through and turns the configured substitute into GS", () => {
    expect(scansOf(burst(`0109501101530003${GS}10ABC`), config)).toEqual([`0109501101530003${GS}10ABC`]);
    const substituted = { ...config, gs1Substitute: "~" };
    expect(scansOf(burst("0109501101530003~10ABC"), substituted)).toEqual([`0109501101530003${GS}10ABC`]);
  });

  it("asks the page to ignore keys inside a burst and the Enter that ends a scan, not a person's keys", () => {
    let state = INITIAL;
    const swallowed: boolean[] = [];
    for (const input of burst("ABCD")) {
      const result = step(state, input, config);
      state = result.state;
      swallowed.push(result.swallow);
    }
    // The first key cannot be told from typing yet; the rest can.
    expect(swallowed).toEqual([false, true, true, true, true]);
    expect(step(INITIAL, { key: "Enter", at: 0 }, config).swallow).toBe(false);
  });
});
