import { benchSettings } from "./clock";
import { useBench } from "./context";
import { isMine, notMine } from "./problems";
import { interceptInfo } from "./rules";
import { loadSessionAndIntercepts, type Forced, type Session } from "./store";
import { isComplete, type BenchManifest, type InterceptInfo, type Progress } from "./verify";

/** What the bench shows and keeps for a parcel it holds. */
export interface BenchView {
  parcelId: string;
  bench: { id: string; name: string };
  packer: { staffNo: string };
  claimedAt: string;
  resumed: boolean;
  takenOverFrom: { benchId: string; benchName: string; staffNo: string; since: string } | null;
  manifest: BenchManifest;
  progress: Progress;
  complete: boolean;
  forced: Forced | null;
  intercept: InterceptInfo | null;
}

export function viewOf(session: Session, extra: Partial<Pick<BenchView, "resumed" | "takenOverFrom" | "intercept">> = {}): BenchView {
  return {
    parcelId: session.parcelId,
    bench: { id: session.deviceId, name: session.benchName },
    packer: { staffNo: session.staffNo },
    claimedAt: session.claimedAt,
    resumed: extra.resumed ?? false,
    takenOverFrom: extra.takenOverFrom ?? null,
    manifest: session.manifest,
    progress: session.progress,
    complete: isComplete(session.manifest, session.progress) || !!session.forced,
    forced: session.forced ?? null,
    intercept: extra.intercept ?? null,
  };
}

/** The session this bench holds, for a reloaded or reconnected kiosk (with the red screen if intercepted since). */
export async function view(parcelId: string): Promise<BenchView> {
  const bench = useBench();
  const [session, parcel] = await loadSessionAndIntercepts(parcelId);
  if (!isMine(session, bench)) throw notMine(parcelId, session, (await benchSettings()).takeoverMinutes);
  const intercept = parcel?.intercepted ? interceptInfo(parcel, (await benchSettings()).interceptShelf) : null;
  return viewOf(session, { resumed: true, intercept });
}

