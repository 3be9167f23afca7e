import { normaliseReceiver } from "../packing/rules/address";
import type { Receiver } from "./trade";

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

/**
 * The receiver's address alone (no name or phone), normalised the way parcel matching normalises
 * it (packing/rules/address.ts), so that the two areas never disagree about "the same address".
 */
export function normalisedAddress(receiver: Receiver): string {
  const n = normaliseReceiver(receiver);
  return [...n.regions, n.street].join("");
}
