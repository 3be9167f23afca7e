/** Money is stored in integer fen (分) and shown in yuan (元) with two decimals. */
export function fenToYuan(fen: number) {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(Math.round(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * Yuan as typed ("12", "12.5", "12.50", "¥12") to fen, or undefined when it is not an amount.
 * Parsed as text, not as a float, so 0.29 yuan is 29 fen and not 28.999….
 */
export function parseYuan(text: string): number | undefined {
  const match = /^\s*[¥￥]?\s*(\d{1,9})(?:\.(\d{0,2}))?\s*$/.exec(text);
  if (!match) return undefined;
  const [, whole = "0", fraction = ""] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}
