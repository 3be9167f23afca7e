import { OpenAPIHono, z } from "@hono/zod-openapi";
import { Attendance, Correction, Leave, Overtime, SUPERVISOR_ROLES } from "@dianwu/core/attendance";
import { useStaff } from "@dianwu/core/actor";
import { staff } from "../access";
import { json, jsonBody, route } from "../route";

const StaffQuery = z.object({ staffNo: z.string().regex(/^\d{3,8}$/, "3 to 8 digits").optional() });
const Ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, "an id");
const LeaveId = z.object({ leaveId: Ulid });
const CorrectionId = z.object({ correctionId: Ulid });
const OvertimeId = z.object({ overtimeId: Ulid });
const decided = json(z.object({}), "Already decided, or over a limit (overtime)");
const self = (staffNo?: string) => staffNo ?? useStaff().staffNo;

/** Leave, missing-punch corrections and overtime: asked for by staff, decided by their supervisor. */
export const attendanceRequests = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/attendance/leave",
      access: staff("any"),
      summary: "Ask for leave (for oneself, or a supervisor for someone); valid once approved with a named cover",
      request: { body: jsonBody(Leave.RequestInput) },
      responses: { 201: json(Leave.Info) },
    }),
    async (c) => c.json(await Leave.request(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/leave",
      access: staff("any"),
      summary: "A staff member's leave (default: the caller's)",
      request: { query: StaffQuery.extend({ from: z.string().date().optional(), to: z.string().date().optional() }) },
      responses: { 200: json(z.object({ items: z.array(Leave.Info) })) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json({ items: await Leave.forStaff(self(q.staffNo), q) }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/attendance/leave/{leaveId}/decision",
      access: staff(SUPERVISOR_ROLES),
      summary: "Approve (a cover must be named, here or in the request) or reject leave",
      request: { params: LeaveId, body: jsonBody(Leave.DecideInput) },
      responses: { 200: json(Leave.Info), 409: decided },
    }),
    async (c) => c.json(await Leave.decide(c.req.valid("param").leaveId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/attendance/leave/{leaveId}/cancel",
      access: staff("any"),
      summary: "Withdraw a leave request or approved leave",
      request: { params: LeaveId },
      responses: { 200: json(Leave.Info), 409: decided },
    }),
    async (c) => c.json(await Leave.cancel(c.req.valid("param").leaveId), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/attendance/corrections",
      access: staff("any"),
      summary: "Ask to add a punch that was never made (a forgotten check-in or check-out)",
      request: { body: jsonBody(Correction.RequestInput) },
      responses: { 201: json(Correction.Info) },
    }),
    async (c) => c.json(await Correction.request(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/corrections",
      access: staff("any"),
      summary: "A staff member's correction requests, newest first (default: the caller's)",
      request: { query: StaffQuery },
      responses: { 200: json(z.object({ items: z.array(Correction.Info) })) },
    }),
    async (c) => c.json({ items: await Correction.forStaff(self(c.req.valid("query").staffNo)) }, 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/attendance/corrections/{correctionId}/decision",
      access: staff(SUPERVISOR_ROLES),
      summary: "Approve (the punch is added) or reject a correction",
      request: { params: CorrectionId, body: jsonBody(Correction.DecideInput) },
      responses: { 200: json(Correction.Info), 409: decided },
    }),
    async (c) => c.json(await Correction.decide(c.req.valid("param").correctionId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/attendance/overtime",
      access: staff("any"),
      summary: "Ask for overtime on an attendance day (a customer still being served)",
      request: { body: jsonBody(Overtime.RequestInput) },
      responses: { 201: json(Overtime.Info) },
    }),
    async (c) => c.json(await Overtime.request(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/overtime",
      access: staff("any"),
      summary: "A staff member's overtime (default: the caller's), optionally for one month",
      request: { query: StaffQuery.extend({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM").optional() }) },
      responses: { 200: json(z.object({ items: z.array(Overtime.Info) })) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json({ items: await Overtime.forStaff(self(q.staffNo), q.month) }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/attendance/overtime/{overtimeId}/decision",
      access: staff(SUPERVISOR_ROLES),
      summary: "Approve or reject overtime; past the limits it is refused (409) or flagged, as the settings say",
      request: { params: OvertimeId, body: jsonBody(Overtime.DecideInput) },
      responses: { 200: json(Overtime.Info), 409: decided },
    }),
    async (c) => c.json(await Overtime.decide(c.req.valid("param").overtimeId, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/attendance/inbox",
      access: staff(SUPERVISOR_ROLES),
      summary: "Leave, corrections and overtime waiting for the caller's decision",
      responses: { 200: json(z.object({ leave: z.array(Leave.Info), corrections: z.array(Correction.Info), overtime: z.array(Overtime.Info) })) },
    }),
    async (c) => c.json(await Attendance.inbox(), 200),
  );
