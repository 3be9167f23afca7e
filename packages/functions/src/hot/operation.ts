import { Hono, type Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as z from "zod";
import { check, type Access } from "../http/access";
import { problem, zodProblem } from "../http/problem";

/**
 * A route of the packing bench's hot path, described once: the router below serves it (plain Hono
 * and zod, so the hot Lambda's bundle carries no OpenAPI machinery) and the main app documents the
 * very same description in its OpenAPI document (http/routes/bench-openapi.ts). Access is checked
 * before the input is looked at, exactly as `route()` does for the other routers.
 */
export interface Operation<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: "get" | "post";
  /** OpenAPI template, relative to /api: `/bench/parcels/{parcelId}/scans`. */
  path: string;
  access: Access;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  status: 200 | 201;
  /** Name of the success response's schema in the OpenAPI document. */
  response: string;
  /** Problem codes this route may answer with beyond the standard ones, for the document. */
  problems?: Partial<Record<400 | 403 | 404 | 409 | 423 | 503, string>>;
  /** The success body, or a Response when the handler sets its own status. */
  handle: (input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> }, c: Context) => Promise<unknown>;
}

/** Typed at the definition, erased in the list. */
export function operation<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(op: Operation<P, Q, B>): Operation {
  return op as unknown as Operation;
}

async function readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (!/^application\/(.+\+)?json\b/i.test(c.req.header("content-type") ?? "")) {
    return { ok: false, response: problem(c, 415, { code: "request.content-type", detail: "Send the body as application/json", field: "body" }) };
  }
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false, response: problem(c, 400, { code: "request.malformed", detail: "The body is not valid JSON", field: "body" }) };
  }
}

/** One plain Hono router serving the operations. */
export function router(operations: readonly Operation[]) {
  const app = new Hono();
  for (const op of operations) {
    app.on(op.method.toUpperCase(), op.path.replace(/\{(\w+)\}/g, ":$1"), async (c) => {
      check(op.access);
      const params = op.params ? op.params.safeParse(c.req.param()) : { success: true as const, data: {} };
      if (!params.success) return zodProblem(c, params.error, "param");
      const query = op.query ? op.query.safeParse(c.req.query()) : { success: true as const, data: {} };
      if (!query.success) return zodProblem(c, query.error, "query");
      let body: unknown;
      if (op.body) {
        const raw = await readJson(c);
        if (!raw.ok) return raw.response;
        const parsed = op.body.safeParse(raw.value);
        if (!parsed.success) return zodProblem(c, parsed.error, "json");
        body = parsed.data;
      }
      const result = await op.handle({ params: params.data, query: query.data, body }, c);
      // A handler that picks its own status (health: 503 when degraded) answers with a Response.
      return result instanceof Response ? result : c.json(result as object, op.status as ContentfulStatusCode);
    });
  }
  return app;
}
