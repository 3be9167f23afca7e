import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@dianwu/functions/http/app";
import { ensureTable, freePort, startDynamoLocal, type DynamoLocal } from "../src/dynamodb-local";
import { wire } from "../src/runtime";
import { TEST_SECRETS } from "../src/testing/table";
import { client } from "../src/testing/http";
import { makeStaff, PASSWORD } from "../src/testing/factories";

/**
 * The database goes away and comes back. This file runs its own DynamoDB Local (on disk, so the
 * data survives the restart) rather than the shared one, which the other files are using.
 */
const dir = mkdtempSync(join(tmpdir(), "dianwu-resilience-"));
let port: number;
let dynamo: DynamoLocal | undefined;
const app = createApi();

beforeAll(async () => {
  port = await freePort();
  dynamo = await startDynamoLocal({ port, dbPath: dir });
  await ensureTable(dynamo.endpoint, "resilience");
  wire({ endpoint: dynamo.endpoint, table: "resilience", secrets: TEST_SECRETS });
});

afterAll(async () => {
  await dynamo?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The answer, or a failure if none came within `ms`: a hang is what this test is about. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe("when DynamoDB is unreachable", () => {
  it("answers 503 problem+json instead of hanging or crashing, and recovers on its own when it is back", { timeout: 180_000 }, async () => {
    const staff = await makeStaff({ roles: ["boss"], department: "management" });
    const c = client(app);
    expect((await c.post("/api/auth/login", { staffNo: staff.staffNo, password: PASSWORD })).status).toBe(200);
    expect((await c.get("/api/health")).json).toMatchObject({ status: "ok", dynamodb: "ok" });

    await dynamo!.stop();

    const health = await within(15_000, c.get("/api/health"));
    expect(health.status).toBe(503);
    expect(health.json.dynamodb).toBe("unreachable");
    for (const attempt of [
      () => c.post("/api/auth/login", { staffNo: staff.staffNo, password: PASSWORD }),
      () => c.get("/api/staff"),
      () => c.post("/api/devices/pairing-codes", { kind: "clock_in", name: "门口", location: "大门" }),
    ]) {
      const response = await within(15_000, attempt());
      expect(response.status).toBe(503);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.json.code).toBe("db.unreachable");
    }

    dynamo = await startDynamoLocal({ port, dbPath: dir });

    expect((await within(15_000, c.get("/api/health"))).status).toBe(200);
    const again = await c.post("/api/auth/login", { staffNo: staff.staffNo, password: PASSWORD });
    expect(again.status).toBe(200);
    expect((await c.get("/api/staff")).json.items.map((s: any) => s.staffNo)).toContain(staff.staffNo);
  });
});
