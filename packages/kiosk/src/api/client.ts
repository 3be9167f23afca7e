import { config } from "../config";
import { ApiError, networkProblem, readProblem } from "./problem";

export interface KioskRequest {
  method?: "GET" | "POST" | "DELETE";
  body?: unknown;
  /** The device token from pairing (`Authorization: Device …`). */
  device?: string;
  /** The worker's token from a badge scan (`X-Operator`), for calls made on their behalf. */
  operator?: string;
  /** Give up after this long and report it like a network failure (a hung call is an offline one). */
  timeoutMs?: number;
}

type Listener = (error: ApiError) => void;
const deviceRejectedListeners = new Set<Listener>();

/**
 * Told when the API no longer accepts this device (revoked, or a token from another system):
 * the kiosk then forgets its token and shows pairing. A 401 `auth.badge` is not that: the device
 * is fine, only the worker's badge session ended.
 */
export function onDeviceRejected(listener: Listener) {
  deviceRejectedListeners.add(listener);
  return () => deviceRejectedListeners.delete(listener);
}

export const isOperatorExpired = (error: unknown) => error instanceof ApiError && error.status === 401 && error.code === "auth.badge";

/** The API could not be reached or its database is away: the kiosk works on as offline. */
export const isUnreachable = (error: unknown) => error instanceof ApiError && (error.status === 0 || error.status === 503);

export async function request<T>(path: string, options: KioskRequest = {}): Promise<T> {
  const { method = "GET", body, device, operator, timeoutMs } = options;
  let response: Response;
  try {
    response = await fetch(`${config.apiBase}${path}`, {
      method,
      credentials: "omit",
      signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs),
      headers: {
        accept: "application/json, application/problem+json",
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(device ? { authorization: `Device ${device}` } : {}),
        ...(operator ? { "x-operator": operator } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(networkProblem(), { cause });
  }
  if (!response.ok) {
    const error = new ApiError(await readProblem(response));
    if (device && response.status === 401 && !isOperatorExpired(error)) {
      deviceRejectedListeners.forEach((listener) => listener(error));
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    // The timeout can fire while the body is still arriving: the answer is lost, as offline.
    throw new ApiError(networkProblem(), { cause });
  }
  return (text ? JSON.parse(text) : undefined) as T;
}
