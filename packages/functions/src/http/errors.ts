import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { VisibleError } from "@dianwu/core/error";
import { isUnreachable } from "@dianwu/core/dynamo/errors";
import { problem, STATUS } from "./problem";

/**
 * The one place errors become responses: visible errors keep their status and code; framework
 * rejections (malformed JSON, wrong content type, too large) keep theirs; an unreachable database
 * is a 503 the client can retry; anything else is our bug and leaves as a bare 500 with no detail.
 */
export function onError(error: Error, c: Context) {
  if (error instanceof VisibleError) {
    if (error.kind === "unavailable") c.header("retry-after", "5");
    return problem(c, STATUS[error.kind], {
      code: error.code,
      detail: error.message,
      field: error.field,
      ...error.extra,
    });
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return problem(c, status, {
      code: status === 415 ? "request.content-type" : status === 413 ? "request.too-large" : "request.malformed",
      detail: error.message || undefined,
      field: status === 400 || status === 415 ? "body" : undefined,
    });
  }
  if (isUnreachable(error)) {
    c.header("retry-after", "5");
    return problem(c, 503, { code: "db.unreachable", detail: "The database cannot be reached; try again shortly" });
  }
  console.error(JSON.stringify({ level: "error", path: c.req.path, method: c.req.method, error: String(error), stack: error.stack }));
  return problem(c, 500, { code: "internal" });
}
