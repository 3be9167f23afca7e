import { looksLikeBadge, sameBadge } from "./badge";

export interface SignedIn {
  name: string;
  staffNo: string;
  badgeCode: string;
  token: string;
}

/**
 * What a scan means at the bench. Nobody signed in: it must be a badge. Someone signed in: their
 * own badge signs them out, another badge hands the bench over, anything else is a parcel.
 */
export function benchAction(operator: SignedIn | undefined, code: string): "identify" | "sign-out" | "parcel" {
  if (!operator) return "identify";
  if (sameBadge(code, operator.badgeCode)) return "sign-out";
  return looksLikeBadge(code) ? "identify" : "parcel";
}
