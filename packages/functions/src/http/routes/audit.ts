import { OpenAPIHono, z } from "@hono/zod-openapi";
import { Audit } from "@dianwu/core/audit";
import { MANAGERS } from "@dianwu/core/staff";
import { staff } from "../access";
import { json, page, PageQuery, route } from "../route";

const Entry = z
  .object({
    auditId: z.string(),
    at: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    actorType: z.string(),
    staffNo: z.string().optional(),
    deviceId: z.string().optional(),
    actorName: z.string().optional(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    note: z.string().optional(),
  })
  .openapi("AuditEntry");

const Query = PageQuery.extend({
  targetType: z.string().min(1).max(40).optional(),
  targetId: z.string().min(1).max(100).optional(),
  staffNo: z.string().regex(/^\d{3,8}$/).optional(),
  day: z.string().date().optional(),
}).refine((q) => (q.targetType === undefined) === (q.targetId === undefined), {
  message: "targetType and targetId go together",
  path: ["targetId"],
});

export const audit = new OpenAPIHono().openapi(
  route({
    method: "get",
    path: "/audit",
    access: staff(MANAGERS),
    summary: "Audit entries by target, by staff member, or by the shop's business day (default today), newest first",
    request: { query: Query },
    responses: { 200: json(page(Entry)) },
  }),
  async (c) => {
    const q = c.req.valid("query");
    const paging = { cursor: q.cursor, limit: q.limit };
    const result =
      q.targetType && q.targetId
        ? await Audit.byTarget({ type: q.targetType, id: q.targetId }, paging)
        : q.staffNo
          ? await Audit.byStaff(q.staffNo, paging)
          : await Audit.byDay(q.day ?? Audit.shopDay(new Date()), paging);
    return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
  },
);
