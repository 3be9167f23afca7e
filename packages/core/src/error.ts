/**
 * Errors a caller is allowed to see. The HTTP layer maps each kind to a status and an
 * RFC 9457 problem document; anything that is not a VisibleError leaves as a bare 500.
 */
export type ErrorKind =
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "locked"
  | "unavailable";

export class VisibleError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Stable machine code, e.g. `staff.wrong-password`. The UI translates it. */
    readonly code: string,
    message: string,
    /** The input field that failed, as a JSON pointer-ish dotted path. */
    readonly field?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "VisibleError";
  }
}

export const invalid = (field: string, code: string, message: string) =>
  new VisibleError("validation", code, message, field);
export const notFound = (code: string, message: string) => new VisibleError("not-found", code, message);
export const conflict = (code: string, message: string, extra?: Record<string, unknown>) =>
  new VisibleError("conflict", code, message, undefined, extra);
export const forbidden = (code: string, message: string) => new VisibleError("forbidden", code, message);
export const unauthenticated = (code: string, message: string) =>
  new VisibleError("unauthenticated", code, message);
export const locked = (code: string, message: string, extra?: Record<string, unknown>) =>
  new VisibleError("locked", code, message, undefined, extra);
export const unavailable = (code: string, message: string) => new VisibleError("unavailable", code, message);
