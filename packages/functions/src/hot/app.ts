import { OpenAPIHono } from "@hono/zod-openapi";
import { API_BASE } from "../http/base";
import { authenticate } from "../http/authenticate";
import { onError } from "../http/errors";
import { problem } from "../http/problem";
import { health } from "../http/routes/health";

/**
 * The packing bench's hot path, as its own small app for its own warm Lambda (API Gateway sends
 * /api/bench/* here). It mounts only what a scan needs; the bench routes join it with the packing
 * issue. Locally the main app serves the same routers, so there is still one code path.
 */
export function createHotApi() {
  const app = new OpenAPIHono().basePath(`${API_BASE}/bench`);
  app.onError(onError);
  app.notFound((c) => problem(c, 404, { code: "route.not-found", detail: `No route ${c.req.method} ${c.req.path}` }));
  app.use(authenticate);
  app.route("/", health);
  return app;
}
