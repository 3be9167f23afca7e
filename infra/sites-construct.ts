import { Construct } from "constructs";
import { StaticSite } from "./static-site-construct";

export interface DianwuSitesProps {
  consoleDist: string;
  kioskDist: string;
  apiUrl: string;
  protect: boolean;
}

/**
 * The manager console and the packing-bench/clock-in kiosk. One distribution each: both apps
 * want "/" and their own index.html fallback, and deploying one invalidates only its own cache.
 */
export class DianwuSites extends Construct {
  readonly console: StaticSite;
  readonly kiosk: StaticSite;

  constructor(scope: Construct, id: string, props: DianwuSitesProps) {
    super(scope, id);
    const config = { apiUrl: props.apiUrl };
    this.console = new StaticSite(this, "Console", { dist: props.consoleDist, config, protect: props.protect });
    this.kiosk = new StaticSite(this, "Kiosk", { dist: props.kioskDist, config, protect: props.protect });
  }
}
