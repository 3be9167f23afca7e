import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { Sku } from "@dianwu/core/warehouse";
import { makeStaff, PASSWORD } from "../../src/testing/factories";
import { makeBin, makeSku, sharedBin, stockUp } from "../../src/testing/warehouse";
import { makeReturn } from "../../src/testing/warehouse-returns";
import { openPage, signIn, startSystem } from "./harness";

let system: Awaited<ReturnType<typeof startSystem>>;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem();
  browser = system.browser;
});
afterAll(async () => system?.stop());

/** A SKU's internal Code 128 label: what a counter scans on the shelf. */
async function labelOf(skuId: string) {
  const codes = await Sku.barcodes(skuId, ["internal"]);
  return codes[0]!.code;
}

/** Types a code into a scan field and presses Enter, as a wedge scanner does. */
async function scanInto(page: Page, selector: string, code: string) {
  await page.fill(selector, code);
  await page.press(selector, "Enter");
}

const row = (page: Page, table: string, bin: string, skuId: string) => page.locator(`[data-testid=${table}] tr[data-bin="${bin}"][data-sku-id="${skuId}"]`);

describe("warehouse counts, returns and the daily close in the console", () => {
  it("counts a zone blind, explains the variance, books it on approval, takes a return in, and shows both on the day's report", async () => {
    // A zone of its own with two SKUs on the books, a defect store for damaged pieces.
    await sharedBin("defect");
    const binA = await makeBin({ zone: "W", aisle: 1, shelf: 1 });
    const binB = await makeBin({ zone: "W", aisle: 1, shelf: 2 });
    const skuA = await makeSku({ homeBin: binA.binCode, styleCode: "W100", colour: "白色", size: "M" });
    const skuB = await makeSku({ homeBin: binB.binCode, styleCode: "W200", colour: "黑色", size: "L" });
    const skuR = await makeSku({ styleCode: "R300" });
    await stockUp(skuA.skuId, binA.binCode, 5);
    await stockUp(skuB.skuId, binB.binCode, 4);
    const [codeA, codeB, codeR] = await Promise.all([labelOf(skuA.skuId), labelOf(skuB.skuId), labelOf(skuR.skuId)]);
    const supervisor = await makeStaff({ roles: ["warehouse_supervisor"], department: "warehouse", name: "钱主管" });
    const picker = await makeStaff({ roles: ["picker"], department: "warehouse", name: "赵拣货" });

    const page = await openPage(browser, `${system.baseUrl}/#/warehouse/counts`);
    // Blind: whatever the counting screens read, no answer carries a book quantity.
    const blindAnswers: string[] = [];
    page.on("response", async (response) => {
      if (/\/api\/warehouse\/counts\/[^/]+\/(sheet|scans)$/.test(new URL(response.url()).pathname) && response.ok()) blindAnswers.push(await response.text());
    });
    await signIn(page, supervisor.staffNo, PASSWORD);
    await page.locator("[data-testid=new-count]").click();
    await page.fill("input[name=scopeValue]", "w");
    await page.click(".modal button[type=submit]");
    await page.locator("[data-testid=count-sheet]").waitFor();
    const countId = page.url().split("/warehouse/counts/")[1]!.split(/[?/]/)[0]!;
    await expect.poll(() => page.locator("[data-testid=count-sheet] tbody tr").count()).toBe(2);
    expect(await page.locator("[data-testid=count-state]").textContent()).toBe("盘点中");
    expect(await page.locator("[data-testid=count-sheet] th").allTextContents()).not.toContain("账面数");

    // Scan the shelf: bin label, then the pieces (3 of A; 4 good and 1 damaged of B).
    await scanInto(page, "input[name=countScan]", binA.binCode);
    await expect.poll(() => page.inputValue("input[name=countBin]")).toBe(binA.binCode);
    await page.fill("input[name=countQty]", "3");
    await scanInto(page, "input[name=countScan]", codeA);
    await expect.poll(() => row(page, "count-sheet", binA.binCode, skuA.skuId).locator("[data-testid=counted]").textContent()).toBe("3");
    await scanInto(page, "input[name=countScan]", binB.binCode);
    await page.fill("input[name=countQty]", "4");
    await scanInto(page, "input[name=countScan]", codeB);
    await expect.poll(() => row(page, "count-sheet", binB.binCode, skuB.skuId).locator("[data-testid=counted]").textContent()).toBe("4");
    await page.fill("input[name=countQty]", "1");
    await page.check("input[name=countDamaged]");
    await scanInto(page, "input[name=countScan]", codeB);
    await expect.poll(() => row(page, "count-sheet", binB.binCode, skuB.skuId).locator("[data-testid=damaged]").textContent()).toBe("1");
    expect(await page.locator("[data-testid=count-scan-result]").textContent()).toContain("残损 1");

    // The printable sheet: bins in walking order, empty boxes, no book column.
    await page.goto(`${system.baseUrl}/#/warehouse/counts/${countId}/sheet`);
    await page.locator("[data-testid=count-sheet-doc]").waitFor();
    const sheetText = (await page.locator("[data-testid=count-sheet-doc]").textContent())!;
    expect(sheetText).toContain(binA.binCode);
    const headers = await page.locator("[data-testid=count-sheet-doc] th").allTextContents();
    expect(headers).toContain("实盘数");
    expect(headers).not.toContain("账面数");
    expect(await page.locator("[data-testid=count-sheet-doc] .box").count()).toBe(4);
    await page.screenshot({ path: "/tmp/ca-shots/warehouse-count-sheet.png", fullPage: true });

    // Hand in.
    await page.goto(`${system.baseUrl}/#/warehouse/counts/${countId}`);
    await page.locator("[data-testid=count-sheet]").waitFor();
    await page.click('button:text-is("提交盘点")');
    await page.click(".modal button.button-primary");
    await expect.poll(() => page.locator("[data-testid=count-state]").textContent(), { timeout: 10_000 }).toBe("待审批");
    expect(blindAnswers.length).toBeGreaterThanOrEqual(4);
    for (const answer of blindAnswers) expect(answer).not.toMatch(/"book"|onHand/);

    // A counter (picker) sees the sheet, not the variance report.
    const counter = await openPage(browser, `${system.baseUrl}/#/warehouse/counts/${countId}`);
    await signIn(counter, picker.staffNo, PASSWORD);
    await counter.locator("[data-testid=count-sheet]").waitFor();
    await counter.getByText("已提交，等待主管审批差异。").waitFor();
    expect(await counter.locator("[data-testid=variance]").count()).toBe(0);
    expect(await counter.locator(".sidebar").textContent()).not.toContain("库存与库存卡");
    await counter.context().close();

    // The variance report: A short by 2; B one over and one damaged.
    const lineA = row(page, "variance-lines", binA.binCode, skuA.skuId);
    const lineB = row(page, "variance-lines", binB.binCode, skuB.skuId);
    await lineA.waitFor();
    expect(await lineA.getAttribute("data-kinds")).toBe("shortage");
    expect(await lineB.getAttribute("data-kinds")).toBe("surplus damage");
    expect(await page.locator("[data-testid=variance-totals]").textContent()).toContain("盘亏 2 件");

    // Approval is refused while a line has no reason.
    await page.fill("textarea[name=approvalReport]", "W 区月末盘点");
    await lineA.locator("input[name=reason]").fill("拣货漏扫两件");
    await lineA.locator("button[type=submit]").click();
    await lineA.locator("[data-testid=reason-saved]").waitFor();
    await page.click("[data-testid=approve-count]");
    // Refused: the line without a reason is marked, and the page says how many are left.
    await lineB.locator("td.field-invalid").waitFor();
    expect(await page.locator("[data-testid=missing-reasons]").textContent()).toContain("1 行");
    await lineB.locator("input[name=reason]").fill("上次入库多放一件，一件污损");
    await lineB.locator("button[type=submit]").click();
    await lineB.locator("[data-testid=reason-saved]").waitFor();
    await page.screenshot({ path: "/tmp/ca-shots/warehouse-variance.png", fullPage: true });
    await page.click("[data-testid=approve-count]");
    await expect.poll(() => page.locator("[data-testid=count-state]").textContent(), { timeout: 15_000 }).toBe("已审批入账");
    await page.locator("[data-testid=approved-by]").waitFor();

    // The stock card of A shows the shortage booked, and the card agrees with the balance.
    await page.goto(`${system.baseUrl}/#/warehouse/stock/sku/${skuA.skuId}/bin/${binA.binCode}`);
    await page.locator("[data-testid=card-lines] tbody tr").first().waitFor();
    const newest = page.locator("[data-testid=card-lines] tbody tr").first();
    expect(await newest.textContent()).toContain("盘亏");
    expect(await newest.textContent()).toContain("−2");
    expect(await newest.locator("td.num.strong").textContent()).toBe("3");
    expect(await newest.textContent()).toContain(countId);
    expect(await page.locator("[data-testid=card-check]").getAttribute("data-consistent")).toBe("true");

    // A returned parcel, damaged, one good piece of R: back to its home bin, an anomaly for CS.
    await page.goto(`${system.baseUrl}/#/warehouse/returns`);
    await page.locator("[data-testid=new-return]").click();
    await page.fill("input[name=waybillNo]", "YT9000000001");
    await page.selectOption("select[name=packageCondition]", "damaged");
    await page.check("input[name=countedWithCourier]");
    await scanInto(page, "input[name=returnSku]", codeR);
    await page.locator(`[data-testid=intake-items] tr[data-sku-id="${skuR.skuId}"]`).waitFor();
    // The order said two should come back: one missing is an anomaly too.
    await scanInto(page, "input[name=expectedSku]", codeR);
    await page.locator(`[data-testid=intake-expected] tr[data-sku-id="${skuR.skuId}"]`).waitFor();
    await page.fill("input[name=expectedQty-0]", "2");
    await page.screenshot({ path: "/tmp/ca-shots/warehouse-return-intake.png", fullPage: true });
    await page.click(".modal button[type=submit]");
    await page.locator("[data-testid=return]").waitFor();
    expect(await page.locator(`[data-testid=return-items] tr[data-sku-id="${skuR.skuId}"]`).textContent()).toContain(skuR.homeBin);
    await expect.poll(() => page.locator("[data-testid=return-anomalies]").textContent(), { timeout: 10_000 }).toContain("包裹破损");
    expect(await page.locator("[data-testid=return-anomalies]").textContent()).toContain("缺件");
    await page.goto(`${system.baseUrl}/#/warehouse/returns`);
    expect(await page.locator("[data-testid=returns] tbody tr").first().textContent()).toContain("YT9000000001");

    // The day's report: the count's movements, the return, and what is left open; then close the day.
    await page.goto(`${system.baseUrl}/#/warehouse/reports/daily`);
    await page.locator("[data-testid=daily-report]").waitFor();
    const pieces = (type: string) => page.locator(`[data-testid=movements] tr[data-type=${type}] [data-testid=pieces]`).textContent();
    expect(await pieces("count_shortage")).toBe("-2");
    expect(await pieces("count_surplus")).toBe("1");
    expect(await pieces("damage_in")).toBe("1");
    expect(await pieces("return_in")).toBe("1");
    expect(await page.locator("[data-testid=returns-summary]").textContent()).toContain("1 个包裹");
    expect(await page.locator("[data-testid=open-items] tr[data-kind=returnAnomaliesOpen]").count()).toBeGreaterThan(0);
    await page.screenshot({ path: "/tmp/ca-shots/warehouse-daily.png", fullPage: true });
    await page.click("[data-testid=close-day]");
    await expect.poll(() => page.locator("[data-testid=closed-by]").textContent(), { timeout: 10_000 }).toContain(supervisor.staffNo);

    // The monthly summary has the same movements per SKU.
    await page.goto(`${system.baseUrl}/#/warehouse/reports/monthly`);
    await page.locator(`[data-testid=monthly-skus] tr[data-sku-id="${skuA.skuId}"]`).waitFor();
    await page.context().close();
  }, 150_000);

  it("lets customer service follow a return anomaly up to resolved, and the warehouse register visits, rounds and a reshipment", async () => {
    const sku = await makeSku({ styleCode: "Q400", colour: "红色", size: "S" });
    const code = await labelOf(sku.skuId);
    const received = await makeReturn(sku.skuId, { orderId: "TB-RET-77", packageCondition: "damaged" });
    expect(received.anomalyIds).toHaveLength(1);
    const cs = await makeStaff({ roles: ["cs_aftersale"], department: "customer_service", name: "周售后" });
    const supervisor = await makeStaff({ roles: ["warehouse_supervisor"], department: "warehouse", name: "吴主管" });

    // Customer service: the anomaly is in its open list; a follow-up resolves it.
    const service = await openPage(browser, `${system.baseUrl}/#/warehouse/return-anomalies`);
    await signIn(service, cs.staffNo, PASSWORD);
    const anomaly = service.locator(`[data-testid=anomalies] tr[data-anomaly-id="${received.anomalyIds[0]}"]`);
    await anomaly.waitFor();
    expect(await anomaly.textContent()).toContain("包裹破损");
    const nav = (await service.locator(".sidebar").textContent())!;
    expect(nav).toContain("退货异常");
    expect(nav).not.toContain("盘点");
    await anomaly.locator("button").click();
    await service.fill("textarea[name=followUpNote]", "已联系买家，按破损件退款");
    await service.click('.modal label[data-value=resolved]');
    await service.click(".modal button[type=submit]");
    await expect.poll(() => anomaly.count(), { timeout: 10_000 }).toBe(0);
    await service.click('label[data-value=resolved]');
    await anomaly.waitFor();
    expect(await anomaly.textContent()).toContain("已联系买家");
    await service.context().close();

    // The warehouse: a visitor in and out, an opening round with an anomaly that must be described.
    const page = await openPage(browser, `${system.baseUrl}/#/warehouse/register`);
    await signIn(page, supervisor.staffNo, PASSWORD);
    await page.click("[data-testid=register-visit]");
    await page.fill("input[name=visitorName]", "李师傅");
    await page.fill("input[name=visitorCompany]", "顺丰");
    await page.fill("input[name=visitorPurpose]", "取件");
    await page.click(".modal button[type=submit]");
    await expect.poll(() => page.locator("[data-testid=still-inside]").textContent(), { timeout: 10_000 }).toContain("李师傅");
    const visit = page.locator("[data-testid=register] tr[data-kind=visit]");
    await visit.locator("button").click();
    await expect.poll(() => page.locator("[data-testid=still-inside]").count(), { timeout: 10_000 }).toBe(0);
    await page.click('button:text-is("开门巡查")');
    await page.check("input[name=check-power]");
    await page.click(".modal button[type=submit]");
    await page.locator(".modal .field-message").waitFor();
    await page.fill("input[name=roundNote]", "插座松动，已报修");
    await page.click(".modal button[type=submit]");
    await expect.poll(() => page.locator("[data-testid=register] tr[data-kind=opening]").textContent(), { timeout: 10_000 }).toContain("电源");

    // A reshipment for the order: asked for, then shipped with its waybill.
    await page.goto(`${system.baseUrl}/#/warehouse/reshipments?orderId=TB-RET-77`);
    await page.click('button:text-is("新建补发单")');
    expect(await page.inputValue(".modal input[name=orderId]")).toBe("TB-RET-77");
    await page.fill(".modal input[name=reason]", "破损件补发");
    await page.fill("input[name=reshipSku]", code);
    await page.press("input[name=reshipSku]", "Enter");
    await page.locator(`.modal tr[data-sku-id="${sku.skuId}"]`).waitFor();
    await page.click(".modal button[type=submit]");
    await expect.poll(() => page.locator("[data-testid=reshipment-state]").textContent(), { timeout: 10_000 }).toBe("待补发");
    await page.click('button:text-is("登记发出")');
    await page.fill("input[name=parcelId]", "P-RESHIP-1");
    await page.fill("input[name=waybillNo]", "SF1234567890");
    await page.click(".modal button[type=submit]");
    await expect.poll(() => page.locator("[data-testid=reshipment-state]").textContent(), { timeout: 10_000 }).toBe("已发出");
    expect(await page.locator("[data-testid=reshipment]").textContent()).toContain("SF1234567890");
    await page.context().close();
  }, 120_000);
});
