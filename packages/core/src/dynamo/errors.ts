import { AwsError } from "./aws-json";
import { TransactionCanceled } from "./table";

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "TimeoutError",
  "RequestTimeout",
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
]);

/** True when the error says "the database is not there right now", not "your request was wrong". */
export function isUnreachable(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 6; e = e.cause ?? e.originalError, depth++) {
    if (UNREACHABLE.has(e.code) || UNREACHABLE.has(e.name) || UNREACHABLE.has(e.errno)) return true;
    // The service itself failing (after the client's one retry) is "not there right now" too.
    if (e instanceof AwsError && e.status >= 500) return true;
    if (typeof e.message === "string" && /ECONNREFUSED|socket hang up|timed? ?out/i.test(e.message)) return true;
  }
  return false;
}

/** Conditional-write failures from ElectroDB, the SDK or the table client, possibly nested in a transaction cancel. */
export function isConditionFailed(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 6; e = e.cause ?? e.originalError, depth++) {
    if (e.name === "ConditionalCheckFailedException") return true;
    if (e instanceof TransactionCanceled && e.reasons.some((r) => r.code === "ConditionalCheckFailed")) return true;
    if (e.name === "TransactionCanceledException" && /ConditionalCheckFailed/.test(e.message ?? "")) return true;
    if (typeof e.message === "string" && /conditional request failed/i.test(e.message)) return true;
  }
  return false;
}
