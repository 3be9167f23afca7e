import { request } from "./client";
import type { DeadLetter, DeadLetterState, Page } from "./types";

const at = (id: string) => `/dead-letters/${encodeURIComponent(id)}`;

export const list = (state: DeadLetterState, cursor?: string | null) =>
  request<Page<DeadLetter>>("/dead-letters", { query: { state, cursor } });
export const replay = (id: string) =>
  request<{ outcome: "applied" | "duplicate" | "dead-lettered" }>(`${at(id)}/replay`, { method: "POST" });
export const discard = (id: string) => request<void>(`${at(id)}/discard`, { method: "POST" });
