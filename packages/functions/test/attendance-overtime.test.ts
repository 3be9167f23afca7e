import { beforeAll, describe, expect, it } from "vitest";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeStaff, PASSWORD } from "@dianwu/local/testing/factories";

/** Overtime limits under both policies, and approvals racing each other. */
type Session = Awaited<ReturnType<typeof signedIn>>;
let supervisor: Session;
let boss: Session;

beforeAll(async () => {
  await useTestTable();
  supervisor = await signedIn(["cs_supervisor"], "customer_service");
  boss = await signedIn(["boss"], "management");
});

async function agent() {
  const person = await makeStaff({ department: "customer_service", roles: ["cs_presale"] });
  const c = client();
  expect((await c.post("/api/auth/login", { staffNo: person.staffNo, password: PASSWORD })).status).toBe(200);
  return Object.assign(c, { staff: person });
}

async function ask(a: Awaited<ReturnType<typeof agent>>, day: string, minutes: number, special = false) {
  const r = await a.post("/api/attendance/overtime", { day, minutes, special, reason: "客户还在咨询" });
  expect(r.status).toBe(201);
  return r.json.overtimeId as string;
}

describe("overtime limits", () => {
  it("two approvals racing cannot together pass the daily limit", async () => {
    const a = await agent();
    const ids = [await ask(a, "2026-09-01", 40), await ask(a, "2026-09-01", 40)];
    const results = await Promise.all(ids.map((id) => supervisor.post(`/api/attendance/overtime/${id}/decision`, { approve: true })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.json.code).toMatch(/^overtime\./);
  });

  it("nobody approves their own overtime", async () => {
    const own = await supervisor.post("/api/attendance/overtime", { day: "2026-09-02", minutes: 30, reason: "大促" });
    expect((await supervisor.post(`/api/attendance/overtime/${own.json.overtimeId}/decision`, { approve: true })).json.code).toBe("overtime.own");
  });

  it("36 hours a month: special days up to 3 h each, the thirteenth is refused", async () => {
    const a = await agent();
    for (let d = 1; d <= 12; d++) {
      const id = await ask(a, `2026-10-${String(d).padStart(2, "0")}`, 180, true);
      expect((await supervisor.post(`/api/attendance/overtime/${id}/decision`, { approve: true })).status).toBe(200);
    }
    const id = await ask(a, "2026-10-13", 30, true);
    const refused = await supervisor.post(`/api/attendance/overtime/${id}/decision`, { approve: true });
    expect(refused.json).toMatchObject({ code: "overtime.over-limit", breaches: [{ limit: "month", maxMinutes: 2160, totalMinutes: 2190 }] });
    // 1 October is National Day: 300 %.
    expect((await a.get("/api/attendance/overtime?month=2026-10")).json.items.find((o: any) => o.day === "2026-10-01").ratePercent).toBe(300);
  });

  it("under the flag policy over-limit overtime is approved and marked, never silently", async () => {
    const current = (await boss.get("/api/settings")).json;
    current.settings.attendance.overtime.overLimit = "flag";
    expect((await boss.put("/api/settings", current)).status).toBe(200);
    const a = await agent();
    const id = await ask(a, "2026-11-02", 90);
    const approved = await supervisor.post(`/api/attendance/overtime/${id}/decision`, { approve: true });
    expect(approved.json).toMatchObject({ state: "approved", overLimit: true, breaches: [{ limit: "day", maxMinutes: 60, totalMinutes: 90 }] });
    const audit = (await boss.get(`/api/audit?targetType=overtime&targetId=${id}`)).json.items;
    expect(audit[0]).toMatchObject({ action: "overtime.approve", note: "over limit: day 90/60 min" });
    const summary = (await a.get("/api/attendance/summary?month=2026-11")).json;
    expect(summary).toMatchObject({ overtimeApprovedMinutes: 90, overLimitOvertime: 1 });
  });
});
