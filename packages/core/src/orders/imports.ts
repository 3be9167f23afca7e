import * as z from "zod";
import type { EntityItem } from "electrodb";
import { useStaff } from "../actor";
import { Audit } from "../audit";
import { Bus } from "../bus";
import { isConditionFailed } from "../db";
import { conflict, invalid, notFound } from "../error";
import { newId } from "../id";
import { applyMessage } from "./apply";
import { parseCsv } from "./csv";
import { ImportChunkEntity, ImportJobEntity, ImportRejectEntity } from "./entities";
import { Events } from "./events";
import { mapHeaders, rowToTrade, type Columns } from "./import-rows";
import { withCursor } from "./paging";

/**
 * First-time onboarding: the seller centre's order export, imported in the background. The request
 * only stores the rows (in chunks) and queues the first chunk; the orders-import consumer applies
 * one chunk per run (well inside a Lambda's time) and queues the next, updating the job's progress
 * as it goes. A file over the request size limit is sent in parts (the header in the first).
 * Each row becomes an order through the same reducer as the platform's messages.
 */
export const CHUNK_ROWS = 100;
const ROW_CONCURRENCY = 8;
const CHUNK_RETENTION_DAYS = 30;

export const CreateInput = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The CSV text (the console decodes the export's GBK/UTF-8 bytes). */
  csv: z.string().min(1),
  /** More parts follow (POST .../parts); the job starts after the last one. */
  more: z.boolean().default(false),
});
export const PartInput = CreateInput.pick({ csv: true, more: true });

export type Job = ReturnType<typeof present>;

function present(row: EntityItem<typeof ImportJobEntity>) {
  const { jobId, fileName, importState, totalRows, rowsDone, accepted, rejected, chunksTotal, chunksDone, createdBy, createdAt, finishedAt } = row;
  return {
    jobId,
    fileName,
    state: importState,
    totalRows,
    rowsDone,
    accepted,
    rejected,
    chunksTotal,
    chunksDone,
    percent: totalRows === 0 ? (importState === "done" ? 100 : 0) : Math.floor((rowsDone / totalRows) * 100),
    createdBy,
    createdAt,
    finishedAt,
  };
}

/** Data rows as chunk items, numbered as the spreadsheet numbers them (the header is row 1). */
function chunk(jobId: string, rows: string[][], firstRowNo: number, firstChunkNo: number) {
  const expiresAt = Math.floor(Date.now() / 1000) + CHUNK_RETENTION_DAYS * 86_400;
  const chunks = [];
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    const slice = rows.slice(i, i + CHUNK_ROWS).map((cells, j) => ({ rowNo: firstRowNo + i + j, cells }));
    chunks.push({ jobId, chunkNo: firstChunkNo + chunks.length, rows: JSON.stringify(slice), expiresAt });
  }
  return chunks;
}

async function storeChunks(chunks: ReturnType<typeof chunk>) {
  if (chunks.length === 0) return;
  const result = await ImportChunkEntity.put(chunks).go();
  if (result.unprocessed.length) throw new Error(`${result.unprocessed.length} import chunks were not stored`);
}

export async function create(input: z.input<typeof CreateInput>): Promise<Job> {
  const { fileName, csv, more } = CreateInput.parse(input);
  const staff = useStaff();
  const [header, ...rows] = parseCsv(csv);
  if (!header) throw invalid("csv", "import.empty", "The file has no header row");
  const { columns, missing } = mapHeaders(header);
  if (missing.length) throw invalid("csv", "import.headers", `Columns not found: ${missing.join(", ")} (header: ${header.join(", ").slice(0, 300)})`);
  const jobId = newId();
  const chunks = chunk(jobId, rows, 2, 0);
  await storeChunks(chunks);
  const now = new Date().toISOString();
  const job = {
    jobId,
    fileName,
    importState: more ? ("receiving" as const) : ("queued" as const),
    columns: JSON.stringify(columns),
    totalRows: rows.length,
    chunksTotal: chunks.length,
    chunksDone: 0,
    rowsDone: 0,
    accepted: 0,
    rejected: 0,
    createdBy: staff.staffNo,
    createdAt: now,
    updatedAt: now,
  };
  await ImportJobEntity.create(job).go();
  await Audit.record({ action: "orders.import", target: { type: "orderImport", id: jobId }, after: { fileName, rows: rows.length, more } });
  if (!more) await start(jobId, job.chunksTotal);
  return present({ ...job, importList: "orders" });
}

