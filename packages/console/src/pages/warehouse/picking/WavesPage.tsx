import { A } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as PickingApi from "../../../api/warehouse-picking";
import type { WaveState, WaveSummary } from "../../../api/warehouse-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Segmented } from "../../../components/Segmented";
import { Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import { PARCEL_READERS, PICK_READERS, useCan, WAVE_MAKERS } from "../access";
import { MakeWavesDialog } from "./MakeWavesDialog";

const STATES: readonly WaveState[] = ["open", "picking", "picked", "cancelled"];

/** Pick waves (拣货波次) by state, and making new ones from the allocated parcels. */
export function WavesPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const [state, setState] = createSignal<WaveState>("open");
  const [making, setMaking] = createSignal(false);
  const [notice, setNotice] = createSignal<string>();
  const list = createPagedList((cursor) => PickingApi.list(state(), cursor));
  createEffect(on(state, () => void list.reset()));
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => PickingApi.list(state(), cursor));
    return {
      truncated,
      csv: toCsv<WaveSummary>(
        [
          { header: t("wh.wave.no"), value: (w) => w.waveId },
          { header: t("wh.wave.day"), value: (w) => w.day },
          { header: t("wh.wave.kind"), value: (w) => t(`wh.waveKind.${w.kind}`) },
          { header: t("wh.wave.parcels"), value: (w) => w.parcelCount },
          { header: t("wh.wave.lines"), value: (w) => w.lineCount },
          { header: t("wh.wave.pieces"), value: (w) => w.pieces },
          { header: t("wh.wave.confirmed"), value: (w) => w.confirmedLines },
          { header: t("wh.wave.short"), value: (w) => w.shortLines },
          { header: t("wh.wave.picker"), value: (w) => w.picker },
          { header: t("wh.state"), value: (w) => t(`wh.waveState.${w.state}`) },
          { header: t("wh.wave.createdAt"), value: (w) => time.dateTime(w.createdAt) },
          { header: t("wh.wave.completedAt"), value: (w) => (w.completedAt ? time.dateTime(w.completedAt) : "") },
        ],
        items,
      ),
    };
  };

  return (
    <Page
      title={t("wh.waves.title")}
      actions={
        <>
          <Show when={can(PICK_READERS)}>
            <A href="/warehouse/pick-exceptions">{t("wh.exceptions.title")}</A>
          </Show>
          <Show when={can(WAVE_MAKERS) && can(PARCEL_READERS)}>
            <button type="button" class="button-primary" onClick={() => setMaking(true)}>
              {t("wh.waves.make")}
            </button>
          </Show>
        </>
      }
    >
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <div class="list-toolbar">
        <Segmented name="state" label={t("wh.state")} options={STATES} value={state()} onChange={setState} text={(s) => t(`wh.waveState.${s}`)} />
        <ExportCsvButton fileName={() => `waves-${state()}.csv`} build={exportCsv} disabled={list.items().length === 0} />
      </div>
      <PagedView list={list} empty={t(`wh.waves.empty.${state()}`)}>
        <table class="table" data-testid="waves">
          <thead>
            <tr>
              <th class="col-narrow">{t("wh.wave.createdAt")}</th>
              <th>{t("wh.wave.kind")}</th>
              <th class="num">{t("wh.wave.parcels")}</th>
              <th class="num">{t("wh.wave.pieces")}</th>
              <th>{t("wh.wave.progress")}</th>
              <th class="col-narrow">{t("wh.wave.picker")}</th>
              <th class="col-actions" />
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(w) => (
                <tr data-wave-id={w.waveId}>
                  <td class="nowrap">{time.dateTime(w.createdAt)}</td>
                  <td>{t(`wh.waveKind.${w.kind}`)}</td>
                  <td class="num">{w.parcelCount}</td>
                  <td class="num">{w.pieces}</td>
                  <td>
                    {t("wh.wave.confirmedOf", { confirmed: w.confirmedLines, lines: w.lineCount })}
                    <Show when={w.shortLines > 0}>
                      {" "}
                      <span class="chip chip-bad">{t("wh.wave.shortCount", { count: w.shortLines })}</span>
                    </Show>
                  </td>
                  <td class="mono">{w.picker ?? ""}</td>
                  <td class="col-actions">
                    <div class="button-row">
                      <A href={`/warehouse/waves/${w.waveId}`}>{t("common.view")}</A>
                      <A href={`/warehouse/waves/${w.waveId}/pick-list`}>{t("wh.wave.pickList")}</A>
                      <A href={`/warehouse/waves/${w.waveId}/slips`}>{t("wh.wave.slips")}</A>
                    </div>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </PagedView>
      <Show when={making()}>
        <MakeWavesDialog
          onClose={() => setMaking(false)}
          onMade={(made) => {
            setMaking(false);
            setNotice(t("wh.waves.made", { waves: made.waves.length, parcels: made.waves.reduce((s, w) => s + w.parcelCount, 0), skipped: made.skipped.length }));
            if (state() === "open") void list.reset();
            else setState("open");
          }}
        />
      </Show>
    </Page>
  );
}
