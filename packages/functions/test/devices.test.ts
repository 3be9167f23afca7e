import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeBadge, makeStaff } from "@dianwu/local/testing/factories";

let manager: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  await useTestTable();
  manager = await signedIn(["warehouse_supervisor"], "warehouse");
});

async function pairingCode(kind = "packing_bench") {
  const response = await manager.post("/api/devices/pairing-codes", { kind, name: "打包台 3", location: "B区" });
  expect(response.status).toBe(201);
  return response.json.code as string;
}

const asDevice = (token: string, operator?: string) => ({
  authorization: `Device ${token}`,
  ...(operator ? { "x-operator": operator } : {}),
});

describe("kiosk pairing", () => {
  it("a manager's one-time code pairs a kiosk once; the kiosk then knows its kind", async () => {
    const code = await pairingCode();
    const kiosk = client();
    const paired = await kiosk.post("/api/kiosk/pair", { code: code.toLowerCase() });
    expect(paired.status).toBe(201);
    expect(paired.json.device).toMatchObject({ kind: "packing_bench", name: "打包台 3", location: "B区", pairedBy: manager.staff.staffNo });
    const me = await kiosk.get("/api/kiosk/me", asDevice(paired.json.token));
    expect(me.json.device).toMatchObject({ kind: "packing_bench", name: "打包台 3" });
    expect(me.json.settings.scannerMaxInterKeyMs).toBe(35);

    const again = await client().post("/api/kiosk/pair", { code });
    expect(again.status).toBe(400);
    expect(again.json.field).toBe("code");
  });

  it("two kiosks racing for one code get one device between them", async () => {
    const code = await pairingCode();
    const results = await Promise.all([client().post("/api/kiosk/pair", { code }), client().post("/api/kiosk/pair", { code })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
  });

  it("a code expires after 15 minutes", async () => {
    const code = await pairingCode("clock_in");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 16 * 60_000 });
    try {
      expect((await client().post("/api/kiosk/pair", { code })).status).toBe(400);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a revoked device is refused within a minute", async () => {
    const code = await pairingCode();
    const { json } = await client().post("/api/kiosk/pair", { code });
    expect((await client().get("/api/kiosk/me", asDevice(json.token))).status).toBe(200);
    expect((await manager.post(`/api/devices/${json.device.deviceId}/revoke`)).json.revokedAt).toBeDefined();
    // The revoking process forgets at once; any other process's cache expires within 30 s.
    expect((await client().get("/api/kiosk/me", asDevice(json.token))).status).toBe(401);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 31_000 });
    try {
      expect((await client().get("/api/kiosk/me", asDevice(json.token))).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
    const listed = (await manager.get("/api/devices")).json.items.find((d: any) => d.deviceId === json.device.deviceId);
    expect(listed.revokedAt).toBeDefined();
  });

  it("a forged or mangled device token is no credential at all", async () => {
    for (const token of ["", "x", "x.y", "01HZZZZZZZZZZZZZZZZZZZZZZZ.secret"]) {
      expect((await client().get("/api/kiosk/me", asDevice(token))).status).toBe(401);
    }
  });
});

describe("badges", () => {
  it("a badge scanned at a paired device identifies the worker, who then acts as staff at that device", async () => {
    const packer = await makeStaff({ roles: ["packer"], name: "沈测试" });
    const badge = await makeBadge(packer.staffNo);
    const { json: device } = await client().post("/api/kiosk/pair", { code: await pairingCode() });
    const scan = await client().post("/api/kiosk/badge", { code: ` ${badge.badgeCode.toLowerCase()} ` }, asDevice(device.token));
    expect(scan.status).toBe(200);
    expect(scan.json.staff).toEqual({ staffNo: packer.staffNo, name: "沈测试", roles: ["packer"] });
    const me = await client().get("/api/kiosk/me", asDevice(device.token, scan.json.token));
    expect(me.json.operator).toEqual({ staffNo: packer.staffNo });

    // The operator token is bound to the device it was issued at.
    const { json: other } = await client().post("/api/kiosk/pair", { code: await pairingCode() });
    expect((await client().get("/api/kiosk/me", asDevice(other.token, scan.json.token))).json.operator).toBeUndefined();
  });

  it("a replaced badge stops working at once; the new one works", async () => {
    const staff = await makeStaff();
    const lost = await makeBadge(staff.staffNo);
    const { json: device } = await client().post("/api/kiosk/pair", { code: await pairingCode("clock_in") });
    const issued = await manager.post(`/api/staff/${staff.staffNo}/badges`, { reason: "lost" });
    expect(issued.status).toBe(201);
    expect(issued.json.badgeCode).not.toBe(lost.badgeCode);
    expect((await client().post("/api/kiosk/badge", { code: lost.badgeCode }, asDevice(device.token))).status).toBe(400);
    expect((await client().post("/api/kiosk/badge", { code: issued.json.badgeCode }, asDevice(device.token))).status).toBe(200);

    const history = (await manager.get(`/api/staff/${staff.staffNo}/badges`)).json.items;
    expect(history).toHaveLength(2);
    expect(history.find((b: any) => b.badgeCode === lost.badgeCode)).toMatchObject({ active: false, reason: "lost" });
  });

  it("an unknown badge is a clear 400 naming the field, and the next scan still works", async () => {
    const staff = await makeStaff();
    const badge = await makeBadge(staff.staffNo);
    const { json: device } = await client().post("/api/kiosk/pair", { code: await pairingCode("clock_in") });
    const bad = await client().post("/api/kiosk/badge", { code: "DWBNOTAREALCODE" }, asDevice(device.token));
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: "badge.unknown", field: "code" });
    expect((await client().post("/api/kiosk/badge", { code: badge.badgeCode }, asDevice(device.token))).status).toBe(200);
  });

  it("the badge sheet lists every active staff member with their current code", async () => {
    const staff = await makeStaff({ name: "印卡测试" });
    const badge = await makeBadge(staff.staffNo);
    const sheet = (await manager.get("/api/badges/sheet")).json.items;
    expect(sheet).toContainEqual({ staffNo: staff.staffNo, name: "印卡测试", department: "warehouse", badgeCode: badge.badgeCode });
  });
});

