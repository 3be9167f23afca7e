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

/** Stages that are throwaway by name; anything else might hold a shop's real data. */
export function isProtectedStage(stage: string): boolean {
  return !["dev", "test"].includes(stage) && !stage.startsWith("dev-") && !stage.startsWith("pr-");
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
    apiUrl: api.url,
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
