import { beforeAll, describe, expect, it } from "vitest";
import { useTestTable } from "@dianwu/local/testing/table";
import { client, signedIn } from "@dianwu/local/testing/http";
import { makeStaff, PASSWORD } from "@dianwu/local/testing/factories";

/** Customer service: fines with escalation, the department fund, appeals and handover memos. */
type Session = Awaited<ReturnType<typeof signedIn>>;
let supervisor: Session;
let hr: Session;

beforeAll(async () => {
  await useTestTable();
  supervisor = await signedIn(["cs_supervisor"], "customer_service");
  hr = await signedIn(["hr"], "admin");
});

async function agent() {
  const person = await makeStaff({ department: "customer_service", roles: ["cs_presale"] });
  const c = client();
  expect((await c.post("/api/auth/login", { staffNo: person.staffNo, password: PASSWORD })).status).toBe(200);
  return Object.assign(c, { staff: person });
}

describe("fines", () => {
  it("complaints: 50, 100, 200 yuan in a month, the third flagged for HR, all into the department fund", async () => {
    const a = await agent();
    const before = (await a.get("/api/service/departments/customer_service/fund")).json.balanceFen;
    const fines = [];
    for (let i = 0; i < 3; i++) {
      const r = await supervisor.post("/api/service/fines", { rule: "complaint", staffNo: a.staff.staffNo, evidence: `旺旺聊天记录 #${i}` });
      expect(r.status).toBe(201);
      fines.push(r.json);
    }
    expect(fines.map((f) => [f.amountFen, f.occurrence, f.flagHr])).toEqual([
      [5000, 1, false],
      [10000, 2, false],
      [20000, 3, true],
    ]);
    const fund = (await a.get("/api/service/departments/customer_service/fund")).json;
    expect(fund.balanceFen - before).toBe(35000);
    expect(fund.items[0]).toMatchObject({ kind: "fine", amountFen: 20000, fineId: fines[2].fineId, staffNo: a.staff.staffNo });
  });

  it("two complaints issued at once still count 1st and 2nd", async () => {
    const a = await agent();
    const both = await Promise.all([1, 2].map(() => supervisor.post("/api/service/fines", { rule: "complaint", staffNo: a.staff.staffNo, evidence: "同时" })));
    expect(both.map((r) => r.json.occurrence).sort()).toEqual([1, 2]);
  });

  it("reply delay, order errors and free-form fines take their amounts from the settings", async () => {
    const a = await agent();
    const issue = (body: object) => supervisor.post("/api/service/fines", { staffNo: a.staff.staffNo, evidence: "统计", ...body });
    expect((await issue({ rule: "reply-delay", delaySeconds: 75 })).json.amountFen).toBe(1000);
    expect((await issue({ rule: "reply-delay", delaySeconds: 75, night: true })).json.amountFen).toBe(500);
    const none = await issue({ rule: "reply-delay", delaySeconds: 20 });
    expect(none.status).toBe(400);
    expect(none.json).toMatchObject({ code: "fine.nothing-to-fine", field: "delaySeconds" });
    expect((await issue({ rule: "order-error-after-production", lossFen: 80000 })).json.amountFen).toBe(80000);
    expect((await issue({ rule: "free" })).json.field).toBe("reason");
    expect((await issue({ rule: "free", amountFen: 300, reason: "迟交周报" })).json).toMatchObject({ amountFen: 300, reason: "迟交周报" });
  });

  it("only a supervisor of the person's department fines them", async () => {
    const a = await agent();
    const warehouse = await signedIn(["warehouse_supervisor"], "warehouse");
    expect((await warehouse.post("/api/service/fines", { rule: "complaint", staffNo: a.staff.staffNo, evidence: "x" })).status).toBe(403);
    expect((await a.post("/api/service/fines", { rule: "complaint", staffNo: a.staff.staffNo, evidence: "x" })).status).toBe(403);
  });

  it("an appeal goes to the next level up; overturning refunds the fund", async () => {
    const a = await agent();
    const fine = (await supervisor.post("/api/service/fines", { rule: "late-to-production", staffNo: a.staff.staffNo, evidence: "订单 123" })).json;
    expect((await supervisor.post(`/api/service/fines/${fine.fineId}/appeal`, { reason: "不是我" })).status).toBe(403);
    const appealed = await a.post(`/api/service/fines/${fine.fineId}/appeal`, { reason: "订单是同事下的" });
    expect(appealed.json.appealState).toBe("appealed");
    expect((await a.post(`/api/service/fines/${fine.fineId}/appeal`, { reason: "again" })).status).toBe(409);
    expect((await hr.get("/api/service/appeals")).json.items.map((f: any) => f.fineId)).toContain(fine.fineId);
    const balance = (await a.get("/api/service/departments/customer_service/fund")).json.balanceFen;
    const decided = await hr.post(`/api/service/fines/${fine.fineId}/appeal/decision`, { overturn: true, note: "查实" });
    expect(decided.json).toMatchObject({ appealState: "overturned", decidedBy: hr.staff.staffNo });
    const fund = (await a.get("/api/service/departments/customer_service/fund")).json;
    expect(fund.balanceFen).toBe(balance - 2000);
    expect(fund.items[0]).toMatchObject({ kind: "refund", amountFen: -2000, fineId: fine.fineId });
  });
});

