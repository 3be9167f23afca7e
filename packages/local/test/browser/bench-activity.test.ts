import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { withActor } from "@dianwu/core/actor";
import { Parcel } from "@dianwu/core/packing";
import { makeStaff, PASSWORD, SYSTEM } from "../../src/testing/factories";
import { packerAt, piecesOf, readyParcel, type ReadyParcel } from "../../src/testing/bench";
import { openPage, signIn, startSystem } from "./harness";

let system: Awaited<ReturnType<typeof startSystem>>;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem();
  browser = system.browser;
});
afterAll(async () => system?.stop());

type Packer = Awaited<ReturnType<typeof packerAt>>;

/** A parcel packed at a bench through the bench API: opened by its label, every piece scanned, closed with the label. */
async function pack(packer: Packer, ready: ReadyParcel, mistakes: string[] = []) {
  expect((await packer.open(ready.waybill)).status).toBe(200);
  for (const code of mistakes) expect((await packer.scan(ready.parcel.parcelId, code)).json.accepted).toBe(false);
  for (const code of piecesOf(ready)) expect((await packer.scan(ready.parcel.parcelId, code)).json.accepted).toBe(true);
  const closed = await packer.close(ready.parcel.parcelId, ready.waybill);
  expect(closed.status, closed.text).toBe(200);
}

describe("bench activity in the console", () => {
  it("shows packing per bench and packer per hour, rejected scans by reason, intercepts waiting and handover batches, refreshes itself, and prints the handover list", async () => {
    const supervisor = await makeStaff({ roles: ["warehouse_supervisor"], department: "warehouse", name: "陈主管" });
    const first = await packerAt(["packer"]);
    const second = await packerAt(["packer"]);
    const [a, b, stopped, later] = [await readyParcel(), await readyParcel(), await readyParcel(), await readyParcel()];

    await pack(first, a, [b.lines[0]!.sku.barcode, "NO-SUCH-BARCODE"]);
    await pack(second, b);
    await withActor(SYSTEM, () => Parcel.intercept(stopped.tid, "refund"));
    const batch = await first.post("/api/handover/batches", { carrier: "SF" });
    expect(batch.status, batch.text).toBe(201);
    const batchId = batch.json.batchId as string;
    for (const ready of [a, b]) expect((await first.post(`/api/handover/batches/${batchId}/scans`, { code: ready.waybill })).status).toBe(200);
    const closed = await first.post(`/api/handover/batches/${batchId}/close`, { courierName: "李师傅", courierPhone: "13900001111" });
    expect(closed.status, closed.text).toBe(200);

    const page = await openPage(browser, `${system.baseUrl}/#/bench`);
    await signIn(page, supervisor.staffNo, PASSWORD);
    const activity = page.locator("[data-testid=bench-activity]");
    await activity.waitFor({ timeout: 15_000 });
    const tile = (name: string) => page.locator(`[data-testid=${name}] .tile-value`).textContent();
    expect(await tile("tile-packed")).toBe("2");
    expect(await tile("tile-rejected")).toBe("2");
    expect(await tile("tile-intercepts")).toBe("1");
    expect(await page.locator("[data-testid=per-bench] tbody tr").count()).toBe(2);
    expect(await page.locator(`[data-testid=per-bench] tr[data-key="${first.device.deviceId}"] [data-testid=packed]`).textContent()).toBe("1");
    expect(await page.locator(`[data-testid=per-packer] tr[data-key="${second.staff.staffNo}"] [data-testid=packed]`).textContent()).toBe("1");
    expect(await page.locator("[data-testid=rejections] tr[data-reason=wrong_item]").textContent()).toContain("商品不对1");
    expect(await page.locator("[data-testid=rejections] tr[data-reason=unknown_barcode]").textContent()).toContain("未知条码1");
    expect(await page.locator(`[data-testid=intercepts-waiting] tr[data-parcel-id="${stopped.parcel.parcelId}"]`).textContent()).toContain("申请退款");
    expect(await page.locator(`[data-testid=handover-batches] tr[data-batch-id="${batchId}"]`).textContent()).toContain("李师傅");
    await page.screenshot({ path: "/tmp/ca-shots/bench-activity.png", fullPage: true });

    // Live: a parcel packed meanwhile shows up without a reload (the page asks again every 10 s).
    await pack(second, later);
    await expect.poll(() => tile("tile-packed"), { timeout: 25_000, interval: 500 }).toBe("3");

    // The handover list to print: every parcel with its waybill as a barcode, the count, the courier.
    await page.locator(`[data-testid=handover-batches] tr[data-batch-id="${batchId}"] a`).click();
    const list = page.locator("[data-testid=handover-list]");
    await list.waitFor();
    expect(await page.locator("[data-testid=handover-count]").textContent()).toBe("2");
    expect(await list.textContent()).toContain("李师傅");
    const codes = await list.locator("tbody svg.barcode").evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute("data-code")));
    expect(codes.sort()).toEqual([a.waybill, b.waybill].sort());
    expect(await list.locator("tbody svg.barcode").first().locator("rect").count()).toBeGreaterThan(20);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".sidebar").isVisible()).toBe(false);
    expect(await list.isVisible()).toBe(true);
    await page.screenshot({ path: "/tmp/ca-shots/handover-print.png", fullPage: true });
    await page.context().close();
  }, 180_000);
});
