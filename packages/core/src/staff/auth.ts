import * as z from "zod";
import { Audit } from "../audit";
import { Bus } from "../bus";
import { ttlCache } from "../cache";
import { locked, unauthenticated, invalid } from "../error";
import { newId } from "../id";
import { useStaff, withActor } from "../actor";
import { CredentialEntity, SessionEntity, StaffEntity } from "./entities";
import { Events } from "./events";
import { verifyPassword } from "./password";
import { Role } from "./roles";
import { isLocked, lockAfterFailure, SESSION } from "./rules";
import { setPassword } from "./service";
import { sign, verify } from "./token";

/** What the session cookie carries; trusted without a read until `exp`, see SESSION.tokenMinutes. */
export const SessionToken = z.object({
  typ: z.literal("session"),
  sid: z.string(),
  sub: z.string(),
  name: z.string(),
  roles: z.array(Role),
  iat: z.number(),
  exp: z.number(),
  /** When the sign-in itself ends, whatever renewals happen. */
  end: z.number(),
});
export type SessionToken = z.infer<typeof SessionToken>;

const WRONG = () => unauthenticated("auth.wrong-credentials", "Staff number or password is wrong");

export async function login(input: { staffNo: string; password: string; userAgent?: string }, now = new Date()) {
  const [staff, credential] = await Promise.all([
    StaffEntity.get({ staffNo: input.staffNo }).go({ consistent: true }),
    CredentialEntity.get({ staffNo: input.staffNo }).go({ consistent: true }),
  ]);
  // The same answer for "no such staff" and "wrong password": staff numbers are not to be probed.
  if (!staff.data || !credential.data || !staff.data.active) {
    await Audit.record({ action: "auth.login-failed", target: { type: "staff", id: input.staffNo } });
    throw WRONG();
  }
  if (isLocked(credential.data.lockedUntil, now)) throw lockedOut(credential.data.lockedUntil!);

  if (!(await verifyPassword(input.password, credential.data.hash))) {
    const bumped = await CredentialEntity.update({ staffNo: input.staffNo })
      .add({ failedAttempts: 1 })
      .go({ response: "all_new" });
    const lockedUntil = lockAfterFailure(bumped.data.failedAttempts ?? 0, now);
    await Audit.record({ action: "auth.login-failed", target: { type: "staff", id: input.staffNo } });
    if (lockedUntil) {
      await CredentialEntity.patch({ staffNo: input.staffNo }).set({ lockedUntil, failedAttempts: 0 }).go();
      await Bus.publish(Events.LockedOut.create({ staffNo: input.staffNo, lockedUntil }));
      throw lockedOut(lockedUntil);
    }
    throw WRONG();
  }

  if (credential.data.failedAttempts > 0 || credential.data.lockedUntil) {
    await CredentialEntity.patch({ staffNo: input.staffNo }).set({ failedAttempts: 0 }).remove(["lockedUntil"]).go();
  }
  const sessionId = newId();
  const end = Math.floor(now.getTime() / 1000) + SESSION.absoluteHours * 3600;
  await SessionEntity.create({
    sessionId,
    staffNo: input.staffNo,
    createdAt: now.toISOString(),
    expiresAt: end,
    userAgent: input.userAgent?.slice(0, 200),
  }).go();
  // The one signing in is the actor of their own sign-in (the request itself is still anonymous).
  await withActor({ type: "staff", staffNo: input.staffNo, roles: [...staff.data.roles], sessionId }, () =>
    Audit.record({ action: "auth.login", target: { type: "session", id: sessionId } }),
  );
  const token = issue({ sid: sessionId, sub: input.staffNo, name: staff.data.name, roles: [...staff.data.roles], end }, now);
  return { token, staff: { staffNo: input.staffNo, name: staff.data.name, roles: [...staff.data.roles].sort() } };
}

function lockedOut(until: string) {
  return locked("auth.locked", `Too many wrong passwords; locked until ${until}`, { lockedUntil: until });
}

function issue(claims: Omit<SessionToken, "typ" | "iat" | "exp">, now: Date) {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = Math.min(iat + SESSION.tokenMinutes * 60, claims.end);
  const token: SessionToken = { typ: "session", ...claims, iat, exp };
  return { value: sign(token), claims: token };
}

const sessionState = ttlCache<string, { valid: boolean; name: string; roles: Role[] }>(30_000);

/**
 * Checks a session cookie. The signature proves we issued it; whether the session still stands
 * (not signed out or revoked, staff member still active, current roles) is read at most every
 * 30 s per session, so a revocation bites within a minute without a read on every request.
 * A token past its short life is renewed: the caller sets the new one as the cookie.
 */
export async function authenticate(raw: string, now = new Date()) {
  const parsed = SessionToken.safeParse(verify(raw));
  if (!parsed.success) return undefined;
  const claims = parsed.data;
  const seconds = Math.floor(now.getTime() / 1000);
  if (claims.end <= seconds) return undefined;
  const state = await sessionState.get(claims.sid, () => loadSessionState(claims.sid, claims.sub));
  if (!state.valid) return undefined;
  if (claims.exp > seconds) return { claims: { ...claims, roles: state.roles }, renewed: undefined };
  const renewed = issue({ sid: claims.sid, sub: claims.sub, name: state.name, roles: state.roles, end: claims.end }, now);
  return { claims: renewed.claims, renewed: renewed.value };
}

async function loadSessionState(sessionId: string, staffNo: string) {
  const [session, staff] = await Promise.all([
    SessionEntity.get({ sessionId }).go({ consistent: true }),
    StaffEntity.get({ staffNo }).go({ consistent: true }),
  ]);
  const valid = !!session.data && !session.data.revokedAt && !!staff.data?.active;
  return { valid, name: staff.data?.name ?? "", roles: staff.data ? [...staff.data.roles] : [] };
}

export async function logout(sessionId: string) {
  await revoke(sessionId);
  await Audit.record({ action: "auth.logout", target: { type: "session", id: sessionId } });
}

async function revoke(sessionId: string) {
  await SessionEntity.patch({ sessionId }).set({ revokedAt: new Date().toISOString() }).go();
  sessionState.delete(sessionId);
}

/** Ends every sign-in of a staff member, except `keep` (the one changing their own password). */
export async function revokeAll(staffNo: string, keep?: string) {
  const sessions = await SessionEntity.query.byStaff({ staffNo }).go({ pages: "all" });
  const open = sessions.data.filter((s) => !s.revokedAt && s.sessionId !== keep);
  for (const session of open) await revoke(session.sessionId);
  if (open.length) {
    await Audit.record({ action: "auth.revoke-all", target: { type: "staff", id: staffNo }, after: { revoked: open.length } });
  }
  return open.length;
}

export async function changePassword(input: { current: string; next: string }) {
  const actor = useStaff();
  const credential = await CredentialEntity.get({ staffNo: actor.staffNo }).go({ consistent: true });
  if (!credential.data || !(await verifyPassword(input.current, credential.data.hash))) {
    throw invalid("current", "auth.wrong-password", "The current password is wrong");
  }
  await setPassword(actor.staffNo, input.next, { action: "auth.password-change", field: "next" });
  await revokeAll(actor.staffNo, actor.sessionId);
}

export async function resetPassword(staffNo: string, password: string) {
  await setPassword(staffNo, password);
  await revokeAll(staffNo);
}

/** For tests and the revoke-access consumer: forget cached validity so revocation is immediate here. */
export function forgetCachedSessions() {
  sessionState.clear();
}
