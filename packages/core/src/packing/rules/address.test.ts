import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressKey, normalisePhone, normaliseReceiver, normaliseText, stripAdminSuffix, type Receiver } from "./address";

const base: Receiver = {
  name: "张三",
  phone: "13800138000",
  state: "浙江省",
  city: "杭州市",
  district: "西湖区",
  address: "文三路100号3-2-501",
};

describe("the same door, written differently, gives the same key", () => {
  it.each<[string, Partial<Receiver>]>([
    ["full-width digits and letters", { address: "文三路１００号３－２－５０１" }],
    ["spaces and punctuation", { address: " 文三路 100号, 3-2-501。", name: " 张 三 " }],
    ["regions repeated in the street address", { address: "浙江省杭州市西湖区文三路100号3-2-501" }],
    ["regions repeated without suffixes", { address: "浙江 杭州 西湖区 文三路100号3 2 501" }],
    ["regions given without suffixes", { state: "浙江", city: "杭州", district: "西湖" }],
    ["phone with country code, spaces and dashes", { phone: "+86 138-0013-8000" }],
    ["phone with 0086 and full-width digits", { phone: "0086１３８００１３８０００" }],
  ])("%s", (_, change) => {
    expect(addressKey({ ...base, ...change })).toBe(addressKey(base));
  });

  it("the mobile counts when there is one, the landline otherwise", () => {
    expect(addressKey({ ...base, phone: undefined, mobile: "+86 13800138000" })).toBe(addressKey(base));
    expect(addressKey({ ...base, phone: "0571-88888888", mobile: "13800138000" })).toBe(addressKey(base));
  });

  it("municipalities that repeat themselves as city", () => {
    const a = { ...base, state: "北京", city: "北京市", district: "朝阳区", address: "建国路88号" };
    const b = { ...base, state: "北京市", city: "市辖区", district: "朝阳区", address: "北京市朝阳区建国路88号" };
    expect(addressKey(a)).toBe(addressKey(b));
  });

  it("autonomous regions lose their long suffix", () => {
    expect(stripAdminSuffix("广西壮族自治区")).toBe("广西");
    expect(stripAdminSuffix("新疆维吾尔自治区")).toBe("新疆");
    expect(stripAdminSuffix("沙市区")).toBe("沙市");
    expect(stripAdminSuffix("沙市")).toBe("沙市");
  });
});

describe("different doors stay apart", () => {
  it.each<[string, Partial<Receiver>]>([
    ["another flat", { address: "文三路100号3-2-502" }],
    ["another receiver", { name: "李四" }],
    ["another phone", { phone: "13900139000" }],
    ["another district", { district: "拱墅区" }],
  ])("%s", (_, change) => {
    expect(addressKey({ ...base, ...change })).not.toBe(addressKey(base));
  });

  it("digit groups keep their separator, so 3-25-01 and 32-50-1 differ", () => {
    expect(normaliseText("3-25-01")).not.toBe(normaliseText("32-50-1"));
  });
});

const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.stringMatching(/^[\d\- ，,。．省市区县A-Za-z０-９Ａ-Ｚ文三路号]{0,20}$/),
);
const receiver = fc.record({
  name: text,
  phone: fc.oneof(text, fc.stringMatching(/^(\+?86|0086)?[ -]?1\d{2}[ -]?\d{4}[ -]?\d{4}$/)),
  state: fc.option(fc.oneof(text, fc.constantFrom("浙江省", "北京市", "广西壮族自治区", "上海")), { nil: undefined }),
  city: fc.option(fc.oneof(text, fc.constantFrom("杭州市", "市辖区", "北京", "沙市")), { nil: undefined }),
  district: fc.option(fc.oneof(text, fc.constantFrom("西湖区", "朝阳区", "沙市区")), { nil: undefined }),
  town: fc.option(text, { nil: undefined }),
  address: text,
});

describe("normalisation is idempotent", () => {
  it("text", () => {
    fc.assert(fc.property(text, (value) => normaliseText(normaliseText(value)) === normaliseText(value)), { numRuns: 2000 });
  });

  it("phone", () => {
    fc.assert(fc.property(text, (value) => normalisePhone(normalisePhone(value)) === normalisePhone(value)), { numRuns: 1000 });
  });

  it("receiver: normalising the normalised receiver changes nothing", () => {
    fc.assert(
      fc.property(receiver, (r) => {
        const once = normaliseReceiver(r);
        const [state, city, district, town] = once.regions;
        const twice = normaliseReceiver({ name: once.name, mobile: once.phone, state, city, district, town, address: once.street });
        expect(twice).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("the key ignores the width and spacing of every field", () => {
    const toFullWidth = (value: string) =>
      value.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
    fc.assert(
      fc.property(receiver, (r) => {
        const wide: Receiver = {
          name: toFullWidth(r.name),
          phone: r.phone && toFullWidth(r.phone),
          state: r.state && toFullWidth(r.state),
          city: r.city && toFullWidth(r.city),
          district: r.district && toFullWidth(r.district),
          town: r.town && toFullWidth(r.town),
          address: toFullWidth(r.address),
        };
        expect(addressKey(wide)).toBe(addressKey(r));
      }),
      { numRuns: 1000 },
    );
  });
});
