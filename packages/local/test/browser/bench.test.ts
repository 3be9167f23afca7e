import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { withActor } from "@dianwu/core/actor";
import { Parcel } from "@dianwu/core/packing";
import { BenchSessionEntity } from "@dianwu/core/packing/bench";
import { Stock } from "@dianwu/core/warehouse";
import { benchSku, packerAt, piecesOf, readyParcel, type ReadyParcel } from "../../src/testing/bench";
import { makeBadge, makeStaff } from "../../src/testing/factories";
import { signedIn } from "../../src/testing/http";
import { PLATFORM } from "../../src/testing/parcels";
import { scan, startSystem } from "./harness";
import { goOffline, goOnline, openPairedKiosk, text } from "./kiosk-helpers";

/**
 * The packing bench in Chromium with a simulated scanner: a packer badges in and packs parcels —
 * the happy path, a wrong item, an over-scan, a swapped label, an intercepted parcel, a stretch
 * offline whose scans are queued and replayed exactly once — then hands parcels to the carrier.
 * One bench, one packer, one story: the tests run in order.
 */
let system: Awaited<ReturnType<typeof startSystem>>;
let bench: Page;
const packed: ReadyParcel[] = [];

beforeAll(async () => {
  system = await startSystem();
  const packer = await makeStaff({ roles: ["packer"], department: "warehouse", name: "沈打包" });
  const badge = await makeBadge(packer.staffNo);
  bench = (await openPairedKiosk(system.browser, system.baseUrl, "packing_bench")).page;
  await scan(bench, badge.badgeCode);
  await bench.locator("[data-testid=operator-name]", { hasText: "沈打包" }).waitFor();
});
afterAll(async () => system?.stop());
// A test that fails while the bench is offline must not leave the next ones offline too.
afterEach(async () => goOnline(bench));

const countOf = (line: number) => bench.locator(`[data-testid=line][data-line="${line}"]`).getAttribute("data-count", { timeout: 2_000 });
const outcome = () => bench.locator("[data-testid=scan-alert]").getAttribute("data-outcome", { timeout: 1_000 }).catch(() => null);
const tone = () => bench.locator("[data-testid=bench-root]").getAttribute("data-tone");
const toneCount = async () => Number(await bench.locator("[data-testid=bench-root]").getAttribute("data-tone-count"));
const stateOf = async (parcelId: string) => (await Parcel.mustFromId(parcelId)).state;
/** The pieces the API has counted for a parcel (the screen counts at once; the API a moment later). */
const apiCounted = async (parcelId: string) => {
  const row = (await BenchSessionEntity.get({ parcelId }).go({ consistent: true })).data;
  return row ? (JSON.parse(row.progress) as { counts: number[] }).counts.reduce((sum, n) => sum + n, 0) : 0;
};

async function openAt(ready: ReadyParcel) {
  await scan(bench, ready.waybill);
  await bench.locator(`[data-testid=parcel][data-parcel-id="${ready.parcel.parcelId}"]`).waitFor();
}

/** A key pressed by the packer (trusted, at human speed: the scanner leaves it alone). */
const press = (key: string) => bench.keyboard.press(key);

