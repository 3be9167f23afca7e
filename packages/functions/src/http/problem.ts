import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import type { ErrorKind } from "@dianwu/core/error";

/** RFC 9457 problem details, the one error shape this API answers with. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  /** The input field that failed: `staffNo`, `settings.fines.complaintFirstFen`, `query.limit`. */
  field?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

export const STATUS: Record<ErrorKind, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  locked: 423,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Not signed in",
  403: "Not allowed",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  423: "Locked",
  500: "Internal error",
  503: "Service unavailable",
};

export interface ProblemBody {
  code: string;
  title?: string;
  detail?: string;
  field?: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
}

export function problem(c: Context, status: ContentfulStatusCode, body: ProblemBody) {
  const document: Problem = {
    ...body,
    type: `urn:dianwu:problem:${body.code}`,
    title: body.title ?? TITLES[status] ?? "Error",
    status,
  };
  return c.body(JSON.stringify(document), status, { "content-type": "application/problem+json" });
}

/** Where a validator looked: body fields are named bare, the rest with their place. */
export function zodProblem(c: Context, error: ZodError, target: string) {
  const prefix = target === "json" || target === "form" ? "" : `${target === "param" ? "path" : target}.`;
  const errors = error.issues.map((issue) => ({
    field: prefix + (issue.path.length ? issue.path.join(".") : target === "json" ? "body" : target),
    message: issue.message,
  }));
  return problem(c, 400, {
    code: "request.invalid",
    detail: errors.map((e) => `${e.field}: ${e.message}`).join("; "),
    field: errors[0]?.field,
    errors,
  });
}
