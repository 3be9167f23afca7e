/**
 * Waybill numbers (运单号) by carrier. No carrier publishes a complete grammar, so each rule below
 * names where it comes from; numbers in the wild that fit no rule are refused rather than guessed
 * at, and numbers that fit several carriers (12- and 13-digit domestic numbers mostly do) need the
 * carrier named by whoever assigns them.
 *
 * Sources:
 * - [CV] BF-zh/Courier-Validation, src/pattern/*.ts (a maintained npm package, courier-validation),
 *   with its test vectors: SF1385628716739, 73610555582883, YT8962646785389, 773277027280336,
 *   463431409940372, 1207119765021, JDX024407261700, JT5261988016578.
 * - [UDF] chinagoods bigdata UDFLogisticNoValid (Hive UDF validating numbers per carrier name),
 *   with its examples JDVA11408814483, 1240921381750, 462598779470531.
 * - [SF] SF Express's own tracking page accepted 12-digit numbers only before the SF-prefixed
 *   15-character e-waybill numbers (quoted in a widely copied rule list, "顺丰快递单号运单号只能为
 *   12位数字。规则来自顺丰官网").
 * - [S10] UPU standard S10 (Wikipedia "S10 (UPU standard)"): 2 letters service indicator,
 *   8-digit serial, check digit with weights 8 6 4 2 3 5 9 7, C = 11 − (S mod 11), 10 → 0,
 *   11 → 5, 2-letter ISO country code.
 */

export const CARRIERS = ["SF", "ZTO", "YTO", "STO", "YUNDA", "JD", "EMS", "JT"] as const;
export type Carrier = (typeof CARRIERS)[number];

export const CARRIER_NAMES: Record<Carrier, string> = {
  SF: "顺丰速运",
  ZTO: "中通快递",
  YTO: "圆通速递",
  STO: "申通快递",
  YUNDA: "韵达快递",
  JD: "京东物流",
  EMS: "中国邮政/EMS",
  JT: "极兔速递",
};

const S10 = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;

const FORMATS: Record<Carrier, readonly RegExp[]> = {
  SF: [
    /^SF\d{13}$/, // [CV] SF + 13 digits, the current e-waybill
    /^\d{12}$/, // [SF] the older all-digit number
  ],
  ZTO: [
    /^7[3-68]\d{12}$/, // [CV] 14 digits: 73…, 75…, 76…, 78…
    /^(?:2[1-9]|3[679]|4\d|5[0-6]|6[348]|72|9[0-58])\d{10}$/, // [UDF] the 12-digit series
  ],
  YTO: [
    /^YT\d{13}$/, // [CV]
  ],
  STO: [
    /^(?:77|88|99)\d{13}$/, // [UDF] and [CV] 15 digits
    /^(?:33|55|66)\d{11}$/, // [UDF] 13 digits
    /^4\d{12}$/, // [UDF] 13 digits
    /^(?:268|368|468|568|588|668|688|768|868|888|968)\d{9,10}$/, // [UDF] 12–13 digits
  ],
  YUNDA: [
    /^[34]\d{14}$/, // [CV] 15 digits: 31…, 43…, 46…
    /^5\d{12}$/, // [CV] 13 digits
  ],
  JD: [
    /^JD[A-Z0-9]{2}\d{11}$/, // [CV] JDX0…, JDVA…; [UDF] JD[XK]\d{12}, JDV[A-Z]\d{11}
  ],
  EMS: [
    S10, // [S10] international and China Post registered items, check digit verified below
    /^(?:1[0-2]|5[0-2]|9[5-9])\d{11}$/, // [UDF] domestic EMS / 邮政快递包裹 13 digits
  ],
  JT: [
    /^JT\d{13}$/, // [CV] JT + 13 digits ([UDF] also allows 12)
  ],
};

/** UPU S10 check digit of the 8-digit serial. */
export function s10CheckDigit(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(serial[i]), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

export function isValidS10(number: string): boolean {
  const match = S10.exec(number);
  return !!match && s10CheckDigit(match[2]!) === Number(match[3]);
}

/**
 * What a scanner or a spreadsheet hands over, made comparable: full-width folded, spaces and
 * dashes dropped (labels print 7361 0555 5828 83), letters upper-cased.
 */
export function normaliseWaybill(raw: string): string {
  return raw.normalize("NFKC").replace(/[\s\-_]/g, "").toUpperCase();
}

function fits(carrier: Carrier, number: string): boolean {
  return FORMATS[carrier].some((pattern) => pattern.test(number) && (pattern !== S10 || isValidS10(number)));
}

/** Every carrier whose format the (normalised) number fits. */
export function carriersFor(number: string): Carrier[] {
  return CARRIERS.filter((carrier) => fits(carrier, number));
}

export type WaybillCheck =
  | { ok: true; number: string; carrier: Carrier }
  | { ok: false; code: "waybill.format" | "waybill.s10-check" | "waybill.carrier-mismatch"; candidates: Carrier[] }
  | { ok: false; code: "waybill.ambiguous"; candidates: Carrier[] };

/**
 * Validates a number, for a named carrier or on its own. On its own it must fit exactly one
 * carrier; when it fits several the answer lists them so the caller can ask which.
 */
export function checkWaybill(raw: string, carrier?: Carrier): WaybillCheck {
  const number = normaliseWaybill(raw);
  const candidates = carriersFor(number);
  if (carrier) {
    if (candidates.includes(carrier)) return { ok: true, number, carrier };
    if (carrier === "EMS" && S10.test(number)) return { ok: false, code: "waybill.s10-check", candidates };
    return { ok: false, code: candidates.length ? "waybill.carrier-mismatch" : "waybill.format", candidates };
  }
  if (candidates.length === 1) return { ok: true, number, carrier: candidates[0]! };
  if (candidates.length > 1) return { ok: false, code: "waybill.ambiguous", candidates };
  return { ok: false, code: S10.test(number) ? "waybill.s10-check" : "waybill.format", candidates };
}

const NAME_HINTS: readonly [RegExp, Carrier][] = [
  [/顺丰|^SF|SHUNFENG/i, "SF"],
  [/中通|^ZTO$|ZHONGTONG/i, "ZTO"],
  [/圆通|^YTO$|YUANTONG/i, "YTO"],
  [/申通|^STO$|SHENTONG/i, "STO"],
  [/韵达|^YUNDA$|^YD$/i, "YUNDA"],
  [/京东|^JD$|^JDL$|JINGDONG/i, "JD"],
  [/邮政|EMS|^CHINA ?POST$|^YZPY$/i, "EMS"],
  [/极兔|J&T|^JT$|^JTSD$|JITU/i, "JT"],
];

/** A carrier from what people and exports write: a code (zto), a name (中通快递), a brand (J&T). */
export function carrierFromName(name: string): Carrier | undefined {
  const text = name.normalize("NFKC").trim();
  if (!text) return undefined;
  const upper = text.toUpperCase();
  if ((CARRIERS as readonly string[]).includes(upper)) return upper as Carrier;
  return NAME_HINTS.find(([pattern]) => pattern.test(text))?.[1];
}
