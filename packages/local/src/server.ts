import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";
import { serve, type ServerType } from "@hono/node-server";
import type { Api } from "@dianwu/functions/http/app";

/**
 * One port for everything, as CloudFront gives one origin in the cloud: /api/* is the Hono API,
 * /kiosk/ the kiosk, everything else the console. Unknown front-end paths fall back to the app's
 * index.html (the apps route by hash, so this only matters for deep links typed by hand).
 */
export function createLocalApp(options: { api: Api; consoleDist: string; kioskDist: string }) {
  const root = new Hono();
  root.route("/", options.api);
  root.get("/kiosk", (c) => c.redirect("/kiosk/"));
  root.use("/kiosk/*", serveStatic({ root: options.kioskDist, rewriteRequestPath: (p) => p.replace(/^\/kiosk/, "") }));
  root.get("/kiosk/*", (c) => c.html(indexOf(options.kioskDist)));
  root.use("/*", serveStatic({ root: options.consoleDist }));
  root.get("/*", (c) => c.html(indexOf(options.consoleDist)));
  return root;
}

function indexOf(dist: string) {
  const file = join(dist, "index.html");
  if (!existsSync(file)) return `<p>The front-end in ${dist} is not built. Run <code>npm run build:web</code>.</p>`;
  return readFileSync(file, "utf8");
}

export function listen(app: Hono, port: number, hostname = "127.0.0.1"): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => resolve({ server, port: info.port }));
    server.once("error", reject);
  });
}
