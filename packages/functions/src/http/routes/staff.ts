import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ADMINS, Auth, Badge, MANAGERS, Staff } from "@dianwu/core/staff";
import { staff as staffOnly } from "../access";
import { json, jsonBody, route } from "../route";

const Info = Staff.Info;
const StaffNo = z.object({ staffNo: z.string().regex(/^\d{3,8}$/, "3 to 8 digits") });
const BadgeInfo = Badge.Info;

export const staff = new OpenAPIHono()
  .openapi(
    route({
      method: "get",
      path: "/staff",
      access: staffOnly(MANAGERS),
      summary: "Every staff member, by department",
      responses: { 200: json(z.object({ items: z.array(Info) })) },
    }),
    async (c) => c.json({ items: await Staff.list() }, 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/staff",
      access: staffOnly(ADMINS),
      summary: "Add a staff member with an initial password",
      request: { body: jsonBody(Staff.CreateInput) },
      responses: { 201: json(Info), 409: json(z.object({}), "Staff number taken") },
    }),
    async (c) => c.json(await Staff.create(c.req.valid("json")), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/staff/{staffNo}",
      access: staffOnly(MANAGERS),
      summary: "One staff member",
      request: { params: StaffNo },
      responses: { 200: json(Info) },
    }),
    async (c) => c.json(await Staff.mustFromNo(c.req.valid("param").staffNo), 200),
  )
  .openapi(
    route({
      method: "patch",
      path: "/staff/{staffNo}",
      access: staffOnly(ADMINS),
      summary: "Change name, department, roles, hire date, contact flag or active flag",
      request: { params: StaffNo, body: jsonBody(Staff.UpdateInput) },
      responses: { 200: json(Info) },
    }),
    async (c) => c.json(await Staff.update(c.req.valid("param").staffNo, c.req.valid("json")), 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/staff/{staffNo}/password",
      access: staffOnly(ADMINS),
      summary: "Set a new password for a staff member; signs out their sessions",
      request: { params: StaffNo, body: jsonBody(z.object({ password: z.string().min(1).max(200) })) },
      responses: { 204: { description: "Set" } },
    }),
    async (c) => {
      await Auth.resetPassword(c.req.valid("param").staffNo, c.req.valid("json").password);
      return c.body(null, 204);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/staff/{staffNo}/sessions/revoke",
      access: staffOnly(ADMINS),
      summary: "Sign a staff member out everywhere",
      request: { params: StaffNo },
      responses: { 200: json(z.object({ revoked: z.number() })) },
    }),
    async (c) => c.json({ revoked: await Auth.revokeAll(c.req.valid("param").staffNo) }, 200),
  )
  .openapi(
    route({
      method: "get",
      path: "/staff/{staffNo}/badges",
      access: staffOnly(MANAGERS),
      summary: "A staff member's badges, current and retired",
      request: { params: StaffNo },
      responses: { 200: json(z.object({ items: z.array(BadgeInfo) })) },
    }),
    async (c) => c.json({ items: await Badge.forStaff(c.req.valid("param").staffNo) }, 200),
  )
  .openapi(
    route({
      method: "post",
      path: "/staff/{staffNo}/badges",
      access: staffOnly(MANAGERS),
      summary: "Issue a badge; any badge the person still holds stops working at once",
      request: {
        params: StaffNo,
        body: jsonBody(z.object({ reason: z.enum(["new", "lost", "damaged", "other"]).default("new") })),
      },
      responses: { 201: json(BadgeInfo) },
    }),
    async (c) => c.json(await Badge.issue(c.req.valid("param").staffNo, c.req.valid("json").reason), 201),
  )
  .openapi(
    route({
      method: "get",
      path: "/badges/sheet",
      access: staffOnly(MANAGERS),
      summary: "Every active staff member with their current badge code, for printing",
      responses: {
        200: json(
          z.object({
            items: z.array(
              z.object({ staffNo: z.string(), name: z.string(), department: z.string(), badgeCode: z.string().optional() }),
            ),
          }),
        ),
      },
    }),
    async (c) => c.json({ items: await Badge.activeSheet() }, 200),
  );
