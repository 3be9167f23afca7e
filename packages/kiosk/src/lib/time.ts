/** "08:31" in the shop's time zone, whatever the kiosk's own zone is. */
export function clockTime(at: string | number | Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(at));
}
