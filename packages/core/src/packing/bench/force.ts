import * as z from "zod";
import { Audit } from "../../audit";
import { forbidden, invalid, VisibleError } from "../../error";
import { Badge } from "../../staff";
import { hasAnyRole } from "../../staff/roles";
import { benchSettings, benchTime } from "./clock";
import { useBench } from "./context";
import { ScanId } from "./inputs";
import { keyed } from "./keyed";
import { answer, logItem, replayOf, tallyItem } from "./log";
import { isMine, notMine } from "./problems";
import { FORCE_COMPLETERS } from "./roles";
import { afterCancel } from "./scan";
import { loadSession, stillMine, type Forced, type Session } from "./store";
import { commitBench } from "./tx";
import { viewOf, type BenchView } from "./view";
import { missingLines } from "./verify";

export const ForceInput = z.object({
  scanId: ScanId,
  /** The supervisor's own badge, scanned at this bench. */
  supervisorBadge: z.string().trim().min(1).max(40),
  reason: z.string().trim().min(2).max(200),
  scannedAt: z.string().datetime().optional(),
});

/** The badge's holder, if they may force-complete; identifying them is itself audited (badge.scan). */
async function supervisorOf(badge: string) {
  try {
    const { staff } = await Badge.identify(badge);
    if (!hasAnyRole(staff.roles, FORCE_COMPLETERS)) {
      throw forbidden("bench.not-supervisor", `${staff.name} (${staff.staffNo}) may not force-complete a parcel; a warehouse supervisor's badge is needed`);
    }
    return staff;
  } catch (error) {
    if (error instanceof VisibleError && error.code === "badge.unknown") throw invalid("supervisorBadge", "badge.unknown", error.message);
    throw error;
  }
}

/**
 * A supervisor declares the parcel complete whatever the counts say (a label that will not scan,
 * an item checked by eye), with a reason. What was still missing is recorded and audited.
 */
export async function force(parcelId: string, input: z.input<typeof ForceInput>): Promise<BenchView> {
  const fields = ForceInput.parse(input);
  const bench = useBench();
  const base = { kind: "force" as const, scanId: fields.scanId, parcelId, scannedAt: fields.scannedAt };
  return keyed(bench, base, async () => {
    const known = await replayOf(bench, fields.scanId);
    if (known) return answer<BenchView>(known);
    const supervisor = await supervisorOf(fields.supervisorBadge);
    for (let attempt = 1; ; attempt++) {
      const session = await loadSession(parcelId);
      if (!isMine(session, bench)) throw notMine(parcelId, session, (await benchSettings()).takeoverMinutes);
      const when = await benchTime();
      const forced: Forced = {
        staffNo: supervisor.staffNo,
        name: supervisor.name,
        reason: fields.reason,
        at: when.at,
        missing: missingLines(session.manifest, session.progress).map((m) => ({ line: m.line, missing: m.remaining })),
      };
      const next: Session = { ...session, forced, touchedAt: when.at, version: session.version + 1 };
      const result = { ...viewOf(next, { resumed: true }), replayed: false };
      try {
        await commitBench((tx) => [
          logItem(bench, { ...base, code: supervisor.staffNo, outcome: "forced", accepted: true, stored: { ok: result } }, when),
          tallyItem(bench, when, { forced: 1 }),
          stillMine(session, bench, { forced: JSON.stringify(forced), touchedAt: when.at }),
          tx.AuditEntity.create(Audit.item({ action: "bench.force-complete", target: { type: "parcel", id: parcelId }, before: { counts: session.progress.counts }, after: forced, note: fields.reason })).commit(),
        ]);
        return result;
      } catch (error) {
        const retry = await afterCancel<BenchView>(error, bench, fields.scanId, attempt);
        if (retry.done) return retry.value;
      }
    }
  });
}
