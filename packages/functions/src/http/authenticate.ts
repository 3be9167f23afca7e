import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie, deleteCookie } from "hono/cookie";
import { withActor, type Actor } from "@dianwu/core/actor";
import { Auth } from "@dianwu/core/staff";
import { deviceActor, deviceCredential, splitOnce } from "./authenticate-device";

export const SESSION_COOKIE = "dw_session";

/**
 * Works out who is calling and runs the rest of the request as that actor. Credentials that do
 * not check out are treated as none: the route's access rule then answers 401. A console session
 * token past its short life is renewed here and the new cookie set on the response.
 */
export const authenticate: MiddlewareHandler = async (c, next) => {
  const actor = await resolveActor(c);
  await withActor(actor, next);
};

async function resolveActor(c: Context): Promise<Actor> {
  const device = deviceCredential(c);
  if (device) return deviceActor(c, device);
  const [scheme, credential] = splitOnce(c.req.header("authorization") ?? "", " ");

  const sessionToken = scheme.toLowerCase() === "bearer" && credential ? credential : getCookie(c, SESSION_COOKIE);
  if (!sessionToken) return { type: "public" };
  const session = await Auth.authenticate(sessionToken);
  if (!session) {
    if (getCookie(c, SESSION_COOKIE)) deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return { type: "public" };
  }
  if (session.renewed) setSessionCookie(c, session.renewed, session.claims.end);
  return { type: "staff", staffNo: session.claims.sub, roles: session.claims.roles, sessionId: session.claims.sid };
}

export function setSessionCookie(c: Context, token: string, endEpochSeconds: number) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    secure: new URL(c.req.url).protocol === "https:",
    path: "/",
    expires: new Date(endEpochSeconds * 1000),
  });
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}
