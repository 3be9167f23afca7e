import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { signRequest, type Credentials } from "./sigv4";

/**
 * A small client for AWS's JSON protocols (DynamoDB, Secrets Manager, EventBridge): sign, POST,
 * parse. The packing bench's hot Lambda uses it instead of the SDK, whose load alone took longer
 * than the whole start-up budget (docs/decisions/0061-hot-path-without-sdk.md). Kept deliberately
 * close to how the SDK client is set up in db.ts: keep-alive sockets, 1 s to connect, 3 s to
 * answer, one retry for what is worth retrying, so a bench gets its 503 within seconds.
 */
export interface Endpoint {
  url: string;
  region: string;
  credentials?: Credentials;
}

export class AwsError extends Error {
  constructor(
    /** The exception's short name, e.g. ConditionalCheckFailedException. */
    override readonly name: string,
    message: string,
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

const RETRYABLE = /Throttling|ProvisionedThroughputExceeded|RequestLimitExceeded|InternalServerError|ServiceUnavailable/;
const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 50 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 50 });

/** The standard endpoint of a service in a region (China's regions have their own domain). */
export function serviceUrl(service: string, region: string) {
  return `https://${service}.${region}.amazonaws.com${region.startsWith("cn-") ? ".cn" : ""}`;
}

/** The function's own credentials, as Lambda (or a shell) puts them in the environment. */
export function environmentCredentials(): Credentials {
  const accessKeyId = process.env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) throw new Error("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set");
  return { accessKeyId, secretAccessKey, sessionToken: process.env.AWS_SESSION_TOKEN || undefined };
}

function post(url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, agent: url.protocol === "https:" ? httpsAgent : httpAgent, timeout: 3_000 },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(Object.assign(new Error("Request timed out"), { code: "ETIMEDOUT" })));
    request.on("error", reject);
    request.end(body);
  });
}

/**
 * One call of `target` (e.g. DynamoDB_20120810.GetItem) with a JSON body. AWS errors throw an
 * AwsError named after the exception; a refused or dropped connection throws the socket's error
 * (db.ts's isUnreachable recognises both).
 */
export async function callAws<T>(endpoint: Endpoint, service: string, target: string, contentType: string, input: unknown): Promise<T> {
  const url = new URL(endpoint.url);
  const body = JSON.stringify(input);
  for (let attempt = 1; ; attempt++) {
    const headers = signRequest({
      method: "POST",
      host: url.host,
      path: url.pathname || "/",
      headers: { "content-type": contentType, "x-amz-target": target },
      body,
      region: endpoint.region,
      service,
      credentials: endpoint.credentials ?? environmentCredentials(),
    });
    let response: { status: number; text: string };
    try {
      response = await post(url, headers, body);
    } catch (error) {
      // A keep-alive socket the server closed meanwhile fails at once: worth one more try.
      if (attempt < 2 && (error as { code?: string }).code === "ECONNRESET") continue;
      throw error;
    }
    const parsed = parseBody(response.text);
    if (response.status === 200) return parsed as T;
    const type = String(parsed.__type ?? "UnknownError");
    const name = type.slice(type.lastIndexOf("#") + 1);
    const error = new AwsError(name, String(parsed.message ?? parsed.Message ?? name), response.status, parsed);
    if (attempt < 2 && (response.status >= 500 || RETRYABLE.test(name))) {
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
      continue;
    }
    throw error;
  }
}

/** AWS answers JSON; a proxy or load balancer in the way may not (then the status says enough). */
function parseBody(text: string): Record<string, unknown> {
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { message: text.slice(0, 200) };
  }
}
