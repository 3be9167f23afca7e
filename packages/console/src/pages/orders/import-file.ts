/**
 * Reading the seller centre's export in the browser and cutting it into request-sized parts.
 * The export comes as GBK (older downloads, Excel "save as CSV") or UTF-8; the API takes text.
 */

/** UTF-8 when the bytes are valid UTF-8, otherwise GB 18030 (a superset of GBK); no byte-order mark. */
export function decodeExport(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(view);
  } catch {
    text = new TextDecoder("gb18030").decode(view);
  }
  return text.replace(/^\uFEFF/, "");
}

/**
 * The records of a CSV text with their line ends, split only where a record ends: a newline inside
 * a quoted cell (an address, a buyer's message) stays in its record.
 */
export function csvRecords(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === "\n" && !quoted) {
      records.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records.filter((record) => record.trim() !== "");
}

export interface Part {
  csv: string;
  more: boolean;
}

const encoder = new TextEncoder();
/** What a piece of text costs inside the JSON body: UTF-8 bytes plus the escapes JSON adds. */
const jsonBytes = (text: string) => encoder.encode(JSON.stringify(text)).length - 2;

/**
 * Parts of at most `maxBytes` of JSON-encoded CSV each (the API takes 1 MiB per request, with the
 * rest of the body around it): the first carries the header row, the others data rows only, as
 * the API numbers the rows on from the previous part. Every part but the last says `more`.
 */
export function splitIntoParts(text: string, maxBytes = 900_000): Part[] {
  const [header, ...rows] = csvRecords(text);
  if (header === undefined) return [];
  const parts: string[][] = [[header]];
  let size = jsonBytes(header);
  for (const row of rows) {
    const cost = jsonBytes(row);
    if (size + cost > maxBytes && parts.at(-1)!.length > (parts.length === 1 ? 1 : 0)) {
      parts.push([]);
      size = 0;
    }
    parts.at(-1)!.push(row);
    size += cost;
  }
  return parts.map((records, i) => ({ csv: records.join(""), more: i < parts.length - 1 }));
}
