import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeStaff, PASSWORD } from "@dianwu/local/testing/factories";

beforeAll(async () => {
  await useTestTable();
});

describe("console sign-in", () => {
  it("signs in with staff number and password and sets an HttpOnly, SameSite cookie", async () => {
    const staff = await makeStaff({ roles: ["boss"] });
    const c = client();
    const response = await c.post("/api/auth/login", { staffNo: staff.staffNo, password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ staffNo: staff.staffNo, roles: ["boss"] });
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^dw_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect((await c.get("/api/auth/me")).json).toMatchObject({ staffNo: staff.staffNo, name: staff.name });
  });

  it("answers the same for an unknown staff number and a wrong password", async () => {
    const staff = await makeStaff();
    const wrong = await client().post("/api/auth/login", { staffNo: staff.staffNo, password: "nope-nope-nope" });
    const unknown = await client().post("/api/auth/login", { staffNo: "99999", password: "nope-nope-nope" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json.code).toBe(unknown.json.code);
    expect(wrong.headers.get("content-type")).toBe("application/problem+json");
  });

  it("locks the account after five wrong passwords, even for the right password, and says until when", async () => {
    const staff = await makeStaff();
    const c = client();
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await c.post("/api/auth/login", { staffNo: staff.staffNo, password: `wrong-${i}-xx` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const right = await c.post("/api/auth/login", { staffNo: staff.staffNo, password: PASSWORD });
    expect(right.status).toBe(423);
    expect(new Date(right.json.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it("never stores the password in plain text", async () => {
    const { CredentialEntity } = await import("@dianwu/core/staff/entities");
    const staff = await makeStaff({ password: "plain-text-never" });
    const row = await CredentialEntity.get({ staffNo: staff.staffNo }).go();
    expect(row.data!.hash).toMatch(/^scrypt\$/);
    expect(row.data!.hash).not.toContain("plain-text-never");
  });

  it("logout revokes the session: a copy of the old cookie stops working", async () => {
    const c = await signedIn(["boss"]);
    const stolen = c.cookie;
    expect((await c.post("/api/auth/logout")).status).toBe(204);
    expect((await client().get("/api/auth/me", { cookie: stolen })).status).toBe(401);
  });

  it("a revocation made elsewhere (another Lambda) bites within a minute", async () => {
    const c = await signedIn(["boss"]);
    expect((await c.get("/api/auth/me")).status).toBe(200);
    const { SessionEntity } = await import("@dianwu/core/staff/entities");
    const sessions = await SessionEntity.query.byStaff({ staffNo: c.staff.staffNo }).go();
    // Written straight to the table, as another process would: this process's cache does not know.
    await SessionEntity.patch({ sessionId: sessions.data[0]!.sessionId }).set({ revokedAt: new Date().toISOString() }).go();
    expect((await c.get("/api/auth/me")).status).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 31_000 });
    try {
      expect((await c.get("/api/auth/me")).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it("renews the short-lived token while the session is valid", async () => {
    const c = await signedIn(["hr"]);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 11 * 60_000 });
    try {
      const response = await c.get("/api/auth/me");
      expect(response.status).toBe(200);
      expect(response.headers.get("set-cookie")).toMatch(/^dw_session=/);
    } finally {
      vi.useRealTimers();
    }
  });

  it("changes the password: the old one stops working and a weak one is refused with the field named", async () => {
    const c = await signedIn(["picker"], "warehouse");
    const weak = await c.post("/api/auth/password", { current: PASSWORD, next: "short" });
    expect(weak.status).toBe(400);
    expect(weak.json.field).toBe("next");
    const wrongCurrent = await c.post("/api/auth/password", { current: "not-it-at-all", next: "a-much-better-one" });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.json.field).toBe("current");
    expect((await c.post("/api/auth/password", { current: PASSWORD, next: "a-much-better-one" })).status).toBe(204);
    expect((await client().post("/api/auth/login", { staffNo: c.staff.staffNo, password: PASSWORD })).status).toBe(401);
    expect((await client().post("/api/auth/login", { staffNo: c.staff.staffNo, password: "a-much-better-one" })).status).toBe(200);
  });

  it("a deactivated staff member cannot sign in", async () => {
    const admin = await signedIn(["hr"], "admin");
    const staff = await makeStaff();
    expect((await admin.patch(`/api/staff/${staff.staffNo}`, { active: false })).status).toBe(200);
    expect((await client().post("/api/auth/login", { staffNo: staff.staffNo, password: PASSWORD })).status).toBe(401);
  });
});