describe("department fund", () => {
  it("spending never overdraws; the ledger is visible to the department only; CSV opens in Excel", async () => {
    const a = await agent();
    const { balanceFen } = (await a.get("/api/service/departments/customer_service/fund")).json;
    const over = await supervisor.post("/api/service/departments/customer_service/fund/spending", { amountFen: balanceFen + 1, note: "团建" });
    expect(over.status).toBe(409);
    const spent = await supervisor.post("/api/service/departments/customer_service/fund/spending", { amountFen: 1000, note: "奶茶" });
    expect(spent.json).toMatchObject({ kind: "spending", amountFen: -1000, balanceFen: balanceFen - 1000 });
    const outsider = await signedIn(["packer"], "warehouse");
    expect((await outsider.get("/api/service/departments/customer_service/fund")).status).toBe(403);
    expect((await a.post("/api/service/departments/customer_service/fund/spending", { amountFen: 1, note: "x" })).status).toBe(403);
    const csv = await a.get("/api/service/departments/customer_service/fund/csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // The BOM is there in the bytes (a text decoder hides it).
    const raw = await a.app.request("/api/service/departments/customer_service/fund/csv", { headers: { cookie: a.cookie } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toContain("奶茶");
    const fines = await a.get("/api/service/departments/customer_service/fines/csv");
    expect(fines.text.split("\r\n")[0]).toBe("罚款编号,工号,规则,金额(元),本月第几次,需HR处理,依据,原因,证据,开具人,开具时间,申诉状态");
  });
});

describe("handover memos", () => {
  it("the incoming shift acknowledges each item; open items carry over until done; a dropped item with a loss fines whoever took it on", async () => {
    const outgoing = await agent();
    const incoming = await agent();
    const memo = await outgoing.post("/api/service/handovers", {
      shiftCode: "day",
      items: [
        { customer: "tb_小美", orderId: "3021", todo: "补发腰带", dueAt: "2026-03-10T10:00:00+08:00" },
        { customer: "tb_阿强", todo: "回复尺码问题" },
      ],
    });
    expect(memo.status).toBe(201);
    const [belt, size] = memo.json.items;
    expect(memo.json.items.every((i: any) => !i.acknowledged)).toBe(true);
    expect((await outgoing.post(`/api/service/handover-items/${belt.itemId}/acknowledge`)).status).toBe(409);
    expect((await incoming.post(`/api/service/handover-items/${belt.itemId}/acknowledge`)).json).toMatchObject({ acknowledged: true, acknowledgedBy: incoming.staff.staffNo });

    // The next shift change: both items still open, carried into the new memo, to be acknowledged again.
    const next = await incoming.post("/api/service/handovers", { items: [] });
    expect(next.json.items.map((i: any) => [i.itemId, i.carriedOver, i.acknowledged])).toEqual(
      expect.arrayContaining([
        [belt.itemId, 1, false],
        [size.itemId, 1, false],
      ]),
    );
    expect((await outgoing.post(`/api/service/handover-items/${size.itemId}/done`, { note: "已回复" })).json.state).toBe("done");
    const open = (await incoming.get("/api/service/handover-items/open")).json.items.map((i: any) => i.itemId);
    expect(open).toContain(belt.itemId);
    expect(open).not.toContain(size.itemId);

    expect((await incoming.post(`/api/service/handover-items/${belt.itemId}/drop`, { lossFen: 3000, note: "x" })).status).toBe(403);
    const dropped = await supervisor.post(`/api/service/handover-items/${belt.itemId}/drop`, { lossFen: 3000, note: "客户退货，损失运费" });
    expect(dropped.json).toMatchObject({ state: "dropped", lossFen: 3000, responsibleStaffNo: incoming.staff.staffNo });
    const fines = (await incoming.get("/api/service/fines")).json.items;
    expect(fines).toHaveLength(1);
    expect(fines[0]).toMatchObject({ rule: "handover-dropped", amountFen: 1000, occurrence: 1, fineId: dropped.json.fineId, subjectId: belt.itemId });
    expect((await supervisor.post(`/api/service/handover-items/${belt.itemId}/drop`, { lossFen: 3000, note: "again" })).status).toBe(409);

    const memos = (await supervisor.get("/api/service/handovers?department=customer_service")).json.items;
    expect(memos[0].items.map((i: any) => i.itemId)).toEqual(expect.arrayContaining([belt.itemId, size.itemId]));
  });

  it("a dropped item without a loss fines nobody; nothing to hand over is refused", async () => {
    const a = await agent();
    const onlyOpen = (await a.get("/api/service/handover-items/open")).json.items;
    for (const item of onlyOpen) await a.post(`/api/service/handover-items/${item.itemId}/done`, {});
    expect((await a.post("/api/service/handovers", { items: [] })).json).toMatchObject({ code: "handover.empty", field: "items" });
    const memo = await a.post("/api/service/handovers", { items: [{ customer: "tb_x", todo: "跟进物流" }] });
    const dropped = await supervisor.post(`/api/service/handover-items/${memo.json.items[0].itemId}/drop`, { lossFen: 0, note: "客户取消" });
    expect(dropped.json.fineId).toBeUndefined();
    expect((await a.get("/api/service/fines")).json.items).toEqual([]);
  });
});
