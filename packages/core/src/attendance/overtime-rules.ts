/**
 * Overtime limits (labour contract, RULES.md §3): normally at most 1 h a day, for special reasons
 * at most 3 h a day, never more than 36 h a month. Over-limit overtime is refused or approved with
 * a flag, as the shop's setting says; it is never accepted silently.
 */
export interface OvertimeLimits {
  normalMaxMinutesPerDay: number;
  specialMaxMinutesPerDay: number;
  maxMinutesPerMonth: number;
}

export type OvertimeBreach = { limit: "day" | "month"; maxMinutes: number; totalMinutes: number };

/** The limits a new grant of `minutes` would break, given what is already approved that day and month. */
export function overtimeBreaches(
  request: { minutes: number; special: boolean },
  approved: { dayMinutes: number; monthMinutes: number },
  limits: OvertimeLimits,
): OvertimeBreach[] {
  const breaches: OvertimeBreach[] = [];
  const dayMax = request.special ? limits.specialMaxMinutesPerDay : limits.normalMaxMinutesPerDay;
  const dayTotal = approved.dayMinutes + request.minutes;
  if (dayTotal > dayMax) breaches.push({ limit: "day", maxMinutes: dayMax, totalMinutes: dayTotal });
  const monthTotal = approved.monthMinutes + request.minutes;
  if (monthTotal > limits.maxMinutesPerMonth) breaches.push({ limit: "month", maxMinutes: limits.maxMinutesPerMonth, totalMinutes: monthTotal });
  return breaches;
}

/** Overtime that is paid: what was worked beyond the plan, up to what the supervisor approved. */
export function paidOvertimeMinutes(measuredMinutes: number, approvedMinutes: number) {
  return Math.max(0, Math.min(measuredMinutes, approvedMinutes));
}
