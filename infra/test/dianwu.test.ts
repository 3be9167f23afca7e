import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import * as esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_BASE as FUNCTIONS_API_BASE } from "../../packages/functions/src/http/base";
import { API_BASE, API_ENTRY, HOT_ENTRY, HOT_ROUTES } from "../api-construct";
import { hotBenchOperations } from "@dianwu/functions/http/routes/bench-hot";
import { CONSUMER_ENTRY } from "../bus-construct";
import { isProtectedStage, mountDianwu, type MountDianwuProps } from "../dianwu";
import { EVENT_RULES } from "../events";
import { DIANWU_BUNDLING } from "../function";
import { API_PATH_PATTERN } from "../static-site-construct";
import { GLOBAL_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from "../table";

/** The repository this file lives in (infra/test -> root), for the one test that bundles for real. */
const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * A throwaway repository root: a lock file, the three function entries and two built sites.
 * The entries are deliberately not JavaScript, so if esbuild ever ran here the synth would fail:
 * that is how these tests prove bundling is skipped (and why they stay fast).
 */
function fakeRepo() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "dianwu-infra-"));
  fs.writeFileSync(path.join(root, "package-lock.json"), "{}");
  for (const entry of [API_ENTRY, HOT_ENTRY, CONSUMER_ENTRY]) {
    fs.mkdirSync(path.dirname(path.join(root, entry)), { recursive: true });
    fs.writeFileSync(path.join(root, entry), "this is not JavaScript: bundling must be skipped in these tests\n");
  }
  for (const site of ["console", "kiosk"]) {
    fs.mkdirSync(path.join(root, site), { recursive: true });
    fs.writeFileSync(path.join(root, site, "index.html"), `<!doctype html><title>${site}</title>`);
  }
  return root;
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function synth(stage: string, extra: Partial<MountDianwuProps> = {}) {
  const root = fakeRepo();
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "dianwu-cdk-out-"));
  tempDirs.push(root, outdir);
  // An empty bundling-stacks list tells every asset in every stack to skip bundling.
  const app = new App({ outdir, context: { "aws:cdk:bundling-stacks": [] } });
  const stack = new Stack(app, "Dianwu", { env: { account: "123456789012", region: "ap-southeast-1" } });
  const out = mountDianwu(stack, {
    stage,
    root,
    consoleDist: path.join(root, "console"),
    kioskDist: path.join(root, "kiosk"),
    ...extra,
  });
  return { template: Template.fromStack(stack), stack, out, outdir };
}

/** Our functions are the ones wired to the table; CDK adds helper functions of its own. */
function dianwuFunctions(template: Template) {
  return template.findResources("AWS::Lambda::Function", {
    Properties: { Environment: { Variables: { DIANWU_TABLE: Match.anyValue() } } },
  });
}

