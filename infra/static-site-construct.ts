import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { Distribution, ViewerProtocolPolicy } from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";

export interface StaticSiteProps {
  /** Directory of the built single-page app (must contain index.html). */
  dist: string;
  /** Runtime settings written next to the app as /config.json, e.g. the API URL. */
  config: Record<string, string>;
  protect: boolean;
}

/**
 * One single-page app: a private bucket read only by CloudFront through an origin access control,
 * with unknown paths answered by index.html so the client-side router can take them.
 */
export class StaticSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: StaticSiteProps) {
    super(scope, id);
    this.bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Only build output lives here, so dev stages may empty and drop it; real stages keep it
      // so a failed deploy never leaves the shop floor without its kiosk.
      autoDeleteObjects: !props.protect,
      removalPolicy: props.protect ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    // S3 answers 403 for a missing key when listing is not allowed, so both codes mean "a route".
    const spaFallback = (httpStatus: number) => ({
      httpStatus,
      responseHttpStatus: 200,
      responsePagePath: "/index.html",
      ttl: Duration.seconds(0),
    });
    this.distribution = new Distribution(this, "Distribution", {
      defaultRootObject: "index.html",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      },
      errorResponses: [spaFallback(403), spaFallback(404)],
    });

    new BucketDeployment(this, "Deploy", {
      // config.json comes from the stack rather than the build, so one build serves every stage.
      sources: [Source.asset(props.dist), Source.jsonData("config.json", props.config)],
      destinationBucket: this.bucket,
      // Without invalidation, browsers keep an index.html pointing at deleted asset hashes.
      distribution: this.distribution,
      distributionPaths: ["/*"],
    });
  }

  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }
}
