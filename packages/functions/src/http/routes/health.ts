import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ping } from "@dianwu/core/db";
import { PUBLIC } from "../access";
import { json, route } from "../route";

const Health = z.object({ status: z.enum(["ok", "degraded"]), dynamodb: z.enum(["ok", "unreachable"]), time: z.string() });

export const health = new OpenAPIHono().openapi(
  route({
    method: "get",
    path: "/health",
    access: PUBLIC,
    summary: "Whether the API can reach DynamoDB",
    responses: { 200: json(Health), 503: json(Health, "DynamoDB is unreachable") },
  }),
  async (c) => {
    const reachable = await ping();
    const body = { status: reachable ? "ok" : "degraded", dynamodb: reachable ? "ok" : "unreachable", time: new Date().toISOString() } as const;
    return c.json(body, reachable ? 200 : 503);
  },
);