function logicalIdOf(template: Template, type: string, props: object) {
  const ids = Object.keys(template.findResources(type, { Properties: props }));
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

describe("isProtectedStage", () => {
  it.each<[string, string | undefined, boolean]>([
    ["prod", undefined, true],
    ["production", undefined, true],
    ["staging", undefined, true],
    // One shop per stage, under any name (docs/decisions/0001).
    ["shop-b", undefined, true],
    ["berlin", undefined, true],
    ["developer", undefined, true],
    ["dev", undefined, false],
    ["test", undefined, false],
    ["dev-alice", undefined, false],
    ["pr-42", undefined, false],
    // This machine's SST personal stage is throwaway; someone else's name is not known to be.
    ["alice", "alice", false],
    ["local", "local", false],
    ["alice", undefined, true],
    ["alice", "bob", true],
    ["shop-b", "alice", true],
    // Never throwaway, even when picked as a personal stage.
    ["prod", "prod", true],
    ["Prod", "Prod", true],
    ["staging", "staging", true],
  ])("%s (personal stage %s) -> %s", (stage, personalStage, expected) => {
    expect(isProtectedStage(stage, personalStage)).toBe(expected);
  });
});

describe("mountDianwu on a protected stage", () => {
  let template: Template;
  let out: ReturnType<typeof mountDianwu>;
  let outdir: string;

  beforeAll(() => {
    ({ template, out, outdir } = synth("prod", { alarmEmail: "ops@example.com" }));
  }, 120_000);

  it("is protected", () => {
    expect(out.protect).toBe(true);
  });

  describe("table", () => {
    it("has the key schema, indexes and TTL from infra/table.ts", () => {
      template.resourceCountIs("AWS::DynamoDB::Table", 1);
      template.hasResourceProperties("AWS::DynamoDB::Table", {
        BillingMode: "PAY_PER_REQUEST",
        KeySchema: [
          { AttributeName: TABLE_KEYS.partitionKey, KeyType: "HASH" },
          { AttributeName: TABLE_KEYS.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
      expect(GLOBAL_INDEXES).toHaveLength(3);
    });

    it("declares every key attribute as a string", () => {
      const table = Object.values(template.findResources("AWS::DynamoDB::Table"))[0]!;
      const names = (table.Properties.AttributeDefinitions as { AttributeName: string; AttributeType: string }[])
        .map((a) => `${a.AttributeName}:${a.AttributeType}`)
        .sort();
      const expected = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, ...GLOBAL_INDEXES.flatMap((i) => [i.partitionKey, i.sortKey])]
        .map((n) => `${n}:S`)
        .sort();
      expect(names).toEqual(expected);
    });

    it("is retained and deletion-protected", () => {
      template.hasResource("AWS::DynamoDB::Table", {
        DeletionPolicy: "Retain",
        UpdateReplacePolicy: "Retain",
        Properties: { DeletionProtectionEnabled: true },
      });
    });
  });

  describe("functions", () => {
    it("runs every Dianwu function on nodejs22.x arm64 with the shared environment", () => {
      const fns = Object.values(dianwuFunctions(template));
      expect(fns).toHaveLength(2 + EVENT_RULES.length);
      for (const fn of fns) {
        expect(fn.Properties.Runtime).toBe("nodejs22.x");
        expect(fn.Properties.Architectures).toEqual(["arm64"]);
        expect(fn.Properties.Handler).toBe("index.handler");
        expect(Object.keys(fn.Properties.Environment.Variables)).toEqual(
          expect.arrayContaining(["DIANWU_TABLE", "DIANWU_BUS", "DIANWU_SECRET_ARN", "NODE_OPTIONS"]),
        );
        expect(fn.Properties.Environment.Variables.NODE_OPTIONS).toBe("--enable-source-maps");
      }
    });

    it("sizes the API function at 1024 MB / 10 s and the hot path at 512 MB", () => {
      const fns = Object.values(dianwuFunctions(template)).filter((fn) => !fn.Properties.Environment.Variables.DIANWU_CONSUMER);
      expect(fns.map((fn) => [fn.Properties.MemorySize, fn.Properties.Timeout]).sort()).toEqual([
        [1024, 10],
        [512, 10],
      ]);
    });

    it("gives each consumer its own function named in DIANWU_CONSUMER", () => {
      const consumers = Object.values(dianwuFunctions(template))
        .map((fn) => fn.Properties.Environment.Variables.DIANWU_CONSUMER)
        .filter(Boolean)
        .sort();
      expect(consumers).toEqual(EVENT_RULES.map((r) => r.consumer).sort());
    });

    it("lets the functions use the table, the bus and the secret", () => {
      const statements = Object.values(template.findResources("AWS::IAM::Policy")).flatMap(
        (policy) => policy.Properties.PolicyDocument.Statement as { Action: string | string[] }[],
      );
      const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
      expect(actions).toEqual(
        expect.arrayContaining(["dynamodb:PutItem", "dynamodb:Query", "events:PutEvents", "secretsmanager:GetSecretValue"]),
      );
    });

    it("keeps provisioned concurrency on the hot path's live alias (default 2)", () => {
      template.hasResourceProperties("AWS::Lambda::Alias", {
        Name: "live",
        ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 },
      });
    });
  });

  describe("HTTP API", () => {
    it("uses the same /api prefix as the Hono apps", () => {
      expect(API_BASE).toBe(FUNCTIONS_API_BASE);
    });

    it("routes $default to the app and the bench's per-piece routes to the hot path's alias", () => {
      template.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
      template.hasResourceProperties("AWS::ApiGatewayV2::Api", { ProtocolType: "HTTP" });
      const routes = Object.values(template.findResources("AWS::ApiGatewayV2::Route"));
      const hotKeys = HOT_ROUTES.map((r) => `${r.method} ${r.path}`);
      expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(["$default", ...hotKeys].sort());

      const alias = logicalIdOf(template, "AWS::Lambda::Alias", { Name: "live" });
      const integrations = template.findResources("AWS::ApiGatewayV2::Integration");
      expect(Object.keys(integrations)).toHaveLength(2);
      // Each route's target is "integrations/<id>"; follow it to the Lambda the integration invokes.
      const targetOf = (route: (typeof routes)[number]) => {
        expect(route.Properties.Target).toEqual({ "Fn::Join": ["", ["integrations/", { Ref: expect.any(String) }]] });
        const integrationId = route.Properties.Target["Fn::Join"][1][1].Ref as string;
        return JSON.stringify(integrations[integrationId]!.Properties.IntegrationUri);
      };
      const toAlias = Object.fromEntries(routes.map((r) => [r.Properties.RouteKey, targetOf(r).includes(alias)]));
      expect(toAlias).toEqual({ $default: false, ...Object.fromEntries(hotKeys.map((k) => [k, true])) });
    });

    it("sends the hot path exactly the routes its router serves", () => {
      const served = hotBenchOperations.map((op) => `${op.method.toUpperCase()} ${FUNCTIONS_API_BASE}${op.path}`).sort();
      expect(HOT_ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(served);
    });
  });

  describe("events", () => {
    it("has one rule per EVENT_RULES entry on the Dianwu bus, with retries and a dead-letter queue", () => {
      template.resourceCountIs("AWS::Events::EventBus", 1);
      const bus = logicalIdOf(template, "AWS::Events::EventBus", {});
      template.resourceCountIs("AWS::Events::Rule", EVENT_RULES.length);
      for (const rule of EVENT_RULES) {
        template.hasResourceProperties("AWS::Events::Rule", {
          EventBusName: { Ref: bus },
          EventPattern: { "detail-type": [...rule.detailTypes] },
          Targets: [
            Match.objectLike({
              RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 7200 },
              DeadLetterConfig: { Arn: { "Fn::GetAtt": [Match.stringLikeRegexp("DeadLetters"), "Arn"] } },
            }),
          ],
        });
      }
    });

    it("keeps one dead-letter queue per consumer for 14 days, also fed by Lambda's own retries", () => {
      template.resourceCountIs("AWS::SQS::Queue", EVENT_RULES.length);
      template.allResourcesProperties("AWS::SQS::Queue", { MessageRetentionPeriod: 14 * 24 * 3600 });
      template.resourceCountIs("AWS::Lambda::EventInvokeConfig", EVENT_RULES.length);
      template.allResourcesProperties("AWS::Lambda::EventInvokeConfig", {
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: { "Fn::GetAtt": [Match.stringLikeRegexp("DeadLetters"), "Arn"] } } },
      });
    });
  });

  describe("secret", () => {
    it("assembles sessionSecret and webhookSecret from generated values, never plaintext", () => {
      const secrets = template.findResources("AWS::SecretsManager::Secret", {
        Properties: { SecretString: Match.anyValue() },
      });
      const [secret] = Object.values(secrets);
      expect(Object.keys(secrets)).toHaveLength(1);
      const rendered = JSON.stringify(secret!.Properties.SecretString);
      expect(rendered).toContain("sessionSecret");
      expect(rendered).toContain("webhookSecret");
      expect(rendered.match(/\{\{resolve:secretsmanager:/g)).toHaveLength(2);
      template.resourcePropertiesCountIs("AWS::SecretsManager::Secret", { GenerateSecretString: Match.anyValue() }, 2);
      template.hasResource("AWS::SecretsManager::Secret", { DeletionPolicy: "Retain", Properties: { SecretString: Match.anyValue() } });
    });
  });

  describe("sites", () => {
    /** The distributions' configs, each with its origins by id. */
    function distributions() {
      return Object.values(template.findResources("AWS::CloudFront::Distribution")).map((d) => {
        const config = d.Properties.DistributionConfig;
        const origins = new Map<string, any>(config.Origins.map((o: any) => [o.Id, o]));
        return { config, origins };
      });
    }

    it("serves the console and the kiosk from private buckets through two CloudFront distributions", () => {
      template.resourceCountIs("AWS::CloudFront::Distribution", 2);
      template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 2);
      for (const { config, origins } of distributions()) {
        expect(config.DefaultRootObject).toBe("index.html");
        const bucketOrigin = origins.get(config.DefaultCacheBehavior.TargetOriginId);
        expect(bucketOrigin.OriginAccessControlId).toBeDefined();
        expect(bucketOrigin.S3OriginConfig).toBeDefined();
        expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe("redirect-to-https");
      }
      template.resourceCountIs("AWS::S3::Bucket", 2);
      template.allResourcesProperties("AWS::S3::Bucket", {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      });
      template.allResources("AWS::S3::Bucket", { DeletionPolicy: "Retain" });
      template.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
    });

    it("denies plain-HTTP access to the buckets", () => {
      const policies = Object.values(template.findResources("AWS::S3::BucketPolicy"));
      expect(policies).toHaveLength(2);
      for (const policy of policies) {
        expect(policy.Properties.PolicyDocument.Statement).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          ]),
        );
      }
    });

    it("sends /api/* uncached to the HTTP API on both distributions, so the apps share its origin", () => {
      const api = logicalIdOf(template, "AWS::ApiGatewayV2::Api", {});
      for (const { config, origins } of distributions()) {
        const behaviors = config.CacheBehaviors as any[];
        expect(behaviors.map((b) => b.PathPattern)).toEqual([API_PATH_PATTERN]);
        expect(API_PATH_PATTERN).toBe("/api/*");
        const [behavior] = behaviors;
        expect(behavior).toMatchObject({
          ViewerProtocolPolicy: "redirect-to-https",
          AllowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
          // The managed CachingDisabled and AllViewerExceptHostHeader policies.
          CachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
          OriginRequestPolicyId: "b689b0a8-53d0-40ab-baf2-68738e2966ac",
        });

        const origin = origins.get(behavior.TargetOriginId);
        expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: "https-only" });
        expect(origin.DomainName).toEqual({
          "Fn::Join": ["", [{ Ref: api }, ".execute-api.ap-southeast-1.", { Ref: "AWS::URLSuffix" }]],
        });
      }
    });

    it("has no distribution-wide error pages that would mask the API's own 403 and 404", () => {
      // The apps route by URL hash, so "/" is their only page and needs no fallback.
      for (const { config } of distributions()) {
        expect(config.CustomErrorResponses).toBeUndefined();
      }
    });

    it("deploys each build plus a config.json pointing the app at /api on its own origin", () => {
      const deployments = Object.values(template.findResources("Custom::CDKBucketDeployment"));
      expect(deployments).toHaveLength(2);
      for (const deployment of deployments) {
        // Two sources: the dist directory and the generated config.json.
        const keys = deployment.Properties.SourceObjectKeys as string[];
        expect(keys).toHaveLength(2);
        // No tokens in config.json any more (it used to carry the API URL), so no markers to fill in.
        expect(deployment.Properties.SourceMarkers).toEqual([{}, {}]);
        expect(deployment.Properties.DistributionPaths).toEqual(["/*"]);
        // Each source is a staged asset directory named after its hash; config.json is in one of them.
        const configs = keys
          .map((key) => path.join(outdir, `asset.${key.replace(/\.zip$/, "")}`, "config.json"))
          .filter((file) => fs.existsSync(file));
        expect(configs).toHaveLength(1);
        expect(JSON.parse(fs.readFileSync(configs[0]!, "utf8"))).toEqual({ apiBase: "/api" });
      }
    });
  });

  describe("alarms", () => {
    it("alarms on every dead-letter queue", () => {
      for (const rule of EVENT_RULES) {
        template.hasResourceProperties("AWS::CloudWatch::Alarm", {
          Namespace: "AWS/SQS",
          MetricName: "ApproximateNumberOfMessagesVisible",
          Threshold: 1,
          ComparisonOperator: "GreaterThanOrEqualToThreshold",
          AlarmDescription: Match.stringLikeRegexp(rule.consumer),
        });
      }
      template.resourcePropertiesCountIs(
        "AWS::CloudWatch::Alarm",
        { MetricName: "ApproximateNumberOfMessagesVisible" },
        EVENT_RULES.length,
      );
    });

    it("alarms on API 5xx and on crashes of the API function", () => {
      const api = logicalIdOf(template, "AWS::ApiGatewayV2::Api", {});
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        Namespace: "AWS/ApiGateway",
        MetricName: "5xx",
        Dimensions: [{ Name: "ApiId", Value: { Ref: api } }],
        Statistic: "Sum",
        Period: 300,
        Threshold: 5,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
      });
      const appFn = Object.entries(dianwuFunctions(template)).find(([, fn]) => fn.Properties.MemorySize === 1024)![0];
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        Namespace: "AWS/Lambda",
        MetricName: "Errors",
        Dimensions: [{ Name: "FunctionName", Value: { Ref: appFn } }],
      });
    });

    it("sends every alarm to the SNS topic, which mails the given address", () => {
      const topic = logicalIdOf(template, "AWS::SNS::Topic", {});
      template.allResourcesProperties("AWS::CloudWatch::Alarm", { AlarmActions: [{ Ref: topic }] });
      template.hasResourceProperties("AWS::SNS::Subscription", { Protocol: "email", Endpoint: "ops@example.com" });
    });
  });
});

