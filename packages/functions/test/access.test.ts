import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@dianwu/core/staff";
import { createApi } from "@dianwu/functions/http/app";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeDevice } from "@dianwu/local/testing/factories";
import { documentedRoutes, fillPath, type DocumentedRoute } from "@dianwu/local/testing/routes";

/**
 * The access rule of every route, proven by calling it: no credentials → 401, the wrong role
 * (or the wrong kind of caller) → 403. Routes come from the OpenAPI document, so a route added
 * later is covered without touching this file; a second test makes sure no route escapes the
 * document.
 */
const app = createApi();
let routes: DocumentedRoute[];

beforeAll(async () => {
  await useTestTable();
  routes = await documentedRoutes(app);
});

describe("route access", () => {
  it("every route declares who may call it", () => {
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) {
      expect(route.access, `${route.method} ${route.template}`).toBeDefined();
      if (route.access.kind === "staff" && route.access.roles !== "any") expect(route.access.roles!.length).toBeGreaterThan(0);
    }
  });

  it("no route is served that the document does not list", () => {
    const documented = new Set(routes.map((r) => `${r.method} ${r.template.replace(/\{(\w+)\}/g, ":$1")}`));
    const served = app.routes
      .filter((r) => r.method !== "ALL" && !["/api/openapi.json", "/api/docs"].includes(r.path))
      .map((r) => `${r.method} ${r.path}`);
    expect(served.filter((r) => !documented.has(r))).toEqual([]);
  });

  it("anonymous calls get 401 problem+json on every non-public route", { timeout: 120_000 }, async () => {
    const anonymous = client(app);
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access.kind !== "public")) {
      const response = await anonymous.call(route.method, fillPath(route.template), route.hasBody ? {} : undefined);
      if (response.status !== 401 || response.headers.get("content-type") !== "application/problem+json") {
        failures.push(`${route.method} ${route.template} → ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("a signed-in staff member without the role gets 403 on every role-restricted route", { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    const sessions = new Map<Role, Awaited<ReturnType<typeof signedIn>>>();
    for (const route of routes.filter((r) => r.access.kind === "staff" && r.access.roles !== "any")) {
      const lacking = ROLES.find((role) => !(route.access.roles as string[]).includes(role))!;
      if (!sessions.has(lacking)) sessions.set(lacking, await signedIn([lacking], "management", app));
      const response = await sessions.get(lacking)!.call(route.method, fillPath(route.template), route.hasBody ? {} : undefined);
      if (response.status !== 403) failures.push(`${route.method} ${route.template} as ${lacking} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it("device routes refuse console sessions (403) and the wrong kind of device (403)", { timeout: 120_000 }, async () => {
    const boss = await signedIn(["boss"], "management", app);
    const bench = await makeDevice("packing_bench");
    const clock = await makeDevice("clock_in");
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access.kind === "device" || r.access.kind === "operator")) {
      const path = fillPath(route.template);
      const body = route.hasBody ? {} : undefined;
      const asBoss = await boss.call(route.method, path, body);
      if (asBoss.status !== 403) failures.push(`${route.method} ${route.template} as console → ${asBoss.status}`);
      const wrongKind = route.access.kinds!.includes("packing_bench") ? (route.access.kinds!.includes("clock_in") ? undefined : clock) : bench;
      if (wrongKind) {
        const response = await client(app).call(route.method, path, body, { authorization: `Device ${wrongKind.token}` });
        if (response.status !== 403) failures.push(`${route.method} ${route.template} as other device → ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("console routes refuse a kiosk device token (403)", async () => {
    const bench = await makeDevice("packing_bench");
    const response = await client(app).get("/api/staff", { authorization: `Device ${bench.token}` });
    expect(response.status).toBe(403);
  });
});
