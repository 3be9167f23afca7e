/**
 * JSON.parse for the shop platform's messages. Taobao's tids, oids and message ids are int64 and
 * exceed 2^53, so a plain JSON.parse silently rounds them (4234567890123456789 → …800). Integer
 * literals longer than 15 digits are quoted before parsing, so they arrive as exact strings; every
 * shorter integer is a safe JS number and stays one. Strings are copied untouched (escapes included).
 */
const MAX_EXACT_DIGITS = 15;

export function quoteLongIntegers(text: string): string {
  const out: string[] = [];
  let copiedUpTo = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      i = skipString(text, i);
      continue;
    }
    if (ch === "-" || (ch >= "0" && ch <= "9")) {
      const start = i;
      while (i < text.length && /[-+0-9.eE]/.test(text[i]!)) i++;
      const token = text.slice(start, i);
      if (/^-?\d+$/.test(token) && token.replace("-", "").length > MAX_EXACT_DIGITS) {
        out.push(text.slice(copiedUpTo, start), `"${token}"`);
        copiedUpTo = i;
      }
      continue;
    }
    i++;
  }
  out.push(text.slice(copiedUpTo));
  return out.join("");
}

/** Index just past the string literal that opens at `start` (or the end of the text if unterminated). */
function skipString(text: string, start: number) {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "\\") i += 2;
    else if (ch === '"') return i + 1;
    else i++;
  }
  return i;
}

/** Parses JSON keeping long integers exact (as strings). Throws SyntaxError like JSON.parse. */
export function parseExact(text: string): unknown {
  return JSON.parse(quoteLongIntegers(text));
}
