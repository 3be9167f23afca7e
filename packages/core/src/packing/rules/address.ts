/**
 * Receiver normalisation for merging orders into one parcel (合单). Two orders merge only when
 * their receivers normalise to the same key, so everything here must be deterministic and
 * idempotent: a normalised receiver normalised again is unchanged (property-tested).
 *
 * What varies between two orders of the same buyer to the same door, and is evened out here:
 * full-width and half-width characters (ＡＢＣ１２３ vs ABC123), spaces, punctuation, the
 * province/city/district repeated at the start of the street address or written with or
 * without their suffix (浙江省 vs 浙江), and the phone written with +86, spaces or dashes.
 */

/** The orders area's receiver shape (TOP's receiver_* fields): mobile and landline both optional. */
export interface Receiver {
  name: string;
  mobile?: string;
  phone?: string;
  state?: string;
  city?: string;
  district?: string;
  town?: string;
  address: string;
  zip?: string;
}

/** Administrative suffixes, longest first so 自治区 wins over 区. */
const ADMIN_SUFFIXES = [
  "维吾尔自治区",
  "壮族自治区",
  "回族自治区",
  "特别行政区",
  "自治区",
  "自治州",
  "自治县",
  "地区",
  "省",
  "市",
  "区",
  "县",
  "盟",
  "旗",
];

/** Placeholders some address libraries put where a municipality has no city level. */
const EMPTY_LEVELS = new Set(["市辖区", "县", "省直辖县级行政区划", "-"]);

const SEPARATORS = /[\s\p{P}\p{S}\p{Cc}\p{Cf}]+/gu;
const DIGIT = /[0-9]/;
const SETTLED = /^[\p{Script=Han}a-z0-9-]*$/u;
/** Already normal: common ideographs, lower-case letters, digits, and "-" only between digits. */
const PLAIN = /^(?:[\u3400-\u4dbf\u4e00-\u9fffa-z]|[0-9](?:-(?=[0-9]))?)*$/;

/**
 * Width, case and punctuation: NFKC folds full-width forms to ASCII; punctuation between two
 * digits becomes one "-" (3-2-501 and 3－2－501 and 3 2 501 agree), elsewhere it goes. Repeated
 * until stable: dropping a symbol can leave combining marks that the next NFKC reorders.
 */
export function normaliseText(value: string): string {
  if (PLAIN.test(value)) return value;
  const once = foldOnce(value);
  // Nearly every address is Han characters, ASCII letters and digits: folding that again changes
  // nothing, so the check round is only needed for the rest (combining marks and the like).
  if (SETTLED.test(once)) return once;
  let current = once;
  for (let round = 0; round < 8; round++) {
    const next = foldOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

function foldOnce(value: string): string {
  const folded = value.normalize("NFKC").toLowerCase().normalize("NFKC");
  return folded.replace(SEPARATORS, (run, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    return before && after && DIGIT.test(before) && DIGIT.test(after) ? "-" : "";
  });
}

/**
 * 浙江省 → 浙江, 广西壮族自治区 → 广西, 杭州市 → 杭州. Never below two characters, so 沙市 stays
 * 沙市 (a district is named that) rather than becoming 沙; repeated until nothing more comes off,
 * which is what makes it idempotent.
 */
export function stripAdminSuffix(name: string): string {
  let current = name;
  for (;;) {
    const suffix = ADMIN_SUFFIXES.find((s) => current.endsWith(s) && current.length - s.length >= 2);
    if (!suffix) return current;
    current = current.slice(0, -suffix.length);
  }
}

/** Mainland mobiles written +86 138…, 0086138…, 86-138…: the 11 digits that matter. */
export function normalisePhone(phone: string): string {
  const digits = phone.normalize("NFKC").replace(/[^0-9*]/g, "");
  const match = /^(?:0086|86)(1\d{10})$/.exec(digits);
  return match ? match[1]! : digits;
}

/**
 * Region names repeat endlessly (a shop's buyers live in a few hundred districts), so their two
 * forms are remembered; a bounded map, emptied when full, keeps this a pure function in effect.
 */
const regionForms = new Map<string, { written: string; stripped: string }>();

function regionOf(raw: string | undefined): { written: string; stripped: string } {
  const key = raw ?? "";
  let forms = regionForms.get(key);
  if (!forms) {
    const written = normaliseText(key);
    forms = { written, stripped: EMPTY_LEVELS.has(written) ? "" : stripAdminSuffix(written) };
    if (regionForms.size >= 10_000) regionForms.clear();
    regionForms.set(key, forms);
  }
  return forms;
}

/**
 * The street address without the regions repeated at its start. Region names are tried in both
 * written forms (浙江省 and 浙江), the longest match first, until none matches; re-normalising
 * after each cut keeps the result a fixpoint of this function.
 */
function streetPart(address: string, names: readonly string[]): string {
  let current = normaliseText(address);
  for (let guard = 0; guard < 64; guard++) {
    let cut = "";
    for (const name of names) if (name.length > cut.length && current.startsWith(name)) cut = name;
    if (!cut) break;
    current = normaliseText(current.slice(cut.length));
  }
  return current;
}

/** Consecutive equal levels collapse: 北京 北京 朝阳 → 北京 朝阳 (municipalities repeat themselves). */
function collapseRegions(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part && out[out.length - 1] !== part) out.push(part);
  }
  return out;
}

export interface NormalisedReceiver {
  name: string;
  phone: string;
  regions: string[];
  street: string;
}

export function normaliseReceiver(receiver: Receiver): NormalisedReceiver {
  const forms = [receiver.state, receiver.city, receiver.district, receiver.town].map(regionOf);
  const regions = collapseRegions(forms.map((f) => f.stripped));
  return {
    name: normaliseText(receiver.name),
    phone: normalisePhone(receiver.mobile || receiver.phone || ""),
    regions,
    street: streetPart(receiver.address, [...regions, ...forms.map((f) => f.written)]),
  };
}

/** The same key means the same person at the same door. */
export function addressKey(receiver: Receiver): string {
  const n = normaliseReceiver(receiver);
  return [n.name, n.phone, n.regions.join("/"), n.street].join("|");
}
