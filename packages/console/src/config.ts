/**
 * The only module that reads build-time environment. Everything else imports `config`, so what
 * a build depends on is visible in one place and tests can run without Vite's env.
 */
const env = import.meta.env ?? {};

export const config = {
  /** Same origin by default: locally one port serves all, in the cloud CloudFront routes /api/*. */
  apiBase: (env.VITE_API_BASE ?? "/api").replace(/\/$/, ""),
  localeStorageKey: "dianwu.console.locale",
} as const;
