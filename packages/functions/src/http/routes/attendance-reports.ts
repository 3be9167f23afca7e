import { OpenAPIHono, z } from "@hono/zod-openapi";
import { Attendance, SUPERVISOR_ROLES } from "@dianwu/core/attendance";
import { useStaff } from "@dianwu/core/actor";
import { CSV_CONTENT_TYPE, toCsv } from "@dianwu/core/service";
import { Department } from "@dianwu/core/staff";
import { staff } from "../access";
import { json, route } from "../route";

const StaffNo = z.string().regex(/^\d{3,8}$/, "3 to 8 digits");
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM");
const csv = { description: "CSV (UTF-8 with BOM)", content: { "text/csv": { schema: z.string() } } };

const SUMMARY_COLUMNS: [keyof Attendance.Summary, string][] = [
  ["staffNo", "工号"],
  ["name", "姓名"],
  ["department", "部门"],
  ["month", "月份"],
  ["scheduledDays", "排班天数"],
  ["presentDays", "出勤天数"],
  ["restDays", "休息天数"],
  ["leaveDays", "请假天数"],
  ["lateCount", "迟到次数"],
  ["lateMinutes", "迟到分钟"],
  ["earlyLeaveCount", "早退次数"],
  ["earlyLeaveMinutes", "早退分钟"],
  ["absentDays", "旷工天数"],
  ["missingPunches", "缺卡次数"],
  ["workedMinutes", "工作分钟"],
  ["overtimeApprovedMinutes", "批准加班分钟"],
  ["overLimitOvertime", "超限加班"],
  ["score", "考勤分"],
];

/** What attendance says: day by day, today's board, monthly summaries and scores. */
export const attendanceReports = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/attendance/days",
      access: staff("any"),
      summary: "A staff member's attendance day by day, at most 62 days (default: the caller's)",
      request: { query: z.object({ staffNo: StaffNo.optional(), from: z.string().date(), to: z.string().date() }) },
      responses: { 200: json(z.object({ items: z.array(Attendance.DayInfo) })) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json({ items: await Attendance.days(q.staffNo ?? useStaff().staffNo, q.from, q.to) }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/board",
      access: staff(SUPERVISOR_ROLES),
      summary: "Today's attendance board of a department: each person's shift and status so far",
      request: { query: z.object({ department: Department }) },
      responses: { 200: json(z.object({ day: z.string(), department: Department, items: z.array(Attendance.BoardEntry) })) },
    }),
    async (c) => c.json(await Attendance.board(c.req.valid("query").department), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/summary",
      access: staff("any"),
      summary: "A staff member's month with the attendance score for the appraisal (default: the caller's)",
      request: { query: z.object({ staffNo: StaffNo.optional(), month: Month }) },
      responses: { 200: json(Attendance.Summary) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await Attendance.monthly(q.staffNo ?? useStaff().staffNo, q.month), 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/summaries",
      access: staff(SUPERVISOR_ROLES),
      summary: "Everyone's month in a department",
      request: { query: z.object({ department: Department, month: Month }) },
      responses: { 200: json(z.object({ items: z.array(Attendance.Summary) })) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json({ items: await Attendance.monthlyForDepartment(q.department, q.month) }, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/summaries/csv",
      access: staff(SUPERVISOR_ROLES),
      summary: "Everyone's month in a department, as CSV",
      request: { query: z.object({ department: Department, month: Month }) },
      responses: { 200: csv },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const items = await Attendance.monthlyForDepartment(q.department, q.month);
      const body = toCsv(
        SUMMARY_COLUMNS.map(([, label]) => label),
        items.map((s) => SUMMARY_COLUMNS.map(([key]) => s[key] as string | number)),
      );
      return c.body(body, 200, { "content-type": CSV_CONTENT_TYPE, "content-disposition": `attachment; filename="attendance-${q.department}-${q.month}.csv"` });
    },
  );
