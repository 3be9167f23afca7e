import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { withActor } from "@dianwu/core/actor";
import { Bus, defineEvent, runConsumer, type Consumer } from "@dianwu/core/bus";
import { EVENT_RULES } from "@dianwu/infra/events";
import { consumers } from "@dianwu/functions/events/index";
import { fromEventBridge, toEntry } from "@dianwu/functions/events/eventbridge";
import { useTestTable } from "@dianwu/local/testing/table";
import { createLocalBus } from "@dianwu/local/bus";
import { signedIn, client } from "@dianwu/local/testing/http";
import { makeBadge, makeDevice, makeStaff, PASSWORD, SYSTEM } from "@dianwu/local/testing/factories";

const Pinged = defineEvent("test.pinged", z.object({ n: z.number() }));

let bus: Awaited<ReturnType<typeof useTestTable>>["bus"];
beforeAll(async () => {
  ({ bus } = await useTestTable());
});

describe("event routing", () => {
  it("every rule names a consumer that exists, and every consumer has a rule", () => {
    expect(EVENT_RULES.map((r) => r.consumer).sort()).toEqual(Object.keys(consumers).sort());
  });

  it("survives the trip through EventBridge's shape unchanged", () => {
    const event = withActor({ type: "staff", staffNo: "1001", roles: ["boss"] }, () => Pinged.create({ n: 7 }));
    const entry = toEntry(event, "bus");
    const delivered = {
      id: "eventbridge-assigned",
      source: entry.Source!,
      "detail-type": entry.DetailType!,
      time: entry.Time!.toISOString(),
      detail: JSON.parse(entry.Detail!),
    };
    expect(fromEventBridge(delivered)).toEqual(event);
  });
});

describe("the consumer runner", () => {
  it("applies an event once however often it is delivered", async () => {
    const seen: number[] = [];
    const consumer: Consumer = async (e) => void seen.push(Pinged.parse(e).detail.n);
    const event = withActor(SYSTEM, () => Pinged.create({ n: 1 }));
    const outcomes = await Promise.all([1, 2, 3].map(() => runConsumer("counter", consumer, event)));
    outcomes.push(await runConsumer("counter", consumer, event));
    // Concurrent first deliveries may each run (consumers are idempotent); later ones are skipped.
    expect(outcomes.at(-1)).toBe("duplicate");
    expect(outcomes.filter((o) => o === "applied").length).toBeGreaterThanOrEqual(1);
  });

  it("retries a failing consumer and succeeds when the failure passes", async () => {
    let calls = 0;
    const flaky: Consumer = async () => {
      if (++calls < 3) throw new Error("transient");
    };
    const event = withActor(SYSTEM, () => Pinged.create({ n: 2 }));
    expect(await runConsumer("flaky", flaky, event, { backoffMs: 1 })).toBe("applied");
    expect(calls).toBe(3);
  });

  it("parks an event that keeps failing in the dead-letter list, and replay applies it once the cause is fixed", async () => {
    const admin = await signedIn(["boss"]);
    let broken = true;
    const applied: string[] = [];
    const consumer: Consumer = async (e) => {
      if (broken) throw new Error("downstream is broken");
      applied.push(e.id);
    };
    const staff = await makeStaff();
    const event = withActor(SYSTEM, () => ({ ...Pinged.create({ n: 3 }), "detail-type": "staff.deactivated", detail: { staffNo: staff.staffNo } }));
    const original = consumers["revoke-access"]!;
    consumers["revoke-access"] = consumer;
    try {
      expect(await runConsumer("revoke-access", consumer, event, { backoffMs: 1 })).toBe("dead-lettered");
      const list = await admin.get("/api/dead-letters");
      const letter = list.json.items.find((l: any) => l.eventId === event.id);
      expect(letter).toMatchObject({ consumer: "revoke-access", attempts: 3, state: "open" });
      expect(letter.error).toContain("downstream is broken");

      broken = false;
      const replay = await admin.post(`/api/dead-letters/${letter.deadLetterId}/replay`);
      expect(replay.json).toEqual({ outcome: "applied" });
      expect(applied).toEqual([event.id]);
      // A second press does not run it again.
      expect((await admin.post(`/api/dead-letters/${letter.deadLetterId}/replay`)).status).toBe(409);
      expect((await admin.get("/api/dead-letters?state=replayed")).json.items.map((l: any) => l.eventId)).toContain(event.id);
    } finally {
      consumers["revoke-access"] = original;
    }
  });
});

describe("the local bus", () => {
  it("routes by the shared rules: deactivating a staff member signs them out and retires their badge", async () => {
    const admin = await signedIn(["hr"], "admin");
    const leaver = await signedIn(["picker"], "warehouse");
    const badge = await makeBadge(leaver.staff.staffNo);
    const device = await makeDevice("clock_in");

    expect((await admin.patch(`/api/staff/${leaver.staff.staffNo}`, { active: false })).status).toBe(200);
    await bus.drain();

    const badges = (await admin.get(`/api/staff/${leaver.staff.staffNo}/badges`)).json.items;
    expect(badges.find((b: any) => b.badgeCode === badge.badgeCode).active).toBe(false);
    const scan = await client().post("/api/kiosk/badge", { code: badge.badgeCode }, { authorization: `Device ${device.token}` });
    expect(scan.status).toBe(400);
    expect((await client().post("/api/auth/login", { staffNo: leaver.staff.staffNo, password: PASSWORD })).status).toBe(401);
    expect((await leaver.get("/api/auth/me")).status).toBe(401);
  });

  it("publishing returns before consumers finish (as EventBridge does) and drain waits for them", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const done = vi.fn();
    const local = createLocalBus({ "revoke-access": async () => { await gate; done(); } });
    local.install();
    try {
      const event = withActor(SYSTEM, () => ({ ...Pinged.create({ n: 4 }), "detail-type": "staff.deactivated" }));
      await Bus.publish(event);
      expect(done).not.toHaveBeenCalled();
      release();
      await local.drain();
      expect(done).toHaveBeenCalledOnce();
    } finally {
      bus.install();
    }
  });
});
