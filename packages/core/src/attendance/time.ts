/**
 * Calendar days and wall-clock times in the shop's time zone. China has no daylight saving, but
 * every conversion still goes through the zone's rules (Intl) rather than adding eight hours:
 * the zone is a setting, and a shop elsewhere must get its own offsets, transitions included.
 * Days are "YYYY-MM-DD" strings, instants epoch milliseconds.
 */
const MINUTE = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of `instant` in `timeZone`. */
export function wallClock(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Minutes the zone's wall clock is ahead of UTC at `instant` (480 for Shanghai). */
export function offsetMinutes(instant: number, timeZone: string) {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE);
}

/** The shop-local calendar day an instant falls on. */
export function localDay(instant: number, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** Minutes since local midnight of the instant's local day. */
export function localMinutes(instant: number, timeZone: string) {
  const w = wallClock(instant, timeZone);
  return w.hour * 60 + w.minute;
}

/**
 * The instant at which the local wall clock of `day` shows `minutes` past midnight; minutes of
 * 1440 and beyond fall on the following days (a shift ending at 24:00 or 01:00). A wall time
 * skipped by a transition resolves to the instant just after the gap.
 */
export function localInstant(day: string, minutes: number, timeZone: string): number {
  const [y, m, d] = parseDay(day);
  const wall = Date.UTC(y, m - 1, d) + minutes * MINUTE;
  let guess = wall - offsetMinutes(wall, timeZone) * MINUTE;
  guess = wall - offsetMinutes(guess, timeZone) * MINUTE;
  return guess;
}

export function parseDay(day: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Not a day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Calendar arithmetic on days: zone-free, since a calendar day is the same everywhere. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = parseDay(day);
  return new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string) {
  const [a, b] = [parseDay(from), parseDay(to)];
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / DAY_MS);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function weekday(day: string): number {
  const [y, m, d] = parseDay(day);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** Every day of a "YYYY-MM" month. */
export function daysOfMonth(month: string): string[] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${pad(i + 1)}`);
}

export function monthOf(day: string) {
  return day.slice(0, 7);
}

/** "HH:MM" → minutes past midnight; "24:00" is 1440. */
export function clockMinutes(clock: string) {
  const [h, m] = clock.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

export function minutesToClock(minutes: number) {
  const within = ((minutes % 1440) + 1440) % 1440;
  return `${pad(Math.floor(within / 60))}:${pad(within % 60)}`;
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

function pad(n: number) {
  return String(n).padStart(2, "0");
}
