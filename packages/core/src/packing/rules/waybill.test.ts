import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carrierFromName, carriersFor, checkWaybill, isValidS10, normaliseWaybill, s10CheckDigit, type Carrier } from "./waybill";

describe("waybill formats, with the sources' own examples", () => {
  it.each<[string, Carrier]>([
    ["SF1385628716739", "SF"],
    ["73610555582883", "ZTO"],
    ["YT8962646785389", "YTO"],
    ["773277027280336", "STO"],
    ["463431409940372", "YUNDA"],
    ["462598779470531", "YUNDA"],
    ["1207119765021", "EMS"],
    ["1240921381750", "EMS"],
    ["EE473124829CN", "EMS"],
    ["JDX024407261700", "JD"],
    ["JDVA11408814483", "JD"],
    ["JT5261988016578", "JT"],
  ])("%s is %s and nothing else", (number, carrier) => {
    expect(carriersFor(number)).toEqual([carrier]);
    expect(checkWaybill(number)).toEqual({ ok: true, number, carrier });
  });

  it("numbers several carriers use need the carrier named", () => {
    const check = checkWaybill("550123456789"); // 12 digits: old SF and ZTO's 55… series
    expect(check).toEqual({ ok: false, code: "waybill.ambiguous", candidates: ["SF", "ZTO"] });
    expect(checkWaybill("550123456789", "ZTO")).toEqual({ ok: true, number: "550123456789", carrier: "ZTO" });
    expect(checkWaybill("5012345678901")).toMatchObject({ ok: false, code: "waybill.ambiguous", candidates: ["YUNDA", "EMS"] });
  });

  it("refuses what fits no carrier, and a number of another carrier", () => {
    expect(checkWaybill("5685685685685685")).toMatchObject({ ok: false, code: "waybill.format" });
    expect(checkWaybill("hello")).toMatchObject({ ok: false, code: "waybill.format" });
    expect(checkWaybill("")).toMatchObject({ ok: false, code: "waybill.format" });
    expect(checkWaybill("JT5261988016578", "SF")).toMatchObject({ ok: false, code: "waybill.carrier-mismatch", candidates: ["JT"] });
  });

  it("reads what scanners and spreadsheets hand over", () => {
    expect(normaliseWaybill(" sf 1385 6287-16739\t")).toBe("SF1385628716739");
    expect(normaliseWaybill("ＪＴ５２６１９８８０１６５７８")).toBe("JT5261988016578");
  });

  it("names carriers the way people and exports write them", () => {
    expect(carrierFromName("顺丰速运")).toBe("SF");
    expect(carrierFromName("中通快递")).toBe("ZTO");
    expect(carrierFromName("zto")).toBe("ZTO");
    expect(carrierFromName("圆通")).toBe("YTO");
    expect(carrierFromName("申通快递")).toBe("STO");
    expect(carrierFromName("韵达")).toBe("YUNDA");
    expect(carrierFromName("京东快递")).toBe("JD");
    expect(carrierFromName("中国邮政")).toBe("EMS");
    expect(carrierFromName("EMS经济快递")).toBe("EMS");
    expect(carrierFromName("J&T 极兔")).toBe("JT");
    expect(carrierFromName("德邦")).toBeUndefined();
    expect(carrierFromName("")).toBeUndefined();
  });
});

describe("UPU S10 check digit", () => {
  it("matches the standard's worked example (47312482 → 9)", () => {
    expect(s10CheckDigit("47312482")).toBe(9);
  });

  const letters = fc.stringMatching(/^[A-Z]{2}$/);
  const serial = fc.stringMatching(/^\d{8}$/);

  it("a generated identifier with its check digit is valid EMS", () => {
    fc.assert(
      fc.property(letters, serial, letters, (service, digits, country) => {
        const id = `${service}${digits}${s10CheckDigit(digits)}${country}`;
        return isValidS10(id) && carriersFor(id).includes("EMS");
      }),
    );
  });

  const weightedSum = (digits: string) => [8, 6, 4, 2, 3, 5, 9, 7].reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11;

  it("changing any one digit makes it invalid, except the standard's one blind spot", () => {
    fc.assert(
      fc.property(letters, serial, letters, fc.integer({ min: 2, max: 10 }), fc.integer({ min: 1, max: 9 }), (service, digits, country, at, delta) => {
        const id = `${service}${digits}${s10CheckDigit(digits)}${country}`;
        const flipped = id.slice(0, at) + ((Number(id[at]) + delta) % 10) + id.slice(at + 1);
        // Sums of 0 and 6 (mod 11) both give check digit 5 (11 → 5 and 11 − 6): a serial change
        // between those two classes goes unnoticed, by the standard's own design.
        const sums = [weightedSum(digits), weightedSum(flipped.slice(2, 10))].sort().join();
        const blindSpot = at < 10 && sums === "0,6";
        expect(isValidS10(flipped)).toBe(blindSpot);
        if (!blindSpot) expect(checkWaybill(flipped)).toMatchObject({ ok: false, code: "waybill.s10-check" });
      }),
      { numRuns: 2000 },
    );
    expect(isValidS10("EE000000005CN")).toBe(true);
    expect(isValidS10("EE000300005CN")).toBe(true); // one digit from the line above, same check digit
  });

  it("the check digit is always a single digit", () => {
    fc.assert(fc.property(serial, (digits) => s10CheckDigit(digits) >= 0 && s10CheckDigit(digits) <= 9));
  });
});
