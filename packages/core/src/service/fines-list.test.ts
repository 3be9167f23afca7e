import { beforeAll, describe, expect, it } from "vitest";
import { useTestTable } from "@dianwu/local/testing/table";
import { client } from "@dianwu/local/testing/http";
import { makeStaff, PASSWORD } from "@dianwu/local/testing/factories";
import { makeFine, makeFreeFine } from "@dianwu/local/testing/service";
import { withActor } from "../actor";
import { forDepartment } from "./fines";

/** The department list narrowed by rule and by the HR flag: HR's view of third-time escalations. */
let supervisor: { staffNo: string; roles: ["cs_supervisor"] };

beforeAll(async () => {
  await useTestTable();
  const person = await makeStaff({ department: "customer_service", roles: ["cs_supervisor"] });
  supervisor = { staffNo: person.staffNo, roles: ["cs_supervisor"] };
});

describe("department fines filtered", () => {
  it("flagHr lists only the escalations flagged for HR, across pages, and rule narrows to one rule", async () => {
    const a = await makeStaff({ department: "customer_service", roles: ["cs_presale"] });
    const b = await makeStaff({ department: "customer_service", roles: ["cs_aftersale"] });
    const third = [];
    for (const person of [a, b]) {
      for (let i = 0; i < 3; i++) third.push(await makeFine({ staffNo: person.staffNo, by: supervisor }));
      await makeFreeFine({ staffNo: person.staffNo, by: supervisor, amountFen: 100 });
    }
    const flaggedIds = third.filter((f) => f.flagHr).map((f) => f.fineId);
    expect(flaggedIds).toHaveLength(2);

    // One per page: the filter must keep reading past unflagged fines to fill each page.
    const seen: string[] = [];
    let cursor: string | undefined;
    await withActor({ type: "staff", staffNo: "0000", roles: ["hr"] }, async () => {
      do {
        const page = await forDepartment("customer_service", { cursor, limit: 1 }, { flagHr: true });
        seen.push(...page.items.map((f) => f.fineId));
        expect(page.items.every((f) => f.flagHr)).toBe(true);
        cursor = page.cursor ?? undefined;
      } while (cursor);
      expect(seen.sort()).toEqual(flaggedIds.sort());

      const free = await forDepartment("customer_service", {}, { rule: "free" });
      expect(free.items.map((f) => f.rule)).toEqual(["free", "free"]);
      const unflaggedComplaints = await forDepartment("customer_service", {}, { rule: "complaint", flagHr: false });
      expect(unflaggedComplaints.items).toHaveLength(4);
    });
  });

  it("the HTTP list takes rule and flagHr from the query and refuses values it does not know", async () => {
    const hr = await makeStaff({ department: "admin", roles: ["hr"] });
    const c = client();
    expect((await c.post("/api/auth/login", { staffNo: hr.staffNo, password: PASSWORD })).status).toBe(200);
    const flagged = await c.get("/api/service/departments/customer_service/fines?flagHr=true");
    expect(flagged.status).toBe(200);
    expect(flagged.json.items.length).toBeGreaterThan(0);
    expect(flagged.json.items.every((f: { flagHr: boolean }) => f.flagHr)).toBe(true);
    const bad = await c.get("/api/service/departments/customer_service/fines?flagHr=yes&rule=parking");
    expect(bad.status).toBe(400);
  });
});
