import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, Settings } from "./schema";

/** The defaults are the numbers of RULES.md; each expectation names the rule it comes from. */
describe("settings defaults", () => {
  const s = DEFAULT_SETTINGS;

  it("§2 orders and customer service", () => {
    expect(s.shop.timeZone).toBe("Asia/Shanghai");
    expect(s.orders.unpaidChaseHours).toBe(12);
    expect([s.orders.memoStaffPattern, s.orders.warehouseFlag]).toEqual(["(?:#|工号)\\s*(\\d{3,6})", 2]);
    expect(new RegExp(s.orders.warehouseHandlerPattern).exec("#1023 仓A7")?.[1]).toBe("A7");
    expect(s.service.firstReplySeconds).toBe(30);
    expect(s.service.nightFirstReplySeconds).toBe(60);
    expect(s.fines.replyDelayPerStepFen).toBe(500);
    expect([s.fines.orderErrorBeforeProductionFen, s.fines.orderErrorAfterProductionFen, s.fines.orderErrorChargeAtCostAboveFen]).toEqual([2000, 5000, 50000]);
    expect(s.fines.lateToProductionFen).toBe(2000);
    expect([s.fines.complaintFirstFen, s.fines.complaintMultiplier, s.fines.complaintFlagHrAt]).toEqual([5000, 2, 3]);
    expect([s.fines.handoverDroppedFirstFen, s.fines.handoverMultiplier, s.fines.handoverFlagHrAt]).toEqual([1000, 2, 3]);
    expect([s.fines.ideaRewardMinFen, s.fines.ideaRewardMaxFen]).toEqual([1000, 10000]);
    expect(s.service.weeklyMeeting).toEqual({ weekday: 1, time: "15:30" });
  });

  it("§2 parcels: merge orders unless told otherwise, split what stock cannot serve", () => {
    expect([s.orders.mergeParcels, s.orders.splitUnavailableLines]).toEqual([true, true]);
    expect(s.parcels.noMergeMemoMarkers).toEqual(["不合单", "单独发"]);
    expect(s.parcels.noMergeFlags).toEqual([]);
    expect(s.parcels.mergeWindowMinutes).toBe(30);
  });

  it("§3 shifts: every timetable of the source, including the midnight-crossing and the split shift", () => {
    const tables = s.attendance.timetables;
    expect(tables.map((t) => t.restDays)).toEqual([
      { count: 3, per: "month" },
      { count: 4, per: "month" },
      { count: 2, per: "month" },
      { count: 1, per: "week" },
      { count: 1, per: "week" },
      { count: 1, per: "week" },
    ]);
    const segments = tables.flatMap((t) => t.shifts.map((shift) => shift.segments.map((g) => `${g.start}-${g.end}`).join("+")));
    expect(segments).toEqual(
      expect.arrayContaining(["08:30-17:30", "15:00-24:00", "09:00-16:30", "16:00-22:30", "08:30-18:30", "13:30-23:30", "17:30-01:00", "10:00-14:00+17:30-23:00"]),
    );
    expect(s.attendance.overtime).toEqual({
      normalMaxMinutesPerDay: 60,
      specialMaxMinutesPerDay: 180,
      maxMinutesPerMonth: 2160,
      workdayRatePercent: 150,
      restDayRatePercent: 200,
      holidayRatePercent: 300,
      overLimit: "block",
    });
    expect(s.attendance.repeatScanWindowSeconds).toBe(60);
    expect(s.attendance.departmentTimetables).toEqual({ customer_service: "cs-a", warehouse: "warehouse" });
    expect(s.attendance.holidayOverrides).toEqual({});
    expect(s.attendance.score.base).toBe(100);
  });

  it("§6 appraisal weights and window", () => {
    expect(s.appraisal.weights).toEqual({ kpi: 60, routine: 30, attitude: 5, attendance: 5 });
    expect(s.appraisal.departmentWeights.operations).toEqual({ kpi: 40, routine: 40, attitude: 15, attendance: 5 });
    expect([s.appraisal.windowStartDay, s.appraisal.windowEndDay, s.appraisal.finishByDay, s.appraisal.maxWorkingDaysPerPerson]).toEqual([1, 10, 12, 5]);
  });

  it("§4 warehouse: monthly counts at least, supervisor approval by a second person", () => {
    expect(s.warehouse.countAtLeastEveryMonths).toBe(1);
    expect(s.warehouse.adjustmentFourEyes).toBe(true);
    expect(s.warehouse.waveMaxParcels).toBeGreaterThan(0);
  });

  it("§4 packing bench: gifts (赠品) are looked for in the remarks; claims, shelf and markers are settings", () => {
    expect(s.packing.giftMarkers).toEqual(["赠品", "赠送", "礼品"]);
    expect(s.packing.claimTakeoverMinutes).toBe(10);
    expect(s.packing.interceptShelf).toBe("拦截区");
    const { claimTakeoverMinutes: _a, interceptShelf: _b, giftMarkers: _c, ...before } = structuredClone(DEFAULT_SETTINGS.packing);
    expect(Settings.parse({ packing: before }).packing).toEqual(DEFAULT_SETTINGS.packing);
  });

  it("§5 listings and §7 contracts", () => {
    expect([s.listings.ordinaryPublishHours, s.listings.importantPublishHours, s.listings.copyRevisionDays, s.listings.catalogueCheckDays]).toEqual([24, 12, 15, 7]);
    expect([s.contracts.renewalNoticeDays, s.contracts.renewalFormalitiesDays, s.contracts.terminationNoticeDays]).toEqual([30, 7, 30]);
  });
});

describe("settings validation", () => {
  it("names the path of what is wrong", () => {
    const bad = structuredClone(DEFAULT_SETTINGS) as any;
    bad.appraisal.weights.kpi = 70;
    bad.shop.timeZone = "Mars/Olympus";
    bad.attendance.timetables[0].shifts[0].segments[0].start = "25:00";
    bad.orders.memoStaffPattern = "([";
    const result = Settings.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["appraisal.weights", "shop.timeZone", "attendance.timetables.0.shifts.0.segments.0.start", "orders.memoStaffPattern"]),
    );
  });

  it("fills a section added later with its defaults (old documents need no migration)", () => {
    const { packing: _dropped, ...old } = structuredClone(DEFAULT_SETTINGS);
    expect(Settings.parse(old).packing).toEqual(DEFAULT_SETTINGS.packing);
  });
});
