import { createSignal } from "solid-js";
import { SettingsApi } from "../api";
import { useI18n } from "../i18n";
import { useAuth } from "../providers/auth";

/**
 * Times shown in the shop's time zone (settings.shop.timeZone), wherever the browser is: a
 * business day, a shift start or a stock-card line means the shop's clock. Only managers may read
 * the settings, so everyone else sees the default zone (the settings' own default).
 */
export const DEFAULT_SHOP_ZONE = "Asia/Shanghai";
const [zone, setZone] = createSignal(DEFAULT_SHOP_ZONE);
let asked = false;

function learnZone(isManager: boolean) {
  if (asked || !isManager) return;
  asked = true;
  SettingsApi.get()
    .then((document) => setZone(document.settings.shop.timeZone))
    .catch(() => {
      asked = false;
    });
}

const parts = (instant: Date, timeZone: string) => {
  const values = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return values as Record<"year" | "month" | "day" | "hour" | "minute", string>;
};

/** YYYY-MM-DD of an instant in a zone. */
export function dayIn(instant: Date | string | number, timeZone: string) {
  const p = parts(new Date(instant), timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** HH:mm of an instant in a zone. */
export function clockIn(instant: Date | string | number, timeZone: string) {
  const p = parts(new Date(instant), timeZone);
  return `${p.hour}:${p.minute}`;
}

/**
 * The instant a wall-clock time in a zone names ("2026-03-01T08:30" in Asia/Shanghai), as ISO UTC:
 * the zone's offset at that moment is found by reading a first guess back on the zone's clock.
 */
export function zonedToIso(local: string, timeZone: string) {
  const [date, clock = "00:00"] = local.split("T") as [string, string?];
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = clock.split(":").map(Number) as [number, number];
  const wanted = Date.UTC(y, mo - 1, d, h, mi);
  const p = parts(new Date(wanted), timeZone);
  const seen = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return new Date(wanted - (seen - wanted)).toISOString();
}

export function useShopTime() {
  const auth = useAuth();
  const i18n = useI18n();
  learnZone(auth.isManager());
  return {
    zone,
    /** "2026/11/27 09:05" (in the reader's language), in the shop's zone. */
    dateTime: (iso: string | number | Date) =>
      new Intl.DateTimeFormat(i18n.locale(), { timeZone: zone(), year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso)),
    /** "09:05" in the shop's zone. */
    time: (iso: string | number | Date) => clockIn(iso, zone()),
    /** The shop's business day of an instant. */
    day: (iso: string | number | Date) => dayIn(iso, zone()),
    today: () => dayIn(Date.now(), zone()),
    /** A wall-clock time typed in the shop's zone, as an ISO instant. */
    toIso: (local: string) => zonedToIso(local, zone()),
    thisMonth: () => dayIn(Date.now(), zone()).slice(0, 7),
  };
}
