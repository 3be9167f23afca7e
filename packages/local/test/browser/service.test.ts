import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { makeStaff, PASSWORD } from "../../src/testing/factories";
import { makeFine } from "../../src/testing/service";
import { openPage, signIn, startSystem } from "./harness";

let system: Awaited<ReturnType<typeof startSystem>>;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem();
  browser = system.browser;
});
afterAll(async () => system?.stop());

/** Signed in as `staffNo` on a console page (its own browser context: one person per window). */
async function as(staffNo: string, route: string) {
  const page = await openPage(browser, `${system.baseUrl}/#${route}`);
  await signIn(page, staffNo, PASSWORD);
  await page.locator(".sidebar").waitFor();
  return page;
}

const submitDialog = (page: Page) => page.click(".modal form button[type=submit]");

describe("customer-service console", () => {
  it("memo written, acknowledged by the next shift, dropped with an escalated fine, seen in the fund, appealed and overturned", async () => {
    const supervisor = await makeStaff({ department: "customer_service", roles: ["cs_supervisor"] });
    const writer = await makeStaff({ department: "customer_service", roles: ["cs_presale"] });
    const incoming = await makeStaff({ department: "customer_service", roles: ["cs_aftersale"] });
    const hr = await makeStaff({ department: "admin", roles: ["hr"] });
    // The incoming agent already dropped one handover this month: the next one costs double.
    const first = await makeFine({ staffNo: incoming.staffNo, by: { staffNo: supervisor.staffNo, roles: ["cs_supervisor"] }, rule: "handover-dropped" });
    expect(first).toMatchObject({ amountFen: 1000, occurrence: 1 });

    // The outgoing shift writes a memo: one item already past due, one without a due time.
    const outgoing = await as(writer.staffNo, "/service/handovers");
    await outgoing.click("[data-testid=write-memo]");
    await outgoing.fill(".svc-memo-row[data-row='0'] input[name=customer]", "张女士");
    await outgoing.fill(".svc-memo-row[data-row='0'] input[name=orderId]", "3712345678901234567");
    await outgoing.fill(".svc-memo-row[data-row='0'] input[name=todo]", "补发腰带，联系快递改地址");
    await outgoing.fill(".svc-memo-row[data-row='0'] input[name=due]", "2024-01-02T10:00");
    await outgoing.click("[data-testid=add-item]");
    await outgoing.fill(".svc-memo-row[data-row='1'] input[name=customer]", "李先生");
    await outgoing.fill(".svc-memo-row[data-row='1'] input[name=todo]", "确认尺码后换货");
    await submitDialog(outgoing);
    await expect.poll(() => outgoing.locator("[data-testid=handover-notice]").textContent()).toContain("2");
    const zhang = (page: Page) => page.locator("[data-testid=open-items] tr[data-customer='张女士']");
    await expect.poll(() => zhang(outgoing).getAttribute("class")).toContain("svc-overdue");
    expect(await zhang(outgoing).locator("[data-testid=overdue]").count()).toBe(1);
    expect((await outgoing.locator("[data-testid=open-items] tr[data-customer='李先生']").getAttribute("class")) ?? "").not.toContain("svc-overdue");
    // The writer does not acknowledge their own new item.
    expect(await zhang(outgoing).locator("[data-action=acknowledge]").count()).toBe(0);
    await outgoing.context().close();

    // The incoming shift acknowledges the item.
    const next = await as(incoming.staffNo, "/service/handovers");
    await zhang(next).locator("[data-action=acknowledge]").click();
    await zhang(next).locator("[data-testid=acknowledged]").waitFor();
    expect(await zhang(next).locator("[data-testid=acknowledged]").textContent()).toContain(incoming.staffNo);
    await next.context().close();

    // The supervisor marks it dropped with a loss: the incoming agent's second dropped handover, 20 yuan.
    const boss = await as(supervisor.staffNo, "/service/handovers");
    await zhang(boss).locator("[data-action=drop]").click();
    await boss.fill(".modal input[name=loss]", "30");
    await boss.fill(".modal input[name=note]", "未补发，客户差评");
    await submitDialog(boss);
    await expect.poll(() => boss.locator("[data-testid=handover-notice]").textContent()).toContain("¥20.00");
    expect(await boss.locator("[data-testid=handover-notice]").textContent()).toContain("第 2 次");
    expect(await boss.locator("[data-testid=handover-notice]").textContent()).toContain(incoming.staffNo);
    expect(await zhang(boss).count()).toBe(0);
    await expect.poll(() => boss.locator("[data-testid=memos] [data-state=dropped]").first().textContent()).toContain("¥30.00");

    // The fund shows both fines in (10 + 20), then a spending out.
    await boss.goto(`${system.baseUrl}/#/service/fund`);
    await expect.poll(() => boss.locator("[data-testid=fund-balance]").textContent()).toBe("¥30.00");
    await expect.poll(() => boss.locator("[data-testid=fund-ledger] tr[data-kind=fine]").count()).toBe(2);
    expect(await boss.locator("[data-testid=fund-ledger] tr[data-kind=fine] [data-testid=amount]").first().textContent()).toBe("+¥20.00");
    await boss.click("[data-testid=record-spending]");
    await boss.fill(".modal input[name=amount]", "5");
    await boss.fill(".modal input[name=note]", "下午茶");
    await submitDialog(boss);
    await expect.poll(() => boss.locator("[data-testid=fund-balance]").textContent()).toBe("¥25.00");
    await expect.poll(() => boss.locator("[data-testid=fund-ledger] tr[data-kind=spending] [data-testid=amount]").textContent()).toBe("-¥5.00");
    await boss.context().close();

    // The agent appeals the 20-yuan fine from the department's list.
    const agent = await as(incoming.staffNo, "/service/fines");
    const escalated = agent.locator(`[data-testid=fines] tr[data-staff-no='${incoming.staffNo}']`).filter({ hasText: "¥20.00" });
    await escalated.locator("[data-action=appeal]").click();
    await agent.fill(".modal textarea[name=reason]", "接班时该事项已超时，补发需仓库配合");
    await submitDialog(agent);
    await expect.poll(() => agent.locator("[data-testid=fines-notice]").count()).toBe(1);
    await expect.poll(() => escalated.locator("[data-testid=appeal-state]").getAttribute("data-state")).toBe("appealed");
    await agent.context().close();

    // HR (above the supervisor who fined) accepts the appeal: the fine is overturned and refunded.
    const admin = await as(hr.staffNo, "/service/appeals");
    const appealed = admin.locator(`[data-testid=fines] tr[data-staff-no='${incoming.staffNo}']`);
    await appealed.locator("[data-decide=approve]").click();
    await submitDialog(admin);
    await expect.poll(() => admin.locator("[data-testid=appeals-notice]").textContent()).toContain("¥20.00");
    expect(await admin.locator("[data-testid=fines] tbody tr").count()).toBe(0);
    await admin.goto(`${system.baseUrl}/#/service/fund`);
    await expect.poll(() => admin.locator("[data-testid=fund-balance]").textContent()).toBe("¥5.00");
    expect(await admin.locator("[data-testid=fund-ledger] tr[data-kind=refund] [data-testid=amount]").textContent()).toBe("-¥20.00");
    // HR has its own view of flagged fines in the navigation; the appeals are not for agents.
    expect(await admin.locator(".sidebar").textContent()).toContain("HR 关注");
    await admin.context().close();
  });
});
