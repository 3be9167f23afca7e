import { RemovalPolicy } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
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

/**
 * CloudFront Function (viewer request, default behavior only): a path whose last segment has no
 * file extension is a client-side route and gets the app shell; files go to S3 as asked.
 *
 * This replaces distribution-wide custom error responses (403/404 -> index.html), which CloudFront
 * applies to every behavior: they would turn the API's own 403 and 404 answers into a 200 HTML page.
 * Plain ES5 so it runs in the CloudFront Functions runtime and can be evaluated in tests.
 */
export const SPA_ROUTES_FUNCTION = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.lastIndexOf(".") <= uri.lastIndexOf("/")) request.uri = "/index.html";
  return request;
}`;

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
 * with extension-less paths answered by index.html so the client-side router can take them, and
 * /api/* passed through uncached to the HTTP API so the app and the API share one origin (the
 * SameSite=Strict session cookie and the kiosk's Authorization header need no CORS).
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

    const spaRoutes = new CloudFrontFunction(this, "SpaRoutes", {
      comment: "Dianwu: client-side routes get index.html",
      code: FunctionCode.fromInline(SPA_ROUTES_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });

    this.distribution = new Distribution(this, "Distribution", {
      defaultRootObject: "index.html",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        functionAssociations: [{ function: spaRoutes, eventType: FunctionEventType.VIEWER_REQUEST }],
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