describe("audit", () => {
  it("records who paired and revoked a device, queryable by target and by staff member", async () => {
    const code = await pairingCode();
    const { json } = await client().post("/api/kiosk/pair", { code });
    await manager.post(`/api/devices/${json.device.deviceId}/revoke`);
    const byTarget = (await manager.get(`/api/audit?targetType=device&targetId=${json.device.deviceId}`)).json.items;
    expect(byTarget.map((e: any) => e.action)).toEqual(["device.revoke", "device.pair"]);
    expect(byTarget[0]).toMatchObject({ actorType: "staff", staffNo: manager.staff.staffNo });
    const byStaff = (await manager.get(`/api/audit?staffNo=${manager.staff.staffNo}&limit=200`)).json.items;
    expect(byStaff.map((e: any) => e.action)).toEqual(expect.arrayContaining(["device.revoke", "device.pairing-code", "auth.login"]));
  });

  it("pages through a day with the cursor without losing or repeating entries", async () => {
    for (let i = 0; i < 5; i++) await pairingCode();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await manager.get(`/api/audit?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`)).json;
      seen.push(...page.items.map((e: any) => e.auditId));
      cursor = page.cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(5);
  });

  it("records settings changes with before and after; a stale version is a 409", async () => {
    const boss = await signedIn(["boss"]);
    const current = (await boss.get("/api/settings")).json;
    const next = structuredClone(current.settings);
    next.orders.unpaidChaseHours = 6;
    const saved = await boss.put("/api/settings", { settings: next, version: current.version });
    expect(saved.status).toBe(200);
    expect(saved.json.version).toBe(current.version + 1);
    expect((await boss.put("/api/settings", { settings: next, version: current.version })).status).toBe(409);
    const entries = (await boss.get("/api/audit?targetType=settings&targetId=default")).json.items;
    expect(entries[0]).toMatchObject({
      action: "settings.update",
      staffNo: boss.staff.staffNo,
      before: { orders: expect.objectContaining({ unpaidChaseHours: 12 }) },
      after: { orders: expect.objectContaining({ unpaidChaseHours: 6 }) },
    });
  });
});

describe("audit days", () => {
  it("files an entry under the shop's business day, not the UTC date", async () => {
    const { Audit } = await import("@dianwu/core/audit");
    // 23:30 UTC on the 10th is 07:30 on the 11th in Shanghai.
    expect(Audit.shopDay(new Date("2026-11-10T23:30:00Z"), "Asia/Shanghai")).toBe("2026-11-11");
    expect(Audit.shopDay(new Date("2026-11-10T15:59:59Z"), "Asia/Shanghai")).toBe("2026-11-10");
    const entry = Audit.item({ action: "test", target: { type: "t", id: "1" } }, new Date("2026-11-10T23:30:00Z"));
    expect(entry.day).toBe("2026-11-11");
  });
});
