/**
 * The only module that reads build-time environment; everything else imports `config`.
 */
const env = import.meta.env ?? {};

export const config = {
  /** Same origin by default: the kiosk is served at /kiosk/ beside /api. */
  apiBase: (env.VITE_API_BASE ?? "/api").replace(/\/$/, ""),
  /** The device token from pairing. It is the kiosk's only credential, kept until revoked. */
  tokenStorageKey: "dianwu.kiosk.deviceToken",
  localeStorageKey: "dianwu.kiosk.locale",
  /** An idle kiosk asks "am I still paired?" this often, so a revoked one leaves the floor. */
  heartbeatMs: Number(env.VITE_KIOSK_HEARTBEAT_MS ?? 60_000),
  /** How long a clock-in greeting stays before the terminal is ready for the next person. */
  greetingMs: 4_000,
  /** How soon a kiosk that lost the server tries again. */
  retryMs: 5_000,
} as const;
