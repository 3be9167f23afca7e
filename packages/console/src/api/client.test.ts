import { afterEach, describe, expect, it, vi } from "vitest";
import { apiUrl, onUnauthorized, request } from "./client";
import { ApiError } from "./problem";

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ type: "urn:x", title: "t", status, ...body }), {
    status,
    headers: { "content-type": "application/problem+json" },
  });

/** The error a call ends with (these calls are all expected to fail). */
const failureOf = (call: Promise<unknown>) => call.then(() => undefined, (error: unknown) => error as ApiError);

afterEach(() => vi.unstubAllGlobals());

describe("api client", () => {
  it("sends JSON with the session cookie and reads JSON back", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: 1 }), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    expect(await request("/staff", { method: "POST", body: { a: 1 } })).toEqual({ ok: 1 });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/staff");
    expect(init.credentials).toBe("same-origin");
    expect(init.body).toBe('{"a":1}');
    expect((init.headers as Record<string, string>)["content-type"]).toBe("application/json");
  });

  it("throws an ApiError carrying the problem document, with the field it names", async () => {
    vi.stubGlobal("fetch", async () =>
      problem(400, { code: "request.invalid", detail: "name: required", field: "name", errors: [{ field: "name", message: "required" }] }),
    );
    const error = (await failureOf(request("/staff")))!;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe("request.invalid");
    expect(error.names("name")).toBe(true);
    expect(error.names("staffNo")).toBe(false);
    expect(error.messageFor("name")).toBe("required");
  });

  it("tells the auth provider when the session is gone", async () => {
    vi.stubGlobal("fetch", async () => problem(401, { code: "auth.required" }));
    const heard: string[] = [];
    const stop = onUnauthorized((e) => heard.push(e.code));
    await request("/staff").catch(() => undefined);
    stop();
    expect(heard).toEqual(["auth.required"]);
  });

  it("turns a failed fetch into a network problem and a non-JSON error into a status problem", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect((await failureOf(request("/x")))?.code).toBe("network");
    vi.stubGlobal("fetch", async () => new Response("<h1>Bad gateway</h1>", { status: 502, statusText: "Bad Gateway" }));
    const error = (await failureOf(request("/x")))!;
    expect([error.status, error.code]).toEqual([502, "http.502"]);
  });

  it("leaves empty query values out and answers 204 with nothing", async () => {
    expect(apiUrl("/audit", { day: "2026-01-02", cursor: null, staffNo: "" })).toBe("/api/audit?day=2026-01-02");
    vi.stubGlobal("fetch", async () => new Response(null, { status: 204 }));
    expect(await request("/auth/logout", { method: "POST" })).toBeUndefined();
  });
});
