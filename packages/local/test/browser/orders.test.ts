import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { Order } from "@dianwu/core/orders";
import { makeStaff, PASSWORD } from "../../src/testing/factories";
import { newPlatformId, signedHeaders, tmcBody, tradeStory, type StoryOptions } from "../../src/testing/orders";
import { openPage, signIn, startSystem } from "./harness";

let system: Awaited<ReturnType<typeof startSystem>>;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem();
  browser = system.browser;
});
afterAll(async () => system?.stop());

/** A trade delivered the way the platform delivers it: signed webhook calls, then the consumers apply it. */
async function trade(options: StoryOptions) {
  const story = tradeStory({ start: new Date(Date.now() - 10 * 60_000), stepMinutes: 1, ...options });
  for (const message of story.messages) {
    const body = tmcBody(message);
    const response = await fetch(`${system.baseUrl}/api/webhooks/shop`, { method: "POST", headers: signedHeaders(body), body });
    expect(response.status).toBeLessThan(300);
  }
  const tid = String(story.tid);
  await expect.poll(async () => (await Order.fromTid(tid).catch(() => undefined))?.appliedCount ?? 0, { timeout: 20_000 }).toBe(story.messages.length);
  return tid;
}

const rowOf = (page: Page, tid: string) => page.locator(`tr[data-tid="${tid}"]`);

