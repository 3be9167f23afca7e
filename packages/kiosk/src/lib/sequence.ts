import { config } from "../config";

/**
 * The clock-in terminal's punch counter (decision 0040): one number per scan, never reused on
 * this device. It is at least the current time in milliseconds, so a kiosk whose storage was
 * wiped starts above every number it used before instead of reusing them.
 */
export function nextSequence(now = Date.now(), storage: Pick<Storage, "getItem" | "setItem"> | undefined = safeLocalStorage()) {
  const last = Number(storage?.getItem(config.punchSequenceStorageKey) ?? 0) || 0;
  const next = Math.max(last + 1, now);
  storage?.setItem(config.punchSequenceStorageKey, String(next));
  return next;
}

function safeLocalStorage() {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}