describe("mountDianwu on a personal (throwaway) stage", () => {
  let template: Template;
  let out: ReturnType<typeof mountDianwu>;

  beforeAll(() => {
    ({ template, out } = synth("alice", { personalStage: "alice", hotPathProvisionedConcurrency: 0 }));
  }, 120_000);

  it("is not protected", () => {
    expect(out.protect).toBe(false);
  });

  it("lets the secrets and log groups go with the stack", () => {
    template.allResources("AWS::SecretsManager::Secret", { DeletionPolicy: "Delete" });
    template.allResources("AWS::Logs::LogGroup", { DeletionPolicy: "Delete" });
  });

  it("leaves the table deletable", () => {
    template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Delete",
      Properties: { DeletionProtectionEnabled: false, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } },
    });
  });

  it("lets the site buckets be emptied and dropped", () => {
    template.allResources("AWS::S3::Bucket", { DeletionPolicy: "Delete" });
    template.resourceCountIs("Custom::S3AutoDeleteObjects", 2);
  });

  it("keeps the live alias but without provisioned concurrency when asked for 0", () => {
    template.hasResourceProperties("AWS::Lambda::Alias", {
      Name: "live",
      ProvisionedConcurrencyConfig: Match.absent(),
    });
  });

  it("creates no email subscription without an address", () => {
    template.resourceCountIs("AWS::SNS::Topic", 1);
    template.resourceCountIs("AWS::SNS::Subscription", 0);
  });
});

