import { Construct } from "constructs";
import { DianwuAlarms } from "./alarms-construct";
import { DianwuApi } from "./api-construct";
import { DianwuBus } from "./bus-construct";
import { DianwuSecret } from "./secret-construct";
import { DianwuSites } from "./sites-construct";
import { DianwuTable } from "./table-construct";

export interface MountDianwuProps {
  stage: string;
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

/** Names of the stages that hold a shop's real data; see isProtectedStage. */
export const PROTECTED_STAGES = ["prod", "production", "staging"] as const;

/**
 * True for the stages that hold real data: `prod`, `production`, `staging`, and those names with a
 * `-suffix` (`prod-berlin`), in any letter case. Everything else is throwaway: `dev`, `pr-42`, and
 * above all SST personal stages, which default to the OS user name and so cannot be listed here.
 * (Protecting every unknown name instead made each developer's `sst remove` leave a retained,
 * deletion-protected table, buckets and secrets behind.) docs/deploy.md explains the rule.
 */
export function isProtectedStage(stage: string): boolean {
  const name = stage.toLowerCase();
  return PROTECTED_STAGES.some((p) => name === p || name.startsWith(`${p}-`));
}

/** The whole cloud side of Dianwu in one scope (an SST stack or a plain CDK stack in tests). */
export function mountDianwu(scope: Construct, props: MountDianwuProps) {
  const protect = isProtectedStage(props.stage);
  const root = props.root ?? process.cwd();

  const { table } = new DianwuTable(scope, "Data", { protect });
  const { secret } = new DianwuSecret(scope, "Secret", { protect });
  const bus = new DianwuBus(scope, "Events", { root, protect, resources: { table, secret } });
  const api = new DianwuApi(scope, "Api", {
    root,
    protect,
    resources: { table, secret, bus: bus.bus },
    hotPathProvisionedConcurrency: props.hotPathProvisionedConcurrency,
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