describe("packing bench", () => {
  it("packs a parcel: opens on its label, ticks every item up with a short tone, closes on the label and issues the stock", async () => {
    const ready = await readyParcel({ lines: [{ quantity: 2 }, { quantity: 1 }], memo: "#1011 送赠品袜子", buyerMessage: "请尽快发货" });
    await openAt(ready);
    expect(await text(bench, "buyer-message")).toContain("请尽快发货");
    expect(await text(bench, "seller-memo")).toContain("送赠品袜子");
    expect(await text(bench, "parcel-units")).toBe("0/3");

    const [first, second, third] = piecesOf(ready) as [string, string, string];
    const tones = await toneCount();
    await scan(bench, first);
    await expect.poll(() => countOf(0)).toBe("1");
    expect(await tone()).toBe("ok");
    expect(await toneCount()).toBe(tones + 1);
    await scan(bench, second);
    await scan(bench, third);
    await expect.poll(() => countOf(1)).toBe("1");
    expect(await countOf(0)).toBe("2");
    await expect.poll(() => bench.locator("[data-testid=parcel]").getAttribute("data-complete")).toBe("true");
    expect(await text(bench, "parcel-prompt")).toContain(ready.waybill);

    await scan(bench, ready.waybill);
    await bench.locator(`[data-testid=packed][data-parcel-id="${ready.parcel.parcelId}"]`).waitFor();
    expect(await bench.locator("[data-testid=packed]").getAttribute("data-pending")).toBe("false");
    expect(await stateOf(ready.parcel.parcelId)).toBe("packed");
    for (const line of ready.lines) expect((await Stock.balance(line.sku.skuId, line.sku.homeBin))?.onHand ?? 0).toBe(0);
    packed.push(ready);
  });

  it("answers a wrong item with a long tone and what was scanned vs expected, and keeps it until acknowledged", async () => {
    const stranger = await benchSku({ stock: 1, colour: "蓝色", size: "XL" });
    const ready = await readyParcel({ lines: [{ quantity: 1 }] });
    await openAt(ready);

    await scan(bench, stranger.barcode);
    // Locally the code is not in the manifest; the API knows it as another SKU: a wrong item.
    await expect.poll(outcome).toBe("wrong_item");
    expect(await tone()).toBe("error");
    expect(await text(bench, "alert-scanned")).toContain("蓝色 XL");
    expect(await text(bench, "alert-expected")).toContain("× 1");
    await bench.waitForTimeout(800);
    expect(await outcome()).toBe("wrong_item");
    expect(await countOf(0).catch(() => null)).toBeNull();

    await press("Space");
    await bench.locator("[data-testid=scan-alert]").waitFor({ state: "detached" });
    expect(await countOf(0)).toBe("0");
    await scan(bench, piecesOf(ready)[0]!);
    await expect.poll(() => countOf(0)).toBe("1");
    packed.push(ready);
  });

  it("refuses an over-scan and a swapped label, then closes on the right label", async () => {
    const [ready] = packed.slice(-1) as [ReadyParcel];
    await scan(bench, piecesOf(ready)[0]!);
    await expect.poll(outcome).toBe("too_many");
    expect(await text(bench, "scan-alert")).toContain("多扫了");
    await press("Enter");
    await bench.locator("[data-testid=scan-alert]").waitFor({ state: "detached" });
    expect(await countOf(0)).toBe("1");

    const other = await readyParcel({ lines: [{ quantity: 1 }] });
    await scan(bench, other.waybill);
    await bench.locator("[data-testid=swapped]").waitFor();
    expect(await text(bench, "swapped")).toContain(other.parcel.parcelId);
    expect(await tone()).toBe("alarm");
    expect(await stateOf(ready.parcel.parcelId)).not.toBe("packed");

    await scan(bench, ready.waybill);
    await bench.locator(`[data-testid=packed][data-parcel-id="${ready.parcel.parcelId}"]`).waitFor();
    expect(await stateOf(ready.parcel.parcelId)).toBe("packed");
  });

  it("shows an intercepted parcel as a full red screen that cannot be packed, also when stopped mid-packing", async () => {
    const stopped = await readyParcel({ lines: [{ quantity: 1 }] });
    await withActor(PLATFORM, () => Parcel.intercept(stopped.tid, "refund", { note: "买家退款" }));
    await scan(bench, stopped.waybill);
    await bench.locator("[data-testid=intercept]").waitFor();
    expect(await bench.locator("[data-testid=bench]").getAttribute("data-tone")).toBe("error");
    expect(await text(bench, "intercept")).toContain("已拦截");
    expect(await text(bench, "intercept-put")).toContain("拦截");
    expect(await tone()).toBe("alarm");
    await press("Space");
    await bench.locator("[data-testid=bench-work]").waitFor();

    const midway = await readyParcel({ lines: [{ quantity: 2 }] });
    await openAt(midway);
    await scan(bench, piecesOf(midway)[0]!);
    await expect.poll(() => countOf(0)).toBe("1");
    // The API must have the first piece before the intercept: answered after it, that piece would
    // raise the red screen, and the next scan would only acknowledge it.
    await expect.poll(() => apiCounted(midway.parcel.parcelId), { timeout: 10_000 }).toBe(1);
    await withActor(PLATFORM, () => Parcel.intercept(midway.tid, "address_change"));
    await scan(bench, piecesOf(midway)[1]!);
    // Locally the scan is correct; the API's answer says the parcel was stopped meanwhile.
    await bench.locator(`[data-testid=intercept][data-parcel-id="${midway.parcel.parcelId}"]`).waitFor();
    expect(await stateOf(midway.parcel.parcelId)).not.toBe("packed");
    await press("Space");
    await bench.locator("[data-testid=bench-work]").waitFor();
  });

  it("says which bench is packing a parcel another bench holds", async () => {
    const ready = await readyParcel({ lines: [{ quantity: 1 }] });
    const elsewhere = await packerAt(["packer"]);
    expect((await elsewhere.open(ready.waybill)).status).toBe(200);
    await scan(bench, ready.waybill);
    await bench.locator("[data-testid=busy]").waitFor();
    expect(await text(bench, "busy")).toContain(elsewhere.device.name);
    expect(await text(bench, "busy")).toContain(elsewhere.staff.staffNo);
    await press("Space");
    await bench.locator("[data-testid=bench-work]").waitFor();
  });

  it("keeps verifying offline, queues every scan and the close, and replays them exactly once when the API is back", async () => {
    const ready = await readyParcel({ lines: [{ quantity: 3 }] });
    await openAt(ready);
    const [a, b, c] = piecesOf(ready) as [string, string, string];
    await scan(bench, a);
    await expect.poll(() => countOf(0)).toBe("1");
    // Answered by the API before the network goes: otherwise it is queued too, one more than counted below.
    await expect.poll(() => apiCounted(ready.parcel.parcelId), { timeout: 10_000 }).toBe(1);

    await goOffline(bench);
    await scan(bench, b);
    await expect.poll(() => countOf(0)).toBe("2");
    await bench.locator("[data-testid=queue-status]").waitFor();
    await scan(bench, "6900000000000");
    await expect.poll(outcome).toBe("unknown_barcode");
    await press("Space");
    await scan(bench, c);
    await expect.poll(() => countOf(0)).toBe("3");
    await scan(bench, ready.waybill);
    // Closed offline: queued, not assumed — on the 待确认 tray, no slip.
    await bench.locator(`[data-testid=packed][data-parcel-id="${ready.parcel.parcelId}"][data-pending=true]`).waitFor();
    expect(await text(bench, "tray")).toContain(ready.parcel.parcelId);
    await expect.poll(() => bench.locator("[data-testid=queue-status]").getAttribute("data-pending")).toBe("4");
    expect(await text(bench, "queue-status")).toContain("离线 · 4 条待发送");
    expect(await stateOf(ready.parcel.parcelId)).not.toBe("packed");

    await goOnline(bench);
    await bench.locator("[data-testid=queue-status]").waitFor({ state: "detached", timeout: 20_000 });
    await bench.locator(`[data-testid=packed][data-parcel-id="${ready.parcel.parcelId}"][data-pending=false]`).waitFor({ timeout: 10_000 });
    await bench.locator("[data-testid=tray]").waitFor({ state: "detached" });
    expect(await stateOf(ready.parcel.parcelId)).toBe("packed");

    const supervisor = await signedIn(["warehouse_supervisor"], "warehouse");
    const log = await supervisor.get(`/api/packing/parcels/${ready.parcel.parcelId}/scans`);
    expect(log.status).toBe(200);
    const items = log.json.items as { scanId: string; outcome: string; offline?: boolean }[];
    const keys = items.map((i) => i.scanId);
    expect(new Set(keys).size).toBe(keys.length);
    expect(items.filter((i) => i.outcome === "correct")).toHaveLength(3);
    expect(items.filter((i) => i.outcome === "unknown_barcode")).toHaveLength(1);
    packed.push(ready);
  });

  it("sends a scan again when its answer was lost, and the API counts it once", async () => {
    const ready = await readyParcel({ lines: [{ quantity: 2 }] });
    await openAt(ready);
    let lost = 0;
    await bench.context().route("**/api/bench/parcels/*/scans", async (route) => {
      if (lost++ > 0) return route.continue();
      await route.fetch();
      await route.abort("connectionreset");
    });
    await scan(bench, piecesOf(ready)[0]!);
    await expect.poll(() => countOf(0)).toBe("1");
    await goOnline(bench);
    await bench.locator("[data-testid=queue-status]").waitFor({ state: "detached", timeout: 20_000 });
    await scan(bench, piecesOf(ready)[1]!);
    await scan(bench, ready.waybill);
    await bench.locator(`[data-testid=packed][data-parcel-id="${ready.parcel.parcelId}"][data-pending=false]`).waitFor();
    expect(await stateOf(ready.parcel.parcelId)).toBe("packed");
    const log = await (await signedIn(["warehouse_supervisor"], "warehouse")).get(`/api/packing/parcels/${ready.parcel.parcelId}/scans`);
    expect((log.json.items as { outcome: string }[]).filter((i) => i.outcome === "correct")).toHaveLength(2);
    packed.push(ready);
  });

  it("undoes the last scan with a key, and a supervisor's badge force-completes with a reason chosen by keys", async () => {
    const supervisor = await makeStaff({ roles: ["warehouse_supervisor"], department: "warehouse", name: "周主管" });
    const supervisorBadge = (await makeBadge(supervisor.staffNo)).badgeCode;
    const ready = await readyParcel({ lines: [{ quantity: 2 }] });
    await openAt(ready);
    const piece = piecesOf(ready)[0]!;
    await scan(bench, piece);
    await expect.poll(() => countOf(0)).toBe("1");
    await press("Backspace");
    await expect.poll(() => countOf(0)).toBe("0");
    await scan(bench, piece);
    await expect.poll(() => countOf(0)).toBe("1");

    await scan(bench, supervisorBadge);
    await bench.locator("[data-testid=force-panel]").waitFor();
    expect(await text(bench, "force-panel")).toContain("周主管");
    await press("ArrowDown");
    expect(await bench.locator("[data-testid=force-panel] li[data-selected=true]").textContent()).toContain("商品没有条码");
    await press("Enter");
    await bench.locator("[data-testid=forced]").waitFor();
    expect(await text(bench, "forced")).toContain("周主管");
    expect(await bench.locator("[data-testid=parcel]").getAttribute("data-complete")).toBe("true");
    // Still signed in as the packer: the supervisor's badge did not take the bench over.
    await scan(bench, ready.waybill);
    await bench.locator(`[data-testid=packed][data-parcel-id="${ready.parcel.parcelId}"][data-pending=false]`).waitFor();
    expect(await stateOf(ready.parcel.parcelId)).toBe("packed");
    packed.push(ready);
  });

  it("hands packed parcels to the carrier: batch per carrier, count, refusals, courier name, handed over", async () => {
    const unpacked = await readyParcel({ lines: [{ quantity: 1 }] });
    await press("F10");
    await bench.locator("[data-testid=handover-choices] li[data-selected=true]").waitFor();
    // The first carrier on the list is SF, the carrier of every parcel here.
    expect(await bench.locator("[data-testid=handover-choices] li[data-selected=true]").getAttribute("data-carrier")).toBe("SF");
    await press("Enter");
    await bench.locator("[data-testid=batch][data-state=open]").waitFor();

    for (const [i, parcel] of packed.entries()) {
      await scan(bench, parcel.waybill);
      await expect.poll(() => text(bench, "handover-count")).toBe(String(i + 1));
    }
    await scan(bench, packed[0]!.waybill);
    await expect.poll(() => bench.locator("[data-testid=handover-added]").getAttribute("data-outcome")).toBe("already_in_batch");

    await scan(bench, unpacked.waybill);
    await bench.locator("[data-testid=kiosk-error]").waitFor();
    expect(await text(bench, "kiosk-error")).toContain("还没有打包");
    await press("Space");

    await press("F11");
    await bench.locator("[data-testid=courier-name]").waitFor();
    await bench.locator("[data-testid=courier-name]").fill("李师傅");
    await press("Enter");
    await bench.locator("[data-testid=batch][data-state=closed]").waitFor();
    expect(await text(bench, "handover-closed")).toContain("李师傅");
    expect(await text(bench, "handover-count")).toBe(String(packed.length));
    for (const parcel of packed) expect(await stateOf(parcel.parcel.parcelId)).toBe("handed_over");
  });
});
