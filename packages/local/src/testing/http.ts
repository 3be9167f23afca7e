import { createApi, type Api } from "@dianwu/functions/http/app";
import { makeStaff, PASSWORD } from "./factories";
import type { Role, Department } from "@dianwu/core/staff";

/** Drives the Hono app in process (`app.request`), keeping the session cookie like a browser would. */
export function client(app: Api = createApi()) {
  let cookie = "";
  const headers: Record<string, string> = {};
  async function call(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
    const response = await app.request(path, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(cookie ? { cookie } : {}),
        ...headers,
        ...extra,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const set = response.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0]!.endsWith("=") ? "" : set.split(";")[0]!;
    const text = await response.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, json, text, headers: response.headers };
  }
  return {
    app,
    call,
    get: (path: string, extra?: Record<string, string>) => call("GET", path, undefined, extra),
    post: (path: string, body?: unknown, extra?: Record<string, string>) => call("POST", path, body ?? {}, extra),
    put: (path: string, body?: unknown) => call("PUT", path, body),
    patch: (path: string, body?: unknown) => call("PATCH", path, body),
    setHeader(name: string, value: string) {
      headers[name] = value;
    },
    get cookie() {
      return cookie;
    },
  };
}

/** A new staff member with these roles, signed in on a fresh client. */
export async function signedIn(roles: Role[], department: Department = "management", app?: Api) {
  const staff = await makeStaff({ roles, department });
  const c = client(app);
  const response = await c.post("/api/auth/login", { staffNo: staff.staffNo, password: PASSWORD });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  return Object.assign(c, { staff });
}
