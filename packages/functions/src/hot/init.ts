import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { Bus } from "@dianwu/core/bus";
import { configure, createClient } from "@dianwu/core/db";
import { setSigningSecret } from "@dianwu/core/staff";
import { toEntry } from "../events/eventbridge";

/**
 * Start-up of the hot Lambda: what cloud/init.ts does for the main app, minus the shop platform
 * (webhook secrets, the trade source), whose code would otherwise come into this bundle. The
 * bench needs the table, the session signing secret (device and operator tokens) and the bus.
 */
function required(name: string) {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
}

export async function initHot() {
  const secretValue = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: required("DIANWU_SECRET_ARN") }));
  const secrets = JSON.parse(secretValue.SecretString ?? "{}") as { sessionSecret: string };
  configure({ client: createClient(), table: required("DIANWU_TABLE") });
  setSigningSecret(secrets.sessionSecret);

  const busName = required("DIANWU_BUS");
  // Loaded on the first publish, not at start-up: most hot requests (lookups, scans) publish
  // nothing, and the client's load time would otherwise be paid by every cold start.
  let eventBridge: Promise<{ client: import("@aws-sdk/client-eventbridge").EventBridgeClient; PutEventsCommand: typeof import("@aws-sdk/client-eventbridge").PutEventsCommand }> | undefined;
  Bus.setTransport(async (events) => {
    eventBridge ??= import("@aws-sdk/client-eventbridge").then((m) => ({ client: new m.EventBridgeClient({}), PutEventsCommand: m.PutEventsCommand }));
    const { client, PutEventsCommand } = await eventBridge;
    // PutEvents takes at most 10 entries per call.
    for (let i = 0; i < events.length; i += 10) {
      const result = await client.send(new PutEventsCommand({ Entries: events.slice(i, i + 10).map((e) => toEntry(e, busName)) }));
      if (result.FailedEntryCount) throw new Error(`EventBridge refused ${result.FailedEntryCount} event(s): ${JSON.stringify(result.Entries)}`);
    }
  });
}
