import { config } from "../config";

/** The device token survives restarts of the kiosk browser, until the device is revoked. */
export function readToken(): string | undefined {
  try {
    return localStorage.getItem(config.tokenStorageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeToken(token: string | undefined) {
  try {
    if (token) localStorage.setItem(config.tokenStorageKey, token);
    else localStorage.removeItem(config.tokenStorageKey);
  } catch {
    // A kiosk that cannot store its token pairs again after a restart; nothing worse.
  }
}

/**
 * The last /kiosk/me answer, tied to the token it was read with: a kiosk restarted while the API
 * is away still knows its mode and settings and can work offline (queue scans and punches).
 */
export function readCachedMe<T>(token: string): T | undefined {
  try {
    const cached = JSON.parse(localStorage.getItem(config.meStorageKey) ?? "null") as { token: string; me: T } | null;
    return cached?.token === token ? cached.me : undefined;
  } catch {
    return undefined;
  }
}

export function writeCachedMe(token: string | undefined, me?: unknown) {
  try {
    if (token && me) localStorage.setItem(config.meStorageKey, JSON.stringify({ token, me }));
    else localStorage.removeItem(config.meStorageKey);
  } catch {
    // Without it a restart while offline waits for the API, as before.
  }
}
