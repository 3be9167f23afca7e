import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { API_BASE } from "./base";
import { authenticate } from "./authenticate";
import { DOCS_HTML } from "./docs";
import { onError } from "./errors";
import { problem, zodProblem } from "./problem";
import { attendanceClock } from "./routes/attendance-clock";
import { attendanceReports } from "./routes/attendance-reports";
import { attendanceRequests } from "./routes/attendance-requests";
import { attendanceRosters } from "./routes/attendance-rosters";
import { serviceFines } from "./routes/service-fines";
import { serviceFund } from "./routes/service-fund";
import { serviceHandovers } from "./routes/service-handovers";
import { audit } from "./routes/audit";
import { auth } from "./routes/auth";
import { benchActivity } from "./routes/bench-activity";
import { benchApi } from "./routes/bench-openapi";
import { deadLetters } from "./routes/dead-letters";
import { devices, kiosk } from "./routes/devices";
import { handoverBench } from "./routes/handover-bench";
import { health } from "./routes/health";
import { parcels } from "./routes/parcels";
import { settings } from "./routes/settings";
import { staff } from "./routes/staff";
import { orders } from "./routes/orders";
import { orderImports } from "./routes/orders-imports";
import { warehouseBins } from "./routes/warehouse-bins";
import { warehouseCatalogue } from "./routes/warehouse-catalogue";
import { warehouseStock } from "./routes/warehouse-stock";
import { warehouseReceiving } from "./routes/warehouse-receiving";
import { warehousePicking } from "./routes/warehouse-picking";
import { warehouseReturns } from "./routes/warehouse-returns";
import { warehouseCounts } from "./routes/warehouse-counts";
import { warehouseReports } from "./routes/warehouse-reports";
import { shopWebhook } from "../webhook/shop";


/**
 * The whole HTTP API as one Hono app: the Lambda behind API Gateway and the local node server
 * both serve exactly this. Every router is mounted under /api so that the console, the kiosk and
 * the API share one origin (CloudFront routes /api/* to API Gateway; locally one port serves all).
 */
export function createApi() {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return zodProblem(c, result.error, result.target);
    },
  }).basePath(API_BASE);

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

  app.route("/", health);
  app.route("/", auth);
  app.route("/", staff);
  app.route("/", devices);
  app.route("/", kiosk);
  app.route("/", settings);
  app.route("/", audit);
  app.route("/", deadLetters);
  app.route("/", warehouseCatalogue);
  app.route("/", warehouseBins);
  app.route("/", warehouseStock);
  app.route("/", warehouseReceiving);
  app.route("/", warehousePicking);
  app.route("/", warehouseReturns);
  app.route("/", warehouseCounts);
  app.route("/", warehouseReports);
  app.route("/", shopWebhook);
  app.route("/", orderImports);
  app.route("/", orders);
  app.route("/", attendanceRosters);
  app.route("/", attendanceClock);
  app.route("/", attendanceRequests);
  app.route("/", attendanceReports);
  app.route("/", serviceFines);
  app.route("/", serviceFund);
  app.route("/", serviceHandovers);
  app.route("/", parcels);
  app.route("/", benchApi);
  app.route("/", handoverBench);
  app.route("/", benchActivity);

  app.openAPIRegistry.registerComponent("securitySchemes", "session", { type: "apiKey", in: "cookie", name: "dw_session" });
  app.openAPIRegistry.registerComponent("securitySchemes", "device", {
    type: "apiKey",
    in: "header",
    name: "Authorization",
    description: "`Device <token>` as received at pairing",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "operator", {
    type: "apiKey",
    in: "header",
    name: "X-Operator",
    description: "Operator token from a badge scan at this device",
  });
  app.doc31("/openapi.json", { openapi: "3.1.0", info: { title: "Dianwu API", version: "1.0.0" } });
  app.get("/docs", (c) => c.html(DOCS_HTML));
  return app;
}

export { API_BASE };
export type Api = ReturnType<typeof createApi>;
