/**
 * The attendance score (0–100) the monthly appraisal takes as its attendance item (RULES.md §6).
 * The formula is a setting: a base minus a deduction per incident, never below 0 or above 100.
 */
export interface ScoreFormula {
  base: number;
  perLate: number;
  perLateMinute: number;
  perEarlyLeave: number;
  perAbsence: number;
  perMissingPunch: number;
  perOverLimitOvertime: number;
}

export interface Incidents {
  lateCount: number;
  lateMinutes: number;
  earlyLeaveCount: number;
  absentDays: number;
  missingPunches: number;
  overLimitOvertime: number;
}

export function attendanceScore(incidents: Incidents, f: ScoreFormula) {
  const deduction =
    incidents.lateCount * f.perLate +
    incidents.lateMinutes * f.perLateMinute +
    incidents.earlyLeaveCount * f.perEarlyLeave +
    incidents.absentDays * f.perAbsence +
    incidents.missingPunches * f.perMissingPunch +
    incidents.overLimitOvertime * f.perOverLimitOvertime;
  return Math.round(Math.min(100, Math.max(0, f.base - deduction)) * 10) / 10;
}
