import { config } from "../config";

/** The device token survives restarts of the kiosk browser; nothing else is stored. */
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
