import type { CatalogueHit, Manifest as VerifyManifest, ManifestLine, Missing, Outcome, Progress } from "@dianwu/core/packing/bench/verify";
import { config } from "../config";
import { request } from "./client";

/** The packing bench API (docs/api/bench.md). Types follow the contract; verify.ts is shared with the server. */
export type { CatalogueHit, ManifestLine, Missing, Outcome, Progress };

export interface Waybill {
  number: string;
  carrier: string;
  carrierName: string;
}

export interface Intercept {
  reasons: { tid: string; reason: "refund" | "address_change" | "other"; note?: string; at: string }[];
  putAt: string;
}

export interface Manifest extends VerifyManifest {
  parcelVersion: number;
  tids: string[];
  buyerNick: string;
  receiver: { name: string; city: string; district: string };
  lines: ManifestLine[];
  notes: { tid: string; buyerMessage?: string; sellerMemo?: string }[];
  gifts: { line: number; name: string; quantity: number }[];
  remarks: string[];
  waybill: Waybill | null;
  reprintRequired: boolean;
  totalUnits: number;
}

export interface Forced {
  staffNo: string;
  name: string;
  reason: string;
  at: string;
  missing: { line: number; missing: number }[];
}

export interface BenchView {
  parcelId: string;
  bench: { id: string; name: string };
  packer: { staffNo: string };
  claimedAt: string;
  resumed: boolean;
  takenOverFrom: { benchId: string; benchName: string; staffNo: string; since: string } | null;
  manifest: Manifest;
  progress: Progress;
  complete: boolean;
  forced: Forced | null;
  intercept: Intercept | null;
}

export interface ScanAnswer {
  scanId: string;
  replayed: boolean;
  accepted: boolean;
  outcome: Outcome;
  line?: number | null;
  lineComplete?: boolean;
  scanned?: { code: string } & Partial<CatalogueHit>;
  expected?: Missing[];
  progress: Progress;
  complete: boolean;
  intercept: Intercept | null;
}

export interface UndoAnswer {
  scanId: string;
  replayed: boolean;
  undone: { scanId: string; line: number; unit?: string };
  progress: Progress;
  complete: boolean;
}

export interface Slip {
  parcelId: string;
  shopName: string;
  tids: string[];
  buyerNick: string;
  receiver: { name: string; mobile: string; address: string };
  waybill: Waybill | null;
  lines: { line: number; styleCode: string; colour: string; size: string; name: string; quantity: number; gift: boolean; bins: { binCode: string; qty: number }[] }[];
  totalUnits: number;
  notes: { tid: string; buyerMessage?: string; sellerMemo?: string }[];
  packedAt: string;
  packedBy: string;
  bench: { id: string; name: string };
  forced: Forced | null;
}

export interface CloseAnswer {
  scanId: string;
  replayed: boolean;
  parcelId: string;
  state: string;
  packedAt: string;
  slip: Slip;
}

/** Who is calling: the paired device and the worker badged in at it. */
export interface Caller {
  device: string;
  operator: string;
}

const post = <T>(caller: Caller, path: string, body: unknown) =>
  request<T>(path, { method: "POST", body, ...caller, timeoutMs: config.callTimeoutMs });
const parcelPath = (parcelId: string, what: string) => `/bench/parcels/${encodeURIComponent(parcelId)}/${what}`;

export const open = (caller: Caller, body: { code: string; scanId?: string; takeover?: boolean }) => post<BenchView>(caller, "/bench/open", body);

export const scan = (caller: Caller, parcelId: string, body: { scanId: string; code: string; scannedAt: string; offline: boolean }) =>
  post<ScanAnswer>(caller, parcelPath(parcelId, "scans"), body);

export const undo = (caller: Caller, parcelId: string, body: { scanId: string }) => post<UndoAnswer>(caller, parcelPath(parcelId, "undo"), body);

export const force = (caller: Caller, parcelId: string, body: { scanId: string; supervisorBadge: string; reason: string }) =>
  post<BenchView>(caller, parcelPath(parcelId, "force"), body);

export const close = (caller: Caller, parcelId: string, body: { scanId: string; label: string; scannedAt: string; offline: boolean }) =>
  post<CloseAnswer>(caller, parcelPath(parcelId, "close"), body);

export const release = (caller: Caller, parcelId: string, body: { scanId: string }) =>
  post<{ parcelId: string; released: boolean }>(caller, parcelPath(parcelId, "release"), body);

export const view = (caller: Caller, parcelId: string) =>
  request<BenchView>(`/bench/parcels/${encodeURIComponent(parcelId)}`, { ...caller, timeoutMs: config.callTimeoutMs });

export const slip = (caller: Caller, parcelId: string) =>
  request<Slip>(parcelPath(parcelId, "slip"), { ...caller, timeoutMs: config.callTimeoutMs });
