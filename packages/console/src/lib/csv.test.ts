import { describe, expect, it } from "vitest";
import { allPages, csvCell, toCsv } from "./csv";

describe("csv", () => {
  it("starts with a byte-order mark, quotes what needs it and ends lines with CRLF", () => {
    const csv = toCsv([{ header: "名称", value: (r: { name: string; qty: number }) => r.name }, { header: "数量", value: (r) => r.qty }], [
      { name: 'T恤 "白", L', qty: 3 },
    ]);
    expect(csv).toBe('\uFEFF名称,数量\r\n"T恤 ""白"", L",3\r\n');
  });

  it("keeps long digit strings whole, defuses formulas but not negative numbers", () => {
    expect(csvCell("6901234567892")).toBe('="6901234567892"');
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("-3")).toBe("-3");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(undefined)).toBe("");
  });

  it("follows the cursor to the end, or stops at the cap and says so", async () => {
    const pages: Record<string, { items: number[]; cursor: string | null }> = { "": { items: [1, 2], cursor: "b" }, b: { items: [3], cursor: null } };
    expect(await allPages(async (c) => pages[c ?? ""]!)).toEqual({ items: [1, 2, 3], truncated: false });
    expect(await allPages(async (c) => pages[c ?? ""]!, 2)).toEqual({ items: [1, 2], truncated: true });
  });
});
