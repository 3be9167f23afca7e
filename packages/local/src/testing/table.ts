import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { ensureTable } from "../dynamodb-local";
import { wire } from "../runtime";

export const TEST_SECRETS = {
  sessionSecret: "test-session-secret-test-session-secret",
  webhookSecret: "test-webhook-secret",
};

/**
 * A fresh table in the run's DynamoDB Local, with the domain, signing secret and local bus wired
 * to it. Call once per test file (in beforeAll): files run in their own processes, so the
 * module-level configuration belongs to that file alone. Parcel matching is not joined to the
 * warehouse's stock here (every SKU counts as available); a test about that calls `composeAreas()`.
 */
export async function useTestTable() {
  const endpoint = inject("dynamoEndpoint");
  const table = `t_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await ensureTable(endpoint, table);
  const bus = wire({ endpoint, table, secrets: TEST_SECRETS, composeAreas: false });
  return { endpoint, table, bus };
}
