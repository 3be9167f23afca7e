import { beforeAll, describe, expect, it } from "vitest";
import { withActor } from "@dianwu/core/actor";
import { Attendance, Roster } from "@dianwu/core/attendance";
import { Fund, Handover } from "@dianwu/core/service";
import { useTestTable } from "@dianwu/local/testing/table";
import { loadStaff } from "@dianwu/local/demo/staff";
import { loadAttendance } from "@dianwu/local/demo/attendance";

/** The demo loader for attendance and customer service runs on a fresh table and leaves usable data. */
beforeAll(async () => {
  await useTestTable();
  await withActor({ type: "system", reason: "demo-data" }, async () => {
    await loadStaff();
    await loadAttendance();
  });
}, 120_000);

const boss = { type: "staff" as const, staffNo: "1001", roles: ["boss" as const] };

describe("demo attendance", () => {
  it("publishes this month's rosters, records punches, writes a memo and a fine", async () => {
    await withActor(boss, async () => {
      const month = new Date().toISOString().slice(0, 7);
      const rosters = await Roster.forMonth(month);
      expect(rosters.map((r) => [r.department, r.status]).sort()).toEqual(
        expect.arrayContaining([
          ["customer_service", "published"],
          ["warehouse", "published"],
        ]),
      );
      const fund = await Fund.ledger("customer_service");
      expect(fund.balanceFen).toBe(5000);
      expect((await Handover.open("customer_service")).length).toBe(2);
      const summary = await Attendance.monthlyForDepartment("warehouse", month);
      expect(summary.length).toBe(6);
    });
  });
});
