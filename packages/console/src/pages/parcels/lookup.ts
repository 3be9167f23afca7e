import * as ParcelsApi from "../../api/parcels";
import type { ParcelInfo } from "../../api/parcels";
import { ApiError } from "../../api/problem";

const PARCEL_CODE = /^P[0-9A-Z]{10}$/;

export type LookupResult = { kind: "found"; parcels: ParcelInfo[] } | { kind: "void"; parcelId: string } | { kind: "none" };

/**
 * Whatever the person typed or scanned: a parcel code, a waybill label (one read), or an order
 * number (its parcels). A replaced label answers with the parcel it belonged to.
 */
export async function findParcels(raw: string): Promise<LookupResult> {
  const code = raw.trim().toUpperCase();
  if (!code) return { kind: "none" };
  if (PARCEL_CODE.test(code)) {
    try {
      return { kind: "found", parcels: [await ParcelsApi.get(code)] };
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
  }
  try {
    return { kind: "found", parcels: [await ParcelsApi.byWaybill(code)] };
  } catch (error) {
    if (error instanceof ApiError && error.code === "waybill.void" && typeof error.problem.parcelId === "string") {
      return { kind: "void", parcelId: error.problem.parcelId };
    }
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
  if (/^\d{1,40}$/.test(code)) {
    const parcels = await ParcelsApi.byOrder(code);
    if (parcels.length > 0) return { kind: "found", parcels };
  }
  return { kind: "none" };
}
