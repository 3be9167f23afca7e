import { createRoute, z, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { requireAccess, type Access } from "./access";

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string().optional(),
    code: z.string(),
    field: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

const STANDARD_ERRORS = {
  400: problemResponse("The input is invalid; `field` names what failed"),
  401: problemResponse("No valid credentials"),
  403: problemResponse("Credentials lack the role or device this needs"),
  503: problemResponse("The database cannot be reached right now"),
};

const SECURITY: Record<Access["kind"], Record<string, string[]>[]> = {
  public: [],
  staff: [{ session: [] }],
  device: [{ device: [] }],
  operator: [{ device: [], operator: [] }],
};

/**
 * createRoute plus the access rule: the rule becomes the first middleware of the route and an
 * `x-access` extension in the OpenAPI document, so what is enforced and what is documented
 * are one value.
 */
export function route<const R extends Omit<RouteConfig, "middleware" | "security">>(
  config: R & { access: Access },
): R & { middleware: MiddlewareHandler[] } {
  const { access, ...rest } = config;
  return createRoute({
    ...rest,
    responses: { ...STANDARD_ERRORS, ...rest.responses },
    security: SECURITY[access.kind],
    middleware: [requireAccess(access)],
    "x-access": access,
  } as unknown as R & { middleware: MiddlewareHandler[] });
}

export const json = <T extends z.ZodType>(schema: T, description = "OK") => ({
  description,
  content: { "application/json": { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

/** Cursor pagination: the cursor from one page is passed back for the next; null means the end. */
export const PageQuery = z.object({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), cursor: z.string().nullable() });
