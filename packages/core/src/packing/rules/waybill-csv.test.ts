import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapColumns, orderNumbers, parseDelimited, plainCell } from "./waybill-csv";

describe("reading the printing service's export", () => {
  it("CSV with a BOM, quotes, doubled quotes, CRLF and blank lines", () => {
    const text = '\uFEFF订单号,运单号,快递公司,备注\r\n"4234567890123456789",SF1385628716739,顺丰速运,"说 ""急"", 今天"\r\n\r\n4234567890123456790,73610555582883,中通快递,\n';
    expect(parseDelimited(text)).toEqual([
      ["订单号", "运单号", "快递公司", "备注"],
      ["4234567890123456789", "SF1385628716739", "顺丰速运", '说 "急", 今天'],
      ["4234567890123456790", "73610555582883", "中通快递", ""],
    ]);
  });

  it("tab-separated when the header has tabs and no commas", () => {
    expect(parseDelimited("订单编号\t快递单号\n1\t2")).toEqual([
      ["订单编号", "快递单号"],
      ["1", "2"],
    ]);
  });

  it("any CSV written the RFC 4180 way reads back cell for cell", () => {
    const cell = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        fc.pre(rows.every((r) => r.some((c) => c.trim() !== "")));
        const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\r\n");
        expect(parseDelimited(text)).toEqual(rows);
      }),
    );
  });

  it("finds the columns under the names different exports use", () => {
    expect(mapColumns(["订单号", "运单号", "快递公司"])).toEqual({ tid: 0, waybill: 1, carrier: 2 });
    expect(mapColumns(["序号", "快递单号", "快递", "平台订单编号"])).toEqual({ waybill: 1, carrier: 2, tid: 3 });
    expect(mapColumns(["物流公司", "物流单号", "交易号 (TID)"])).toEqual({ carrier: 0, waybill: 1, tid: 2 });
    expect(mapColumns(["Order No", "Tracking No", "Courier", "Parcel"])).toEqual({ tid: 0, waybill: 1, carrier: 2, parcel: 3 });
    expect(mapColumns(["包裹号", "面单号"])).toEqual({ parcel: 0, waybill: 1 });
  });

  it("order numbers: exact strings, several per cell, spreadsheet wrappers removed, scientific notation refused", () => {
    expect(orderNumbers("4234567890123456789")).toEqual({ tids: ["4234567890123456789"] });
    expect(orderNumbers('="4234567890123456789"')).toEqual({ tids: ["4234567890123456789"] });
    expect(orderNumbers("'4234567890123456789")).toEqual({ tids: ["4234567890123456789"] });
    expect(orderNumbers("\t4234567890123456789 ")).toEqual({ tids: ["4234567890123456789"] });
    expect(orderNumbers("4234567890123456789,4234567890123456790；4234567890123456789")).toEqual({
      tids: ["4234567890123456789", "4234567890123456790"],
    });
    expect(orderNumbers("4.23457E+18")).toEqual({ problem: "spreadsheet-notation" });
    expect(orderNumbers("abc")).toEqual({ problem: "not-an-order-number" });
    expect(orderNumbers("")).toEqual({ problem: "not-an-order-number" });
  });

  it("plain cells lose the same wrappers", () => {
    expect(plainCell('="SF1385628716739"')).toBe("SF1385628716739");
    expect(plainCell(" 顺丰 ")).toBe("顺丰");
    expect(plainCell(undefined)).toBe("");
  });
});
