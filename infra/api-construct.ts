import { Duration, Stack } from "aws-cdk-lib";
import { HttpApi, HttpMethod } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { Alias } from "aws-cdk-lib/aws-lambda";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { Construct } from "constructs";
import { dianwuFunction, type DianwuResources } from "./function";

export const API_ENTRY = "packages/functions/src/http/lambda.ts";
export const HOT_ENTRY = "packages/functions/src/hot/lambda.ts";

/**
 * Every API path starts here (packages/functions/src/http/base.ts says the same; a test keeps the
 * two equal). CloudFront sends this prefix to the API, so the sites and the API share one origin.
 */
export const API_BASE = "/api";
/**
 * The packing-bench routes the hot-path function serves (API Gateway route syntax): what a bench
 * sends for every piece, its view after a reload and its health probe. The rest of /api/bench
 * (open, close, force, release, slip, handover) goes to the app. A test keeps this list equal to
 * the hot router's (packages/functions/src/http/routes/bench-hot.ts).
 */
export const HOT_ROUTES = [
  { method: "GET", path: `${API_BASE}/bench/health` },
  { method: "GET", path: `${API_BASE}/bench/parcels/{parcelId}` },
  { method: "POST", path: `${API_BASE}/bench/parcels/{parcelId}/scans` },
  { method: "POST", path: `${API_BASE}/bench/parcels/{parcelId}/undo` },
] as const;

export interface DianwuApiProps {
  root: string;
  protect: boolean;
  resources: DianwuResources;
  /** Warm instances for the packing bench; 0 leaves the alias without provisioned concurrency. */
  hotPathProvisionedConcurrency?: number;
}

/**
 * The HTTP API: everything goes to the Lambda running the Hono app, except the packing bench's
 * per-piece routes (HOT_ROUTES), which go to a small function of their own so a scan is never queued behind a cold start
 * of the whole app or behind a slow console report. Browsers reach it through the sites'
 * CloudFront distributions under /api/*; the execute-api URL stays reachable for scripts.
 */
export class DianwuApi extends Construct {
  readonly httpApi: HttpApi;
  readonly apiFunction: NodejsFunction;
  readonly hotFunction: NodejsFunction;
  /** The hot path is invoked through this alias: provisioned concurrency belongs to a version. */
  readonly hotAlias: Alias;

  constructor(scope: Construct, id: string, props: DianwuApiProps) {
    super(scope, id);
    const common = { root: props.root, protect: props.protect, resources: props.resources };

    this.apiFunction = dianwuFunction(this, "App", {
      ...common,
      entry: API_ENTRY,
      // More memory is more CPU: cold start and zod parsing of large bodies both gain.
      memorySize: 1024,
      // API Gateway gives up at 30 s; a request still running after 10 s is a bug, not a wait.
      timeout: Duration.seconds(10),
    });

    this.hotFunction = dianwuFunction(this, "Hot", {
      ...common,
      entry: HOT_ENTRY,
      memorySize: 512,
      timeout: Duration.seconds(10),
    });
    const provisioned = props.hotPathProvisionedConcurrency ?? 2;
    if (!Number.isInteger(provisioned) || provisioned < 0) {
      throw new Error(`hotPathProvisionedConcurrency must be a whole number >= 0, got ${provisioned}`);
    }
    this.hotAlias = new Alias(this, "HotLive", {
      aliasName: "live",
      version: this.hotFunction.currentVersion,
      provisionedConcurrentExecutions: provisioned > 0 ? provisioned : undefined,
    });

    this.httpApi = new HttpApi(this, "Http", {
      description: "Dianwu API",
      // The Hono app does its own routing, so one catch-all route keeps the two in step.
      defaultIntegration: new HttpLambdaIntegration("App", this.apiFunction),
    });
    const hot = new HttpLambdaIntegration("Hot", this.hotAlias);
    for (const route of HOT_ROUTES) {
      this.httpApi.addRoutes({ path: route.path, methods: [HttpMethod[route.method]], integration: hot });
    }
  }

  /** Base URL without a trailing slash, so clients can append "/api/...". */
  get url(): string {
    return this.httpApi.apiEndpoint;
  }

  /** Host name of the default execute-api endpoint, for use as a CloudFront origin. */
  get domainName(): string {
    const stack = Stack.of(this);
    return `${this.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
  }
}
