import * as z from "zod";

/**
 * Every number of RULES.md, as a setting with the rulebook's value as its default. Shops differ
 * (the source alone has three timetables), so nothing below is hard-coded elsewhere.
 * Money in fen, durations in the unit their name says.
 */
const fen = z.number().int().min(0);
const minutes = z.number().int().min(0);
const clock = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, "HH:MM");
const percent = z.number().min(0).max(1000);

export const ShiftSegment = z.object({ start: clock, end: clock });
/** A shift is one or more segments; an end before its start crosses midnight (17:30–01:00). */
export const ShiftTemplate = z.object({
  code: z.string().min(1).max(20),
  name: z.string().min(1).max(40),
  segments: z.array(ShiftSegment).min(1).max(4),
});
export const Timetable = z.object({
  code: z.string().min(1).max(20),
  name: z.string().min(1).max(60),
  shifts: z.array(ShiftTemplate).min(1),
  restDays: z.object({ count: z.number().int().min(0).max(31), per: z.enum(["month", "week"]) }),
});

const weights = z
  .object({ kpi: percent, routine: percent, attitude: percent, attendance: percent })
  .refine((w) => w.kpi + w.routine + w.attitude + w.attendance === 100, {
    message: "weights must add up to 100",
  });

const DEFAULT_TIMETABLES: z.input<typeof Timetable>[] = [
  {
    code: "cs-a",
    name: "客服 早/晚（每月休 3 天）",
    shifts: [
      { code: "early", name: "早班", segments: [{ start: "08:30", end: "17:30" }] },
      { code: "late", name: "晚班", segments: [{ start: "15:00", end: "24:00" }] },
    ],
    restDays: { count: 3, per: "month" },
  },
  {
    code: "cs-b",
    name: "客服 白/夜（每月休 4 天）",
    shifts: [
      { code: "day", name: "白班", segments: [{ start: "09:00", end: "16:30" }] },
      { code: "night", name: "夜班", segments: [{ start: "16:00", end: "22:30" }] },
    ],
    restDays: { count: 4, per: "month" },
  },
  {
    code: "cs-c",
    name: "客服 早/晚（每月休 2 天）",
    shifts: [
      { code: "early", name: "早班", segments: [{ start: "08:30", end: "18:30" }] },
      { code: "late", name: "晚班", segments: [{ start: "13:30", end: "23:30" }] },
    ],
    restDays: { count: 2, per: "month" },
  },
  {
    code: "cs-d",
    name: "客服 白/夜 跨午夜（做六休一）",
    shifts: [
      { code: "day", name: "白班", segments: [{ start: "08:30", end: "17:30" }] },
      { code: "night", name: "夜班", segments: [{ start: "17:30", end: "01:00" }] },
    ],
    restDays: { count: 1, per: "week" },
  },
  {
    code: "cs-e",
    name: "客服 白/分段夜（三周轮换）",
    shifts: [
      { code: "day", name: "白班", segments: [{ start: "08:30", end: "17:30" }] },
      {
        code: "split",
        name: "分段班",
        segments: [
          { start: "10:00", end: "14:00" },
          { start: "17:30", end: "23:00" },
        ],
      },
    ],
    restDays: { count: 1, per: "week" },
  },
  {
    code: "warehouse",
    name: "仓库 白班",
    shifts: [{ code: "day", name: "白班", segments: [{ start: "08:30", end: "17:30" }] }],
    restDays: { count: 1, per: "week" },
  },
];

