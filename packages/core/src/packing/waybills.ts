import * as z from "zod";
import { describeActor, useActor } from "../actor";
import { Bus } from "../bus";
import { conflict, forbidden, invalid, VisibleError } from "../error";
import { hasAnyRole, type Role } from "../staff/roles";
import { WaybillEntity } from "./entities";
import { Events } from "./events";
import { retryOnConflict } from "./retry";
import { carrierFromName, checkWaybill, CARRIER_NAMES, type Carrier } from "./rules/waybill";
import { mapColumns, orderNumbers, parseDelimited, plainCell } from "./rules/waybill-csv";
import { byOrder, commit, mustFromId } from "./service";
import { auditWrite, PARCEL_ID, revise, writeItems, type Info, type Write } from "./store";

export const AssignInput = z.object({
  number: z.string().trim().min(1).max(40),
  /** A code (SF, ZTO…) or a name (顺丰, 中通快递…); needed when the number fits several carriers. */
  carrier: z.string().trim().min(1).max(40).optional(),
  /** Put a new label on a parcel that already has one (the old number becomes void). */
  replace: z.boolean().default(false),
});

/** Who may replace a label at will; anyone who may assign does it when a reprint is required. */
const REPLACERS: readonly Role[] = ["warehouse_supervisor", "boss"];

function carrierOf(name: string | undefined, field: string): Carrier | undefined {
  if (name === undefined || name === "") return undefined;
  const carrier = carrierFromName(name);
  if (!carrier) throw invalid(field, "waybill.unknown-carrier", `Unknown carrier "${name}"; known: ${Object.values(CARRIER_NAMES).join(", ")}`);
  return carrier;
}

/** The number checked against the carrier's format; the error names the field to fix and the candidates. */
function validated(number: string, carrier: Carrier | undefined) {
  const check = checkWaybill(number, carrier);
  if (check.ok) return check;
  const candidates = { candidates: check.candidates };
  switch (check.code) {
    case "waybill.ambiguous":
      throw new VisibleError("validation", check.code, `${number} fits ${check.candidates.join(", ")}: name the carrier`, "carrier", candidates);
    case "waybill.carrier-mismatch":
      throw new VisibleError("validation", check.code, `${number} is not a ${carrier} number (fits ${check.candidates.join(", ")})`, "number", candidates);
    case "waybill.s10-check":
      throw new VisibleError("validation", check.code, `${number}: the UPU S10 check digit is wrong`, "number", candidates);
    default:
      throw new VisibleError("validation", check.code, `${number} is not a waybill number of a known carrier`, "number", candidates);
  }
}

function mayReplace(parcel: Info) {
  if (parcel.reprintRequired) return true;
  const actor = useActor();
  return actor.type === "staff" && hasAnyRole(actor.roles, REPLACERS);
}

/**
 * Puts a waybill number on a parcel. The number's own item is created in the same transaction
 * (conditional put), so a number already used — on any parcel, now or before — is refused with a
 * 409 naming the field. Assigning the number a parcel already has is a no-op.
 */
export async function assign(parcelId: string, input: z.input<typeof AssignInput>, now = new Date()) {
  const fields = AssignInput.parse(input);
  const { number, carrier } = validated(fields.number, carrierOf(fields.carrier, "carrier"));
  const at = now.toISOString();

  const outcome = await retryOnConflict(async () => {
    const parcel = await mustFromId(parcelId);
    if (parcel.waybill?.number === number) return { parcel, changed: false, replaced: undefined };
    if (parcel.state === "handed_over" || parcel.state === "cancelled") {
      throw conflict("parcel.closed", `Parcel ${parcelId} is ${parcel.state}; its label cannot change`, { field: "parcelId" });
    }
    const old = parcel.waybill;
    if (old && !fields.replace) {
      throw conflict("parcel.has-waybill", `Parcel ${parcelId} already has waybill ${old.number}; replace it explicitly`, {
        field: "replace",
        current: old.number,
      });
    }
    if (old && !mayReplace(parcel)) {
      throw forbidden("waybill.replace-role", "Replacing a label needs a warehouse supervisor, unless a reprint is required");
    }
    const used = (await WaybillEntity.get({ number }).go({ consistent: true })).data;
    if (used) {
      throw conflict("waybill.used", `Waybill ${number} is already used${used.parcelId === parcelId ? " (an earlier label of this parcel)" : ` by parcel ${used.parcelId}`}`, {
        field: "number",
        parcelId: used.parcelId,
      });
    }

    const waybill = { number, carrier, assignedAt: at, assignedBy: describeActor().staffNo };
    const next = revise(parcel, { waybill, reprintRequired: false }, at);
    const record = { number, carrier, parcelId, active: true, assignedAt: at, parcel: JSON.stringify(next) };
    const writes: Write[] = [
      ...writeItems(parcel, next, { waybillWritten: true }),
      (tx) => tx.WaybillEntity.create(record).commit(),
      auditWrite({
        action: old ? "parcel.waybill-replace" : "parcel.waybill",
        target: { type: "parcel", id: parcelId },
        before: old ? { waybill: old } : undefined,
        after: { waybill },
      }),
    ];
    if (old) {
      writes.push((tx) =>
        tx.WaybillEntity.patch({ number: old.number })
          .set({ active: false, voidedAt: at })
          .remove(["parcel"])
          .commit(),
      );
    }
    await commit(writes);
    return { parcel: next, changed: true, replaced: old?.number };
  });

  if (outcome.changed) {
    await Bus.publish(
      Events.WaybillAssigned.create({ parcelId, tids: outcome.parcel.tids, number, carrier, replaced: outcome.replaced }),
    );
  }
  return outcome;
}

