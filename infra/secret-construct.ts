import { RemovalPolicy } from "aws-cdk-lib";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";

export interface DianwuSecretProps {
  protect: boolean;
}

/** Keys of the JSON secret; packages/functions reads the value by these names. */
export const SECRET_KEYS = ["sessionSecret", "webhookSecret"] as const;

/**
 * The application secret: one JSON value with a generated `sessionSecret` and `webhookSecret`.
 *
 * Secrets Manager can generate only one key per secret, so each value is generated in its own
 * seed secret and the JSON secret is assembled from CloudFormation dynamic references to them.
 * The values therefore never appear in the template, and the functions need only one ARN.
 * Rotating later means writing the JSON secret; the seeds are only its birth certificate.
 */
export class DianwuSecret extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string, props: DianwuSecretProps) {
    super(scope, id);
    const removalPolicy = props.protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const seed = (key: string) =>
      new Secret(this, `${key}Seed`, {
        description: `Dianwu: generated initial ${key}`,
        // Long and without punctuation: it goes into HMAC keys and HTTP headers untouched.
        generateSecretString: { passwordLength: 64, excludePunctuation: true },
        removalPolicy,
      }).secretValue;

    this.secret = new Secret(this, "Secret", {
      description: "Dianwu application secret (JSON: sessionSecret, webhookSecret)",
      secretObjectValue: Object.fromEntries(SECRET_KEYS.map((key) => [key, seed(key)])),
      // Losing it on a real stage signs everyone out and breaks the shop platform's webhook.
      removalPolicy,
    });
  }
}
