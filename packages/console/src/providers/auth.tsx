import { createContext, createResource, onCleanup, useContext, type ParentProps } from "solid-js";
import { AuthApi, type Me } from "../api";
import { onUnauthorized } from "../api/client";
import { ApiError } from "../api/problem";
import { ADMINS, hasAnyRole, MANAGERS } from "../domain";

/** Who is signed in: `null` when nobody, `undefined` while the first check runs. */
async function currentSession(): Promise<Me | null> {
  try {
    return await AuthApi.me();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

function createAuth() {
  const [me, { mutate, refetch }] = createResource(currentSession);
  // Any call answered 401 means the session is over (expired, revoked, password changed elsewhere).
  onCleanup(onUnauthorized(() => mutate(null)));

  // Reading a resource that failed throws; the accessors below answer "nobody" instead.
  const current = () => (me.error ? undefined : me.latest);
  const roles = () => current()?.roles ?? [];
  return {
    me: current,
    loading: () => me.loading,
    error: () => me.error as unknown,
    retry: refetch,
    isManager: () => hasAnyRole(roles(), MANAGERS),
    isAdmin: () => hasAnyRole(roles(), ADMINS),
    async login(staffNo: string, password: string) {
      mutate(await AuthApi.login(staffNo, password));
    },
    async logout() {
      try {
        await AuthApi.logout();
      } finally {
        // Signed out locally even if the call failed: the cookie is HttpOnly and short-lived anyway.
        mutate(null);
      }
    },
  };
}

export type Auth = ReturnType<typeof createAuth>;
const AuthContext = createContext<Auth>();

export function AuthProvider(props: ParentProps) {
  return <AuthContext.Provider value={createAuth()}>{props.children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error("useAuth() must be used inside <AuthProvider>");
  return auth;
}
