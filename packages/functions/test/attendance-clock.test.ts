import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeBadge, makeDevice, makeStaff } from "@dianwu/local/testing/factories";
import { makeRoster, scanBody } from "@dianwu/local/testing/attendance";

/**
 * The clock-in kiosk's API, driven like the kiosk: a badge scan per request, at shop times set
 * with a fake clock (Shanghai: 08:35 local is 00:35 UTC).
 */
let kiosk: ReturnType<typeof client>;
let supervisor: Awaited<ReturnType<typeof signedIn>>;
const at = (iso: string) => vi.useFakeTimers({ toFake: ["Date"], now: new Date(iso) });

beforeAll(async () => {
  await useTestTable();
  supervisor = await signedIn(["cs_supervisor"], "customer_service");
  const device = await makeDevice("clock_in");
  kiosk = client();
  kiosk.setHeader("authorization", `Device ${device.token}`);
});

afterEach(() => {
  vi.useRealTimers();
});

async function agent(cells: Record<string, string>, month = "2026-03") {
  const person = await makeStaff({ department: "customer_service", roles: ["cs_presale"], name: "周测试" });
  const badge = await makeBadge(person.staffNo);
  await makeRoster({ department: "customer_service", month, staffNos: [person.staffNo], cells: { [person.staffNo]: cells } });
  return { ...person, badge: badge.badgeCode };
}

