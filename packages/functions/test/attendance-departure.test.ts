import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { runConsumer } from "@dianwu/core/bus";
import { StaffEvents } from "@dianwu/core/staff";
import { consumers } from "@dianwu/functions/events/index";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeStaff, PASSWORD, SYSTEM } from "@dianwu/local/testing/factories";

/** When someone leaves, their waiting requests leave the supervisors' inbox. */
let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
beforeAll(async () => {
  ({ bus } = await useTestTable());
});

describe("a staff member leaves", () => {
  it("their waiting leave and overtime requests are withdrawn; decided ones stay", async () => {
    const hr = await signedIn(["hr"], "admin");
    const supervisor = await signedIn(["warehouse_supervisor"], "warehouse");
    const person = await makeStaff({ department: "warehouse" });
    const cover = await makeStaff({ department: "warehouse" });
    const me = client();
    await me.post("/api/auth/login", { staffNo: person.staffNo, password: PASSWORD });
    const waiting = (await me.post("/api/attendance/leave", { from: "2026-12-01", to: "2026-12-01", kind: "annual", reason: "休假" })).json;
    const decided = (await me.post("/api/attendance/leave", { from: "2026-12-05", to: "2026-12-05", kind: "annual", reason: "休假", coverStaffNo: cover.staffNo })).json;
    await supervisor.post(`/api/attendance/leave/${decided.leaveId}/decision`, { approve: true });
    const overtime = (await me.post("/api/attendance/overtime", { day: "2026-11-20", minutes: 30, reason: "客户" })).json;

    expect((await hr.patch(`/api/staff/${person.staffNo}`, { active: false })).status).toBe(200);
    await bus.drain();

    const inbox = (await supervisor.get("/api/attendance/inbox")).json;
    expect(inbox.leave.map((l: any) => l.leaveId)).not.toContain(waiting.leaveId);
    expect(inbox.overtime.map((o: any) => o.overtimeId)).not.toContain(overtime.overtimeId);
    const leave = (await supervisor.get(`/api/attendance/leave?staffNo=${person.staffNo}`)).json.items;
    expect(leave.find((l: any) => l.leaveId === waiting.leaveId)).toMatchObject({ state: "cancelled", note: "withdrawn: the staff member left" });
    expect(leave.find((l: any) => l.leaveId === decided.leaveId)).toMatchObject({ state: "approved" });

    // A second delivery of the same departure changes nothing.
    const event = withActor(SYSTEM, () => StaffEvents.Deactivated.create({ staffNo: person.staffNo }));
    expect(await runConsumer("attendance-withdraw-requests", consumers["attendance-withdraw-requests"]!, event)).toBe("applied");
  });
});
