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
  /** The last /kiosk/me answer, so a restart while offline still knows the kiosk's mode. */
  meStorageKey: "dianwu.kiosk.me",
  /** An idle kiosk asks "am I still paired?" this often, so a revoked one leaves the floor. */
  heartbeatMs: Number(env.VITE_KIOSK_HEARTBEAT_MS ?? 60_000),
  /** How long a clock-in greeting stays before the terminal is ready for the next person. */
  greetingMs: 4_000,
  /** How soon a kiosk that lost the server tries again. */
  retryMs: 5_000,
  /** A bench or punch call slower than this counts as offline (docs/api/bench.md, Offline). */
  callTimeoutMs: Number(env.VITE_KIOSK_CALL_TIMEOUT_MS ?? 3_000),
  /** While offline, the health check that decides when to send the queue runs this often. */
  healthPollMs: Number(env.VITE_KIOSK_HEALTH_POLL_MS ?? 2_000),
  /** The clock-in terminal's punch counter (decision 0040: never reused on this device). */
  punchSequenceStorageKey: "dianwu.kiosk.punchSequence",
} as const;
