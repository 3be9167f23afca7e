import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { API_BASE } from "../http/base";
import { authenticateKiosk } from "../http/authenticate-device";
import { onError } from "../http/errors";
import { problem } from "../http/problem";
import { hotBenchRoutes } from "../http/routes/bench-hot";

/**
 * The packing bench's hot path as its own small app for its own warm Lambda (API Gateway sends
 * the per-piece routes here: infra/api-construct.ts HOT_ROUTES). Plain Hono and zod: it mounts the
 * hot bench router the main app also serves (one code path), with the same body limit and error
 * mapping, and kiosk authentication only — no console sessions, no OpenAPI, no other router.
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
  app.use(authenticateKiosk);
  app.route("/", hotBenchRoutes);
  return app;
}
