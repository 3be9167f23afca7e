import type { Envelope } from "./event";

/**
 * Where published events go. The Lambda entry points install an EventBridge transport; the local
 * runtime installs the in-process bus. Services publish only after their write succeeded.
 */
export type Transport = (events: Envelope[]) => Promise<void>;

let transport: Transport | undefined;

export function setTransport(next: Transport) {
  transport = next;
}

export async function publish(...events: Envelope[]) {
  if (events.length === 0) return;
  if (!transport) throw new Error("Bus transport not configured");
  await transport(events);
}
