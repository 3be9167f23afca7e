import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { withActor } from "@dianwu/core/actor";
import { Staff } from "@dianwu/core/staff";
import { makeBadge, makeStaff, PASSWORD, SYSTEM } from "../../src/testing/factories";
import { openPage, signIn, startSystem } from "./harness";

let system: Awaited<ReturnType<typeof startSystem>>;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem();
  browser = system.browser;
});
afterAll(async () => system?.stop());

describe("console sign-in", () => {
  it("says so when the password is wrong, lands on the shell when it is right, and switches to English", async () => {
    const boss = await makeStaff({ roles: ["boss"], department: "management", name: "王测试" });
    const page = await openPage(browser, `${system.baseUrl}/`);

    await signIn(page, boss.staffNo, "not-the-password");
    await expect.poll(() => page.locator(".banner-error").textContent()).toContain("工号或密码错误");
    // The API will not say which of the two was wrong, so both inputs are marked.
    expect(await page.locator(".field-invalid").count()).toBe(2);
    expect(await page.locator(".sidebar").count()).toBe(0);

    await signIn(page, boss.staffNo, PASSWORD);
    await page.locator(".sidebar").waitFor();
    expect(await page.locator("[data-testid=signed-in-as]").textContent()).toContain(boss.staffNo);
    expect(await page.locator(".sidebar a").first().textContent()).toBe("员工");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");

    await page.click("button[lang=en]");
    await expect.poll(() => page.locator(".sidebar a").first().textContent()).toBe("Staff");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    // The choice is remembered: a reload keeps English.
    await page.reload();
    await page.locator(".sidebar").waitFor();
    expect(await page.locator(".sidebar a").first().textContent()).toBe("Staff");
    await page.context().close();
  });
});

describe("badge sheet", () => {
  it("renders one Code 128 barcode per active staff member, none for the deactivated", async () => {
    const manager = await makeStaff({ roles: ["hr"], department: "admin" });
    const packers = await Promise.all([1, 2, 3].map(() => makeStaff({ roles: ["packer"], department: "warehouse" })));
    const leaver = await makeStaff({ roles: ["picker"], department: "warehouse" });
    const badges = new Map<string, string>();
    for (const member of [manager, ...packers, leaver]) badges.set(member.staffNo, (await makeBadge(member.staffNo)).badgeCode);
    await withActor(SYSTEM, () => Staff.update(leaver.staffNo, { active: false }));

    // Everyone active in this file's table, with the badge each holds now.
    const active = (await Staff.list()).filter((member) => member.active);
    const page = await openPage(browser, `${system.baseUrl}/#/badges/sheet`);
    await signIn(page, manager.staffNo, PASSWORD);
    await page.locator(".badge-card").first().waitFor();

    const cards = await page.locator(".badge-card").evaluateAll((elements) =>
      elements.map((card) => ({
        staffNo: card.getAttribute("data-staff-no"),
        codes: [...card.querySelectorAll("svg.barcode")].map((svg) => svg.getAttribute("data-code")),
        bars: card.querySelectorAll("svg.barcode rect").length,
      })),
    );
    expect(cards.map((c) => c.staffNo).sort()).toEqual(active.map((m) => m.staffNo).sort());
    expect(cards.some((c) => c.staffNo === leaver.staffNo)).toBe(false);
    for (const card of cards.filter((c) => badges.has(c.staffNo!))) {
      expect(card.codes).toEqual([badges.get(card.staffNo!)]);
      // A drawn barcode, not an empty SVG: Code 128 of 13 characters has dozens of bars.
      expect(card.bars).toBeGreaterThan(20);
    }
    await page.context().close();
  });
});
