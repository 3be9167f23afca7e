/**
 * Money arrives in integer fen (分) and is shown in yuan. Done with integers, not `fen / 100`,
 * so no amount ever shows a binary rounding artefact.
 */
export function yuan(fen: number | undefined | null): string {
  if (fen === undefined || fen === null || !Number.isFinite(fen)) return "";
  const whole = Math.round(fen);
  const sign = whole < 0 ? "-" : "";
  const abs = Math.abs(whole);
  const units = Math.floor(abs / 100).toLocaleString("en-US");
  return `${sign}¥${units}.${String(abs % 100).padStart(2, "0")}`;
}

/** The plain decimal for CSV cells ("1234.50"), where a currency sign would stop a spreadsheet summing it. */
export function yuanPlain(fen: number | undefined | null): string {
  if (fen === undefined || fen === null || !Number.isFinite(fen)) return "";
  const whole = Math.round(fen);
  const abs = Math.abs(whole);
  return `${whole < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
