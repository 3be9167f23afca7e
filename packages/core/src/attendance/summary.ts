import type { DayResult } from "./day-rules";
import { payRatePercent, type DayType } from "./day-type";
import { paidOvertimeMinutes } from "./overtime-rules";
import { attendanceScore, type ScoreFormula } from "./score";

export interface ApprovedOvertime {
  minutes: number;
  overLimit: boolean;
}

export interface Rates {
  workdayRatePercent: number;
  restDayRatePercent: number;
  holidayRatePercent: number;
}

export interface MonthSummary {
  month: string;
  scheduledDays: number;
  presentDays: number;
  restDays: number;
  leaveDays: number;
  lateCount: number;
  lateMinutes: number;
  earlyLeaveCount: number;
  earlyLeaveMinutes: number;
  absentDays: number;
  missingPunches: number;
  workedMinutes: number;
  overtimeMeasuredMinutes: number;
  overtimeApprovedMinutes: number;
  /** Paid overtime minutes by pay rate class (percent of the normal rate: "150", "200", "300"). */
  overtimePaidByRate: Record<string, number>;
  overLimitOvertime: number;
  score: number;
}

/** One staff member's month, from their day results and the overtime approved per day. */
export function summarizeMonth(
  month: string,
  days: DayResult[],
  approved: Map<string, ApprovedOvertime>,
  typeOf: (day: string) => DayType,
  rates: Rates,
  formula: ScoreFormula,
): MonthSummary {
  const s: MonthSummary = {
    month,
    scheduledDays: 0,
    presentDays: 0,
    restDays: 0,
    leaveDays: 0,
    lateCount: 0,
    lateMinutes: 0,
    earlyLeaveCount: 0,
    earlyLeaveMinutes: 0,
    absentDays: 0,
    missingPunches: 0,
    workedMinutes: 0,
    overtimeMeasuredMinutes: 0,
    overtimeApprovedMinutes: 0,
    overtimePaidByRate: {},
    overLimitOvertime: 0,
    score: 0,
  };
  for (const d of days) {
    if (d.status === "leave") s.leaveDays++;
    else if (d.status === "rest" || d.status === "rest-worked") s.restDays++;
    else s.scheduledDays++;
    if (d.punches.length > 0 && d.status !== "absent") s.presentDays++;
    if (d.flags.includes("late")) s.lateCount++;
    s.lateMinutes += d.lateMinutes;
    if (d.flags.includes("early-leave")) s.earlyLeaveCount++;
    s.earlyLeaveMinutes += d.earlyLeaveMinutes;
    if (d.status === "absent") s.absentDays++;
    s.missingPunches += d.missingPunches.length + (d.status === "rest-worked" && d.flags.includes("missing-punch") ? 1 : 0);
    s.workedMinutes += d.workedMinutes;
    s.overtimeMeasuredMinutes += d.overtimeMinutes;
    const grant = approved.get(d.day);
    if (grant) {
      s.overtimeApprovedMinutes += grant.minutes;
      if (grant.overLimit) s.overLimitOvertime++;
      const paid = paidOvertimeMinutes(d.overtimeMinutes, grant.minutes);
      if (paid > 0) {
        const rate = String(payRatePercent(typeOf(d.day), rates));
        s.overtimePaidByRate[rate] = (s.overtimePaidByRate[rate] ?? 0) + paid;
      }
    }
  }
  s.score = attendanceScore(
    {
      lateCount: s.lateCount,
      lateMinutes: s.lateMinutes,
      earlyLeaveCount: s.earlyLeaveCount,
      absentDays: s.absentDays,
      missingPunches: s.missingPunches,
      overLimitOvertime: s.overLimitOvertime,
    },
    formula,
  );
  return s;
}
