import { describe, expect, it } from "vitest";
import { GLOBAL_INDEXES, TABLE_KEYS } from "@dianwu/infra/table";
import { registeredEntities } from "@dianwu/core/db";
import "@dianwu/core/staff";
import "@dianwu/core/audit";
import "@dianwu/core/settings";
import "@dianwu/core/bus";
import { BadgeEntity, StaffEntity } from "../src/staff/entities";
import { AuditEntity } from "../src/audit/entities";

/** The entities and the table are defined in two places; this keeps them in step. */
describe("entities against the table definition", () => {
  it("every entity index is the table's primary key or one of its GSIs, with the same key fields", () => {
    const gsis = new Map<string, { partitionKey: string; sortKey: string }>(GLOBAL_INDEXES.map((i) => [i.indexName, i]));
    expect(registeredEntities().length).toBeGreaterThanOrEqual(9);
    for (const entity of registeredEntities()) {
      for (const [name, index] of Object.entries<any>(entity.schema.indexes)) {
        const label = `${entity.schema.model.entity}.${name}`;
        if (!index.index) {
          expect([index.pk.field, index.sk.field], label).toEqual([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
        } else {
          const gsi = gsis.get(index.index);
          expect(gsi, label).toBeDefined();
          expect([index.pk.field, index.sk.field], label).toEqual([gsi!.partitionKey, gsi!.sortKey]);
        }
      }
    }
  });

  it("keys are what the access patterns need", () => {
    expect(StaffEntity.get({ staffNo: "1001" }).params()).toMatchObject({ Key: { pk: "$dianwu#staffno_1001", sk: "$staff_1" } });
    const byStaff = BadgeEntity.query.byStaff({ staffNo: "1001" }).params() as any;
    expect(byStaff.IndexName).toBe("gsi1");
    expect(byStaff.ExpressionAttributeValues[":pk"]).toBe("$dianwu#staffno_1001");
    const byDay = AuditEntity.query.byDay({ day: "2026-11-11" }).params() as any;
    expect(byDay.IndexName).toBe("gsi2");
    expect(byDay.ExpressionAttributeValues[":pk"]).toBe("$dianwu#day_2026-11-11");
  });
});
