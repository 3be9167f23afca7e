/**
 * What one scan at the packing bench means, as pure functions over the parcel's manifest and the
 * progress so far. The server decides every scan with these, and the kiosk imports this very file
 * to answer at once and to keep verifying while the API cannot be reached — so it imports nothing
 * and does no I/O. What only the server knows (the catalogue's answer for a code that is not in
 * the manifest, whether the parcel was intercepted meanwhile) is passed in.
 */

export interface ManifestLine {
  /** Index in `lines`: progress counts and outcomes refer to lines by it. */
  line: number;
  tid: string;
  oid: string;
  /** The catalogue's SKU; null when the shop's SKU code is not in the catalogue. */
  skuId: string | null;
  outerSkuId: string;
  styleCode: string;
  colour: string;
  size: string;
  name: string;
  title?: string;
  skuProperties?: string;
  quantity: number;
  /** Every shared barcode of the SKU, in canonical form (see barcodeKey). */
  barcodes: string[];
  /** Unit codes (唯一码) of a unique-tracked SKU, canonical. */
  unitCodes: string[];
  /** Each piece carries its own unit code, and only those count. */
  uniqueTracked: boolean;
  gift: boolean;
  /** Where the reserved pieces come from (for the outbound slip and the packer's eye). */
  bin?: string;
}

export interface Manifest {
  parcelId: string;
  lines: ManifestLine[];
  /** Normalised waybill numbers the close accepts as this parcel's label. */
  expectedLabels: string[];
}

/** Why a parcel is stopped and where it goes: what the bench's red screen shows. */
export interface InterceptInfo {
  reasons: { tid: string; reason: "refund" | "address_change" | "other"; note?: string; at: string }[];
  /** Where intercepted parcels are put (the setting packing.interceptShelf). */
  putAt: string;
}

/** The manifest as the bench receives and keeps it: what to verify plus what to show. */
export interface BenchManifest extends Manifest {
  parcelVersion: number;
  tids: string[];
  buyerNick: string;
  receiver: { name: string; city?: string; district?: string };
  notes: { tid: string; buyerMessage?: string; sellerMemo?: string }[];
  gifts: { line: number; name: string; quantity: number }[];
  /** Tokens for extra banners: merged:<n>, memo-mentions-gift, unknown-sku:<line>, reprint-required, no-waybill. */
  remarks: string[];
  waybill: { number: string; carrier: string; carrierName: string } | null;
  reprintRequired: boolean;
  totalUnits: number;
}

export interface Step {
  scanId: string;
  line: number;
  unit?: string;
}

export interface Progress {
  /** Pieces accepted per line, never above the line's quantity. */
  counts: number[];
  /** Unit codes accepted so far. */
  units: string[];
  /** Accepted scans in order: what undo takes back. */
  history: Step[];
}

/** What the catalogue says about a code that is not in the manifest (null: it knows no such code). */
export interface CatalogueHit {
  skuId: string;
  /** Set when the code is a unit code (唯一码) of that SKU. */
  unitCode?: string;
  styleCode?: string;
  colour?: string;
  size?: string;
  name?: string;
}

export interface Missing {
  line: number;
  styleCode: string;
  colour: string;
  size: string;
  name: string;
  remaining: number;
}

export type Verdict =
  | { outcome: "correct"; line: number; lineComplete: boolean; complete: boolean; unit?: string }
  | { outcome: "wrong_item"; scanned: CatalogueHit; expected: Missing[] }
  | { outcome: "too_many"; line: number; expected: Missing[] }
  | { outcome: "unknown_barcode"; expected: Missing[] }
  | { outcome: "unit_already_scanned"; line: number; unit: string }
  | { outcome: "unit_code_required"; line: number }
  | { outcome: "waybill_label"; complete: boolean }
  | { outcome: "intercepted" };

export type Outcome = Verdict["outcome"];

/** Every outcome, accepted first; the rest are rejections the packer must acknowledge. */
export const OUTCOMES = [
  "correct",
  "wrong_item",
  "too_many",
  "unknown_barcode",
  "unit_already_scanned",
  "unit_code_required",
  "waybill_label",
  "intercepted",
] as const satisfies readonly Outcome[];

const UNIQUE_PREFIXES = /^(DWS|DWU)/i;

/**
 * The form barcodes are stored and compared in (the catalogue stores them so): trimmed; a 12-digit
 * UPC-A as its 13-digit EAN form with a leading 0 (scanners report the same label either way);
 * our own DWS/DWU labels upper case. Anything else as printed.
 */
export function barcodeKey(raw: string): string {
  const code = raw.trim();
  if (/^\d{12}$/.test(code)) return `0${code}`;
  if (UNIQUE_PREFIXES.test(code)) return code.toUpperCase();
  return code;
}

/** A waybill number as labels print it (spaces, dashes, full-width digits) made comparable. */
export function labelKey(raw: string): string {
  return raw.normalize("NFKC").replace(/[\s\-_]/g, "").toUpperCase();
}

export function isExpectedLabel(manifest: Manifest, code: string): boolean {
  const key = labelKey(code);
  return key !== "" && manifest.expectedLabels.includes(key);
}