export const ImportInput = z.object({
  /** The export as text (CSV or tab-separated, with its header row). */
  csv: z.string().min(1).max(1_000_000),
  /** The carrier for rows whose export has no carrier column. */
  carrier: z.string().trim().min(1).max(40).optional(),
});

/** One request imports at most this many rows; a day's labels of a busy shop fit, a year's do not. */
export const IMPORT_MAX_ROWS = 5_000;
const IMPORT_CONCURRENCY = 8;

export interface ImportRow {
  /** Line in the file, the header being line 1. */
  row: number;
  status: "assigned" | "unchanged" | "rejected";
  number?: string;
  carrier?: Carrier;
  parcelId?: string;
  code?: string;
  message?: string;
}

/** The parcel a row's order numbers point to: the one holding all of them that still needs this label. */
async function parcelForOrders(tids: string[], number: string): Promise<string> {
  const lists = await Promise.all(tids.map((tid) => byOrder(tid)));
  const shared = lists[0]!.filter((p) => lists.every((l) => l.some((q) => q.parcelId === p.parcelId)));
  const already = shared.find((p) => p.waybill?.number === number);
  if (already) return already.parcelId;
  const open = shared.filter((p) => p.state !== "handed_over" && p.state !== "cancelled");
  const unlabelled = open.filter((p) => !p.waybill);
  const candidates = unlabelled.length ? unlabelled : open;
  const ready = candidates.filter((p) => !p.awaitingStock);
  const pick = ready.length === 1 ? ready : candidates;
  if (pick.length === 1) return pick[0]!.parcelId;
  if (pick.length === 0) throw invalid("tid", "parcel.not-found", `No open parcel holds order ${tids.join(", ")}`);
  throw invalid("tid", "parcel.ambiguous", `Orders ${tids.join(", ")} are in several parcels (${pick.map((p) => p.parcelId).join(", ")}); give the parcel code`);
}

async function importRow(cells: string[], row: number, columns: ReturnType<typeof mapColumns>, fallbackCarrier?: string): Promise<ImportRow> {
  const number = plainCell(cells[columns.waybill!]);
  if (!number) return { row, status: "rejected", code: "waybill.missing", message: "No waybill number in this row" };
  try {
    const carrierCell = columns.carrier === undefined ? "" : plainCell(cells[columns.carrier]);
    const carrier = carrierOf(carrierCell || fallbackCarrier, "carrier");
    const parcelCell = columns.parcel === undefined ? "" : plainCell(cells[columns.parcel]).toUpperCase();
    let parcelId: string;
    if (parcelCell) {
      if (!PARCEL_ID.test(parcelCell)) throw invalid("parcel", "parcel.bad-id", `"${parcelCell}" is not a parcel code`);
      parcelId = parcelCell;
    } else {
      const tids = orderNumbers(cells[columns.tid ?? -1] ?? "");
      if ("problem" in tids) {
        throw invalid(
          "tid",
          `waybill-import.${tids.problem}`,
          tids.problem === "spreadsheet-notation"
            ? "The order number was turned into scientific notation by a spreadsheet; export it as text"
            : "No order number in this row",
        );
      }
      parcelId = await parcelForOrders(tids.tids, validated(number, carrier).number);
    }
    const result = await assign(parcelId, { number, carrier });
    const waybill = result.parcel.waybill!;
    return { row, status: result.changed ? "assigned" : "unchanged", number: waybill.number, carrier: waybill.carrier, parcelId };
  } catch (error) {
    if (!(error instanceof VisibleError)) throw error;
    return { row, status: "rejected", number, code: error.code, message: error.message };
  }
}

/**
 * Imports the e-waybill printing service's export: every row is assigned or rejected on its own,
 * with a reason; the report lists every row. Rows are applied a few at a time in parallel.
 */
export async function importCsv(input: z.input<typeof ImportInput>) {
  const { csv, carrier } = ImportInput.parse(input);
  if (carrier) carrierOf(carrier, "carrier");
  const [header, ...rows] = parseDelimited(csv);
  const columns = mapColumns(header ?? []);
  if (columns.waybill === undefined) throw invalid("csv", "waybill-import.no-waybill-column", "No waybill column (运单号/快递单号/物流单号) in the header row");
  if (columns.tid === undefined && columns.parcel === undefined) {
    throw invalid("csv", "waybill-import.no-order-column", "No order number (订单号) or parcel code (包裹号) column in the header row");
  }
  if (rows.length > IMPORT_MAX_ROWS) {
    throw invalid("csv", "waybill-import.too-many-rows", `${rows.length} rows; import at most ${IMPORT_MAX_ROWS} at a time`);
  }

  const report: ImportRow[] = new Array(rows.length);
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const index = next++;
      report[index] = await importRow(rows[index]!, index + 2, columns, carrier);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IMPORT_CONCURRENCY, rows.length) }, worker));
  const count = (status: ImportRow["status"]) => report.filter((r) => r.status === status).length;
  return { total: rows.length, assigned: count("assigned"), unchanged: count("unchanged"), rejected: count("rejected"), rows: report };
}
