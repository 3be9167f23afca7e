import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { withActor } from "@dianwu/core/actor";
import { Parcel } from "@dianwu/core/packing";
import { Settings } from "@dianwu/core/settings";
import { makeStaff, PASSWORD, SYSTEM } from "../../src/testing/factories";
import { makeSku, stockUp } from "../../src/testing/warehouse";
import { makeParcel, waybillNumber } from "../../src/testing/parcels";
import { openPage, signIn, startSystem } from "./harness";

let system: Awaited<ReturnType<typeof startSystem>>;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem();
  browser = system.browser;
});
afterAll(async () => system?.stop());

/** Twelve digits starting 21: the old SF format and ZTO's 12-digit series both fit, so the carrier must be named. */
const ambiguousNumber = () => `21${String(Date.now()).slice(-10)}`;

describe("parcels in the console", () => {
  it("lists parcels by state, finds one by order number, assigns a waybill (asking for the carrier when the number is ambiguous), and imports the printing service's export", async () => {
    const supervisor = await makeStaff({ roles: ["warehouse_supervisor"], department: "warehouse" });
    const first = await makeParcel({ skus: [["TS-RED-M", 2]] });
    const second = await makeParcel({ skus: [["JN-BLU-28", 1]] });

    const page = await openPage(browser, `${system.baseUrl}/#/parcels`);
    await signIn(page, supervisor.staffNo, PASSWORD);
    const row = (parcelId: string) => page.locator(`[data-testid=parcels-table] tr[data-parcel-id="${parcelId}"]`);
    await row(first.parcel.parcelId).waitFor();
    await row(second.parcel.parcelId).waitFor();
    expect(await row(first.parcel.parcelId).textContent()).toContain(first.order.tid);
    expect(await row(first.parcel.parcelId).textContent()).toContain("未打印面单");
    await page.screenshot({ path: "/tmp/ca-shots/parcels-list.png", fullPage: true });

    // An order number in the lookup box opens its parcel.
    await page.fill("[data-testid=parcel-lookup] input[name=code]", first.order.tid);
    await page.click("[data-testid=parcel-lookup] button[type=submit]");
    await page.locator("[data-testid=parcel-detail]").waitFor();
    expect(page.url()).toContain(`/parcels/${first.parcel.parcelId}`);
    expect(await page.locator("[data-testid=parcel-lines]").textContent()).toContain("TS-RED-M");

    // A number several carriers use: the carrier field is marked and offers just those carriers.
    const number = ambiguousNumber();
    await page.fill("[data-testid=waybill-form] input[name=number]", number);
    await page.click("[data-testid=waybill-form] button[type=submit]");
    await page.locator("[data-testid=waybill-form] .field-invalid select[name=carrier]").waitFor();
    expect(await page.locator("[data-testid=waybill-form] .field-invalid").textContent()).toContain("请选择快递公司");
    const offered = await page.locator("[data-testid=waybill-form] select[name=carrier] option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(["", "SF", "ZTO"]);
    await page.screenshot({ path: "/tmp/ca-shots/waybill-ambiguous.png", fullPage: true });
    await page.selectOption("[data-testid=waybill-form] select[name=carrier]", "ZTO");
    await page.click("[data-testid=waybill-form] button[type=submit]");
    await expect.poll(() => page.locator("[data-testid=waybill-number]").textContent(), { timeout: 10_000 }).toBe(number);
    expect((await Parcel.mustFromId(first.parcel.parcelId)).waybill).toMatchObject({ number, carrier: "ZTO" });

    // The same number on another parcel is refused on the number field.
    await page.goto(`${system.baseUrl}/#/parcels/${second.parcel.parcelId}`);
    await page.locator("[data-testid=waybill-form]").waitFor();
    await page.fill("[data-testid=waybill-form] input[name=number]", number);
    await page.selectOption("[data-testid=waybill-form] select[name=carrier]", "ZTO");
    await page.click("[data-testid=waybill-form] button[type=submit]");
    await page.locator("[data-testid=waybill-form] .field-invalid input[name=number]").waitFor();
    expect(await page.locator("[data-testid=waybill-form] .field-invalid").textContent()).toContain("该运单号已被使用");

    // The printing service's export: one row assigned, one refused with the reason, per row.
    const sf = waybillNumber("SF");
    await page.click('.sidebar a:text-is("导入运单号")');
    await page.locator("[data-testid=waybill-import]").waitFor();
    await page.fill("[data-testid=waybill-import] textarea[name=csv]", `订单号,运单号,快递公司\n${second.order.tid},${sf},顺丰速运\n4234567890123999999,${waybillNumber("SF")},顺丰速运\n`);
    await page.click("[data-testid=waybill-import] button[type=submit]");
    await page.locator("[data-testid=waybill-import-report]").waitFor();
    expect(await page.locator("[data-testid=waybill-import-counts]").textContent()).toContain("共 2 行：录入 1，无变化 0，拒绝 1");
    expect(await page.locator("tr[data-row='2']").getAttribute("data-status")).toBe("assigned");
    expect(await page.locator("tr[data-row='3']").getAttribute("data-status")).toBe("rejected");
    await page.screenshot({ path: "/tmp/ca-shots/waybill-import.png", fullPage: true });

    // And the waybill finds its parcel in one lookup.
    await page.click('.sidebar a:text-is("包裹")');
    await page.fill("[data-testid=parcel-lookup] input[name=code]", sf);
    await page.click("[data-testid=parcel-lookup] button[type=submit]");
    await page.locator("[data-testid=parcel-detail]").waitFor();
    expect(page.url()).toContain(`/parcels/${second.parcel.parcelId}`);
    expect(await page.locator("[data-testid=waybill-number]").textContent()).toBe(sf);
    await page.context().close();
  }, 180_000);

  it("allocates the pending parcels with the progress shown, and names what could not be allocated", async () => {
    const { settings, version } = await Settings.get();
    await withActor(SYSTEM, () => Settings.update({ settings: { ...settings, parcels: { ...settings.parcels, mergeWindowMinutes: 0 } }, version }));
    const sku = await makeSku();
    await stockUp(sku.skuId, sku.homeBin, 1);
    const served = await makeParcel({ skus: [[sku.outerSkuId, 1]], noMerge: true });
    const unknown = await makeParcel({ skus: [["NOT-IN-CATALOGUE", 1]], noMerge: true });
    const supervisor = await makeStaff({ roles: ["warehouse_supervisor"], department: "warehouse" });

    const page = await openPage(browser, `${system.baseUrl}/#/parcels?view=pending`);
    await signIn(page, supervisor.staffNo, PASSWORD);
    await page.click("[data-testid=allocate]");
    await expect.poll(() => page.locator("[data-testid=allocate-result]").textContent(), { timeout: 30_000 }).toContain("分配完成");
    expect(await page.locator("[data-testid=allocate-unknown]").textContent()).toContain("NOT-IN-CATALOGUE");
    await page.screenshot({ path: "/tmp/ca-shots/parcels-allocate.png", fullPage: true });
    expect((await Parcel.mustFromId(served.parcel.parcelId)).state).toBe("allocated");
    expect((await Parcel.mustFromId(unknown.parcel.parcelId)).state).toBe("pending");
    // The list is read again after the run: the allocated parcel has left the pending view.
    await page.locator(`[data-testid=parcels-table] tr[data-parcel-id="${unknown.parcel.parcelId}"]`).waitFor();
    expect(await page.locator(`[data-testid=parcels-table] tr[data-parcel-id="${served.parcel.parcelId}"]`).count()).toBe(0);
  }, 120_000);
});