export function emptyProgress(manifest: Manifest): Progress {
  return { counts: manifest.lines.map(() => 0), units: [], history: [] };
}

export function missingLines(manifest: Manifest, progress: Progress): Missing[] {
  return manifest.lines
    .filter((l) => (progress.counts[l.line] ?? 0) < l.quantity)
    .map((l) => ({
      line: l.line,
      styleCode: l.styleCode,
      colour: l.colour,
      size: l.size,
      name: l.name,
      remaining: l.quantity - (progress.counts[l.line] ?? 0),
    }));
}

export function isComplete(manifest: Manifest, progress: Progress): boolean {
  return manifest.lines.every((l) => (progress.counts[l.line] ?? 0) === l.quantity);
}

/** Whether the server must ask the catalogue about this code (it is nowhere in the manifest). */
export function needsCatalogue(manifest: Manifest, code: string): boolean {
  const key = barcodeKey(code);
  if (isExpectedLabel(manifest, code)) return false;
  return !manifest.lines.some((l) => l.barcodes.includes(key) || l.unitCodes.includes(key));
}

interface Match {
  lines: ManifestLine[];
  unit?: string;
}

/** The manifest lines a code belongs to, and the unit it names (for unit codes). */
function match(manifest: Manifest, key: string, catalogue: CatalogueHit | null | undefined): Match | undefined {
  const shared = manifest.lines.filter((l) => l.barcodes.includes(key));
  if (shared.length) return { lines: shared };
  const byUnit = manifest.lines.filter((l) => l.unitCodes.includes(key));
  if (byUnit.length) return { lines: byUnit, unit: key };
  if (!catalogue) return undefined;
  // A barcode or unit code added to the SKU after the manifest was made: the catalogue knows it.
  const bySku = manifest.lines.filter((l) => l.skuId !== null && l.skuId === catalogue.skuId);
  if (!bySku.length) return undefined;
  return catalogue.unitCode ? { lines: bySku, unit: barcodeKey(catalogue.unitCode) } : { lines: bySku };
}

export interface ScanInput {
  scanId: string;
  code: string;
  /** The catalogue's answer for a code not in the manifest; absent when not asked (offline). */
  catalogue?: CatalogueHit | null;
  /** The parcel is intercepted now (the server reads the parcel on every scan). */
  intercepted?: boolean;
}

/**
 * The outcome of one scan and the progress after it. Only a correct scan changes the progress:
 * one more piece on the first line of that SKU still short of its quantity.
 */
export function verifyScan(manifest: Manifest, progress: Progress, scan: ScanInput): { verdict: Verdict; progress: Progress } {
  const unchanged = (verdict: Verdict) => ({ verdict, progress });
  if (scan.intercepted) return unchanged({ outcome: "intercepted" });
  if (isExpectedLabel(manifest, scan.code)) return unchanged({ outcome: "waybill_label", complete: isComplete(manifest, progress) });

  const key = barcodeKey(scan.code);
  const found = match(manifest, key, scan.catalogue);
  if (!found) {
    const expected = missingLines(manifest, progress);
    return unchanged(scan.catalogue ? { outcome: "wrong_item", scanned: scan.catalogue, expected } : { outcome: "unknown_barcode", expected });
  }
  if (found.unit === undefined && found.lines.some((l) => l.uniqueTracked)) {
    return unchanged({ outcome: "unit_code_required", line: found.lines[0]!.line });
  }
  if (found.unit !== undefined && progress.units.includes(found.unit)) {
    return unchanged({ outcome: "unit_already_scanned", line: found.lines[0]!.line, unit: found.unit });
  }
  const open = found.lines.find((l) => (progress.counts[l.line] ?? 0) < l.quantity);
  if (!open) return unchanged({ outcome: "too_many", line: found.lines.at(-1)!.line, expected: missingLines(manifest, progress) });

  const counts = progress.counts.map((c, i) => (i === open.line ? c + 1 : c));
  const step: Step = found.unit === undefined ? { scanId: scan.scanId, line: open.line } : { scanId: scan.scanId, line: open.line, unit: found.unit };
  const next: Progress = {
    counts,
    units: found.unit === undefined ? progress.units : [...progress.units, found.unit],
    history: [...progress.history, step],
  };
  const verdict: Verdict = {
    outcome: "correct",
    line: open.line,
    lineComplete: counts[open.line] === open.quantity,
    complete: isComplete(manifest, next),
    ...(found.unit === undefined ? {} : { unit: found.unit }),
  };
  return { verdict, progress: next };
}

/** Takes back the last accepted scan; nothing to take back leaves the progress as it is. */
export function undoLast(progress: Progress): { progress: Progress; undone?: Step } {
  const undone = progress.history.at(-1);
  if (!undone) return { progress };
  return {
    undone,
    progress: {
      counts: progress.counts.map((c, i) => (i === undone.line ? c - 1 : c)),
      units: undone.unit === undefined ? progress.units : progress.units.filter((u) => u !== undone.unit),
      history: progress.history.slice(0, -1),
    },
  };
}
