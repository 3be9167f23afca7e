import * as path from "node:path";
import type { StackContext } from "sst/constructs";
import { useProject } from "sst/project.js";
import { mountDianwu } from "../infra/dianwu";

/** Thin on purpose: everything lives in infra/, where plain CDK tests can reach it. */
export function Dianwu({ stack, app }: StackContext) {
  const root = useProject().paths.root;
  const out = mountDianwu(stack, {
    stage: app.stage,
    root,
    alarmEmail: process.env.DIANWU_ALARM_EMAIL || undefined,
    hotPathProvisionedConcurrency: parseProvisioned(process.env.DIANWU_HOT_PROVISIONED),
    consoleDist: path.join(root, "packages/console/dist"),
    kioskDist: path.join(root, "packages/kiosk/dist"),
  });
  stack.addOutputs({
    ApiUrl: out.apiUrl,
    ConsoleUrl: out.consoleUrl,
    KioskUrl: out.kioskUrl,
  });
}

function parseProvisioned(value: string | undefined) {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`DIANWU_HOT_PROVISIONED must be a whole number >= 0, got "${value}"`);
  return n;
}
