import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@dianwu/functions/http/app";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeDevice } from "@dianwu/local/testing/factories";
import { documentedRoutes, fillPath, type DocumentedRoute } from "@dianwu/local/testing/routes";

/**
 * Random and malformed input to every route, as the most privileged callers (so validation, not
 * the access rule, is what answers): nothing may produce a 500, and every 4xx is problem+json.
 */
const app = createApi();
let routes: DocumentedRoute[];
let deviceToken: string;
const sessions = new Map<string, Awaited<ReturnType<typeof signedIn>>>();

beforeAll(async () => {
  await useTestTable();
  routes = await documentedRoutes(app);
  deviceToken = (await makeDevice("packing_bench")).token;
});

const signedInBoss = () => signedIn(["boss", "hr", "warehouse_supervisor", "cs_supervisor"], "management", app);

/**
 * Routes that can end the caller's own session (sign out, change password, revoke sessions) get
 * a session of their own, so fuzzing them cannot turn the rest of the run into 401s that prove
 * nothing; every other route shares one (a sign-in per route is slow: scrypt is meant to be).
 */
const SESSION_ENDING = /^\/api\/(auth\/|staff\/\{staffNo\}\/(password|sessions))/;

async function callerFor(route: DocumentedRoute) {
  if (route.access.kind === "device" || route.access.kind === "operator") {
    return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      client(app).call(method, path, body, { authorization: `Device ${deviceToken}`, ...headers });
  }
  const key = SESSION_ENDING.test(route.template) ? `${route.method} ${route.template}` : "shared";
  if (!sessions.has(key)) sessions.set(key, await signedInBoss());
  return sessions.get(key)!.call;
}

async function expectNo500(route: DocumentedRoute, path: string, body: unknown, headers?: Record<string, string>) {
  const response = await (await callerFor(route))(route.method, path, body, headers);
  const label = `${route.method} ${path} ${typeof body === "string" ? body.slice(0, 80) : JSON.stringify(body)?.slice(0, 80)}`;
  expect(response.status, label).toBeLessThan(500);
  if (response.status >= 400) expect(response.headers.get("content-type"), label).toBe("application/problem+json");
}

const json = fc.jsonValue({ maxDepth: 3 });
const weird = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("", "%", "..", "../..", "🙂", "a".repeat(300)));

describe("fuzz: no input makes a 500", () => {
  it("random JSON bodies and path parameters", { timeout: 300_000 }, async () => {
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(json, weird, async (body, param) => {
          await expectNo500(route, fillPath(route.template, () => param), route.hasBody ? body : undefined);
        }),
        { numRuns: 15 },
      );
    }
  });

  it("bodies shaped like the schema but with wrong types, missing and extra fields", { timeout: 300_000 }, async () => {
    const mutate = fc.record({
      staffNo: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      password: fc.oneof(fc.string(), fc.integer()),
      kind: fc.oneof(fc.constantFrom("packing_bench", "clock_in", "toaster"), fc.integer()),
      name: fc.oneof(fc.string(), fc.constant(null)),
      location: fc.oneof(fc.string(), fc.array(fc.string())),
      code: fc.oneof(fc.string(), fc.integer()),
      roles: fc.oneof(fc.array(fc.string()), fc.string()),
      version: fc.oneof(fc.integer(), fc.string(), fc.double()),
      settings: fc.oneof(fc.object(), fc.constant({ fines: { complaintFirstFen: -1 } })),
      reason: fc.string(),
    }, { requiredKeys: [] });
    for (const route of routes.filter((r) => r.hasBody)) {
      await fc.assert(
        fc.asyncProperty(mutate, async (body) => {
          await expectNo500(route, fillPath(route.template), body);
        }),
        { numRuns: 15 },
      );
    }
  });

  it("malformed JSON, the wrong content type, a bad query and a body over the limit", { timeout: 300_000 }, async () => {
    for (const route of routes) {
      const path = fillPath(route.template);
      if (route.hasBody) {
        await expectNo500(route, path, "{not json", { "content-type": "application/json" });
        await expectNo500(route, path, "staffNo=1", { "content-type": "application/x-www-form-urlencoded" });
        await expectNo500(route, path, "[]", {});
      }
      await expectNo500(route, `${path}?limit=-5&cursor=%ZZ&day=yesterday&state=x`, route.hasBody ? {} : undefined);
    }
    const boss = await signedInBoss();
    const big = await boss.call("POST", "/api/staff", "x".repeat(1024 * 1024 + 10), { "content-type": "application/json" });
    expect(big.status).toBe(413);
  });

  it("names the failing field for a nested settings value", async () => {
    const boss = await signedInBoss();
    const current = (await boss.get("/api/settings")).json;
    const bad = structuredClone(current);
    bad.settings.fines.complaintFirstFen = -5;
    const response = await boss.put("/api/settings", bad);
    expect(response.status).toBe(400);
    expect(response.json.field).toBe("settings.fines.complaintFirstFen");
  });
});
