import { OpenAPIHono, z } from "@hono/zod-openapi";
import { SUPERVISOR_ROLES } from "@dianwu/core/attendance";
import { CSV_CONTENT_TYPE, Fund, toCsv } from "@dianwu/core/service";
import { Department } from "@dianwu/core/staff";
import { staff } from "../access";
import { json, jsonBody, PageQuery, route } from "../route";

const Params = z.object({ department: Department });
const csv = { description: "CSV (UTF-8 with BOM)", content: { "text/csv": { schema: z.string() } } };

/** The department fund (部门基金): a ledger every member of the department can read. */
export const serviceFund = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/service/departments/{department}/fund",
      access: staff("any"),
      summary: "The fund's balance and ledger (fines in, spending and refunds out), newest first",
      request: { params: Params, query: PageQuery },
      responses: { 200: json(z.object({ balanceFen: z.number(), entries: z.number(), items: z.array(Fund.Entry), cursor: z.string().nullable() })) },
    }),
    async (c) => {
      const result = await Fund.ledger(c.req.valid("param").department, c.req.valid("query"));
      return c.json({ ...result, cursor: result.cursor ?? null }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/service/departments/{department}/fund/spending",
      access: staff(SUPERVISOR_ROLES),
      summary: "Spend from the fund (a team event); refused when the fund holds less",
      request: { params: Params, body: jsonBody(Fund.SpendInput) },
      responses: { 201: json(Fund.Entry), 409: json(z.object({ balanceFen: z.number().optional() }), "Not enough in the fund") },
    }),
    async (c) => c.json(await Fund.spend(c.req.valid("param").department, c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/service/departments/{department}/fund/csv",
      access: staff("any"),
      summary: "The fund's ledger as CSV, oldest first",
      request: { params: Params },
      responses: { 200: csv },
    }),
    async (c) => {
      const { department } = c.req.valid("param");
      const rows = await Fund.all(department);
      const body = toCsv(
        ["时间", "类型", "金额(元)", "余额(元)", "说明", "工号", "经手人"],
        rows.map((r) => [r.at, r.kind, (r.amountFen / 100).toFixed(2), (r.balanceFen / 100).toFixed(2), r.note, r.staffNo, r.by]),
      );
      return c.body(body, 200, { "content-type": CSV_CONTENT_TYPE, "content-disposition": `attachment; filename="fund-${department}.csv"` });
    },
  );
