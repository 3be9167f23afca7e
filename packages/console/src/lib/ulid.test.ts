import { describe, expect, it } from "vitest";
import { newUlid } from "./ulid";

describe("newUlid", () => {
  it("is 26 characters of Crockford base 32, time first", () => {
    const id = newUlid(Date.UTC(2026, 0, 1));
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(newUlid(Date.UTC(2027, 0, 1)) > id).toBe(true);
  });
});
