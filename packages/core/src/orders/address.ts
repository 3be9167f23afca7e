import type { Receiver } from "./trade";

/**
 * The receiver address reduced to a key for "same address" (parcel merging): full-width forms
 * folded (NFKC), case, spaces and punctuation dropped, and a detail line that repeats the province,
 * city or district (the seller centre's export writes them into it, TOP keeps them apart) counted once.
 * Hyphens stay: "3-301" and "33-01" are different flats.
 */
export function normaliseAddress(receiver: Pick<Receiver, "state" | "city" | "district" | "town" | "address">): string {
  const regions = [receiver.state, receiver.city, receiver.district, receiver.town].map(clean).filter((r) => r.length > 0);
  let detail = clean(receiver.address);
  for (const region of regions) if (detail.startsWith(region)) detail = detail.slice(region.length);
  return regions.join("") + detail;
}

function clean(part: string | undefined) {
  return (part ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, (ch) => (ch === "-" ? "-" : ""));
}

/**
 * Splits the seller centre's one-line address ("浙江省 杭州市 西湖区 文三路 90号(310000)") into
 * TOP's fields: the first three space-separated parts are province, city and district; a trailing
 * six-digit postcode in brackets is the zip.
 */
export function splitAddress(line: string): Pick<Receiver, "state" | "city" | "district" | "address" | "zip"> {
  let rest = line.normalize("NFKC").trim();
  let zip: string | undefined;
  const zipMatch = /\s*\((\d{6})\)\s*$/.exec(rest);
  if (zipMatch) {
    zip = zipMatch[1];
    rest = rest.slice(0, zipMatch.index);
  }
  const parts = rest.split(/\s+/).filter(Boolean);
  if (parts.length < 4) return { address: rest, zip };
  const [state, city, district, ...detail] = parts;
  return { state, city, district, address: detail.join(" "), zip };
}
