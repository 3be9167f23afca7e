import * as fs from "node:fs";
import * as path from "node:path";
import type { StackContext } from "sst/constructs";
import { useProject } from "sst/project.js";
import { mountDianwu } from "../infra/dianwu";

/** Thin on purpose: everything lives in infra/, where plain CDK tests can reach it. */
export function Dianwu({ stack, app }: StackContext) {
  const project = useProject();
  const root = project.paths.root;
  const out = mountDianwu(stack, {
    stage: app.stage,
    personalStage: readPersonalStage(project.paths.out),
    root,
    alarmEmail: process.env.DIANWU_ALARM_EMAIL || undefined,
    hotPathProvisionedConcurrency: parseProvisioned(process.env.DIANWU_HOT_PROVISIONED),
    consoleDist: path.join(root, "packages/console/dist"),
    kioskDist: path.join(root, "packages/kiosk/dist"),
  });
  stack.addOutputs({
    // The execute-api URL, for scripts and smoke tests (paths start with /api). Browsers use the
    // sites' own origin, where CloudFront sends /api/* to the same API.
    ApiUrl: out.apiUrl,
    ConsoleUrl: out.consoleUrl,
    KioskUrl: out.kioskUrl,
    Protected: String(out.protect),
  });
}

/**
 * The personal stage SST chose for this checkout (it writes it to .sst/stage on first use, from
 * the OS user name unless told otherwise); undefined on machines that never used one, e.g. CI.
 */
function readPersonalStage(sstOutDir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(sstOutDir, "stage"), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

function parseProvisioned(value: string | undefined) {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`DIANWU_HOT_PROVISIONED must be a whole number >= 0, got "${value}"`);
  return n;
}
