import { OpenAPIHono, z } from "@hono/zod-openapi";
import { SUPERVISOR_ROLES } from "@dianwu/core/attendance";
import { useStaff } from "@dianwu/core/actor";
import { CSV_CONTENT_TYPE, Fine, FINE_RULES, toCsv } from "@dianwu/core/service";
import { Department } from "@dianwu/core/staff";
import { staff } from "../access";
import { json, jsonBody, page, PageQuery, route } from "../route";

const FineId = z.object({ fineId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "an id") });
const csv = { description: "CSV (UTF-8 with BOM)", content: { "text/csv": { schema: z.string() } } };
const flagQuery = z.enum(["true", "false"]).transform((v) => v === "true");
const conflictResponse = json(z.object({}), "Already appealed or decided");

/** Fines (罚款): issued by supervisors by the rules in the settings, appealed to the next level up. */
export const serviceFines = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/service/fines",
      access: staff(SUPERVISOR_ROLES),
      summary: "Issue a fine by rule (complaint, handover-dropped, reply-delay, order errors, late-to-production, free); the amount comes from the settings",
      request: { body: jsonBody(Fine.IssueInput) },
      responses: { 201: json(Fine.Info) },
    }),
    async (c) => c.json(await Fine.issue(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/service/fines",
      access: staff("any"),
      summary: "A staff member's fines (default: the caller's)",
      request: { query: z.object({ staffNo: z.string().regex(/^\d{3,8}$/, "3 to 8 digits").optional() }) },
      responses: { 200: json(z.object({ items: z.array(Fine.Info) })) },
    }),
    async (c) => c.json({ items: await Fine.forStaff(c.req.valid("query").staffNo ?? useStaff().staffNo) }, 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/service/departments/{department}/fines",
      access: staff("any"),
      summary: "A department's fines, newest first: visible to everyone in the department; `rule` and `flagHr` narrow it (flagHr=true: the escalations HR must look at)",
      request: { params: z.object({ department: Department }), query: PageQuery.extend({ rule: z.enum(FINE_RULES).optional(), flagHr: flagQuery.optional() }) },
      responses: { 200: json(page(Fine.Info)) },
    }),
    async (c) => {
      const { rule, flagHr, ...paging } = c.req.valid("query");
      const result = await Fine.forDepartment(c.req.valid("param").department, paging, { rule, flagHr });
      return c.json({ items: result.items, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/service/departments/{department}/fines/csv",
      access: staff("any"),
      summary: "A department's fines as CSV",
      request: { params: z.object({ department: Department }) },
      responses: { 200: csv },
    }),
    async (c) => {
      const { department } = c.req.valid("param");
      const rows: Fine.Info[] = [];
      let cursor: string | undefined;
      do {
        const result = await Fine.forDepartment(department, { cursor, limit: 200 });
        rows.push(...result.items);
        cursor = result.cursor ?? undefined;
      } while (cursor);
      const body = toCsv(
        ["罚款编号", "工号", "规则", "金额(元)", "本月第几次", "需HR处理", "依据", "原因", "证据", "开具人", "开具时间", "申诉状态"],
        rows.map((f) => [f.fineId, f.staffNo, f.rule, (f.amountFen / 100).toFixed(2), f.occurrence, f.flagHr ? "是" : "否", f.basis, f.reason, f.evidence, f.issuedBy, f.issuedAt, f.appealState]),
      );
      return c.body(body, 200, { "content-type": CSV_CONTENT_TYPE, "content-disposition": `attachment; filename="fines-${department}.csv"` });
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/service/fines/{fineId}/appeal",
      access: staff("any"),
      summary: "The person fined appeals, once",
      request: { params: FineId, body: jsonBody(Fine.AppealInput) },
      responses: { 200: json(Fine.Info), 409: conflictResponse },
    }),
    async (c) => c.json(await Fine.appeal(c.req.valid("param").fineId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/service/fines/{fineId}/appeal/decision",
      access: staff(["boss", "hr"]),
      summary: "Decide an appeal (the next level up from the issuer); overturning refunds the department fund",
      request: { params: FineId, body: jsonBody(Fine.DecideAppealInput) },
      responses: { 200: json(Fine.Info), 409: conflictResponse },
    }),
    async (c) => c.json(await Fine.decideAppeal(c.req.valid("param").fineId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/service/appeals",
      access: staff(["boss", "hr"]),
      summary: "Fines under appeal, waiting for a decision",
      responses: { 200: json(z.object({ items: z.array(Fine.Info) })) },
    }),
    async (c) => c.json({ items: await Fine.openAppeals() }, 200),
  );
