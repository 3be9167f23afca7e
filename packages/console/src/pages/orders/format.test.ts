import { describe, expect, it } from "vitest";
import { allPages, csvCell, toCsv } from "../../lib/csv";
import { filterFromParams, paramsFromFilter } from "./filter";
import { yuan, yuanPlain } from "./money";
import { shopDateTime, shopDay, shopMonth, shopTime } from "./shop-time";

describe("money in yuan", () => {
  it("formats fen exactly, with thousands and the sign", () => {
    expect(yuan(0)).toBe("¥0.00");
    expect(yuan(5)).toBe("¥0.05");
    expect(yuan(9900)).toBe("¥99.00");
    expect(yuan(123456789)).toBe("¥1,234,567.89");
    expect(yuan(-1050)).toBe("-¥10.50");
    expect(yuan(undefined)).toBe("");
    expect(yuanPlain(123456789)).toBe("1234567.89");
    expect(yuanPlain(-5)).toBe("-0.05");
  });
});

describe("shop time", () => {
  it("shows instants in the shop's zone, not the computer's", () => {
    // 16:30 UTC on 10 November is 00:30 on Singles' Day in Shanghai.
    expect(shopDateTime("2026-11-10T16:30:00.000Z", "Asia/Shanghai")).toBe("2026-11-11 00:30");
    expect(shopDay("2026-11-10T16:30:00.000Z", "Asia/Shanghai")).toBe("2026-11-11");
    expect(shopMonth("2026-11-30T16:00:00.000Z", "Asia/Shanghai")).toBe("2026-12");
    expect(shopTime("2026-11-10T16:30:00.000Z", "Europe/Berlin")).toBe("17:30");
    expect(shopDateTime("not a time", "Asia/Shanghai")).toBe("");
  });
});

describe("CSV for Excel", () => {
  it("starts with a byte-order mark, quotes what needs quoting, ends lines with CRLF", () => {
    const csv = toCsv(
      [
        { header: "订单号", value: (r: { tid: string; note: string; n: number }) => r.tid },
        { header: "备注", value: (r) => r.note },
        { header: "数量", value: (r) => r.n },
      ],
      [{ tid: "4190000000000000011", note: '送"小礼物", 谢谢\n加急', n: 2 }],
    );
    expect(csv.startsWith("\uFEFF订单号,备注,数量\r\n")).toBe(true);
    expect(csv).toContain('="4190000000000000011","送""小礼物"", 谢谢\n加急",2\r\n');
  });

  it("keeps long numbers as text and defuses formulas", () => {
    expect(csvCell("4190000000000000011")).toBe('="4190000000000000011"');
    expect(csvCell("12345")).toBe("12345");
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-1+2")).toBe("'-1+2");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });

  it("reads every page for an export, up to the cap", async () => {
    const pages = { start: { items: [1, 2], cursor: "b" }, b: { items: [3, 4], cursor: "c" }, c: { items: [5], cursor: null } };
    const all = await allPages(async (cursor) => pages[(cursor ?? "start") as keyof typeof pages]);
    expect(all).toEqual({ items: [1, 2, 3, 4, 5], truncated: false });
    const capped = await allPages(async (cursor) => pages[(cursor ?? "start") as keyof typeof pages], 3);
    expect(capped).toEqual({ items: [1, 2, 3], truncated: true });
  });
});

describe("order list filter in the address", () => {
  it("round-trips and drops what the API would refuse", () => {
    const filter = { status: "WAIT_BUYER_PAY" as const, flag: 1, intercepted: false, unpaidDue: true, buyerNick: "小美" };
    expect(filterFromParams(paramsFromFilter(filter))).toEqual(filter);
    expect(filterFromParams({ status: "nonsense", flag: "9", month: "2026-13", intercepted: "maybe" })).toEqual({});
    // unpaid-due lists unpaid orders only: another status is dropped rather than sent.
    expect(filterFromParams({ status: "packed", unpaidDue: "true" })).toEqual({ unpaidDue: true });
    expect(filterFromParams({ month: "2026-11", flag: "0" })).toEqual({ month: "2026-11", flag: 0 });
  });
});
