import { Construct } from "constructs";
import { API_BASE } from "./api-construct";
import { StaticSite } from "./static-site-construct";

export interface DianwuSitesProps {
  consoleDist: string;
  kioskDist: string;
  /** Host name of the HTTP API; each distribution serves it under /api/*. */
  apiDomainName: string;
  protect: boolean;
}

/**
 * The manager console and the packing-bench/clock-in kiosk. One distribution each: both apps
 * want "/" and their own index.html fallback, and deploying one invalidates only its own cache.
 * Both reach the API on their own origin, so config.json carries a path, not a URL.
 */
export class DianwuSites extends Construct {
  readonly console: StaticSite;
  readonly kiosk: StaticSite;

  constructor(scope: Construct, id: string, props: DianwuSitesProps) {
    super(scope, id);
    const common = { config: { apiBase: API_BASE }, apiDomainName: props.apiDomainName, protect: props.protect };
    this.console = new StaticSite(this, "Console", { dist: props.consoleDist, ...common });
    this.kiosk = new StaticSite(this, "Kiosk", { dist: props.kioskDist, ...common });
  }
}
