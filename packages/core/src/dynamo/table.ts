import { fromAttributes, toAttributes, type AttributeValue } from "./attributes";
import { callAws, serviceUrl, type Endpoint } from "./aws-json";
import type { Credentials } from "./sigv4";

/**
 * The single table, spoken to directly: reads and writes as DynamoDB takes them, with plain
 * values (the DocumentClient's shape, which is also what ElectroDB's `.params()` produce). For the
 * packing bench's hot path, where the SDK's and ElectroDB's load time and size are not affordable;
 * the rest of the domain goes through ElectroDB (db.ts). Both write the same items.
 */
let current: { endpoint: Endpoint; table: string } | undefined;

export function configureTable(options: { table: string; endpoint?: string; region?: string; credentials?: Credentials }) {
  const region = options.region ?? process.env.AWS_REGION ?? "us-east-1";
  const url = options.endpoint ?? process.env.AWS_ENDPOINT_URL_DYNAMODB ?? serviceUrl("dynamodb", region);
  current = { endpoint: { url, region, credentials: options.credentials }, table: options.table };
}

export function tableName() {
  if (!current) throw new Error("configureTable was not called");
  return current.table;
}

async function call<T>(operation: string, input: object): Promise<T> {
  if (!current) throw new Error("configureTable was not called");
  return callAws<T>(current.endpoint, "dynamodb", `DynamoDB_20120810.${operation}`, "application/x-amz-json-1.0", input);
}

export type Key = { pk: string; sk: string };
export type Row = Record<string, unknown>;

/** A write transaction was canceled; each item's reason code (None, ConditionalCheckFailed, TransactionConflict…). */
export class TransactionCanceled extends Error {
  constructor(readonly reasons: { code: string; message?: string }[]) {
    super(`Transaction canceled: ${reasons.map((r) => r.code).join(", ")}`);
    this.name = "TransactionCanceled";
  }
}

/** Expression values and the condition/update parts of a write, as plain values. */
interface Expressions {
  ConditionExpression?: string;
  UpdateExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

function encodeExpressions<T extends Expressions>(input: T) {
  const { ExpressionAttributeValues, ...rest } = input;
  return ExpressionAttributeValues ? { ...rest, ExpressionAttributeValues: toAttributes(ExpressionAttributeValues) } : rest;
}

export async function getItem(key: Key, options: { consistent?: boolean; attributes?: string[] } = {}): Promise<Row | undefined> {
  const projection = options.attributes?.length
    ? { ProjectionExpression: options.attributes.map((_, i) => `#p${i}`).join(", "), ExpressionAttributeNames: Object.fromEntries(options.attributes.map((a, i) => [`#p${i}`, a])) }
    : {};
  const result = await call<{ Item?: Record<string, AttributeValue> }>("GetItem", {
    TableName: tableName(),
    Key: toAttributes(key),
    ConsistentRead: options.consistent ?? true,
    ...projection,
  });
  return result.Item ? fromAttributes(result.Item) : undefined;
}

/** Several items in one request, strongly consistent; absent ones are undefined, in the order asked. */
export async function getItems(keys: readonly Key[]): Promise<(Row | undefined)[]> {
  const table = tableName();
  const found = new Map<string, Row>();
  let pending: Record<string, AttributeValue>[] = keys.map((key) => toAttributes(key));
  for (let round = 0; pending.length > 0; round++) {
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(100, 5 * 2 ** round) * Math.random()));
    if (round >= 8) throw new Error("DynamoDB left keys unprocessed eight times running");
    const result = await call<{ Responses?: Record<string, Record<string, AttributeValue>[]>; UnprocessedKeys?: Record<string, { Keys: Record<string, AttributeValue>[] }> }>("BatchGetItem", {
      RequestItems: { [table]: { Keys: pending, ConsistentRead: true } },
    });
    for (const item of result.Responses?.[table] ?? []) {
      const row = fromAttributes(item);
      found.set(`${String(row.pk)}\n${String(row.sk)}`, row);
    }
    pending = result.UnprocessedKeys?.[table]?.Keys ?? [];
  }
  return keys.map((key) => found.get(`${key.pk}\n${key.sk}`));
}

export type Put = Expressions & { TableName?: string; Item: Row };
export type Update = Expressions & { TableName?: string; Key: Key; UpdateExpression: string };
export type ConditionCheck = Expressions & { TableName?: string; Key: Key; ConditionExpression: string };
export type TransactItem = { Put: Put } | { Update: Update } | { ConditionCheck: ConditionCheck } | { Delete: Expressions & { TableName?: string; Key: Key } };

export async function putItem(put: Put) {
  await call("PutItem", { ...encodeExpressions(put), TableName: put.TableName ?? tableName(), Item: toAttributes(put.Item) });
}

export async function updateItem(update: Update) {
  await call("UpdateItem", { ...encodeExpressions(update), TableName: update.TableName ?? tableName(), Key: toAttributes(update.Key) });
}

function encodeTransactItem(item: TransactItem) {
  const [[kind, body]] = Object.entries(item) as [[string, Put & Partial<Update>]];
  const encoded: Record<string, unknown> = { ...encodeExpressions(body), TableName: body.TableName ?? tableName() };
  if (body.Item) encoded.Item = toAttributes(body.Item);
  if (body.Key) encoded.Key = toAttributes(body.Key);
  return { [kind]: encoded };
}

/** All or nothing; a cancellation throws TransactionCanceled with each item's reason. */
export async function transactWrite(items: readonly TransactItem[], options: { token?: string } = {}) {
  try {
    await call("TransactWriteItems", { TransactItems: items.map(encodeTransactItem), ...(options.token ? { ClientRequestToken: options.token } : {}) });
  } catch (error) {
    const reasons = (error as { body?: { CancellationReasons?: { Code?: string; Message?: string }[] } }).body?.CancellationReasons;
    if ((error as Error).name === "TransactionCanceledException" && reasons) {
      throw new TransactionCanceled(reasons.map((r) => ({ code: r.Code ?? "None", message: r.Message })));
    }
    throw error;
  }
}

/** One cheap read, to tell "the database answers" from "it does not". */
export async function ping(): Promise<boolean> {
  try {
    await getItem({ pk: "$health", sk: "$health" }, { consistent: false });
    return true;
  } catch {
    return false;
  }
}
