/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API lives; defaults to /api on the kiosk's own origin. */
  readonly VITE_API_BASE?: string;
  /** How often an idle kiosk checks that it is still paired (ms). */
  readonly VITE_KIOSK_HEARTBEAT_MS?: string;
  /** How long a bench or punch call may take before it counts as offline (ms). */
  readonly VITE_KIOSK_CALL_TIMEOUT_MS?: string;
  /** How often an offline kiosk asks whether the API is back (ms). */
  readonly VITE_KIOSK_HEALTH_POLL_MS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
