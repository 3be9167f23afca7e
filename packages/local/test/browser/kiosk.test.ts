import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { Device } from "@dianwu/core/staff";
import { makeBadge, makeStaff, PASSWORD } from "../../src/testing/factories";
import { openPage, scan, signIn, startSystem } from "./harness";

/**
 * A manager pairs a packing bench from the console; workers sign in at it with their badges;
 * the manager revokes it and it goes back to pairing. One story, so the tests run in order.
 */
let system: Awaited<ReturnType<typeof startSystem>>;
let console_: Page;
let kiosk: Page;
let workers: { staffNo: string; name: string; badge: string }[];

beforeAll(async () => {
  system = await startSystem();
  workers = [];
  for (const name of ["沈打包", "韩打包"]) {
    const member = await makeStaff({ roles: ["packer"], department: "warehouse", name });
    workers.push({ staffNo: member.staffNo, name, badge: (await makeBadge(member.staffNo)).badgeCode });
  }
});
afterAll(async () => system?.stop());

describe("kiosk", () => {
  it("pairs with a code a manager created in the console and asks for a badge", async () => {
    const manager = await makeStaff({ roles: ["warehouse_supervisor"], department: "warehouse" });
    console_ = await openPage(system.browser, `${system.baseUrl}/#/devices`);
    await signIn(console_, manager.staffNo, PASSWORD);
    await console_.fill("input[name=name]", "打包台 1");
    await console_.fill("input[name=location]", "仓库 A 区");
    await console_.click("form button[type=submit]");
    const code = (await console_.locator("[data-testid=pairing-code]").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{8}$/);

    // A second browser context: the kiosk shares nothing with the manager's session.
    kiosk = await openPage(system.browser, `${system.baseUrl}/kiosk/`);
    await kiosk.locator("[data-testid=pairing-screen]").waitFor();
    await kiosk.keyboard.type(code.toLowerCase(), { delay: 20 });
    await kiosk.keyboard.press("Enter");
    await kiosk.locator("[data-testid=scan-badge]").waitFor();
    expect(await kiosk.locator("[data-testid=scan-badge]").textContent()).toContain("请扫描工牌");
    expect(await kiosk.evaluate(() => localStorage.getItem("dianwu.kiosk.deviceToken"))).toBeTruthy();

    // The new bench shows up in the console's list.
    await expect.poll(() => console_.locator("[data-testid=devices] tbody tr").count(), { timeout: 10_000 }).toBe(1);
  });

  it("identifies a worker from a scanned badge, refuses a bad one, and takes the next good scan", async () => {
    const [first, second] = workers as [(typeof workers)[0], (typeof workers)[0]];
    await scan(kiosk, first.badge);
    await expect.poll(() => kiosk.locator("[data-testid=operator-name]").textContent().catch(() => null)).toBe(first.name);

    await scan(kiosk, "DWBZZZZZZZZZZ");
    await kiosk.locator("[data-testid=kiosk-error]").waitFor();
    expect(await kiosk.locator("[data-testid=kiosk-error]").textContent()).toContain("工牌无效");
    // The error stays until the next scan.
    await kiosk.waitForTimeout(500);
    expect(await kiosk.locator("[data-testid=kiosk-error]").count()).toBe(1);

    await scan(kiosk, second.badge);
    await expect.poll(() => kiosk.locator("[data-testid=operator-name]").textContent().catch(() => null)).toBe(second.name);
    expect(await kiosk.locator("[data-testid=kiosk-error]").count()).toBe(0);
  });

  it("goes back to pairing on its next call after the device is revoked in the console", async () => {
    await console_.reload();
    await console_.locator("[data-testid=devices] tbody tr").first().waitFor();
    await console_.click("[data-testid=devices] tbody tr button.button-danger");
    await console_.click(".modal button.button-danger");
    await expect.poll(() => console_.locator("[data-testid=devices] tbody tr .status-off").count()).toBe(1);
    // The server runs in this process; its 30 s device cache must not hide the revocation.
    Device.forgetCachedDevices();

    await scan(kiosk, workers[0]!.badge);
    // Well inside the kiosk's 60 s heartbeat: it is the scan's call that found out.
    await kiosk.locator("[data-testid=pairing-screen]").waitFor({ timeout: 10_000 });
    expect(await kiosk.evaluate(() => localStorage.getItem("dianwu.kiosk.deviceToken"))).toBeNull();
  });
});
