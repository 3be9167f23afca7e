import { describe, expect, it } from "vitest";
import { csvRecords, decodeExport, splitIntoParts } from "./import-file";

const HEADER = "订单编号,买家会员名,收货地址,订单状态,订单创建时间\r\n";
const row = (i: number, address = "浙江省 杭州市 文三路90号") => `"41900000000000${String(i).padStart(5, "0")}",买家${i},"${address}",买家已付款,2026-11-11 00:00:0${i % 10}\r\n`;

describe("the seller centre's export in the browser", () => {
  it("decodes UTF-8 (with or without a byte-order mark) and GBK", () => {
    const utf8 = new TextEncoder().encode("\uFEFF订单编号,状态\n1,已付款\n");
    expect(decodeExport(utf8)).toBe("订单编号,状态\n1,已付款\n");
    // "订单" in GBK: B6 A9 B5 A5.
    expect(decodeExport(new Uint8Array([0xb6, 0xa9, 0xb5, 0xa5]))).toBe("订单");
  });

  it("splits records only where they end, never inside a quoted cell", () => {
    const text = HEADER + row(1, "文三路90号\n3单元501") + row(2);
    const records = csvRecords(text);
    expect(records).toHaveLength(3);
    expect(records[1]).toContain("文三路90号\n3单元501");
    expect(records.join("")).toBe(text);
  });

  it("cuts a large file into parts under the limit: header first, data rows after, every row once", () => {
    const rows = Array.from({ length: 300 }, (_, i) => row(i, `地址${"很长".repeat(i % 7)}\n第二行 "引号"`.replace(/"/g, '""')));
    const text = HEADER + rows.join("");
    const parts = splitIntoParts(text, 4_000);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts[0]!.csv.startsWith(HEADER)).toBe(true);
    expect(parts.slice(1).every((p) => !p.csv.startsWith("订单编号"))).toBe(true);
    expect(parts.map((p) => p.more)).toEqual([...parts.slice(1).map(() => true), false]);
    expect(parts.map((p) => p.csv).join("")).toBe(text);
    for (const part of parts) expect(new TextEncoder().encode(JSON.stringify(part.csv)).length - 2).toBeLessThanOrEqual(4_000);
  });

  it("sends a small file as one part and an empty one as none", () => {
    expect(splitIntoParts(HEADER + row(1))).toEqual([{ csv: HEADER + row(1), more: false }]);
    expect(splitIntoParts("")).toEqual([]);
  });
});
