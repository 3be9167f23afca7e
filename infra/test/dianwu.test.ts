import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_ENTRY, HOT_ENTRY } from "../api-construct";
import { CONSUMER_ENTRY } from "../bus-construct";
import { isProtectedStage, mountDianwu, type MountDianwuProps } from "../dianwu";
import { EVENT_RULES } from "../events";
import { GLOBAL_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from "../table";

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
  return { template: Template.fromStack(stack), stack, out };
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
  it.each([
    ["dev", false],
    ["test", false],
    ["dev-alice", false],
    ["pr-42", false],
    ["prod", true],
    ["staging", true],
    ["developer", true],
    ["alice", true],
  ])("%s -> %s", (stage, expected) => {
    expect(isProtectedStage(stage)).toBe(expected);
  });
});

describe("mountDianwu on a protected stage", () => {
  let template: Template;
  let out: ReturnType<typeof mountDianwu>;

  beforeAll(() => {
    ({ template, out } = synth("prod", { alarmEmail: "ops@example.com" }));
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
    it("routes $default to the app and /bench to the hot path's alias", () => {
      template.resourceCountIs("AWS::ApiGatewayV2::Api", 1);
      template.hasResourceProperties("AWS::ApiGatewayV2::Api", { ProtocolType: "HTTP" });
      const routes = Object.values(template.findResources("AWS::ApiGatewayV2::Route")).map((r) => r.Properties.RouteKey).sort();
      expect(routes).toEqual(["$default", "GET /bench/{proxy+}", "POST /bench/{proxy+}"]);

      const alias = logicalIdOf(template, "AWS::Lambda::Alias", { Name: "live" });
      const integrations = Object.values(template.findResources("AWS::ApiGatewayV2::Integration"));
      expect(integrations).toHaveLength(2);
      const targets = integrations.map((i) => JSON.stringify(i.Properties.IntegrationUri));
      expect(targets.filter((t) => t.includes(alias))).toHaveLength(1);
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
    it("serves the console and the kiosk from private buckets through two CloudFront distributions", () => {
      template.resourceCountIs("AWS::CloudFront::Distribution", 2);
      template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 2);
      template.allResourcesProperties("AWS::CloudFront::Distribution", {
        DistributionConfig: Match.objectLike({
          DefaultRootObject: "index.html",
          CustomErrorResponses: [
            { ErrorCode: 403, ResponseCode: 200, ResponsePagePath: "/index.html", ErrorCachingMinTTL: 0 },
            { ErrorCode: 404, ResponseCode: 200, ResponsePagePath: "/index.html", ErrorCachingMinTTL: 0 },
          ],
          Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
        }),
      });
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

    it("deploys each build plus a config.json carrying the API URL", () => {
      const deployments = Object.values(template.findResources("Custom::CDKBucketDeployment"));
      expect(deployments).toHaveLength(2);
      const api = logicalIdOf(template, "AWS::ApiGatewayV2::Api", {});
      for (const deployment of deployments) {
        // Two sources: the dist directory and the generated config.json, whose marker is the API URL.
        expect(deployment.Properties.SourceObjectKeys).toHaveLength(2);
        expect(JSON.stringify(deployment.Properties.SourceMarkers)).toContain(api);
        expect(deployment.Properties.DistributionPaths).toEqual(["/*"]);
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

describe("mountDianwu on a dev stage", () => {
  let template: Template;

  beforeAll(() => {
    ({ template } = synth("dev-alice", { hotPathProvisionedConcurrency: 0 }));
  }, 120_000);

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
