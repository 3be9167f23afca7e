export * as Settings from "./service";
export type { Settings as SettingsInfo } from "./schema";
