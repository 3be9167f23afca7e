import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeBadge, makeDevice, makeStaff, PASSWORD } from "@dianwu/local/testing/factories";
import { makeRoster, scanBody } from "@dianwu/local/testing/attendance";

/** Rosters, leave, corrections, overtime, the board and the monthly summary, through the API. */
type Session = Awaited<ReturnType<typeof signedIn>>;
let supervisor: Session;
let kiosk: ReturnType<typeof client>;

beforeAll(async () => {
  await useTestTable();
  supervisor = await signedIn(["warehouse_supervisor"], "warehouse");
  const device = await makeDevice("clock_in");
  kiosk = client();
  kiosk.setHeader("authorization", `Device ${device.token}`);
});

afterEach(() => {
  vi.useRealTimers();
});

async function worker(department: "warehouse" | "customer_service" = "warehouse") {
  const person = await makeStaff({ department, roles: department === "warehouse" ? ["packer"] : ["cs_presale"] });
  const c = client();
  expect((await c.post("/api/auth/login", { staffNo: person.staffNo, password: PASSWORD })).status).toBe(200);
  return Object.assign(c, { staff: person, badge: (await makeBadge(person.staffNo)).badgeCode });
}

describe("rosters", () => {
  it("generate a draft, see its problems, edit, publish (problems must be accepted), staff read the published roster", async () => {
    const people = [await worker(), await worker(), await worker()];
    const staffNos = people.map((p) => p.staff.staffNo);
    const draft = await supervisor.post("/api/attendance/rosters/generate", { department: "warehouse", month: "2026-04", staffNos, coverage: { perShift: { day: 2 } } });
    expect(draft.status).toBe(201);
    expect(draft.json).toMatchObject({ status: "draft", version: 1, timetable: { code: "warehouse" } });
    expect(draft.json.days).toHaveLength(30);
    expect(draft.json.problems.quota).toEqual([]);
    for (const row of Object.values<string[]>(draft.json.cells)) expect(row).toHaveLength(30);

    // Everyone resting on the 1st leaves the day shift uncovered.
    const edit = await supervisor.patch("/api/attendance/rosters/warehouse/2026-04", {
      version: 1,
      changes: staffNos.map((staffNo) => ({ staffNo, day: "2026-04-01", value: "rest" })),
    });
    expect(edit.status).toBe(200);
    expect(edit.json.problems.uncovered).toContainEqual({ day: "2026-04-01", shiftCode: "day", need: 2, have: 0 });
    expect((await supervisor.patch("/api/attendance/rosters/warehouse/2026-04", { version: 1, changes: [{ staffNo: staffNos[0], day: "2026-04-02", value: "day" }] })).status).toBe(409);
    const badCell = await supervisor.patch("/api/attendance/rosters/warehouse/2026-04", { version: 2, changes: [{ staffNo: staffNos[0], day: "2026-04-02", value: "lunch" }] });
    expect(badCell.json).toMatchObject({ code: "roster.unknown-shift", field: "changes.0.value" });

    expect((await people[0]!.get("/api/attendance/rosters/warehouse/2026-04")).status).toBe(403);
    const refused = await supervisor.post("/api/attendance/rosters/warehouse/2026-04/publish", { version: 2 });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe("roster.problems");
    expect(refused.json.problems.uncovered.length).toBeGreaterThan(0);
    const published = await supervisor.post("/api/attendance/rosters/warehouse/2026-04/publish", { version: 2, acceptProblems: true });
    expect(published.json).toMatchObject({ status: "published", publishedBy: supervisor.staff.staffNo });

    const seen = await people[0]!.get("/api/attendance/rosters/warehouse/2026-04");
    expect(seen.status).toBe(200);
    expect(seen.json.staff.map((s: any) => s.staffNo)).toEqual(staffNos);
    expect((await (await worker("customer_service")).get("/api/attendance/rosters/warehouse/2026-04")).status).toBe(403);
    const csv = await people[0]!.get("/api/attendance/rosters/warehouse/2026-04/csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.text.split("\r\n")[0]).toMatch(/^工号,姓名,2026-04-01,/);
    expect((await supervisor.get("/api/attendance/rosters?month=2026-04")).json.items).toContainEqual(expect.objectContaining({ department: "warehouse", status: "published" }));
  });

  it("a supervisor of another department may not generate or edit", async () => {
    const cs = await signedIn(["cs_supervisor"], "customer_service");
    const r = await cs.post("/api/attendance/rosters/generate", { department: "warehouse", month: "2026-05", coverage: { perShift: { day: 1 } } });
    expect(r.status).toBe(403);
  });
});

describe("leave", () => {
  it("is valid only once approved with a named cover", async () => {
    const a = await worker();
    const cover = await worker();
    const asked = await a.post("/api/attendance/leave", { from: "2026-06-01", to: "2026-06-02", kind: "personal", reason: "家事" });
    expect(asked.json).toMatchObject({ state: "requested", valid: false });
    expect((await supervisor.get("/api/attendance/inbox")).json.leave.map((l: any) => l.leaveId)).toContain(asked.json.leaveId);
    const noCover = await supervisor.post(`/api/attendance/leave/${asked.json.leaveId}/decision`, { approve: true });
    expect(noCover.json).toMatchObject({ code: "leave.cover-required", field: "coverStaffNo" });
    const selfCover = await supervisor.post(`/api/attendance/leave/${asked.json.leaveId}/decision`, { approve: true, coverStaffNo: a.staff.staffNo });
    expect(selfCover.json.code).toBe("leave.self-cover");
    expect((await a.post(`/api/attendance/leave/${asked.json.leaveId}/decision`, { approve: true, coverStaffNo: cover.staff.staffNo })).status).toBe(403);
    const approved = await supervisor.post(`/api/attendance/leave/${asked.json.leaveId}/decision`, { approve: true, coverStaffNo: cover.staff.staffNo });
    expect(approved.json).toMatchObject({ state: "approved", valid: true, coverStaffNo: cover.staff.staffNo, decidedBy: supervisor.staff.staffNo });
    expect((await a.get("/api/attendance/leave")).json.items[0]).toMatchObject({ leaveId: asked.json.leaveId, valid: true });
    expect((await supervisor.post(`/api/attendance/leave/${asked.json.leaveId}/decision`, { approve: false })).status).toBe(409);
  });
});

describe("attendance, corrections, overtime and the month", () => {
  it("a forgotten check-out is corrected by an approved request; overtime within limits is paid at the day's rate, past them refused", async () => {
    const a = await worker();
    await makeRoster({ department: "warehouse", month: "2026-07", staffNos: [a.staff.staffNo], cells: { [a.staff.staffNo]: { "2026-07-06": "day", "2026-07-07": "day" } } });
    // Monday 6 July: in at 08:28, no check-out. Tuesday: in 08:40 (late 10), out 18:45.
    for (const iso of ["2026-07-06T00:28:00Z", "2026-07-07T00:40:00Z", "2026-07-07T10:45:00Z"]) {
      vi.useFakeTimers({ toFake: ["Date"], now: new Date(iso) });
      expect((await kiosk.post("/api/attendance/punches", scanBody(a.badge))).status).toBe(200);
    }
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-07-08T02:00:00Z") });
    let days = (await a.get("/api/attendance/days?from=2026-07-06&to=2026-07-07")).json.items;
    expect(days.map((d: any) => [d.status, d.flags])).toEqual([
      ["irregular", ["missing-punch"]],
      ["irregular", ["late"]],
    ]);

    const correction = await a.post("/api/attendance/corrections", { at: "2026-07-06T17:31:00+08:00", direction: "out", reason: "忘记打卡" });
    expect(correction.status).toBe(201);
    const inbox = (await supervisor.get("/api/attendance/inbox")).json;
    expect(inbox.corrections.map((x: any) => x.correctionId)).toContain(correction.json.correctionId);
    expect((await supervisor.post(`/api/attendance/corrections/${correction.json.correctionId}/decision`, { approve: true })).json.state).toBe("approved");
    expect((await supervisor.post(`/api/attendance/corrections/${correction.json.correctionId}/decision`, { approve: true })).status).toBe(409);
    days = (await a.get("/api/attendance/days?from=2026-07-06&to=2026-07-07")).json.items;
    expect(days[0]).toMatchObject({ status: "on-time", flags: [], workedMinutes: 540 });

    // 75 minutes after 17:30 on the 7th: 75 > 60 normal limit is refused; 60 is fine.
    const tooMuch = await a.post("/api/attendance/overtime", { day: "2026-07-07", minutes: 75, reason: "客户还在咨询" });
    const refused = await supervisor.post(`/api/attendance/overtime/${tooMuch.json.overtimeId}/decision`, { approve: true });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ code: "overtime.over-limit", breaches: [{ limit: "day", maxMinutes: 60, totalMinutes: 75 }] });
    const fine = await a.post("/api/attendance/overtime", { day: "2026-07-07", minutes: 60, reason: "客户还在咨询" });
    const approved = await supervisor.post(`/api/attendance/overtime/${fine.json.overtimeId}/decision`, { approve: true });
    expect(approved.json).toMatchObject({ state: "approved", overLimit: false, ratePercent: 150 });
    const again = await a.post("/api/attendance/overtime", { day: "2026-07-07", minutes: 30, special: true, reason: "大促" });
    expect((await supervisor.post(`/api/attendance/overtime/${again.json.overtimeId}/decision`, { approve: true })).json.state).toBe("approved");

    const summary = (await a.get("/api/attendance/summary?month=2026-07")).json;
    expect(summary).toMatchObject({ scheduledDays: 2, presentDays: 2, lateCount: 1, lateMinutes: 10, missingPunches: 0, overtimeApprovedMinutes: 90, overtimePaidByRate: { "150": 75 } });
    expect(summary.score).toBe(98);
    const all = (await supervisor.get("/api/attendance/summaries?department=warehouse&month=2026-07")).json.items;
    expect(all.find((s: any) => s.staffNo === a.staff.staffNo).score).toBe(98);
    const csv = await supervisor.get("/api/attendance/summaries/csv?department=warehouse&month=2026-07");
    expect(csv.text).toContain(`${a.staff.staffNo},`);
  });

  it("the board shows today's plan and status per person", async () => {
    const a = await worker();
    const b = await worker();
    await makeRoster({ department: "warehouse", month: "2026-08", staffNos: [a.staff.staffNo, b.staff.staffNo], cells: { [a.staff.staffNo]: { "2026-08-03": "day" }, [b.staff.staffNo]: { "2026-08-03": "day" } } });
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-08-03T00:25:00Z") });
    await kiosk.post("/api/attendance/punches", scanBody(a.badge));
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-08-03T02:00:00Z") });
    const board = (await supervisor.get("/api/attendance/board?department=warehouse")).json;
    expect(board.day).toBe("2026-08-03");
    const status = (staffNo: string) => board.items.find((i: any) => i.staffNo === staffNo).attendance;
    expect(status(a.staff.staffNo)).toMatchObject({ shiftCode: "day", shiftName: "白班", status: "in-progress", lateMinutes: 0 });
    expect(status(b.staff.staffNo)).toMatchObject({ shiftCode: "day", status: "in-progress", flags: ["not-in-yet"], punches: [] });
    expect((await a.get("/api/attendance/board?department=warehouse")).status).toBe(403);
  });

  it("a staff member sees only their own attendance", async () => {
    const a = await worker();
    const b = await worker();
    expect((await a.get(`/api/attendance/days?staffNo=${b.staff.staffNo}&from=2026-07-01&to=2026-07-02`)).status).toBe(403);
    expect((await a.get(`/api/attendance/summary?staffNo=${b.staff.staffNo}&month=2026-07`)).status).toBe(403);
  });
});
