import { ttlCache } from "../cache";
import { Settings } from "../settings";

/** The business day (YYYY-MM-DD) of an instant in the shop's time zone: 日事日毕 closes these. */
export function shopDay(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Every day (YYYY-MM-DD) of a month (YYYY-MM), for the monthly summary. */
export function daysOfMonth(month: string): string[] {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const count = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
}

// Every stock movement stamps its shop day; reading the settings item each time would double the
// reads of the hottest write. A changed time zone reaches movements within 30 s.
const zone = ttlCache<"tz", string>(30_000);

export async function currentTimeZone(): Promise<string> {
  return zone.get("tz", async () => (await Settings.get()).settings.shop.timeZone);
}

export async function today(now = new Date()): Promise<string> {
  return shopDay(now, await currentTimeZone());
}