export const Settings = z.object({
  shop: z
    .object({
      name: z.string().min(1).max(80).default("演示店铺"),
      timeZone: z
        .string()
        .refine((tz) => {
          try {
            new Intl.DateTimeFormat("en", { timeZone: tz });
            return true;
          } catch {
            return false;
          }
        }, "unknown time zone")
        .default("Asia/Shanghai"),
    })
    .prefault({}),
  orders: z
    .object({
      unpaidChaseHours: z.number().min(0).max(72).default(12),
      /** Regex whose first group is the CS agent's staff number in the seller memo. */
      memoStaffPattern: z
        .string()
        .refine((p) => {
          try {
            new RegExp(p);
            return true;
          } catch {
            return false;
          }
        }, "not a valid regular expression")
        .default("(?:#|工号)\\s*(\\d{3,6})"),
      /** RULES.md §2: the flag the warehouse sets on an order it handled (2 = yellow). */
      warehouseFlag: z.number().int().min(0).max(5).default(2),
      /** Regex whose first group is the warehouse handler's code in the seller memo (recorded with the yellow flag). */
      warehouseHandlerPattern: z
        .string()
        .refine((p) => {
          try {
            new RegExp(p);
            return true;
          } catch {
            return false;
          }
        }, "not a valid regular expression")
        .default("(?:仓库?|WH)\\s*[:：#]?\\s*([A-Za-z0-9]{1,8})"),
      mergeParcels: z.boolean().default(true),
      splitUnavailableLines: z.boolean().default(true),
    })
    .prefault({}),
  parcels: z
    .object({
      /** A seller memo containing one of these ships the order on its own (no 合单). */
      noMergeMemoMarkers: z.array(z.string().trim().min(1).max(20)).max(20).default(["不合单", "单独发"]),
      /** Seller flags (0–5) that ship the order on its own; none by default (red and yellow mean other things, §2). */
      noMergeFlags: z.array(z.number().int().min(0).max(5)).max(6).default([]),
      /** How long a new parcel waits for more orders of the same buyer before allocation is advised. */
      mergeWindowMinutes: z.number().int().min(0).max(24 * 60).default(30),
    })
    .prefault({}),
  service: z
    .object({
      firstReplySeconds: z.number().int().min(1).default(30),
      nightFirstReplySeconds: z.number().int().min(1).default(60),
      replyDelayStepSeconds: z.number().int().min(1).default(30),
      weeklyMeeting: z
        .object({ weekday: z.number().int().min(1).max(7).default(1), time: clock.default("15:30") })
        .prefault({}),
    })
    .prefault({}),
  fines: z
    .object({
      replyDelayPerStepFen: fen.default(500),
      orderErrorBeforeProductionFen: fen.default(2000),
      orderErrorAfterProductionFen: fen.default(5000),
      /** A real loss above this is charged at cost instead of the flat fine. */
      orderErrorChargeAtCostAboveFen: fen.default(50000),
      lateToProductionFen: fen.default(2000),
      complaintFirstFen: fen.default(5000),
      complaintMultiplier: z.number().int().min(1).default(2),
      complaintFlagHrAt: z.number().int().min(1).default(3),
      handoverDroppedFirstFen: fen.default(1000),
      handoverMultiplier: z.number().int().min(1).default(2),
      handoverFlagHrAt: z.number().int().min(1).default(3),
      ideaRewardMinFen: fen.default(1000),
      ideaRewardMaxFen: fen.default(10000),
    })
    .prefault({}),
  attendance: z
    .object({
      timetables: z.array(Timetable).min(1).default(DEFAULT_TIMETABLES),
      repeatScanWindowSeconds: z.number().int().min(0).max(3600).default(60),
      lateGraceMinutes: minutes.default(0),
      earlyLeaveGraceMinutes: minutes.default(0),
      /** How far before a segment starts and after it ends a punch still belongs to that segment. */
      punchWindowBeforeMinutes: minutes.max(720).default(120),
      punchWindowAfterMinutes: minutes.max(720).default(240),
      /** Which timetable a department's roster uses unless the roster names another. */
      departmentTimetables: z.record(z.string(), z.string().min(1).max(20)).default({ customer_service: "cs-a", warehouse: "warehouse" }),
      /**
       * Corrections to the holiday package for one day (a local holiday, a day the package has
       * wrong): "workday", "rest" or "holiday" (statutory, 300 %).
       */
      holidayOverrides: z.record(z.string().date(), z.enum(["workday", "rest", "holiday"])).default({}),
      overtime: z
        .object({
          normalMaxMinutesPerDay: minutes.default(60),
          specialMaxMinutesPerDay: minutes.default(180),
          maxMinutesPerMonth: minutes.default(36 * 60),
          workdayRatePercent: percent.default(150),
          restDayRatePercent: percent.default(200),
          holidayRatePercent: percent.default(300),
          /** Over-limit overtime is refused ("block") or approved with a flag for HR ("flag"); never silently. */
          overLimit: z.enum(["block", "flag"]).default("block"),
        })
        .prefault({}),
      /** Attendance score for the appraisal: base minus a deduction per incident, floored at 0, capped at 100. */
      score: z
        .object({
          base: z.number().min(0).max(100).default(100),
          perLate: z.number().min(0).max(100).default(2),
          perLateMinute: z.number().min(0).max(100).default(0),
          perEarlyLeave: z.number().min(0).max(100).default(2),
          perAbsence: z.number().min(0).max(100).default(10),
          perMissingPunch: z.number().min(0).max(100).default(1),
          perOverLimitOvertime: z.number().min(0).max(100).default(0),
        })
        .prefault({}),
    })
    .prefault({}),
  packing: z
    .object({
      /** Keystrokes closer than this are a scanner, not a person. Slow Bluetooth scanners need more. */
      scannerMaxInterKeyMs: z.number().int().min(1).max(500).default(35),
      scannerMinLength: z.number().int().min(1).max(64).default(4),
      gs1Substitute: z.string().max(4).default(""),
      hotPathProvisionedConcurrency: z.number().int().min(0).max(100).default(2),
      /** A bench's claim on a parcel idle this long may be taken over by another bench. */
      claimTakeoverMinutes: z.number().int().min(1).max(24 * 60).default(10),
      /** Where intercepted parcels are put (shown on the bench's red screen). */
      interceptShelf: z.string().trim().min(1).max(40).default("拦截区"),
      /** RULES.md §4 "look at the remarks: gifts (赠品)": a line or memo containing one of these is a gift. */
      giftMarkers: z.array(z.string().trim().min(1).max(10)).max(20).default(["赠品", "赠送", "礼品"]),
    })
    .prefault({}),
  appraisal: z
    .object({
      weights: weights.default({ kpi: 60, routine: 30, attitude: 5, attendance: 5 }),
      departmentWeights: z
        .record(z.string(), weights)
        .default({ operations: { kpi: 40, routine: 40, attitude: 15, attendance: 5 } }),
      /** Grade B's share of performance pay (X in RULES.md §6). */
      gradeBPayPercent: percent.default(80),
      /** Extra share per point above 100 for grade A+ (x in RULES.md §6). */
      gradeAPlusBonusPercent: percent.default(10),
      windowStartDay: z.number().int().min(1).max(28).default(1),
      windowEndDay: z.number().int().min(1).max(28).default(10),
      finishByDay: z.number().int().min(1).max(28).default(12),
      maxWorkingDaysPerPerson: z.number().int().min(1).default(5),
    })
    .prefault({}),
  listings: z
    .object({
      ordinaryPublishHours: z.number().min(0).default(24),
      importantPublishHours: z.number().min(0).default(12),
      copyRevisionDays: z.number().int().min(1).default(15),
      catalogueCheckDays: z.number().int().min(1).default(7),
    })
    .prefault({}),
  contracts: z
    .object({
      probationRuleSet: z.enum(["national", "template"]).default("national"),
      renewalNoticeDays: z.number().int().min(0).default(30),
      renewalFormalitiesDays: z.number().int().min(0).default(7),
      terminationNoticeDays: z.number().int().min(0).default(30),
    })
    .prefault({}),
  warehouse: z
    .object({
      /** Parcels per pick wave (one trolley round); the rulebook has no number, this is a starting point. */
      waveMaxParcels: z.number().int().min(1).max(95).default(40),
      /** RULES.md §4: a stock count at month end at least; zones not counted within this are flagged. */
      countAtLeastEveryMonths: z.number().int().min(1).max(12).default(1),
      /** RULES.md §4: adjustments need a supervisor's approval, and nobody approves their own. */
      adjustmentFourEyes: z.boolean().default(true),
    })
    .prefault({}),
});
export type Settings = z.output<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
