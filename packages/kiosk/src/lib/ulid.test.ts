// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ulid, ULID_PATTERN } from "./ulid";

describe("ulid", () => {
  it("makes 26 Crockford base-32 characters with the time first", () => {
    const id = ulid(Date.UTC(2026, 10, 11));
    expect(id).toMatch(ULID_PATTERN);
    expect(ulid(Date.UTC(2027, 0, 1)) > id).toBe(true);
  });

  it("sorts keys made within one millisecond in the order they were made", () => {
    const at = Date.UTC(2028, 0, 1);
    const ids = Array.from({ length: 500 }, () => ulid(at));
    expect(new Set(ids).size).toBe(500);
    expect([...ids].sort()).toEqual(ids);
  });

  it("never goes backwards when the clock does", () => {
    const first = ulid(Date.UTC(2029, 0, 1));
    expect(ulid(Date.UTC(2029, 0, 1) - 5000) > first).toBe(true);
  });
});
