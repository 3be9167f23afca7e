import { fileURLToPath } from "node:url";
import { configure } from "@dianwu/core/db";
import { setSigningSecret } from "@dianwu/core/staff";
import { createApi } from "@dianwu/functions/http/app";
import { composeAreas } from "@dianwu/functions/compose";
import { consumers } from "@dianwu/functions/events/index";
import { setWebhookSecret } from "@dianwu/functions/webhook/secret";
import { createLocalBus } from "./bus";
import { localClient, localConnection } from "./dynamodb-local";
import { createLocalApp, listen } from "./server";

export const CONSOLE_DIST = fileURLToPath(new URL("../../console/dist", import.meta.url));
export const KIOSK_DIST = fileURLToPath(new URL("../../kiosk/dist", import.meta.url));

export interface Secrets {
  sessionSecret: string;
  webhookSecret: string;
}

/**
 * Points the domain at a table and installs the local bus: everything but the HTTP listener.
 * `composeAreas: false` leaves the areas unjoined (matching then counts every SKU as in stock):
 * for tests that are not about stock and would otherwise have to stock every SKU they order.
 */
export function wire(options: { endpoint: string; table: string; secrets: Secrets; composeAreas?: boolean }) {
  configure({ client: localClient(options.endpoint), table: options.table, direct: localConnection(options.endpoint) });
  setSigningSecret(options.secrets.sessionSecret);
  setWebhookSecret(options.secrets.webhookSecret);
  if (options.composeAreas !== false) composeAreas();
  const bus = createLocalBus(consumers);
  bus.install();
  return bus;
}

/** The whole system on one port: the API, the kiosk and the console. */
export async function serveAll(options: { port: number; hostname?: string }) {
  const app = createLocalApp({ api: createApi(), consoleDist: CONSOLE_DIST, kioskDist: KIOSK_DIST });
  return listen(app, options.port, options.hostname);
}
