import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Compact HMAC-signed tokens (payload.signature, both base64url). Enough for our own cookies and
 * kiosk headers; nothing outside Dianwu reads them, so no JWT library is needed.
 */
let secret: Buffer | undefined;

export function setSigningSecret(value: string) {
  if (value.length < 32) throw new Error("The signing secret must be at least 32 characters");
  secret = Buffer.from(value);
}

function key() {
  if (!secret) throw new Error("setSigningSecret was not called");
  return secret;
}

export function sign(payload: object) {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const mac = createHmac("sha256", key()).update(body).digest("base64url");
  return `${body}.${mac}`;
}

/** The payload if the signature is ours, else undefined. Expiry is the caller's check. */
export function verify(token: string): unknown {
  const [body, mac] = token.split(".");
  if (!body || !mac) return undefined;
  const expected = createHmac("sha256", key()).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(body, "base64url").toString());
  } catch {
    return undefined;
  }
}

export function sha256(value: string) {
  return createHash("sha256").update(value).digest("hex");
}

/** Random code from an alphabet without look-alikes (0/O, 1/I/L), for codes people type or scan. */
export function randomCode(length: number, alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789") {
  const bytes = randomBytes(length);
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}

export function randomSecret() {
  return randomBytes(32).toString("base64url");
}
