import { createResource, createSignal, For, Show } from "solid-js";
import * as PickingApi from "../../../api/warehouse-picking";
import type { AllocatedParcel } from "../../../api/warehouse-picking";
import type { WavesMade } from "../../../api/warehouse-types";
import { FormDialog } from "../../../components/FormDialog";
import { Empty, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { allPages } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";

/** The API takes this many parcels per call. */
const PER_CALL = 500;

const pieces = (p: AllocatedParcel) => p.lines.reduce((sum, line) => sum + line.quantity, 0);

/**
 * Waves from the allocated parcels: all of them by default, or those ticked. The server splits
 * them into single- and multi-item waves by style and colour and sorts each pick list by the
 * walking route.
 */
export function MakeWavesDialog(props: { onClose: () => void; onMade: (made: WavesMade) => void }) {
  const { t } = useI18n();
  const time = useShopTime();
  const [parcels] = createResource(async () => (await allPages(PickingApi.allocatedParcels, 2000)).items);
  const [unticked, setUnticked] = createSignal(new Set<string>());
  const chosen = () => (parcels.latest ?? []).filter((p) => !unticked().has(p.parcelId));
  const toggle = (parcelId: string, on: boolean) =>
    setUnticked((set) => {
      const next = new Set(set);
      if (on) next.delete(parcelId);
      else next.add(parcelId);
      return next;
    });
  const action = createAction(async () => {
    const made: WavesMade = { waves: [], skipped: [] };
    const all = chosen();
    for (let i = 0; i < all.length; i += PER_CALL) {
      const part = await PickingApi.create(
        all.slice(i, i + PER_CALL).map((p) => ({ parcelId: p.parcelId, orderIds: p.tids.slice(0, 20), waybillNo: p.waybill?.number })),
      );
      made.waves.push(...part.waves);
      made.skipped.push(...part.skipped);
    }
    return made;
  });

  return (
    <FormDialog
      wide
      title={t("wh.waves.makeTitle")}
      submitLabel={t("wh.waves.makeSubmit", { count: chosen().length })}
      action={action}
      onClose={props.onClose}
      onSubmit={async () => {
        if (chosen().length === 0) return;
        const outcome = await action.run();
        if (outcome.ok) props.onMade(outcome.value);
      }}
    >
      <p class="muted">{t("wh.waves.makeHint")}</p>
      <Loadable resource={parcels}>
        {(list) => (
          <Show when={list().length > 0} fallback={<Empty>{t("wh.waves.noAllocated")}</Empty>}>
            <div class="list-toolbar">
              <span>{t("wh.waves.allocatedCount", { count: list().length, chosen: chosen().length })}</span>
              <span class="button-row">
                <button type="button" class="button-small" onClick={() => setUnticked(new Set<string>())}>
                  {t("wh.waves.all")}
                </button>
                <button type="button" class="button-small" onClick={() => setUnticked(new Set(list().map((p) => p.parcelId)))}>
                  {t("wh.waves.none")}
                </button>
              </span>
            </div>
            <div class="scroll-box">
              <table class="table table-compact" data-testid="allocated-parcels">
                <thead>
                  <tr>
                    <th />
                    <th>{t("wh.parcel")}</th>
                    <th>{t("wh.parcel.buyer")}</th>
                    <th class="num">{t("wh.wave.pieces")}</th>
                    <th>{t("wh.parcel.createdAt")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(p) => (
                      <tr data-parcel-id={p.parcelId}>
                        <td>
                          <input type="checkbox" checked={!unticked().has(p.parcelId)} onChange={(e) => toggle(p.parcelId, e.currentTarget.checked)} aria-label={p.parcelId} />
                        </td>
                        <td class="mono">{p.parcelId}</td>
                        <td>{p.buyerNick}</td>
                        <td class="num">{pieces(p)}</td>
                        <td class="nowrap">{time.dateTime(p.createdAt)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        )}
      </Loadable>
    </FormDialog>
  );
}
