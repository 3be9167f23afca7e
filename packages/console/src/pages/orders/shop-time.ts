import { createSignal } from "solid-js";
import { SettingsApi } from "../../api";
import { useAuth } from "../../providers/auth";

/**
 * Times in the shop's time zone (settings.shop.timeZone), whatever the computer's clock is set to:
 * a parcel packed at 09:05 in Hangzhou shows 09:05 on a laptop in Bangkok too. The API stores UTC.
 */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(value: string | number | Date, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(value))) parts[part.type] = part.value;
  return parts as Record<"year" | "month" | "day" | "hour" | "minute" | "second", string>;
}

const valid = (value: string | number | Date) => !Number.isNaN(new Date(value).getTime());

/** "2026-11-11 09:05" */
export function shopDateTime(value: string | number | Date, timeZone: string) {
  if (!valid(value)) return "";
  const p = partsIn(value, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** "2026-11-11 09:05:07", where seconds matter (scans, messages). */
export function shopDateTimeSeconds(value: string | number | Date, timeZone: string) {
  if (!valid(value)) return "";
  const p = partsIn(value, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** "09:05" */
export function shopTime(value: string | number | Date, timeZone: string) {
  if (!valid(value)) return "";
  const p = partsIn(value, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** The shop day "2026-11-11" of an instant. */
export function shopDay(value: string | number | Date, timeZone: string) {
  const p = partsIn(value, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The shop month "2026-11" of an instant (the orders list's default month). */
export const shopMonth = (value: string | number | Date, timeZone: string) => shopDay(value, timeZone).slice(0, 7);

export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || !zone) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const [zone, setZone] = createSignal(DEFAULT_TIME_ZONE);
let asked = false;

/** An answer that names the shop's zone (the bench activity does) keeps every page in step. */
export function learnTimeZone(timeZone: unknown) {
  if (isTimeZone(timeZone)) setZone(timeZone);
}

/**
 * The shop clock for a page. The zone is read from the settings once per visit by whoever may
 * read them (managers); everyone else uses the default until an answer names the zone.
 */
export function useShopTime() {
  const auth = useAuth();
  if (!asked && auth.isManager()) {
    asked = true;
    SettingsApi.get()
      .then((document) => learnTimeZone(document.settings.shop.timeZone))
      .catch(() => {
        asked = false;
      });
  }
  return {
    zone,
    dateTime: (value: string | number | Date) => shopDateTime(value, zone()),
    dateTimeSeconds: (value: string | number | Date) => shopDateTimeSeconds(value, zone()),
    time: (value: string | number | Date) => shopTime(value, zone()),
    day: (value: string | number | Date) => shopDay(value, zone()),
    month: (value: string | number | Date) => shopMonth(value, zone()),
  };
}