describe("clock-in by badge scan", () => {
  it("clocks in with name, shift, greeting and a late warning; a repeat is ignored and says so; then clocks out", async () => {
    const a = await agent({ "2026-03-09": "day" });
    at("2026-03-09T00:35:00Z");
    const first = await kiosk.post("/api/attendance/punches", scanBody(a.badge));
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      result: "in",
      staff: { staffNo: a.staffNo, name: "周测试" },
      attendanceDay: "2026-03-09",
      shift: { code: "day", name: "白班", segments: [{ start: "08:30", end: "17:30" }] },
      greeting: "morning",
      warnings: [{ code: "late", minutes: 5 }],
      replayed: false,
    });

    at("2026-03-09T00:35:30Z");
    const repeat = await kiosk.post("/api/attendance/punches", scanBody(a.badge));
    expect(repeat.json).toMatchObject({ result: "ignored", reason: "repeat-scan", repeatWindowSeconds: 60, previousAt: "2026-03-09T00:35:00.000Z" });

    at("2026-03-09T09:40:00Z");
    const out = await kiosk.post("/api/attendance/punches", scanBody(a.badge));
    expect(out.json).toMatchObject({ result: "out", greeting: "afternoon", warnings: [] });

    vi.useRealTimers();
    const days = await supervisor.get(`/api/attendance/days?staffNo=${a.staffNo}&from=2026-03-09&to=2026-03-09`);
    expect(days.json.items[0]).toMatchObject({ shiftName: "白班", status: "irregular", flags: ["late"], lateMinutes: 5, workedMinutes: 535, overtimeMinutes: 10, dayType: "workday", ratePercent: 150 });
  });

  it("a bad badge is a clear 400 naming the field, and the next scan still works", async () => {
    const a = await agent({ "2026-03-10": "day" });
    at("2026-03-10T00:20:00Z");
    const bad = await kiosk.post("/api/attendance/punches", scanBody("DWBNOTAREALCODE"));
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expect(bad.json).toMatchObject({ code: "badge.unknown", field: "code" });
    const good = await kiosk.post("/api/attendance/punches", scanBody(a.badge));
    expect(good.json).toMatchObject({ result: "in", warnings: [] });
  });

  it("a night shift's check-out after midnight counts for the day it began; a forgotten check-out is flagged, not turned into a check-in", async () => {
    const a = await agent({ "2026-03-11": "night", "2026-03-12": "night", "2026-03-13": "night" });
    // 11th: in 17:25, out 01:05 on the 12th.
    at("2026-03-11T09:25:00Z");
    expect((await kiosk.post("/api/attendance/punches", scanBody(a.badge))).json).toMatchObject({ result: "in", attendanceDay: "2026-03-11" });
    at("2026-03-11T17:05:00Z");
    expect((await kiosk.post("/api/attendance/punches", scanBody(a.badge))).json).toMatchObject({ result: "out", attendanceDay: "2026-03-11" });
    // 12th: in, then no check-out. 13th: the first scan is a check-in for the 13th.
    at("2026-03-12T09:29:00Z");
    expect((await kiosk.post("/api/attendance/punches", scanBody(a.badge))).json.result).toBe("in");
    at("2026-03-13T09:28:00Z");
    expect((await kiosk.post("/api/attendance/punches", scanBody(a.badge))).json).toMatchObject({ result: "in", attendanceDay: "2026-03-13" });

    at("2026-03-14T03:00:00Z");
    const days = (await supervisor.get(`/api/attendance/days?staffNo=${a.staffNo}&from=2026-03-11&to=2026-03-13`)).json.items;
    expect(days.map((d: any) => [d.day, d.status, d.missingPunches])).toEqual([
      ["2026-03-11", "on-time", []],
      ["2026-03-12", "irregular", [{ segment: 0, direction: "out" }]],
      ["2026-03-13", "irregular", [{ segment: 0, direction: "out" }]],
    ]);
  });

  it("offline: a queued punch keeps its device time and replays exactly once; a reused sequence with another key is refused", async () => {
    const a = await agent({ "2026-03-16": "day" });
    at("2026-03-16T06:00:00Z");
    const queued = scanBody(a.badge, { deviceTime: "2026-03-16T00:29:00Z", queued: true });
    const first = await kiosk.post("/api/attendance/punches", queued);
    expect(first.json).toMatchObject({ result: "in", at: "2026-03-16T00:29:00.000Z", replayed: false });
    expect(first.json.warnings).toEqual([{ code: "queued" }]);
    const again = await Promise.all([kiosk.post("/api/attendance/punches", queued), kiosk.post("/api/attendance/punches", queued)]);
    for (const r of again) expect(r.json).toMatchObject({ result: "in", at: "2026-03-16T00:29:00.000Z", replayed: true });
    const clash = await kiosk.post("/api/attendance/punches", { ...queued, idempotencyKey: "another-key-123" });
    expect(clash.status).toBe(409);
    expect(clash.json.code).toBe("attendance.sequence-reused");

    vi.useRealTimers();
    const days = (await supervisor.get(`/api/attendance/days?staffNo=${a.staffNo}&from=2026-03-16&to=2026-03-16`)).json.items;
    expect(days[0].punches).toEqual([{ at: "2026-03-16T00:29:00.000Z", direction: "in" }]);
  });

  it("queued punches from a clock ahead of ours, or older than a week, are refused", async () => {
    const a = await agent({});
    at("2026-03-20T06:00:00Z");
    const ahead = await kiosk.post("/api/attendance/punches", scanBody(a.badge, { deviceTime: "2026-03-20T07:00:00Z", queued: true }));
    expect(ahead.json).toMatchObject({ code: "attendance.device-time-ahead", field: "deviceTime" });
    const old = await kiosk.post("/api/attendance/punches", scanBody(a.badge, { deviceTime: "2026-03-10T07:00:00Z", queued: true }));
    expect(old.json).toMatchObject({ code: "attendance.queued-too-old", field: "deviceTime" });
  });

  it("work on a rest day: no shift, said so", async () => {
    const a = await agent({});
    at("2026-03-21T02:00:00Z");
    expect((await kiosk.post("/api/attendance/punches", scanBody(a.badge))).json).toMatchObject({ result: "in", shift: null, warnings: [{ code: "no-shift" }] });
  });

  it("only a clock-in kiosk may punch", async () => {
    const bench = await makeDevice("packing_bench");
    const response = await client().post("/api/attendance/punches", scanBody("DWBXXXXXXXXXX"), { authorization: `Device ${bench.token}` });
    expect(response.status).toBe(403);
    expect((await supervisor.post("/api/attendance/punches", scanBody("DWBXXXXXXXXXX"))).status).toBe(403);
  });
});
