import { OpenAPIHono, z } from "@hono/zod-openapi";
import { Roster, SUPERVISOR_ROLES } from "@dianwu/core/attendance";
import { Department } from "@dianwu/core/staff";
import { CSV_CONTENT_TYPE, toCsv } from "@dianwu/core/service";
import { staff } from "../access";
import { json, jsonBody, route } from "../route";

const Key = z.object({ department: Department, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM") });
const csv = { description: "CSV (UTF-8 with BOM)", content: { "text/csv": { schema: z.string() } } };
const problems = json(z.object({ problems: Roster.Problems.optional(), currentVersion: z.number().optional() }), "Stale version, or problems to accept first");

/** Rosters: generated from a rotation and coverage, edited by the supervisor, published. */
export const attendanceRosters = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/attendance/rosters/generate",
      access: staff(SUPERVISOR_ROLES),
      summary: "Generate a draft roster for a department's month from a rotation and coverage needs",
      request: { body: jsonBody(Roster.GenerateInput) },
      responses: { 201: json(Roster.Info), 409: problems },
    }),
    async (c) => c.json(await Roster.generate(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/rosters",
      access: staff(SUPERVISOR_ROLES),
      summary: "The rosters of a month, one per department",
      request: { query: z.object({ month: Key.shape.month }) },
      responses: {
        200: json(
          z.object({
            items: z.array(z.object({ department: Department, month: z.string(), status: z.string(), version: z.number(), updatedAt: z.string(), publishedAt: z.string().optional() })),
          }),
        ),
      },
    }),
    async (c) => c.json({ items: await Roster.forMonth(c.req.valid("query").month) }, 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/rosters/{department}/{month}",
      access: staff("any"),
      summary: "A roster with its problems (uncovered shifts, rest-day quota breaches); staff see their department's published one",
      request: { params: Key },
      responses: { 200: json(Roster.Info) },
    }),
    async (c) => {
      const { department, month } = c.req.valid("param");
      return c.json(await Roster.get(department, month), 200);
    },
  )
  .openapi(
    route({
      method: "patch",
      path: "/attendance/rosters/{department}/{month}",
      access: staff(SUPERVISOR_ROLES),
      summary: "Change cells (a shift code or \"rest\") against the version read; answers with the new problems",
      request: { params: Key, body: jsonBody(Roster.EditInput) },
      responses: { 200: json(Roster.Info), 409: problems },
    }),
    async (c) => {
      const { department, month } = c.req.valid("param");
      return c.json(await Roster.edit(department, month, c.req.valid("json")), 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/attendance/rosters/{department}/{month}/publish",
      access: staff(SUPERVISOR_ROLES),
      summary: "Publish; remaining problems are refused (409 listing them) unless acceptProblems is true",
      request: { params: Key, body: jsonBody(Roster.PublishInput) },
      responses: { 200: json(Roster.Info), 409: problems },
    }),
    async (c) => {
      const { department, month } = c.req.valid("param");
      return c.json(await Roster.publish(department, month, c.req.valid("json")), 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/rosters/{department}/{month}/csv",
      access: staff("any"),
      summary: "The roster as CSV: one row per staff member, one column per day",
      request: { params: Key },
      responses: { 200: csv },
    }),
    async (c) => {
      const { department, month } = c.req.valid("param");
      const roster = await Roster.get(department, month);
      const names = new Map(roster.staff.map((s) => [s.staffNo, s.name]));
      const body = toCsv(
        ["工号", "姓名", ...roster.days],
        Object.entries(roster.cells).map(([staffNo, row]) => [staffNo, names.get(staffNo) ?? "", ...row]),
      );
      return c.body(body, 200, { "content-type": CSV_CONTENT_TYPE, "content-disposition": `attachment; filename="roster-${department}-${month}.csv"` });
    },
  );
