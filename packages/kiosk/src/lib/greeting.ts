export type PartOfDay = "morning" | "afternoon" | "evening";

/** The hour (0–23) at `at` in the shop's time zone, not the kiosk's own. */
export function hourIn(at: Date, timeZone: string) {
  const hour = new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone }).format(at);
  return Number(hour);
}

/** Which greeting fits: morning until noon, afternoon until six, evening (and night) after. */
export function partOfDay(at: Date, timeZone: string): PartOfDay {
  const hour = hourIn(at, timeZone);
  if (hour >= 5 && hour < 12) return "morning";
  if (hour >= 12 && hour < 18) return "afternoon";
  return "evening";
}
