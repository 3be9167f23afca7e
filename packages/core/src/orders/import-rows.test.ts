import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanCell, parseCsv } from "./csv";
import { exportTimeToUtc, mapHeaders, rowToTrade, statusFromExport } from "./import-rows";

const HEADER = "订单编号,买家会员名,买家实际支付金额,订单状态,买家留言,收货人姓名,收货地址 ,联系手机,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝种类,订单备注,宝贝总数量";

describe("CSV", () => {
  it("reads quotes, doubled quotes, commas and line breaks inside quotes, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""","line1\nline2"\r\n\r\n1,\n')).toEqual([
      ["a", "b"],
      ['x, "y"', "line1\nline2"],
      ["1", ""],
    ]);
  });

  it("round-trips any table written with quoting", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "中", ",", '"', "\n", " ", "1") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
        const text = table.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\r\n");
        expect(parseCsv(text)).toEqual(table);
      }),
    );
  });

  it("takes off a spreadsheet's protection of long numbers", () => {
    expect(['="4234567890123456789"', "'13800000000", "\t42 "].map(cleanCell)).toEqual(["4234567890123456789", "13800000000", "42"]);
  });
});

describe("the seller centre's export", () => {
  it("maps header variants (spaces, width, a bracketed unit, older names) and names what is missing", () => {
    expect(mapHeaders(HEADER.split(",")).missing).toEqual([]);
    const variant = mapHeaders(["订单号", "买家昵称", "实付金额（元）", "交易状态", "收货人", "详细地址", "手机", "下单时间", "商家备注"]);
    expect(variant.columns).toMatchObject({ tid: 0, buyerNick: 1, payment: 2, status: 3, receiverName: 4, address: 5, mobile: 6, created: 7, sellerMemo: 8 });
    expect(mapHeaders(["订单编号", "宝贝标题"]).missing).toEqual(["status", "created"]);
  });

  it("reads the export's status wording, old and new", () => {
    expect(
      ["等待买家付款", "买家已付款，等待卖家发货", "等待卖家发货", "卖家已发货，等待买家确认", "交易成功", "交易关闭", "付款以前，卖家或买家主动关闭交易", "WAIT_SELLER_SEND_GOODS", "退款中"].map(statusFromExport),
    ).toEqual(["WAIT_BUYER_PAY", "WAIT_SELLER_SEND_GOODS", "WAIT_SELLER_SEND_GOODS", "WAIT_BUYER_CONFIRM_GOODS", "TRADE_FINISHED", "TRADE_CLOSED", "TRADE_CLOSED_BY_TAOBAO", "WAIT_SELLER_SEND_GOODS", undefined]);
  });

  it("reads times as written and as a spreadsheet rewrites them (GMT+8)", () => {
    expect(exportTimeToUtc("2026-11-11 00:00:03")).toBe("2026-11-10T16:00:03.000Z");
    expect(exportTimeToUtc("2026/11/11 8:05")).toBe("2026-11-11T00:05:00.000Z");
    expect(exportTimeToUtc("11/11/2026")).toBeUndefined();
  });

  it("turns a row into a trade, and refuses a row with the field and the reason", () => {
    const { columns } = mapHeaders(HEADER.split(","));
    const row = ['="4234567890123456789"', "买家甲", "208.00", "买家已付款，等待卖家发货", "尽快发货", "张三", "浙江省 杭州市 西湖区 文三路 90号(310000)", "'13800000000", "2026-11-11 00:00:01", "2026-11-11 00:00:03", "T恤", "1", "#1011", "2"];
    const ok = rowToTrade(row, columns);
    expect(ok).toMatchObject({
      ok: true,
      at: "2026-11-10T16:00:03.000Z",
      trade: {
        tid: "4234567890123456789",
        status: "WAIT_SELLER_SEND_GOODS",
        paymentFen: 20800,
        sellerMemo: "#1011",
        buyerMessage: "尽快发货",
        receiver: { name: "张三", mobile: "13800000000", state: "浙江省", city: "杭州市", district: "西湖区", address: "文三路 90号", zip: "310000" },
        lines: [{ oid: "4234567890123456789", title: "T恤", num: 2 }],
      },
    });
    const broken = (i: number, value: string) => rowToTrade(row.map((c, j) => (j === i ? value : c)), columns);
    expect(broken(0, "4.23457E+18")).toMatchObject({ ok: false, field: "tid" });
    expect(broken(0, "")).toMatchObject({ ok: false, field: "tid" });
    expect(broken(3, "退款中")).toMatchObject({ ok: false, field: "status", tid: "4234567890123456789" });
    expect(broken(8, "yesterday")).toMatchObject({ ok: false, field: "created" });
    expect(broken(9, "")).toMatchObject({ ok: true, trade: { paidAt: undefined } });
    expect(broken(2, "two hundred")).toMatchObject({ ok: false, field: "payment" });
  });
});