describe("mountDianwu input checks", () => {
  it("rejects a negative provisioned concurrency", () => {
    expect(() => synth("dev", { hotPathProvisionedConcurrency: -1 })).toThrow(/hotPathProvisionedConcurrency/);
  });
});

describe("bundling the real hot-path entry", () => {
  it("builds packages/functions/src/hot/lambda.ts with the construct's esbuild options", async () => {
    const started = Date.now();
    // NodejsFunction's own build, by hand: it adds bundle, platform node and index.mjs for ESM.
    const result = await esbuild.build({
      entryPoints: [path.join(REPO_ROOT, HOT_ENTRY)],
      absWorkingDir: REPO_ROOT,
      bundle: true,
      platform: "node",
      write: false,
      // Nothing is written (write: false); the name only shapes the output paths, as in the asset.
      outfile: path.join(os.tmpdir(), "dianwu-hot-bundle", "index.mjs"),
      format: DIANWU_BUNDLING.format,
      target: DIANWU_BUNDLING.target,
      minify: DIANWU_BUNDLING.minify,
      sourcemap: DIANWU_BUNDLING.sourceMap,
      mainFields: DIANWU_BUNDLING.mainFields,
      banner: { js: DIANWU_BUNDLING.banner },
      external: DIANWU_BUNDLING.externalModules,
      metafile: true,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);

    const bundle = result.outputFiles.find((file) => file.path.endsWith("index.mjs"));
    expect(bundle).toBeDefined();
    const [output] = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith("index.mjs"));
    // Lambda calls index.handler.
    expect(output![1].exports).toContain("handler");
    // Neither the AWS SDK (not even the runtime's copy) nor ElectroDB: the hot path talks to AWS
    // through core's dynamo/ client (docs/decisions/0061-hot-path-without-sdk.md).
    expect(Object.keys(result.metafile.inputs).filter((input) => /node_modules\/(@aws-sdk|@smithy|electrodb)\//.test(input))).toEqual([]);
    expect(output![1].imports.filter((i) => i.external && i.path.startsWith("@aws-sdk/"))).toEqual([]);

    console.log(
      `hot-path bundle: ${(bundle!.contents.byteLength / 1024).toFixed(0)} KiB minified, ` +
        `${Object.keys(result.metafile.inputs).length} inputs, built in ${Date.now() - started} ms`,
    );
  }, 20_000);
});