describe("orders in the console", () => {
  it("lists and filters orders, shows one with its memo credit and history, chases an unpaid one and releases an intercept", async () => {
    const supervisor = await makeStaff({ roles: ["cs_supervisor"], department: "customer_service", name: "孙主管" });
    const credited = await trade({ memo: "#1011 送袜子", flag: 1, buyerNick: "tb_小美", buyerMessage: "请尽快发货" });
    const plain = await trade({ buyerNick: "dawei_sh" });
    const unpaid = await trade({ pay: false, buyerNick: "还没付钱" });
    const refunding = await trade({ refund: "requested", buyerNick: "要退款" });

    const page = await openPage(browser, `${system.baseUrl}/`);
    await signIn(page, supervisor.staffNo, PASSWORD);
    // A customer-service supervisor has no manager pages but lands on the orders area.
    await page.locator(".sidebar").waitFor();
    expect(await page.locator(".sidebar").textContent()).toContain("订单列表");
    await page.click('.sidebar a:text-is("订单列表")');
    await rowOf(page, credited).waitFor();
    for (const tid of [plain, unpaid, refunding]) await rowOf(page, tid).waitFor();
    expect(await rowOf(page, credited).locator(".flag").textContent()).toContain("红旗");
    expect(await rowOf(page, refunding).textContent()).toContain("已拦截");
    expect(await rowOf(page, unpaid).locator("[data-testid=time-left]").textContent()).toMatch(/剩 11 小时/);
    await page.screenshot({ path: "/tmp/ca-shots/orders-list.png", fullPage: true });

    // Filter by the red flag: only the credited order stays, and the filter is in the address.
    await page.selectOption("select[name=flag]", "1");
    await page.click("[data-testid=order-filters] button[type=submit]");
    await expect.poll(() => page.locator("[data-testid=orders-table] tbody tr").count(), { timeout: 10_000 }).toBe(1);
    expect(page.url()).toContain("flag=1");
    await rowOf(page, credited).waitFor();

    // The CSV export: UTF-8 with a byte-order mark, order numbers kept as text.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=export-csv]")]);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(`="${credited}"`);
    expect(csv).toContain("tb_小美");

    // The detail: lines, receiver, memo with the credited staff number, message history, audit trail.
    await rowOf(page, credited).locator("a").click();
    await page.locator("[data-testid=order-detail]").waitFor();
    expect(await page.locator("[data-testid=credited-staff]").textContent()).toBe("1011");
    expect(await page.locator("[data-testid=order-memo]").textContent()).toContain("#1011 送袜子");
    expect(await page.locator("[data-testid=order-people]").textContent()).toContain("请尽快发货");
    expect(await page.locator("[data-testid=order-messages] tbody tr").count()).toBe(3);
    expect(await page.locator("[data-testid=order-messages]").textContent()).toContain("买家付款");
    expect(await page.locator("[data-testid=order-lines] tbody tr").count()).toBe(1);
    await page.screenshot({ path: "/tmp/ca-shots/order-detail.png", fullPage: true });

    // Straight to an order by its number: the unpaid one shows its chase deadline.
    await page.click('.sidebar a:text-is("订单列表")');
    await page.fill("[data-testid=order-jump] input[name=tid]", unpaid);
    await page.click("[data-testid=order-jump] button[type=submit]");
    await page.locator("[data-testid=order-chases] [data-testid=time-left]").waitFor();
    expect(page.url()).toContain(`/orders/${unpaid}`);

    // The chase list: record a chase, and the row shows who chased, when and the result.
    await page.click('.sidebar a:text-is("催付")');
    await rowOf(page, unpaid).waitFor();
    await rowOf(page, unpaid).locator("button").click();
    await page.selectOption("[data-testid=chase-form] select[name=result]", "will_pay");
    await page.fill("[data-testid=chase-form] input[name=note]", "说晚上付");
    await page.click("[data-testid=chase-form] button[type=submit]");
    await expect.poll(() => rowOf(page, unpaid).locator("[data-testid=last-chase]").textContent(), { timeout: 10_000 }).toContain("答应付款");
    expect(await rowOf(page, unpaid).locator("[data-testid=last-chase]").textContent()).toContain(supervisor.staffNo);
    await page.screenshot({ path: "/tmp/ca-shots/unpaid.png", fullPage: true });

    // The intercept list: the refund stopped the parcel; the supervisor releases it with a reason.
    await page.click('.sidebar a:text-is("拦截")');
    await rowOf(page, refunding).waitFor();
    expect(await rowOf(page, refunding).textContent()).toContain("申请退款");
    await rowOf(page, refunding).locator("button").click();
    await page.fill("[data-testid=release-form] input[name=note]", "买家撤销退款");
    await page.screenshot({ path: "/tmp/ca-shots/release.png" });
    await page.click("[data-testid=release-form] button[type=submit]");
    await rowOf(page, refunding).waitFor({ state: "detached", timeout: 10_000 });
    expect((await Order.fromTid(refunding)).intercepts.map((i) => i.state)).toEqual(["released"]);
    await page.click("label.segmented-option >> text=已解除");
    await rowOf(page, refunding).waitFor();
    expect(await rowOf(page, refunding).textContent()).toContain("买家撤销退款");
    await page.context().close();
  }, 180_000);

  it("imports the seller centre's export: progress while it runs, then the rejected rows and why", async () => {
    const boss = await makeStaff({ roles: ["boss"], department: "management" });
    const header = "订单编号,买家会员名,买家实际支付金额,订单状态,收货人姓名,收货地址,联系手机,订单创建时间,订单付款时间,宝贝标题,订单备注,宝贝总数量";
    const good = [newPlatformId(), newPlatformId()].map(
      (tid) => `="${tid}",买家${tid % 1000n},208.00,买家已付款，等待卖家发货,张三,"浙江省 杭州市 西湖区 文三路 90号",'13800000000,2026-11-11 00:00:01,2026-11-11 00:00:03,T恤,#1011,1`,
    );
    const bad = "4.23457E+18,买家,1.00,交易成功,,,,2026-11-11 00:00:01,,,,1";
    const csv = `${header}\r\n${good.join("\r\n")}\r\n${bad}\r\n`;

    const page = await openPage(browser, `${system.baseUrl}/#/orders/import`);
    await signIn(page, boss.staffNo, PASSWORD);
    await page.locator("[data-testid=import-upload]").waitFor();
    await page.setInputFiles("[data-testid=import-upload] input[type=file]", { name: "ExportOrderList.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`) });
    await page.click("[data-testid=import-upload] button[type=submit]");
    await page.locator("[data-testid=import-progress]").waitFor();
    await page.locator("[data-testid=import-progress] [data-state=done]").waitFor({ timeout: 30_000 });
    expect(await page.locator("[data-testid=import-counts]").textContent()).toBe("已处理 3/3 行（100%）：成功 2，拒绝 1");
    await page.locator("[data-testid=import-rejects] tbody tr").first().waitFor();
    const reject = page.locator("[data-testid=import-rejects] tr[data-row-no='4']");
    expect(await reject.textContent()).toContain("订单编号");
    expect(await reject.textContent()).toContain("4.2E+18");
    expect(await page.locator("[data-testid=import-history]").textContent()).toContain("ExportOrderList.csv");
    await page.screenshot({ path: "/tmp/ca-shots/import.png", fullPage: true });
    await page.context().close();
  }, 120_000);
});
