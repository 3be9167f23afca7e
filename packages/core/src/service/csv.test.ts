import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("CSV export", () => {
  it("starts with a BOM, quotes what needs quoting and defuses formulas", () => {
    const csv = toCsv(["姓名", "备注"], [["周售前", 'say "hi", then\nleave'], ["=SUM(A1)", -5], [null, true]]);
    expect(csv.startsWith("\uFEFF姓名,备注\r\n")).toBe(true);
    expect(csv).toContain('周售前,"say ""hi"", then\nleave"\r\n');
    expect(csv).toContain("'=SUM(A1),-5\r\n");
    expect(csv.endsWith(",true\r\n")).toBe(true);
  });

  it("every row has as many fields as the header, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), { maxLength: 10 }), (rows) => {
        const csv = toCsv(["a", "b", "c"], rows).slice(1);
        // A minimal RFC 4180 reader: count fields per record.
        const records: number[] = [];
        let fields = 1;
        let quoted = false;
        for (let i = 0; i < csv.length; i++) {
          const ch = csv[i];
          if (quoted) {
            if (ch === '"' && csv[i + 1] === '"') i++;
            else if (ch === '"') quoted = false;
          } else if (ch === '"') quoted = true;
          else if (ch === ",") fields++;
          else if (ch === "\r" && csv[i + 1] === "\n") {
            records.push(fields);
            fields = 1;
            i++;
          }
        }
        return records.length === rows.length + 1 && records.every((n) => n === 3);
      }),
    );
  });
});
