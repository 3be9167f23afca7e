export * as AuthApi from "./auth";
export * as StaffApi from "./staff";
export * as DevicesApi from "./devices";
export * as SettingsApi from "./settings";
export * as AuditApi from "./audit";
export * as DeadLettersApi from "./dead-letters";
export { ApiError, type Problem } from "./problem";
export type * from "./types";
