import { createHmac, timingSafeEqual } from "node:crypto";
import { unauthenticated } from "@dianwu/core/error";

/**
 * The shop webhook's signature: `x-dianwu-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
 * t + "." + raw body)>`. The timestamp inside the signed text stops replays beyond the tolerance;
 * several v1 values are allowed (one per secret during a rotation). Each failed check has its own code.
 */
export const SIGNATURE_HEADER = "x-dianwu-signature";
export const TOLERANCE_SECONDS = 5 * 60;

export function signatureOf(secret: string, timestamp: number, body: string) {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
}

/** The header value a sender puts on `body` (the platform side; our tests and benchmark use it). */
export function signWebhook(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  return `t=${timestamp},v1=${signatureOf(secret, timestamp, body)}`;
}

function parseHeader(header: string) {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === "t" && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === "v1" && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  return { timestamp, signatures };
}

/** Throws 401 naming the check that failed: missing, malformed, stale, mismatch. */
export function verifyWebhook(header: string | undefined, body: string, secret: string, nowSeconds = Math.floor(Date.now() / 1000)) {
  if (!header) throw unauthenticated("signature.missing", `No ${SIGNATURE_HEADER} header`);
  const { timestamp, signatures } = parseHeader(header);
  if (timestamp === undefined || signatures.length === 0) {
    throw unauthenticated("signature.malformed", `${SIGNATURE_HEADER} must be t=<unix seconds>,v1=<64 hex digits>`);
  }
  if (Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) {
    throw unauthenticated("signature.stale", `The signature's timestamp is more than ${TOLERANCE_SECONDS / 60} minutes off`);
  }
  const expected = Buffer.from(signatureOf(secret, timestamp, body), "hex");
  const matches = signatures.some((candidate) => timingSafeEqual(Buffer.from(candidate, "hex"), expected));
  if (!matches) throw unauthenticated("signature.mismatch", "The signature does not match the body");
}
