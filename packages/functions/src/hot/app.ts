import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { API_BASE } from "../http/base";
import { authenticate } from "../http/authenticate";
import { onError } from "../http/errors";
import { problem } from "../http/problem";
import { benchRoutes } from "../http/routes/bench";

/**
 * The packing bench's hot path as its own small app for its own warm Lambda (API Gateway sends
 * /api/bench/* here). Plain Hono and zod: it mounts the bench router the main app also serves
 * (one code path), with the same authentication, body limit and error mapping, and nothing else —
 * the OpenAPI document and every other router stay out of this bundle.
 */
export function createHotApi() {
  const app = new Hono().basePath(API_BASE);
  app.onError(onError);
  app.notFound((c) => problem(c, 404, { code: "route.not-found", detail: `No route ${c.req.method} ${c.req.path}` }));
  app.use(
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: () => {
        throw new HTTPException(413, { message: "Request body over 1 MiB" });
      },
    }),
  );
  app.use(authenticate);
  app.route("/", benchRoutes);
  return app;
}
