import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classify, compareSizes, gtinCheckDigit, isValidGtin, newInternalCode, newUnitCode } from "./rules";

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));

describe("GTIN check digits", () => {
  it("knows real labels", () => {
    expect(isValidGtin("4006381333931")).toBe(true); // EAN-13 on a Stabilo pen
    expect(isValidGtin("6901234567892")).toBe(true); // a 690 (China) prefix
    expect(isValidGtin("036000291452")).toBe(true); // UPC-A
    expect(isValidGtin("4006381333932")).toBe(false);
  });

  it("a body plus its check digit is valid, and every other last digit is not", () => {
    fc.assert(
      fc.property(fc.oneof(digits(11), digits(12)), fc.integer({ min: 0, max: 9 }), (body, last) => {
        const valid = body + gtinCheckDigit(body);
        expect(isValidGtin(valid)).toBe(true);
        expect(isValidGtin(body + last)).toBe(last === gtinCheckDigit(body));
      }),
    );
  });

  it("catches every single-digit typo", () => {
    fc.assert(
      fc.property(digits(12), fc.nat(12), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const code = body + gtinCheckDigit(body);
        const typo = code.slice(0, at) + ((Number(code[at]) + delta) % 10) + code.slice(at + 1);
        expect(isValidGtin(typo)).toBe(false);
      }),
    );
  });
});

describe("classifying a scanned or entered code", () => {
  it("stores a UPC-A under its EAN-13 form, so both scans find it in one read", () => {
    expect(classify("036000291452")).toEqual({ ok: true, code: "0036000291452", kind: "upca" });
    expect(classify("0036000291452")).toEqual({ ok: true, code: "0036000291452", kind: "upca" });
    expect(classify("6901234567892")).toEqual({ ok: true, code: "6901234567892", kind: "ean13" });
  });

  it("refuses wrong check digits, badges, unprintable characters and our reserved prefixes", () => {
    expect(classify("6901234567893")).toEqual({ ok: false, reason: "check-digit" });
    expect(classify("DWB23456789AB")).toEqual({ ok: false, reason: "badge" });
    expect(classify("ab c")).toEqual({ ok: false, reason: "characters" });
    expect(classify("abc")).toEqual({ ok: false, reason: "length" });
    expect(classify(newInternalCode(), false)).toEqual({ ok: false, reason: "reserved-prefix" });
    expect(classify("DWSHELLO")).toEqual({ ok: false, reason: "reserved-prefix" });
  });

  it("generated internal and unit codes classify as themselves", () => {
    for (let i = 0; i < 50; i++) {
      const internal = newInternalCode();
      const unit = newUnitCode();
      expect(classify(internal)).toEqual({ ok: true, code: internal, kind: "internal" });
      expect(classify(unit.toLowerCase())).toEqual({ ok: true, code: unit, kind: "unit" });
    }
  });

  it("any printable supplier code of sensible length is a Code 128", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][\x21-\x7e]{3,40}$/), (code) => {
        fc.pre(!/^DW[SUB]/i.test(code));
        expect(classify(code)).toEqual({ ok: true, code, kind: "code128" });
      }),
    );
  });
});

describe("size order", () => {
  it("reads like a size chart", () => {
    const sizes = ["XL", "S", "均码", "L", "2XL", "M", "XS", "28", "26", "3XL", "120"];
    expect([...sizes].sort(compareSizes)).toEqual(["均码", "XS", "S", "M", "L", "XL", "2XL", "3XL", "26", "28", "120"]);
  });

  it("is a total order (antisymmetric and transitive on random sizes)", () => {
    const size = fc.oneof(fc.constantFrom("S", "M", "L", "XL", "XXL", "F", "26", "27.5"), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(size, size, size, (a, b, c) => {
        expect(Math.sign(compareSizes(a, b))).toBe(-Math.sign(compareSizes(b, a)) || 0);
        if (compareSizes(a, b) <= 0 && compareSizes(b, c) <= 0) expect(compareSizes(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
