import { ApiError } from "../api/problem";
import type { MessageKey } from "../i18n";

/** Badge codes as the domain issues them (packages/core/src/staff/badge.ts): DWB + 10 characters. */
const BADGE_PATTERN = /^DWB[A-Z2-9]{10}$/;

export const looksLikeBadge = (code: string) => BADGE_PATTERN.test(code.trim().toUpperCase());
export const sameBadge = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/** What to show when a scan could not be used: a bad badge, no server, or anything else. */
export function scanFailure(error: unknown): { title: MessageKey; hint: MessageKey } {
  if (error instanceof ApiError && error.status === 400) return { title: "badge.invalid", hint: "badge.invalidHint" };
  if (error instanceof ApiError && (error.status === 0 || error.status === 503)) return { title: "error.network", hint: "error.networkHint" };
  return { title: "error.unexpected", hint: "error.unexpectedHint" };
}
