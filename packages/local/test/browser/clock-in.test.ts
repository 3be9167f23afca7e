import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { Clock } from "@dianwu/core/attendance";
import { makeBadge, makeStaff } from "../../src/testing/factories";
import { scan, startSystem } from "./harness";
import { goOffline, goOnline, openPairedKiosk, text } from "./kiosk-helpers";

/**
 * The clock-in terminal with simulated badge scans: clock in, a repeat within the window, a bad
 * badge and the next good scan, then punches made offline that reach the API exactly once.
 */
let system: Awaited<ReturnType<typeof startSystem>>;
let kiosk: Page;
let people: { staffNo: string; name: string; badge: string }[];

beforeAll(async () => {
  system = await startSystem();
  people = [];
  for (const name of ["李上班", "王仓管", "赵夜班", "孙离线"]) {
    const member = await makeStaff({ roles: ["packer"], department: "warehouse", name });
    people.push({ staffNo: member.staffNo, name, badge: (await makeBadge(member.staffNo)).badgeCode });
  }
  kiosk = (await openPairedKiosk(system.browser, system.baseUrl, "clock_in")).page;
});
afterAll(async () => system?.stop());

const punchesOf = async (staffNo: string) => Clock.punchRowsOf(staffNo, Date.now() - 3_600_000, Date.now() + 60_000);

describe("clock-in terminal", () => {
  it("clocks a person in with their name, greeting and shift, and records it", async () => {
    const [li] = people as [(typeof people)[0]];
    await scan(kiosk, li.badge);
    await kiosk.locator("[data-testid=punch]").waitFor();
    expect(await text(kiosk, "punch-direction")).toBe("上班打卡");
    expect(await text(kiosk, "greeting")).toContain(li.name);
    // Nobody rostered them today: the terminal says so instead of inventing a shift.
    expect(await kiosk.locator("[data-testid=punch]").textContent()).toContain("今天没有排班");
    const rows = await punchesOf(li.staffNo);
    expect(rows.map((r) => r.direction)).toEqual(["in"]);
  });

  it("ignores a repeat scan within the window and says so", async () => {
    const [li] = people as [(typeof people)[0]];
    await scan(kiosk, li.badge);
    await kiosk.locator("[data-testid=punch-repeat]").waitFor();
    expect(await text(kiosk, "punch-repeat")).toContain("已经打过卡了");
    expect(await punchesOf(li.staffNo)).toHaveLength(1);
  });

  it("shows an error for a bad badge that stays, and the next scan still works", async () => {
    const [, wang] = people as [(typeof people)[0], (typeof people)[0]];
    await scan(kiosk, "DWBZZZZZZZZZZ");
    await kiosk.locator("[data-testid=kiosk-error]").waitFor();
    expect(await text(kiosk, "kiosk-error")).toContain("工牌无效");
    await kiosk.waitForTimeout(500);
    expect(await kiosk.locator("[data-testid=kiosk-error]").count()).toBe(1);

    await scan(kiosk, wang.badge);
    await expect.poll(() => text(kiosk, "greeting")).toContain(wang.name);
    expect(await kiosk.locator("[data-testid=kiosk-error]").count()).toBe(0);
  });

  it("queues punches while offline and replays them exactly once when the API is back", async () => {
    const [zhao, sun] = [people[2]!, people[3]!];
    // The first try reaches the API but its answer is lost on the way back: the kiosk must
    // send it again with the same sequence number, and the API must count it once.
    let lost = 0;
    await kiosk.context().route("**/api/attendance/punches", async (route) => {
      lost++;
      await route.fetch();
      await route.abort("connectionreset");
    });
    await scan(kiosk, zhao.badge);
    await kiosk.locator("[data-testid=punch-queued]").waitFor();
    expect(lost).toBe(1);
    // Straight to offline, with no moment online between: a replay then would empty the queue early.
    await goOffline(kiosk);
    await kiosk.context().unroute("**/api/attendance/punches");
    await scan(kiosk, sun.badge);
    await expect.poll(() => text(kiosk, "punch-queued")).toContain("已记录（离线）");
    // A bad badge offline is queued like any scan; the API refuses it on replay.
    await scan(kiosk, "DWBZZZZZZZZZZ");
    await expect.poll(() => kiosk.locator("[data-testid=queue-status]").getAttribute("data-pending").catch(() => null)).toBe("3");
    expect(await text(kiosk, "queue-status")).toContain("离线 · 3 条待发送");

    await goOnline(kiosk);
    // Online, the badge goes at once while the queue still drains: wait for the replay's effect.
    await kiosk.locator("[data-testid=queue-status]").waitFor({ state: "detached", timeout: 15_000 });
    await expect.poll(() => punchesOf(sun.staffNo).then((r) => r.length), { timeout: 15_000 }).toBe(1);
    // Recorded by the first try (live, the API's clock); the replay only read it back.
    const rows = await punchesOf(zhao.staffNo);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ direction: "in", queued: false });
    // Never seen by the API until the replay: recorded at the kiosk's time, flagged as queued.
    const offline = await punchesOf(sun.staffNo);
    expect(offline[0]).toMatchObject({ direction: "in", queued: true });

    // The refused replay is shown so the person can ask for a correction.
    await kiosk.locator("[data-testid=scan-badge]").waitFor({ timeout: 10_000 });
    await kiosk.locator("[data-testid=sync-problem]").waitFor();
    expect(await text(kiosk, "sync-problem")).toContain("工牌无效");
  });
});
