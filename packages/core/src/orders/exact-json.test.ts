import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExact, quoteLongIntegers } from "./exact-json";

describe("exact JSON", () => {
  it("keeps ids over 2^53 exact, where JSON.parse rounds them", () => {
    const text = '{"id":4234567890123456789,"content":"{\\"tid\\":4234567890123456789}","n":12,"price":"9.50"}';
    expect((JSON.parse(text) as { id: number }).id).not.toBe(4234567890123456789n.toString());
    const parsed = parseExact(text) as { id: string; content: string; n: number; price: string };
    expect(parsed.id).toBe("4234567890123456789");
    expect(parsed.n).toBe(12);
    expect(parsed.price).toBe("9.50");
    // The nested content is a string: its digits are untouched and parse exactly in turn.
    expect((parseExact(parsed.content) as { tid: string }).tid).toBe("4234567890123456789");
  });

  it("leaves strings, escapes, negatives, decimals and exponents alone", () => {
    const text = '{"a":"12345678901234567890","b":"say \\"1234567890123456789\\"","c":-98765432109876543,"d":1.2345678901234567,"e":1e21,"f":[1,2]}';
    expect(parseExact(text)).toEqual({
      a: "12345678901234567890",
      b: 'say "1234567890123456789"',
      c: "-98765432109876543",
      d: 1.2345678901234567,
      e: 1e21,
      f: [1, 2],
    });
  });

  it("agrees with JSON.parse on every document without long integers", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        fc.pre(!/\d{16,}/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, "")));
        expect(parseExact(text)).toEqual(JSON.parse(text));
      }),
    );
  });

  it("turns every long integer into its exact digit string", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 15n, max: 2n ** 63n - 1n }), (big) => {
        expect(parseExact(`{"tid":${big}}`)).toEqual({ tid: big.toString() });
        expect(quoteLongIntegers(`[${big}]`)).toBe(`["${big}"]`);
      }),
    );
  });
});
