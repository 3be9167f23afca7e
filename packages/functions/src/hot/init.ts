import { callAws, serviceUrl } from "@dianwu/core/dynamo/aws-json";
import { configureTable } from "@dianwu/core/dynamo/table";
import { setSigningSecret } from "@dianwu/core/staff/token";

/**
 * Start-up of the hot Lambda: the table and the session signing secret (device and operator
 * tokens), nothing else — a scan publishes no event. No AWS SDK: Secrets Manager and DynamoDB are
 * called through the small signed JSON client (docs/decisions/0061-hot-path-without-sdk.md).
 */
function required(name: string) {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
}

export async function initHot() {
  const region = required("AWS_REGION");
  const url = process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER ?? serviceUrl("secretsmanager", region);
  const secret = await callAws<{ SecretString?: string }>({ url, region }, "secretsmanager", "secretsmanager.GetSecretValue", "application/x-amz-json-1.1", {
    SecretId: required("DIANWU_SECRET_ARN"),
  });
  const secrets = JSON.parse(secret.SecretString ?? "{}") as { sessionSecret: string };
  configureTable({ table: required("DIANWU_TABLE"), region });
  setSigningSecret(secrets.sessionSecret);
}
