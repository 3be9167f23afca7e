import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { Bus } from "@dianwu/core/bus";
import { configure, createClient } from "@dianwu/core/db";
import { setSigningSecret } from "@dianwu/core/staff";
import { Settings } from "@dianwu/core/settings";
import { composeAreas } from "../compose";
import { toEntry } from "../events/eventbridge";
import { configureShopPlatform } from "../webhook/platform";

/**
 * Lambda start-up, once per container: the table and bus names come from the environment the
 * CDK constructs set, the secrets from Secrets Manager. Nothing in core reads the environment.
 */
function required(name: string) {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
}

export interface CloudSecrets {
  sessionSecret: string;
  webhookSecret: string;
}

export async function initCloud(): Promise<CloudSecrets> {
  const secretValue = await new SecretsManagerClient({}).send(
    new GetSecretValueCommand({ SecretId: required("DIANWU_SECRET_ARN") }),
  );
  const secrets = JSON.parse(secretValue.SecretString ?? "{}") as CloudSecrets;
  configure({ client: createClient(), table: required("DIANWU_TABLE") });
  setSigningSecret(secrets.sessionSecret);
  composeAreas();
  // Learn the shop's time zone (audit days follow it); a database hiccup at start-up must not
  // fail the cold start, the first request that reads settings will learn it instead.
  await Settings.get().catch(() => undefined);
  configureShopPlatform(secrets);

  const busName = required("DIANWU_BUS");
  const eventBridge = new EventBridgeClient({});
  Bus.setTransport(async (events) => {
    // PutEvents takes at most 10 entries per call.
    for (let i = 0; i < events.length; i += 10) {
      const result = await eventBridge.send(
        new PutEventsCommand({ Entries: events.slice(i, i + 10).map((e) => toEntry(e, busName)) }),
      );
      if (result.FailedEntryCount) {
        throw new Error(`EventBridge refused ${result.FailedEntryCount} event(s): ${JSON.stringify(result.Entries)}`);
      }
    }
  });
  return secrets;
}
