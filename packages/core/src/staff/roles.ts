import * as z from "zod";

/** Roles of RULES.md §1 (岗位). A staff member can hold several. */
export const ROLES = [
  "boss", // 总裁: approves
  "operations", // 运营
  "planning", // 企划
  "marketing", // 市场
  "cs_presale", // 售前
  "cs_aftersale", // 售后
  "cs_tracking", // 查件
  "cs_complaints", // 投诉
  "cs_supervisor", // 客服主管
  "receiver", // 收货
  "inspector", // 验货
  "picker", // 拣货/配货员
  "packer", // 打包员
  "warehouse_supervisor", // 仓库主管
  "designer", // 美工
  "photographer", // 摄影
  "hr", // 行政
] as const;
export type Role = (typeof ROLES)[number];
export const Role = z.enum(ROLES);

export const DEPARTMENTS = [
  "management",
  "operations",
  "planning",
  "marketing",
  "customer_service",
  "warehouse",
  "design",
  "photography",
  "admin",
] as const;
export type Department = (typeof DEPARTMENTS)[number];
export const Department = z.enum(DEPARTMENTS);

/** Who manages people, devices and settings: the boss, HR and the department supervisors. */
export const MANAGERS: readonly Role[] = ["boss", "hr", "warehouse_supervisor", "cs_supervisor"];
/** Settings and staff records belong to the boss and HR. */
export const ADMINS: readonly Role[] = ["boss", "hr"];

export function hasAnyRole(held: readonly Role[], allowed: readonly Role[]) {
  return held.some((role) => allowed.includes(role));
}
