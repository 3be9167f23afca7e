import { config } from "../config";
import { request } from "./client";

/**
 * Whether the API and its database answer (a public call): an offline queue replays when they do.
 * The bench asks its own hot path (`/bench/health`), the clock-in terminal the main API.
 */
export async function apiIsUp(path: "/health" | "/bench/health") {
  const health = await request<{ status: string }>(path, { timeoutMs: config.callTimeoutMs });
  return health.status === "ok";
}
