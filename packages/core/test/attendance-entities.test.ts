import { beforeAll, describe, expect, it } from "vitest";
import { GLOBAL_INDEXES, TABLE_KEYS } from "@dianwu/infra/table";
import { registeredEntities } from "@dianwu/core/db";
import { useTestTable } from "@dianwu/local/testing/table";
import * as AttendanceEntities from "../src/attendance/entities";
import * as ServiceEntities from "../src/service/entities";
import { LeaveEntity, OvertimeEntity, PunchEntity } from "../src/attendance/entities";
import { approvedBetween } from "../src/attendance/leave";
import { approvedInMonth } from "../src/attendance/overtime";

/** Attendance and customer-service entities against the table, and range reads that include their last day. */
beforeAll(async () => {
  await useTestTable();
});

const mine = [...Object.values(AttendanceEntities), ...Object.values(ServiceEntities)];

describe("attendance and service entities", () => {
  it("every index is the table's primary key or one of its GSIs, with the same key fields", () => {
    const gsis = new Map<string, { partitionKey: string; sortKey: string }>(GLOBAL_INDEXES.map((i) => [i.indexName, i]));
    expect(mine.every((e) => registeredEntities().includes(e))).toBe(true);
    for (const entity of mine) {
      for (const [name, index] of Object.entries<any>(entity.schema.indexes)) {
        const label = `${entity.schema.model.entity}.${name}`;
        if (!index.index) expect([index.pk.field, index.sk.field], label).toEqual([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
        else expect([index.pk.field, index.sk.field], label).toEqual([gsis.get(index.index)!.partitionKey, gsis.get(index.index)!.sortKey]);
      }
    }
  });

  it("a kiosk punch is keyed by device and sequence, so a replay hits the same item", () => {
    const params = PunchEntity.get({ source: "01DEVICE", ref: "0000000000000042" }).params() as any;
    expect(params.Key.pk).toContain("01device");
    expect(params.Key.pk).toContain("0000000000000042");
  });

  it("range reads include items on their last day (sort keys carry an id after the day)", async () => {
    const base = { department: "warehouse" as const, reason: "r", requestedAt: "2026-01-01T00:00:00Z", requestedBy: "1" };
    await OvertimeEntity.create({ ...base, overtimeId: "01OT", staffNo: "7001", day: "2026-07-31", minutes: 30, special: false, state: "approved", overLimit: false }).go();
    await OvertimeEntity.create({ ...base, overtimeId: "01OT2", staffNo: "7001", day: "2026-08-01", minutes: 45, special: false, state: "approved", overLimit: false }).go();
    expect([...(await approvedInMonth("7001", "2026-07")).entries()]).toEqual([["2026-07-31", { minutes: 30, overLimit: false }]]);
    await LeaveEntity.create({ ...base, leaveId: "01LV", staffNo: "7001", from: "2026-07-31", to: "2026-08-02", kind: "annual", coverStaffNo: "7002", state: "approved" }).go();
    expect((await approvedBetween("warehouse", "2026-07-01", "2026-07-31")).map((l) => l.leaveId)).toEqual(["01LV"]);
    expect(await approvedBetween("warehouse", "2026-06-01", "2026-06-30")).toEqual([]);
  });
});
