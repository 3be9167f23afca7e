import { RemovalPolicy } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { BucketDeployment, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { API_BASE } from "./api-construct";

/** The CloudFront path pattern that goes to the API instead of the bucket. */
export const API_PATH_PATTERN = `${API_BASE}/*`;

export interface StaticSiteProps {
  /** Directory of the built single-page app (must contain index.html). */
  dist: string;
  /** Runtime settings written next to the app as /config.json, e.g. the API base path. */
  config: Record<string, string>;
  /** Host name of the HTTP API, served on the site's own origin under API_PATH_PATTERN. */
  apiDomainName: string;
  protect: boolean;
}

/**
 * One single-page app: a private bucket read only by CloudFront through an origin access control,
 * and /api/* passed through uncached to the HTTP API, so the app and the API share one origin (the
 * SameSite=Strict session cookie and the kiosk's Authorization header need no CORS).
 *
 * There is deliberately no "404 -> index.html" fallback: the apps route by URL hash, so the only
 * page is "/", and CloudFront's custom error responses apply to every behavior, so they would
 * turn the API's own 403 and 404 answers into a 200 HTML page.
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

    this.distribution = new Distribution(this, "Distribution", {
      defaultRootObject: "index.html",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      },
      additionalBehaviors: {
        [API_PATH_PATTERN]: {
          origin: new HttpOrigin(props.apiDomainName, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Every answer is per user (session, device token), so nothing is cached at the edge.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Cookies, query strings and headers (Authorization included, which CloudFront allows
          // only when caching is disabled) reach the API; Host must stay the execute-api name.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
      },
    });

    new BucketDeployment(this, "Deploy", {
      // config.json comes from the stack rather than the build, so the build need not know its stage.
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
