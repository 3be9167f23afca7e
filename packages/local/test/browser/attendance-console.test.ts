import { mkdir, readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { AttendanceTime } from "@dianwu/core/attendance";
import { makeBadge, makeStaff, PASSWORD } from "../../src/testing/factories";
import { makeCorrection, makeLeave, makeOvertime, makePunch, makeRoster, useTimetable } from "../../src/testing/attendance";
import { openPage, signIn, startSystem } from "./harness";

/**
 * The attendance console as a customer-service supervisor: a month's roster generated from a
 * rotation and coverage, edited and published; the approvals inbox; today's board with a late
 * check-in; the monthly summaries with their CSV; and a plain agent's own month and leave request.
 */
const SHOTS = "/tmp/ca-shots";
const TZ = "Asia/Shanghai";

let system: Awaited<ReturnType<typeof startSystem>>;
let browser: Browser;
type Person = Awaited<ReturnType<typeof makeStaff>>;
let supervisor: Person;
let agents: Person[];

const today = () => AttendanceTime.localDay(Date.now(), TZ);
const thisMonth = () => today().slice(0, 7);
const nextMonth = () => {
  const [y, m] = thisMonth().split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};

beforeAll(async () => {
  system = await startSystem();
  browser = system.browser;
  await mkdir(SHOTS, { recursive: true });
  supervisor = await makeStaff({ department: "customer_service", roles: ["cs_supervisor"], name: "周主管" });
  agents = [];
  for (const name of ["王售前", "李售后", "张跟单", "陈投诉"]) agents.push(await makeStaff({ department: "customer_service", roles: ["cs_presale"], name }));
});
afterAll(async () => system?.stop());

/** Signed in as `staffNo` on a console page (its own browser context: one person per window). */
async function as(staffNo: string, route: string) {
  const page = await openPage(browser, `${system.baseUrl}/#${route}`);
  await signIn(page, staffNo, PASSWORD);
  await page.locator(".sidebar").waitFor();
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
const submitDialog = (page: Page) => page.click(".modal form button[type=submit]");

describe("attendance console", () => {
  it("a supervisor generates a month's roster from a rotation and coverage, sees the shortfalls, edits a cell, saves and publishes", { timeout: 90_000 }, async () => {
    const month = nextMonth();
    const page = await as(supervisor.staffNo, `/attendance/rosters?department=customer_service&month=${month}`);
    // No roster yet: the page offers to generate one with the department's timetable (cs-a: early/late, 3 rest days a month).
    await page.locator("select[name=timetable]").waitFor();
    expect(await page.locator("select[name=timetable]").inputValue()).toBe("cs-a");
    // The rotation starts on the first day of the month on screen, also after moving a month on and back.
    await page.check("input[name=useRotation]");
    expect(await page.inputValue("input[name=anchor]")).toBe(`${month}-01`);
    await page.click("button[aria-label='下个月']");
    await expect.poll(() => page.locator("form.card h2").textContent()).not.toContain(month);
    await page.click("button[aria-label='上个月']");
    await expect.poll(() => page.locator("form.card h2").textContent()).toContain(month);
    await page.check("input[name=useRotation]");
    expect(await page.inputValue("input[name=anchor]")).toBe(`${month}-01`);
    await page.fill("input[name=need-early]", "2");
    await page.fill("input[name=need-late]", "2");
    // Weekends need a third person on the late shift: five people cannot always give it.
    await page.fill("input[name=weekend-late]", "3");
    await page.fill("input[name=cycle]", "early,late");
    await page.selectOption("select[name=switchWeekday]", "6");
    await shot(page, "1-roster-generate");
    await page.click("form.card button[type=submit]");

    const roster = page.locator("[data-testid=roster-grid]");
    await roster.waitFor();
    expect(await page.locator("[data-testid=roster-status]").textContent()).toBe("草稿");
    // Everyone in the department is rostered, each cell a shift or rest.
    expect(await roster.locator("tbody tr").count()).toBe(5);
    await shot(page, "1-roster-draft");

    // The rotation leaves some shifts short: the coverage rows show them in red, the chip counts them.
    const chips = page.locator("[data-testid=roster-problems] .chip");
    const uncoveredBefore = Number((await chips.nth(0).textContent())!.match(/\d+/)![0]);
    expect(uncoveredBefore).toBeGreaterThan(0);
    expect(await chips.nth(0).getAttribute("class")).toContain("chip-bad");
    expect(await roster.locator("tfoot td.short").count()).toBe(uncoveredBefore);
    expect(await chips.nth(1).textContent()).toBe("0 处休息天数不符");

    // The supervisor fills a short shift with someone resting that day (in Chinese: shift names, not codes).
    const { shift, day, staffNo } = await roster.evaluate((grid) => {
      for (const short of grid.querySelectorAll("tfoot td.short")) {
        const [have, need] = short.textContent!.split("/").map(Number) as [number, number];
        if (have !== need - 1) continue;
        const day = short.getAttribute("data-day")!;
        const resting = grid.querySelector(`tbody tr:has(td[data-day='${day}'].rest)`);
        if (resting) return { shift: short.closest("tr")!.getAttribute("data-shift")!, day, staffNo: resting.getAttribute("data-staff-no")! };
      }
      throw new Error("no shift one short on a day someone rests");
    });
    const resting = roster.locator(`tbody tr[data-staff-no='${staffNo}']`);
    const cell = resting.locator(`td[data-day='${day}'] select`);
    expect(await cell.locator("option:checked").textContent()).toBe("休");
    await cell.selectOption(shift);
    expect(await cell.locator("option:checked").textContent()).toBe(shift === "late" ? "晚班" : "早班");
    await expect.poll(() => chips.nth(0).textContent()).toBe(`${uncoveredBefore - 1} 个班次人手不足`);
    expect(await resting.locator(`td[data-day='${day}']`).getAttribute("class")).toContain("edited");
    expect(await page.locator("[data-testid=roster-problems]").textContent()).toContain("1 处未保存");
    // Unsaved changes cannot be published.
    expect(await page.locator("[data-testid=roster-publish]").isDisabled()).toBe(true);

    await page.click("[data-testid=roster-save]");
    await expect.poll(() => page.locator(".banner-success").textContent()).toBe("已保存 1 处修改。");
    expect(await page.locator(".roster").getAttribute("data-version")).toBe("2");
    // The server's analysis of the saved version: that person now rests too little this month.
    await expect.poll(() => chips.nth(1).textContent()).toBe("1 处休息天数不符");
    expect(await chips.nth(1).getAttribute("class")).toContain("chip-bad");
    expect(await resting.getAttribute("class")).toContain("quota-breach");
    expect(await resting.locator(".att-problem").textContent()).toMatch(/只休 2 天，应休 3 天/);
    await shot(page, "1-roster-edited");

    // Publishing with problems left asks first, naming them; then it is published.
    await page.click("[data-testid=roster-publish]");
    const confirm = page.locator(".modal");
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`还有 ${uncoveredBefore - 1} 个班次人手不足、1 处休息天数不符`);
    await confirm.locator("button.button-danger").click();
    await expect.poll(() => page.locator("[data-testid=roster-status]").textContent()).toBe("已发布");
    expect(await page.locator(".banner-success").textContent()).toBe("排班已发布，员工可以查看。");
    expect(await page.locator("[data-testid=roster-publish]").textContent()).toBe("重新发布");
    await page.context().close();
  });

  it("the approvals inbox: leave with a cover approved, leave without one refused with a reason, a missing punch and overtime decided, over-limit overtime blocked", { timeout: 90_000 }, async () => {
    const [wang, li, zhang, chen] = agents as [Person, Person, Person, Person];
    const tomorrow = AttendanceTime.addDays(today(), 1);
    const yesterday = AttendanceTime.addDays(today(), -1);
    const covered = await makeLeave(wang, { from: tomorrow, coverStaffNo: li.staffNo, reason: "回老家办证" });
    const uncovered = await makeLeave(zhang, { from: tomorrow, kind: "sick", reason: "发烧" });
    const correction = await makeCorrection(li, { at: new Date(AttendanceTime.localInstant(yesterday, 17 * 60 + 30, TZ)).toISOString(), direction: "out", reason: "下班忘记打卡" });
    const shortOvertime = await makeOvertime(chen, { day: yesterday, minutes: 30, reason: "顾客咨询尺码" });
    const longOvertime = await makeOvertime(wang, { day: yesterday, minutes: 90, reason: "大客户售后" });

    const page = await as(supervisor.staffNo, "/attendance/inbox");
    const leaveRow = (id: string) => page.locator(`[data-testid=inbox-leave] tr[data-leave-id='${id}']`);
    await leaveRow(covered.leaveId).waitFor();
    expect(await leaveRow(covered.leaveId).textContent()).toContain(`李售后 ${li.staffNo}`);
    expect(await leaveRow(uncovered.leaveId).textContent()).toContain("未安排顶班");
    await shot(page, "2-inbox");

    // The cover named in the request is preselected; approving makes the leave valid.
    await leaveRow(covered.leaveId).locator("[data-decide=approve]").click();
    expect(await page.locator(".modal select[name=coverStaffNo]").inputValue()).toBe(li.staffNo);
    await submitDialog(page);
    await expect.poll(() => page.locator(".banner-success").textContent()).toBe("请假已批准。");
    expect(await leaveRow(covered.leaveId).count()).toBe(0);

    // Without a cover the approval is refused, in words, and the dialog stays for one to be chosen.
    await leaveRow(uncovered.leaveId).locator("[data-decide=approve]").click();
    expect(await page.locator(".modal select[name=coverStaffNo]").inputValue()).toBe("");
    await submitDialog(page);
    await expect.poll(() => page.locator(".modal [role=alert]").textContent()).toBe("请先指定顶班人再批准：没有顶班人的请假无效。");
    expect(await page.locator(".modal .field:has(select[name=coverStaffNo])").getAttribute("class")).toContain("field-invalid");
    await shot(page, "2-inbox-no-cover");
    // Naming a colleague there makes it valid.
    await page.selectOption(".modal select[name=coverStaffNo]", chen.staffNo);
    await submitDialog(page);
    await expect.poll(() => leaveRow(uncovered.leaveId).count()).toBe(0);
    expect(await page.locator(".banner-success").textContent()).toBe("请假已批准。");

    // The missing punch: approved, the punch is added.
    const correctionRow = page.locator(`[data-testid=inbox-corrections] tr[data-correction-id='${correction.correctionId}']`);
    expect(await correctionRow.textContent()).toContain("下班");
    await correctionRow.locator("[data-decide=approve]").click();
    await submitDialog(page);
    await expect.poll(() => page.locator(".banner-success").textContent()).toBe("补卡已批准，打卡记录已补上。");
    expect(await correctionRow.count()).toBe(0);

    // Half an hour of overtime is within the limits.
    const overtimeRow = (id: string) => page.locator(`[data-testid=inbox-overtime] tr[data-overtime-id='${id}']`);
    expect(await overtimeRow(shortOvertime.overtimeId).textContent()).toContain("150%");
    await overtimeRow(shortOvertime.overtimeId).locator("[data-decide=approve]").click();
    await submitDialog(page);
    await expect.poll(() => page.locator(".banner-success").textContent()).toBe("加班已批准。");

    // An hour and a half is over the daily hour: the settings block it, and the page says by how much.
    await overtimeRow(longOvertime.overtimeId).locator("[data-decide=approve]").click();
    await submitDialog(page);
    await expect.poll(() => page.locator(".modal [role=alert]").textContent()).toContain("超出加班上限");
    expect(await page.locator(".modal [data-testid=overtime-breach]").textContent()).toBe("超出每日上限：合计 1:30，上限 1:00");
    expect(await overtimeRow(longOvertime.overtimeId).getAttribute("class")).toContain("row-problem");
    await shot(page, "2-inbox-over-limit");
    await page.click(".modal button:has-text('取消')");
    await overtimeRow(longOvertime.overtimeId).locator("[data-decide=reject]").click();
    await page.fill(".modal input[name=note]", "超出每日上限");
    await submitDialog(page);
    await expect.poll(() => page.locator(".banner-success").textContent()).toBe("已驳回。");
    expect(await overtimeRow(longOvertime.overtimeId).count()).toBe(0);
    await page.context().close();
  });

  /*
   * Late today: a timetable whose shift began about an hour ago (whatever the time the test runs;
   * between midnight and a quarter past, the shift starts at 00:00 and the lateness is shorter),
   * the person rostered on it, and their badge scanned at the kiosk some minutes after it began.
   */
  let late: Person & { lateBy: number };

  it("today's board shows a staff member who clocked in late, with the minutes", { timeout: 90_000 }, async () => {
    const person = await makeStaff({ department: "customer_service", roles: ["cs_aftersale"], name: "赵迟到" });
    const badge = await makeBadge(person.staffNo);
    const nowMinutes = AttendanceTime.localMinutes(Date.now(), TZ);
    const start = Math.max(0, Math.floor((nowMinutes - 60) / 5) * 5);
    const lateBy = Math.max(1, Math.min(17, nowMinutes - start - 1));
    await useTimetable({
      code: "test-now",
      name: "测试班次表",
      shifts: [{ code: "now", name: "测试班", segments: [{ start: AttendanceTime.minutesToClock(start), end: AttendanceTime.minutesToClock((start + 8 * 60) % (24 * 60)) }] }],
      restDays: { count: 0, per: "month" },
    });
    await makeRoster({ department: "customer_service", month: thisMonth(), staffNos: [person.staffNo], cells: { [person.staffNo]: { [today()]: "now" } }, timetableCode: "test-now" });
    const punch = await makePunch(badge.badgeCode, new Date(AttendanceTime.localInstant(today(), start + lateBy, TZ)));
    expect(punch).toMatchObject({ result: "in", warnings: [{ code: "late", minutes: lateBy }] });
    late = Object.assign(person, { lateBy });

    const page = await as(supervisor.staffNo, "/attendance/board");
    const row = page.locator(`[data-testid=board] tr[data-staff-no='${person.staffNo}']`);
    await row.waitFor();
    expect(await row.getAttribute("data-status")).toBe("in-progress");
    expect(await row.locator(".flag-late").textContent()).toBe(`迟到 ${lateBy} 分钟`);
    expect(await row.textContent()).toContain(`上班 ${AttendanceTime.minutesToClock(start + lateBy)}`);
    // The shift by its name, as the roster and the kiosk call it.
    expect(await row.locator("td").nth(2).textContent()).toContain("测试班");
    expect(await page.locator("[data-testid=board-counts]").textContent()).toContain("迟到 1");
    await shot(page, "3-board");
    await page.context().close();
  });

  it("the monthly summaries show the score, and the CSV export carries it", { timeout: 90_000 }, async () => {
    const page = await as(supervisor.staffNo, `/attendance/summaries?department=customer_service&month=${thisMonth()}`);
    const row = page.locator(`[data-testid=summaries] tr[data-staff-no='${late.staffNo}']`);
    await row.waitFor();
    expect(await page.locator("[data-testid=summaries] thead").textContent()).toContain("考勤分");
    // One late arrival costs 2 points by the default formula.
    expect(await row.locator("[data-testid=score]").textContent()).toBe("98");
    expect(await row.textContent()).toContain(`${late.lateBy} 分钟`);
    await shot(page, "4-summaries");

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-csv]")]);
    expect(download.suggestedFilename()).toBe(`attendance-customer_service-${thisMonth()}.csv`);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).trim().split("\r\n");
    expect(header!.split(",")).toEqual(expect.arrayContaining(["工号", "姓名", "迟到次数", "迟到分钟", "考勤分"]));
    const columns = header!.split(",");
    const zhao = rows.map((r) => r.split(",")).find((cells) => cells[0] === late.staffNo)!;
    expect(zhao[columns.indexOf("姓名")]).toBe("赵迟到");
    expect(zhao[columns.indexOf("迟到次数")]).toBe("1");
    expect(zhao[columns.indexOf("迟到分钟")]).toBe(String(late.lateBy));
    expect(zhao[columns.indexOf("考勤分")]).toBe("98");
    expect(rows).toHaveLength(await page.locator("[data-testid=summaries] tbody tr").count());
    await page.context().close();
  });

  it("a plain staff member sees their own month and asks for leave with a cover", { timeout: 90_000 }, async () => {
    const [wang] = agents as [Person];
    const page = await as(late.staffNo, "/attendance/me");
    // Only their own attendance in the navigation; the supervisors' screens are not offered.
    const nav = await page.locator(".sidebar").textContent();
    expect(nav).toContain("我的考勤");
    expect(nav).not.toContain("排班表");
    expect(nav).not.toContain("审批");
    await expect.poll(() => page.locator("[data-testid=person-summary]").textContent()).toContain("98");
    const todayRow = page.locator(`[data-testid=person-days] tr[data-day='${today()}']`);
    expect(await todayRow.locator(".flag-late").textContent()).toBe(`迟到 ${late.lateBy} 分钟`);
    expect(await todayRow.locator("td").nth(1).textContent()).toContain("测试班");
    expect(await page.locator("[data-testid=my-requests]").count()).toBe(0);

    const from = AttendanceTime.addDays(today(), 2);
    await page.click("button:has-text('请假')");
    await page.fill(".modal input[name=from]", from);
    await page.fill(".modal input[name=to]", from);
    await page.selectOption(".modal select[name=kind]", "annual");
    await page.fill(".modal input[name=coverStaffNo]", wang.staffNo);
    await page.fill(".modal input[name=reason]", "孩子开家长会");
    await shot(page, "5-leave-dialog");
    await submitDialog(page);
    await expect.poll(() => page.locator(".banner-success").textContent()).toBe("请假申请已提交，主管批准并安排顶班后生效。");
    const request = page.locator("[data-testid=my-requests] tr[data-leave-id]");
    await expect.poll(() => request.count()).toBe(1);
    expect(await request.textContent()).toContain("年假");
    expect(await request.textContent()).toContain(from);
    expect(await request.textContent()).toContain("待审批");
    await shot(page, "5-my-attendance");
    await page.context().close();

    // It waits in the supervisor's inbox with the cover named.
    const boss = await as(supervisor.staffNo, "/attendance/inbox");
    await expect.poll(() => boss.locator("[data-testid=inbox-leave]").textContent()).toContain("孩子开家长会");
    expect(await boss.locator("[data-testid=inbox-leave] tr", { hasText: "孩子开家长会" }).textContent()).toContain(`王售前 ${wang.staffNo}`);
    await boss.context().close();
  });
});
