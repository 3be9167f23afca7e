export * as Audit from "./service";
export { AuditEntity } from "./entities";
