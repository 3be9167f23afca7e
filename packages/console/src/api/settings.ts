import { request } from "./client";
import type { SettingsDocument } from "./types";

export const get = () => request<SettingsDocument>("/settings");
/** 409 `settings.stale` when someone saved since `version` was read. */
export const save = (document: SettingsDocument) => request<SettingsDocument>("/settings", { method: "PUT", body: document });
