import type { Context, MiddlewareHandler } from "hono";
import { withActor, type Actor } from "@dianwu/core/actor";
import { authenticateDevice, authenticateOperator } from "@dianwu/core/staff/credentials";

/**
 * A kiosk's credentials: `Authorization: Device <deviceId.secret>` and, once a badge was scanned,
 * `X-Operator: <token>`. The whole app accepts them (authenticate.ts); the packing bench's hot
 * Lambda accepts nothing else, so this module stays free of the console's session machinery.
 */
export async function deviceActor(c: Context, credential: string): Promise<Actor> {
  const device = await authenticateDevice(credential);
  if (!device) return { type: "public" };
  const operatorToken = c.req.header("x-operator");
  if (operatorToken) {
    const operator = await authenticateOperator(operatorToken, device);
    if (operator) return { type: "staff", staffNo: operator.sub, roles: operator.roles, device };
  }
  return { type: "device", device };
}

/** "Device <credential>" → the credential; anything else → undefined. */
export function deviceCredential(c: Context): string | undefined {
  const [scheme, credential] = splitOnce(c.req.header("authorization") ?? "", " ");
  return scheme.toLowerCase() === "device" && credential ? credential : undefined;
}

/** Middleware for the hot Lambda: kiosks only; anyone else is public (and refused by the route's access rule). */
export const authenticateKiosk: MiddlewareHandler = async (c, next) => {
  const credential = deviceCredential(c);
  await withActor(credential ? await deviceActor(c, credential) : { type: "public" }, next);
};

export function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, ""] : [value.slice(0, at), value.slice(at + 1).trim()];
}
