import * as path from "node:path";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import type { IEventBus } from "aws-cdk-lib/aws-events";
import { Architecture, Runtime } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat, type BundlingOptions, type NodejsFunctionProps } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";

/** What every Dianwu function is wired to; the names match what packages/functions reads. */
export interface DianwuResources {
  table: ITable;
  bus: IEventBus;
  secret: ISecret;
}

export interface DianwuFunctionProps extends Pick<NodejsFunctionProps, "onFailure" | "retryAttempts" | "maxEventAge"> {
  /** Repository root: entries, the lock file and esbuild are resolved from here. */
  root: string;
  /** Entry file relative to `root`. */
  entry: string;
  resources: DianwuResources;
  protect: boolean;
  memorySize: number;
  timeout: Duration;
  environment?: Record<string, string>;
}

/**
 * esbuild's ESM output has no `require`, but bundled CommonJS dependencies still call it for
 * node builtins; this gives them one. The alias keeps it from clashing with bundled code.
 */
const CREATE_REQUIRE_BANNER =
  "import { createRequire as __dianwuCreateRequire } from 'node:module'; const require = __dianwuCreateRequire(import.meta.url);";

/**
 * How every function is bundled (NodejsFunction adds `bundle` and `platform: node` itself). ESM
 * because the entries use top-level await; the AWS SDK v3 is left to the Lambda runtime's copy.
 * Exported so a test can run the same build through esbuild directly.
 */
export const DIANWU_BUNDLING = {
  format: OutputFormat.ESM,
  target: "node22",
  minify: true,
  sourceMap: true,
  mainFields: ["module", "main"],
  banner: CREATE_REQUIRE_BANNER,
  externalModules: ["@aws-sdk/*"],
} satisfies BundlingOptions;

/**
 * One place for runtime, architecture, bundling, environment and grants, so the API, the hot path
 * and the event consumers cannot drift apart in how they are built or what they may touch.
 */
export function dianwuFunction(scope: Construct, id: string, props: DianwuFunctionProps): NodejsFunction {
  const { table, bus, secret } = props.resources;
  const fn = new NodejsFunction(scope, id, {
    entry: path.join(props.root, props.entry),
    handler: "handler",
    projectRoot: props.root,
    depsLockFilePath: path.join(props.root, "package-lock.json"),
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: props.memorySize,
    timeout: props.timeout,
    onFailure: props.onFailure,
    retryAttempts: props.retryAttempts,
    maxEventAge: props.maxEventAge,
    bundling: DIANWU_BUNDLING,
    environment: {
      DIANWU_TABLE: table.tableName,
      DIANWU_BUS: bus.eventBusName,
      DIANWU_SECRET_ARN: secret.secretArn,
      // Minified bundles are unreadable in stack traces without this.
      NODE_OPTIONS: "--enable-source-maps",
      ...props.environment,
    },
    // An explicit group, so logs expire instead of piling up forever, and leave with dev stages.
    logGroup: new LogGroup(scope, `${id}Logs`, {
      retention: props.protect ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_WEEK,
      removalPolicy: props.protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    }),
  });
  table.grantReadWriteData(fn);
  bus.grantPutEventsTo(fn);
  secret.grantRead(fn);
  return fn;
}
