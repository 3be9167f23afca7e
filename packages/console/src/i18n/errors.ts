import { ApiError } from "../api/problem";
import type { I18n } from "./index";

/**
 * What to tell the person about a failed call: the dictionary's wording for codes it knows
 * (the API's `detail` is English), otherwise the API's own `detail`.
 */
export function describeError(i18n: I18n, error: unknown): string {
  if (!(error instanceof ApiError)) return i18n.t("error.unexpected");
  const key = `error.${error.code}`;
  if (i18n.has(key)) {
    const lockedUntil = error.problem.lockedUntil;
    return i18n.t(key, typeof lockedUntil === "string" ? { time: i18n.format.dateTime(lockedUntil) } : undefined);
  }
  if (error.code === "request.invalid") return i18n.t("error.invalid", { detail: error.problem.detail ?? "" });
  return error.problem.detail ?? error.problem.title;
}
