import { afterEach, describe, expect, it, vi } from "vitest";
import { render } from "solid-js/web";
import { config } from "../config";
import { DeviceProvider, useDevice, type Device } from "./device";

const reply = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ME = {
  device: { id: "D1", kind: "packing_bench", name: "打包台 1" },
  settings: { scannerMaxInterKeyMs: 35, scannerMinLength: 4, gs1Substitute: "", repeatScanWindowSeconds: 60, timeZone: "Asia/Shanghai" },
};

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  localStorage.clear();
  vi.unstubAllGlobals();
});

function mount(): Device {
  let device!: Device;
  dispose = render(
    () => (
      <DeviceProvider>
        {(() => {
          device = useDevice();
          return null;
        })()}
      </DeviceProvider>
    ),
    document.createElement("div"),
  );
  return device;
}

describe("DeviceProvider", () => {
  it("throws outside its provider", () => {
    expect(() => render(() => (useDevice(), null), document.createElement("div"))).toThrow(/DeviceProvider/);
  });

  it("starts unpaired without a token, and pairs: the token is kept and the device read", async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) =>
      url.endsWith("/kiosk/pair") ? reply(201, { token: "D1.secret", device: {} }) : reply(200, { ...ME, auth: (init?.headers as Record<string, string>).authorization }),
    );
    vi.stubGlobal("fetch", fetch);
    const device = mount();
    expect(device.connection().status).toBe("unpaired");
    await device.pair(" ab12cd34 ");
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({ code: "AB12CD34" });
    expect(localStorage.getItem(config.tokenStorageKey)).toBe("D1.secret");
    expect(device.connection().status).toBe("ready");
    expect(device.me()?.device.name).toBe("打包台 1");
    expect((device.me() as unknown as { auth: string }).auth).toBe("Device D1.secret");
  });

  it("forgets a revoked device: a 401 from any call clears the token and shows pairing", async () => {
    localStorage.setItem(config.tokenStorageKey, "D1.secret");
    let revoked = false;
    vi.stubGlobal("fetch", async (url: string) =>
      revoked ? reply(401, { code: "auth.required", status: 401 }) : url.endsWith("/kiosk/me") ? reply(200, ME) : reply(500, {}),
    );
    const device = mount();
    await settle();
    expect(device.connection().status).toBe("ready");
    revoked = true;
    await device.identify("DWB7DMNE56VJK").catch(() => undefined);
    expect(device.connection().status).toBe("unpaired");
    expect(localStorage.getItem(config.tokenStorageKey)).toBeNull();
  });

  it("keeps the device when only the worker's badge session ended (401 auth.badge)", async () => {
    localStorage.setItem(config.tokenStorageKey, "D1.secret");
    vi.stubGlobal("fetch", async (url: string) =>
      url.endsWith("/kiosk/me") ? reply(200, ME) : reply(401, { code: "auth.badge", status: 401 }),
    );
    const device = mount();
    await settle();
    await device.identify("DWB7DMNE56VJK").catch(() => undefined);
    expect(device.connection().status).toBe("ready");
    expect(localStorage.getItem(config.tokenStorageKey)).toBe("D1.secret");
  });

  it("waits and tries again when the server cannot be reached", async () => {
    localStorage.setItem(config.tokenStorageKey, "D1.secret");
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const device = mount();
    await settle();
    expect(device.connection().status).toBe("offline");
    expect(localStorage.getItem(config.tokenStorageKey)).toBe("D1.secret");
  });

  it("starts offline with what it knew when it was last connected, and keeps knowing it only for that token", async () => {
    localStorage.setItem(config.tokenStorageKey, "D1.secret");
    let up = true;
    vi.stubGlobal("fetch", async () => {
      if (!up) throw new TypeError("Failed to fetch");
      return reply(200, ME);
    });
    let device = mount();
    await settle();
    expect(device.connection().status).toBe("ready");
    dispose?.();

    up = false;
    device = mount();
    await settle();
    expect(device.connection().status).toBe("ready");
    expect(device.me()?.device.kind).toBe("packing_bench");

    dispose?.();
    localStorage.setItem(config.tokenStorageKey, "D2.other");
    device = mount();
    await settle();
    expect(device.connection().status).toBe("offline");
  });
});
