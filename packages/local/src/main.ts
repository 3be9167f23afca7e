import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { Settings } from "@dianwu/core/settings";
import { DEMO_PASSWORD, DEMO_STAFF, loadDemo } from "./demo/index";
import { ensureTable, JavaMissingError, startDynamoLocal } from "./dynamodb-local";
import { serveAll, wire, type Secrets } from "./runtime";

/**
 * `npm start`: DynamoDB Local with its data in .data/, the table from the shared definition,
 * demo data on first start, and the API + kiosk + console on one port.
 */
const DATA_DIR = join(process.cwd(), ".data");
const TABLE = "dianwu";

async function main() {
  const fresh = process.argv.includes("--fresh");
  const port = Number(process.env.PORT ?? 3000);
  if (fresh) rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(join(DATA_DIR, "dynamodb"), { recursive: true });
  const secrets = loadSecrets();

  const dynamo = await startDynamoLocal({ dbPath: join(DATA_DIR, "dynamodb") });
  const stop = async () => {
    await dynamo.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  await ensureTable(dynamo.endpoint, TABLE);
  wire({ endpoint: dynamo.endpoint, table: TABLE, secrets });
  const seeded = await loadDemo((line) => console.log(line));
  await Settings.get(); // learns the shop's time zone for the audit log's days
  const { port: bound } = await serveAll({ port });

  const base = `http://localhost:${bound}`;
  console.log(`
Dianwu is running${seeded ? " (demo data loaded)" : ""}.
  Console   ${base}/
  Kiosk     ${base}/kiosk/
  API docs  ${base}/api/docs
  Health    ${base}/api/health
  DynamoDB Local ${dynamo.endpoint} (data in .data/; \`npm start -- --fresh\` starts empty)

Demo logins (password ${DEMO_PASSWORD}):
${DEMO_STAFF.map((s) => `  ${s.staffNo}  ${s.name.padEnd(6, "　")} ${s.roles.join(", ")}`).join("\n")}

Shop webhook secret (SHOP_WEBHOOK_SECRET): ${secrets.webhookSecret}
Ctrl+C stops everything.`);
}

/** Secrets are generated on first start and kept in .data/ so sessions survive a restart. */
function loadSecrets(): Secrets {
  const file = join(DATA_DIR, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const secrets = {
    sessionSecret: process.env.DIANWU_SESSION_SECRET ?? randomBytes(32).toString("base64url"),
    webhookSecret: process.env.SHOP_WEBHOOK_SECRET ?? randomBytes(24).toString("base64url"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

main().catch((error) => {
  if (error instanceof JavaMissingError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
