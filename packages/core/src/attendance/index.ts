export * as Roster from "./roster";
export * as Clock from "./clock";
export * as Leave from "./leave";
export * as Correction from "./correction";
export * as Overtime from "./overtime";
export * as Attendance from "./report";
export { Events as AttendanceEvents } from "./events";
export { SUPERVISOR_ROLES, supervises } from "./scope";
export * as AttendanceTime from "./time";
