import type { MessageKey } from "./zh-CN";

export const en: Record<MessageKey, string> = {
  "app.title": "Dianwu · Kiosk",
  "language.switch": "中文",
  "language.hint": "F2 switches language",

  "kind.packing_bench": "Packing bench",
  "kind.clock_in": "Clock-in terminal",

  "pairing.title": "Pair this device",
  "pairing.instructions": "Ask a manager to create a pairing code in the console (Devices), type it here and press Enter.",
  "pairing.code": "Pairing code",
  "pairing.submit": "Pair",
  "pairing.pairing": "Pairing…",
  "pairing.badCode": "This pairing code is unknown, used or expired. Create a new one.",

  "connecting": "Connecting to the server…",
  "offline.title": "Cannot reach the server",
  "offline.retrying": "Trying again in {seconds} s",

  "badge.prompt": "Scan your badge",
  "badge.checking": "Checking…",
  "badge.invalid": "Badge not valid",
  "badge.invalidHint": "Ask your supervisor for a new badge. Scan a valid badge to go on.",
  "error.network": "Network problem",
  "error.networkHint": "Cannot reach the server. Please scan again.",
  "error.unexpected": "Something went wrong",
  "error.unexpectedHint": "Please scan again; if it keeps failing, call your supervisor.",

  "bench.operator": "Operator",
  "bench.waiting": "Packing bench — waiting for parcel scan",
  "bench.notYet": "Scanned {code} (parcel scanning is coming soon)",
  "bench.signOutHint": "Scan a badge to change operator; scan your own badge again or press Esc to sign out.",
  "bench.signedOut": "{name} signed out",

  "clock.morning": "Good morning, {name}",
  "clock.afternoon": "Good afternoon, {name}",
  "clock.evening": "Good evening, {name}",
  "clock.identified": "Identified {staffNo} (clocking in is coming soon)",
};
