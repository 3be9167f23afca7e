import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { CreateTableCommand, DescribeTableCommand, ResourceInUseException, UpdateTimeToLiveCommand } from "@aws-sdk/client-dynamodb";
import { createClient } from "@dianwu/core/db";
import { createTableInput, TTL_ATTRIBUTE } from "@dianwu/infra/table";

/**
 * AWS's own DynamoDB emulator (the jar shipped in the npm package amplify-dynamodb-simulator),
 * run with the machine's Java. Not a mock: the same API, conditions and transactions as the cloud.
 */
const require = createRequire(import.meta.url);
const EMULATOR_DIR = join(dirname(require.resolve("amplify-dynamodb-simulator/package.json")), "emulator");

export class JavaMissingError extends Error {
  constructor() {
    super(
      "Java 17 or newer is needed to run DynamoDB Local, and `java` was not found.\n" +
        "  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless\n" +
        "  macOS:         brew install openjdk@17\n" +
        "Then run the command again.",
    );
    this.name = "JavaMissingError";
  }
}

export function assertJava() {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) throw new JavaMissingError();
  const match = /version "(\d+)/.exec(result.stderr ?? "");
  if (match && Number(match[1]) < 17) throw new JavaMissingError();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface DynamoLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts DynamoDB Local on 127.0.0.1 and resolves once it answers. `dbPath` persists; otherwise in memory. */
export async function startDynamoLocal(options: { port?: number; dbPath?: string } = {}): Promise<DynamoLocal> {
  assertJava();
  const port = options.port ?? (await freePort());
  const storage = options.dbPath ? ["-dbPath", options.dbPath] : ["-inMemory"];
  const child: ChildProcess = spawn(
    "java",
    [
      "-Xmx512m",
      `-Djava.library.path=${join(EMULATOR_DIR, "DynamoDBLocal_lib")}`,
      "-jar",
      join(EMULATOR_DIR, "DynamoDBLocal.jar"),
      "-port",
      String(port),
      "-sharedDb",
      ...storage,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const endpoint = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitUntilAnswers(endpoint, child, () => output);
  return {
    endpoint,
    port,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

async function waitUntilAnswers(endpoint: string, child: ChildProcess, output: () => string) {
  const client = localClient(endpoint);
  // Generous: a cold JVM on a busy 2-core machine can take a while; a healthy start takes ~2 s.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}):\n${output()}`);
    try {
      await client.send(new DescribeTableCommand({ TableName: "probe" }));
      return;
    } catch (error: any) {
      if (error?.name === "ResourceNotFoundException") return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`DynamoDB Local did not answer within 120 s:\n${output()}`);
}

/** Where DynamoDB Local is, with the fixed dummy credentials it accepts. */
export function localConnection(endpoint: string) {
  return { endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } };
}

/** A client for DynamoDB Local: fixed dummy credentials, fail-fast timeouts as in production. */
export function localClient(endpoint: string) {
  return createClient(localConnection(endpoint));
}

/** Creates the table from the shared definition unless it exists; returns whether it was created. */
export async function ensureTable(endpoint: string, tableName: string): Promise<boolean> {
  const client = localClient(endpoint);
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if (error instanceof ResourceInUseException) return false;
    throw error;
  }
  await client.send(
    new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } }),
  );
  return true;
}
