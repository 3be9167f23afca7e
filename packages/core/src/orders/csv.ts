/**
 * CSV as spreadsheets write it (RFC 4180): quoted fields with doubled quotes, commas and line
 * breaks inside quotes, CRLF or LF, a byte-order mark at the start. Blank lines are dropped.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
    field = "";
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") endRow();
    else if (ch === "\r") {
      if (text[i + 1] === "\n") i++;
      endRow();
    } else field += ch;
  }
  if (field !== "" || row.length) endRow();
  return rows;
}

/**
 * A cell as spreadsheets protect it from number formatting: `'13800000000`, `="4234567890123456789"`,
 * a leading tab. The protection goes, the value stays (a long order number must not become 4.23E+18).
 */
export function cleanCell(cell: string | undefined): string {
  let value = (cell ?? "").trim();
  const formula = /^="(.*)"$/.exec(value);
  if (formula) value = formula[1]!;
  if (value.startsWith("'")) value = value.slice(1);
  return value.trim();
}
