/** Pure rules of access: no I/O, tested exhaustively. */

export const LOCKOUT = {
  /** Failed passwords in a row before the account locks. */
  maxFailures: 5,
  lockMinutes: 15,
} as const;

export const SESSION = {
  /** A signed cookie lives this long before it is renewed (revocation is checked separately, every 30 s). */
  tokenMinutes: 10,
  /** A sign-in lasts one working day at most. */
  absoluteHours: 12,
} as const;

export const OPERATOR = {
  /** A badge scan at a kiosk identifies the worker for one shift at most. */
  tokenHours: 12,
} as const;

/** Whether the account is locked at `now`. */
export function isLocked(lockedUntil: string | undefined, now: Date) {
  return lockedUntil !== undefined && new Date(lockedUntil).getTime() > now.getTime();
}

/** After a failed attempt that brought the count to `failures`: the lock to set, if any. */
export function lockAfterFailure(failures: number, now: Date): string | undefined {
  if (failures < LOCKOUT.maxFailures) return undefined;
  return new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000).toISOString();
}

export const PASSWORD_MIN_LENGTH = 8;

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, staffNo: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > 200) return "at most 200 characters";
  if (password.includes(staffNo)) return "must not contain the staff number";
  if (/^(.)\1*$/.test(password)) return "must not repeat one character";
  return undefined;
}

/** A staff number: 3 to 8 digits, as printed on badges and written into seller memos. */
export const STAFF_NO_PATTERN = /^\d{3,8}$/;