/** The next part of a file sent in parts: data rows only, numbered on from the last part. */
export async function addPart(jobId: string, input: z.input<typeof PartInput>): Promise<Job> {
  const { csv, more } = PartInput.parse(input);
  const job = await load(jobId);
  if (job.importState !== "receiving") throw conflict("import.not-receiving", "This import is no longer taking parts");
  const rows = parseCsv(csv);
  const chunks = chunk(jobId, rows, job.totalRows + 2, job.chunksTotal);
  await storeChunks(chunks);
  try {
    await ImportJobEntity.patch({ jobId })
      .set({ totalRows: job.totalRows + rows.length, chunksTotal: job.chunksTotal + chunks.length, importState: more ? "receiving" : "queued", updatedAt: new Date().toISOString() })
      .where((a, op) => `${op.eq(a.importState, "receiving")} AND ${op.eq(a.chunksTotal, job.chunksTotal)}`)
      .go();
  } catch (error) {
    if (isConditionFailed(error)) throw conflict("import.part-conflict", "Another part was added at the same time; send this part again");
    throw error;
  }
  if (!more) await start(jobId, job.chunksTotal + chunks.length);
  return get(jobId);
}

async function start(jobId: string, chunksTotal: number) {
  if (chunksTotal === 0) {
    await ImportJobEntity.patch({ jobId }).set({ importState: "done", finishedAt: new Date().toISOString() }).go();
    return;
  }
  await Bus.publish(Events.ImportChunk.create({ jobId, chunkNo: 0 }));
}

async function load(jobId: string) {
  const row = (await ImportJobEntity.get({ jobId }).go({ consistent: true })).data;
  if (!row) throw notFound("import.not-found", `No import ${jobId}`);
  return row;
}

export async function get(jobId: string): Promise<Job> {
  return present(await load(jobId));
}

export async function list(input: { cursor?: string; limit?: number } = {}) {
  const result = await withCursor(input.cursor, (cursor) => ImportJobEntity.query.byCreated({ importList: "orders" }).go({ order: "desc", cursor, limit: input.limit ?? 20 }));
  return { items: result.data.map(present), cursor: result.cursor };
}

/** The rows refused, in file order, with the field and the reason. */
export async function rejects(jobId: string, input: { cursor?: string; limit?: number } = {}) {
  await load(jobId);
  const result = await withCursor(input.cursor, (cursor) => ImportRejectEntity.query.byJob({ jobId }).go({ cursor, limit: input.limit ?? 100 }));
  return { items: result.data.map(({ rowNo, field, reason, tid }) => ({ rowNo, field, reason, tid })), cursor: result.cursor };
}

/**
 * The consumer's work on one chunk. Idempotent: rows already applied are recognised by their
 * message id (the job and row number), the refusals are keyed by row, and the progress moves only
 * from this chunk's number to the next (a second delivery finds it moved and stops).
 */
export async function processChunk(jobId: string, chunkNo: number) {
  const job = await load(jobId);
  if (job.chunksDone !== chunkNo) return "skipped" as const;
  const stored = (await ImportChunkEntity.get({ jobId, chunkNo }).go({ consistent: true })).data;
  if (!stored) throw new Error(`Import ${jobId} chunk ${chunkNo} is missing`);
  const columns = JSON.parse(job.columns) as Columns;
  const rows = JSON.parse(stored.rows) as { rowNo: number; cells: string[] }[];
  let accepted = 0;
  const refused: { jobId: string; rowNo: number; field: string; reason: string; tid?: string }[] = [];
  const pending = rows.map(({ rowNo, cells }) => ({ rowNo, result: rowToTrade(cells, columns) }));
  // Rows are mostly different orders, so a few at a time; rows of one order meet the version check.
  await inParallel(pending, ROW_CONCURRENCY, async ({ rowNo, result }) => {
    if (!result.ok) {
      refused.push({ jobId, rowNo, field: result.field, reason: result.reason, tid: result.tid });
      return;
    }
    await applyMessage({ id: `import-${jobId}-${rowNo}`, tid: result.trade.tid, at: result.at, topic: "dianwu.import", trade: result.trade }, { source: "import" });
    accepted++;
  });
  if (refused.length) await ImportRejectEntity.put(refused).go();
  const last = chunkNo + 1 >= job.chunksTotal && job.importState !== "receiving";
  const now = new Date().toISOString();
  try {
    await ImportJobEntity.patch({ jobId })
      .set({
        chunksDone: chunkNo + 1,
        rowsDone: job.rowsDone + rows.length,
        accepted: job.accepted + accepted,
        rejected: job.rejected + refused.length,
        importState: last ? "done" : "running",
        updatedAt: now,
        ...(last ? { finishedAt: now } : {}),
      })
      .where((a, op) => op.eq(a.chunksDone, chunkNo))
      .go();
  } catch (error) {
    if (isConditionFailed(error)) return "skipped" as const;
    throw error;
  }
  if (!last) await Bus.publish(Events.ImportChunk.create({ jobId, chunkNo: chunkNo + 1 }));
  return last ? ("done" as const) : ("continued" as const);
}

async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
