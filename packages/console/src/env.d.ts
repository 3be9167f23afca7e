/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the API lives; defaults to /api on the console's own origin. */
  readonly VITE_API_BASE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
