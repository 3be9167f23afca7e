import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { Entity, createWriteTransaction, type Schema } from "electrodb";
import { configureTable, transactWrite, type TransactItem } from "./dynamo/table";

export { ping, TransactionCanceled } from "./dynamo/table";
export { isConditionFailed, isUnreachable } from "./dynamo/errors";

/**
 * The table and client are injected at start-up (Lambda init, the local runtime, a test file),
 * never read at module load. Entities register themselves here and are pointed at the configured
 * table when `Db.configure` runs, so a test file can use a fresh table of its own.
 *
 * An entity is built on first use, not at import: ElectroDB checks and normalises the schema when
 * an Entity is constructed, which for every entity of the domain took most of a cold start, and a
 * process (the packing bench's hot Lambda above all) uses a few of them. Until then it is a proxy
 * that builds the real one, against the table configured at that moment, when anything touches it.
 */
interface Lazy {
  build(): Entity<any, any, any, any>;
  built: Entity<any, any, any, any> | undefined;
  /** What the defining module exports. */
  proxy?: Entity<any, any, any, any>;
}
const registry: Lazy[] = [];
let current: { client: DynamoDBDocumentClient; raw: DynamoDBClient; table: string } | undefined;

export function defineEntity<A extends string, F extends string, C extends string, S extends Schema<A, F, C>>(
  schema: S,
): Entity<A, F, C, S> {
  const lazy: Lazy = {
    built: undefined,
    build() {
      return (this.built ??= new Entity<A, F, C, S>(schema, { table: current?.table ?? "unconfigured", client: current?.client }));
    },
  };
  registry.push(lazy);
  const real = () => lazy.build();
  const proxy = new Proxy({} as Entity<A, F, C, S>, {
    get(_target, prop) {
      const entity = real();
      const value = Reflect.get(entity, prop, entity);
      return typeof value === "function" ? value.bind(entity) : value;
    },
    set: (_target, prop, value) => Reflect.set(real(), prop, value),
    has: (_target, prop) => Reflect.has(real(), prop),
    getPrototypeOf: () => Object.getPrototypeOf(real()),
  });
  lazy.proxy = proxy;
  return proxy;
}

/** Every entity defined so far, as their modules export them (for the tests that check them against the table). */
export function registeredEntities(): readonly Entity<any, any, any, any>[] {
  return registry.map((lazy) => lazy.proxy!);
}

/**
 * A DynamoDB client that fails fast: a bench or a webhook must get a 503 within seconds
 * when the database is away, not hang on the SDK's default retries.
 */
export function createClient(config: DynamoDBClientConfig = {}) {
  const raw = new DynamoDBClient({
    maxAttempts: 2,
    requestHandler: new NodeHttpHandler({ connectionTimeout: 1_000, requestTimeout: 3_000 }),
    ...config,
  });
  return raw;
}

/**
 * `direct` is where the table client (dynamo/table.ts, the hot path's SDK-free access) finds the
 * same table; by default the Lambda environment's region and credentials.
 */
export function configure(options: { client: DynamoDBClient; table: string; direct?: Omit<Parameters<typeof configureTable>[0], "table"> }) {
  configureTable({ table: options.table, ...options.direct });
  const client = DynamoDBDocumentClient.from(options.client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  current = { client, raw: options.client, table: options.table };
  // Entities not built yet take the table and client when they are.
  for (const { built } of registry) {
    built?.setClient(client);
    built?.setTableName(options.table);
  }
}

export function useDb() {
  if (!current) throw new Error("Db.configure was not called");
  return current;
}

/**
 * A write transaction whose items ElectroDB builds and the table client (dynamo/table.ts) sends,
 * so that every transaction of the app fails the same way: a cancellation throws
 * TransactionCanceled with a reason per item (ElectroDB's own `go` returns it as data, which is
 * easy to ignore by accident). `fn` may also return items written directly (the bench's scan log).
 */
export async function transaction<E extends { [name: string]: Entity<any, any, any, any> }>(
  entities: E,
  fn: Parameters<typeof createWriteTransaction<E, any, any>>[1],
  /** `token` makes a retried transaction a no-op for 10 minutes (DynamoDB's ClientRequestToken). */
  options: { token?: string } = {},
) {
  const { TransactItems } = createWriteTransaction(entities, fn).params();
  if (TransactItems.length) await transactWrite(TransactItems as unknown as TransactItem[], options);
}
