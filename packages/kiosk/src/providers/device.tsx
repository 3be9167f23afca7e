import { createContext, createSignal, onCleanup, useContext, type ParentProps } from "solid-js";
import { onDeviceRejected } from "../api/client";
import * as KioskApi from "../api/kiosk";
import type { KioskMe } from "../api/kiosk";
import { ApiError } from "../api/problem";
import { config } from "../config";
import { readCachedMe, readToken, writeCachedMe, writeToken } from "./storage";

export type Connection =
  | { status: "unpaired" }
  | { status: "connecting" }
  | { status: "offline"; retryAt: number }
  | { status: "ready"; me: KioskMe };

/**
 * This kiosk as the API knows it: paired or not, its kind and settings. Any call the API refuses
 * with 401 (device revoked) drops the token and the kiosk goes back to pairing.
 */
function createDevice() {
  const [token, setToken] = createSignal(readToken());
  const [connection, setConnection] = createSignal<Connection>(token() ? { status: "connecting" } : { status: "unpaired" });
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function forget() {
    clearTimeout(retryTimer);
    writeToken(undefined);
    writeCachedMe(undefined);
    setToken(undefined);
    setConnection({ status: "unpaired" });
  }
  onCleanup(onDeviceRejected(forget));

  /** Reads /kiosk/me. `quiet` (the heartbeat) keeps a working kiosk working through a blip. */
  async function connect(quiet = false) {
    const current = token();
    if (!current) return forget();
    clearTimeout(retryTimer);
    if (!quiet) setConnection({ status: "connecting" });
    try {
      const me = await KioskApi.me(current);
      if (token() !== current) return;
      writeCachedMe(current, me);
      setConnection({ status: "ready", me });
    } catch (error) {
      if (token() !== current) return;
      // 401 was handled by the rejection listener (back to pairing).
      if (error instanceof ApiError && error.status === 401) return;
      if (quiet && connection().status === "ready") return;
      // Known before: work offline with what we knew (the modes queue their calls); the
      // heartbeat finds out when the API is back.
      const cached = readCachedMe<KioskMe>(current);
      if (cached) return setConnection({ status: "ready", me: cached });
      setConnection({ status: "offline", retryAt: Date.now() + config.retryMs });
      retryTimer = setTimeout(() => void connect(), config.retryMs);
    }
  }

  const heartbeat = setInterval(() => {
    if (connection().status === "ready") void connect(true);
  }, config.heartbeatMs);
  onCleanup(() => {
    clearInterval(heartbeat);
    clearTimeout(retryTimer);
  });

  if (token()) void connect();

  return {
    connection,
    /** The device token, for calls the modes make themselves (bench, punches). */
    token: () => token() ?? "",
    me: () => {
      const c = connection();
      return c.status === "ready" ? c.me : undefined;
    },
    async pair(code: string) {
      const paired = await KioskApi.pair(code.trim().toUpperCase());
      writeToken(paired.token);
      setToken(paired.token);
      await connect();
    },
    /** Who holds this badge; rejects with the API's problem (400 `badge.unknown` for a bad one). */
    identify: (code: string) => KioskApi.identifyBadge(token() ?? "", code),
    forget,
  };
}

export type Device = ReturnType<typeof createDevice>;
const DeviceContext = createContext<Device>();

export function DeviceProvider(props: ParentProps) {
  return <DeviceContext.Provider value={createDevice()}>{props.children}</DeviceContext.Provider>;
}

export function useDevice(): Device {
  const device = useContext(DeviceContext);
  if (!device) throw new Error("useDevice() must be used inside <DeviceProvider>");
  return device;
}
