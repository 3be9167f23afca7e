import { OpenAPIHono, z } from "@hono/zod-openapi";
import { assertActor, useStaff } from "@dianwu/core/actor";
import { Auth, Role, Staff } from "@dianwu/core/staff";
import { PUBLIC, staff } from "../access";
import { clearSessionCookie, setSessionCookie } from "../authenticate";
import { json, jsonBody, route } from "../route";

const Me = z.object({ staffNo: z.string(), name: z.string().optional(), roles: z.array(Role) }).openapi("Me");

export const auth = new OpenAPIHono()
  .openapi(
    route({
      method: "post",
      path: "/auth/login",
      access: PUBLIC,
      summary: "Sign in to the console with staff number and password; sets an HttpOnly session cookie",
      request: { body: jsonBody(z.object({ staffNo: z.string().min(1).max(20), password: z.string().min(1).max(200) })) },
      responses: { 200: json(Me), 423: json(z.object({ lockedUntil: z.string() }), "Locked after repeated failures") },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const result = await Auth.login({ ...body, userAgent: c.req.header("user-agent") });
      setSessionCookie(c, result.token.value, result.token.claims.end);
      return c.json(result.staff, 200);
    },
  )
  .openapi(
    route({
      method: "get",
      path: "/auth/me",
      access: staff("any"),
      summary: "The signed-in staff member",
      responses: { 200: json(Me) },
    }),
    async (c) => {
      const actor = useStaff();
      const member = await Staff.fromNo(actor.staffNo);
      return c.json({ staffNo: actor.staffNo, name: member?.name, roles: actor.roles }, 200);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/auth/logout",
      access: staff("any"),
      summary: "Sign out: revokes this session",
      responses: { 204: { description: "Signed out" } },
    }),
    async (c) => {
      const actor = assertActor("staff");
      if (actor.sessionId) await Auth.logout(actor.sessionId);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    route({
      method: "post",
      path: "/auth/password",
      access: staff("any"),
      summary: "Change your own password; your other sessions are signed out",
      request: { body: jsonBody(z.object({ current: z.string().min(1).max(200), next: z.string().min(1).max(200) })) },
      responses: { 204: { description: "Changed" } },
    }),
    async (c) => {
      const body = c.req.valid("json");
      await Auth.changePassword(body);
      return c.body(null, 204);
    },
  );
