import { ttlCache } from "../../cache";
import { readSettings } from "../../settings/read";
import { shopDayHour } from "./rules";

export interface BenchSettings {
  timeZone: string;
  shopName: string;
  takeoverMinutes: number;
  interceptShelf: string;
  giftMarkers: string[];
}

// Every scan stamps its shop day and hour; reading the settings item on each would double the
// reads of the hottest path. A changed setting reaches the benches within 30 s.
const cache = ttlCache<"bench", BenchSettings>(30_000);

export async function benchSettings(): Promise<BenchSettings> {
  return cache.get("bench", async () => {
    const { settings } = await readSettings();
    return {
      timeZone: settings.shop.timeZone,
      shopName: settings.shop.name,
      takeoverMinutes: settings.packing.claimTakeoverMinutes,
      interceptShelf: settings.packing.interceptShelf,
      giftMarkers: settings.packing.giftMarkers,
    };
  });
}

/** Forget the cached settings (tests that change them; a settings change otherwise waits 30 s). */
export function forgetBenchSettings() {
  cache.clear();
}

export async function benchTime(now = new Date()) {
  const { timeZone } = await benchSettings();
  return { at: now.toISOString(), ...shopDayHour(now, timeZone) };
}
