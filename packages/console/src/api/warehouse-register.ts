/** The warehouse entry register (出入登记): visits in and out, the opening and closing rounds. */
import { request } from "./client";
import type { CheckInput, RegisterEntry, VisitInput } from "./warehouse-ops-types";

export const ofDay = (day: string) => request<{ items: RegisterEntry[] }>("/warehouse/register", { query: { day } }).then((r) => r.items);
export const enter = (input: VisitInput) => request<RegisterEntry>("/warehouse/register/visits", { method: "POST", body: input });
export const leave = (entryId: string) => request<RegisterEntry>(`/warehouse/register/visits/${encodeURIComponent(entryId)}/leave`, { method: "POST" });
export const check = (input: CheckInput) => request<RegisterEntry>("/warehouse/register/checks", { method: "POST", body: input });
