export * as Staff from "./service";
export * as Auth from "./auth";
export * as Device from "./device";
export * as Badge from "./badge";
export { Events as StaffEvents } from "./events";
export * from "./roles";
export { setSigningSecret } from "./token";
