/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API lives; defaults to /api on the kiosk's own origin. */
  readonly VITE_API_BASE?: string;
  /** How often an idle kiosk checks that it is still paired (ms). */
  readonly VITE_KIOSK_HEARTBEAT_MS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
