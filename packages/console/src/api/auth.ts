import { request } from "./client";
import type { Me } from "./types";

export const login = (staffNo: string, password: string) =>
  request<Me>("/auth/login", { method: "POST", body: { staffNo, password } });
export const me = () => request<Me>("/auth/me");
export const logout = () => request<void>("/auth/logout", { method: "POST" });
export const changePassword = (current: string, next: string) =>
  request<void>("/auth/password", { method: "POST", body: { current, next } });
