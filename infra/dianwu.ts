import { Construct } from "constructs";
import { DianwuAlarms } from "./alarms-construct";
import { DianwuApi } from "./api-construct";
import { DianwuBus } from "./bus-construct";
import { DianwuSecret } from "./secret-construct";
import { DianwuSites } from "./sites-construct";
import { DianwuTable } from "./table-construct";

export interface MountDianwuProps {
  stage: string;
  /** The deploying machine's SST personal stage, if it has one; deploying to it is throwaway. */
  personalStage?: string;
  alarmEmail?: string;
  /** Warm instances of the packing-bench function; default 2, 0 for none. */
  hotPathProvisionedConcurrency?: number;
  consoleDist: string;
  kioskDist: string;
  /**
   * Repository root holding package-lock.json and packages/functions. Defaults to the working
   * directory, which is where `sst` and the tests run; pass it explicitly when that differs.
   */
  root?: string;
}

/** Always protected, even when a developer picked one of these as their personal stage. */
export const ALWAYS_PROTECTED_STAGES = ["prod", "production", "staging"] as const;

/**
 * Whether a stage may hold a shop's real data, so its table, secrets, buckets and logs must outlive
 * the stack. Fail-safe: one shop is one stage under any name (docs/decisions/0001, e.g. `shop-b`),
 * so only stages known to be throwaway are unprotected: `dev`, `test`, `dev-*`, `pr-*`, and the
 * deploying machine's SST personal stage (`personalStage`, from `.sst/stage`; SST suggests the OS
 * user name). `prod`, `production` and `staging` stay protected in any letter case regardless.
 * docs/deploy.md explains the rule.
 */
export function isProtectedStage(stage: string, personalStage?: string): boolean {
  if ((ALWAYS_PROTECTED_STAGES as readonly string[]).includes(stage.toLowerCase())) return true;
  if (stage === personalStage) return false;
  return !["dev", "test"].includes(stage) && !stage.startsWith("dev-") && !stage.startsWith("pr-");
}

/** The whole cloud side of Dianwu in one scope (an SST stack or a plain CDK stack in tests). */
export function mountDianwu(scope: Construct, props: MountDianwuProps) {
  const protect = isProtectedStage(props.stage, props.personalStage);
  const root = props.root ?? process.cwd();

  const { table } = new DianwuTable(scope, "Data", { protect });
  const { secret } = new DianwuSecret(scope, "Secret", { protect });
  const bus = new DianwuBus(scope, "Events", { root, protect, resources: { table, secret } });
  const api = new DianwuApi(scope, "Api", {
    root,
    protect,
    resources: { table, secret, bus: bus.bus },
    // Warm instances are billed around the clock: only protected (real) stages get them by default.
    hotPathProvisionedConcurrency: props.hotPathProvisionedConcurrency ?? (protect ? 2 : 0),
  });
  const sites = new DianwuSites(scope, "Sites", {
    consoleDist: props.consoleDist,
    kioskDist: props.kioskDist,
    apiDomainName: api.domainName,
    protect,
  });
  const alarms = new DianwuAlarms(scope, "Alarms", {
    httpApi: api.httpApi,
    functions: { App: api.apiFunction, Hot: api.hotFunction },
    deadLetterQueues: Object.fromEntries(bus.consumers.map((c) => [c.consumer, c.deadLetters])),
    alarmEmail: props.alarmEmail,
  });

  return {
    protect,
    table,
    secret,
    bus,
    api,
    sites,
    alarms,
    apiUrl: api.url,
    consoleUrl: sites.console.url,
    kioskUrl: sites.kiosk.url,
  };
}
