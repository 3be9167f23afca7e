import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as PickingApi from "../../../api/warehouse-picking";
import { ConfirmButton } from "../../../components/ConfirmButton";
import { Page } from "../../../components/Page";
import { Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { useShopTime } from "../../../lib/shop-time";
import { SUPERVISORS, useCan } from "../access";
import { SkuCell } from "../components/SkuCell";

/**
 * A wave: its pick list with what the picker confirmed (a short pick is flagged and went to
 * customer service), and its parcels by slot. Picking itself is done at a bench with a badge.
 */
export function WavePage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const params = useParams<{ waveId: string }>();
  const [wave, { refetch, mutate }] = createResource(() => params.waveId, PickingApi.get);

  return (
    <Page
      title={t("wh.wave.title")}
      actions={
        <>
          <A href="/warehouse/waves">{t("common.back")}</A>
          <A class="button" href={`/warehouse/waves/${params.waveId}/pick-list`}>
            {t("wh.wave.printPickList")}
          </A>
          <A class="button" href={`/warehouse/waves/${params.waveId}/slips`}>
            {t("wh.wave.printSlips")}
          </A>
        </>
      }
    >
      <Loadable resource={wave} retry={refetch}>
        {(w) => (
          <div class="stack">
            <div class="card facts">
              <dl>
                <dt>{t("wh.wave.no")}</dt>
                <dd class="mono">{w().waveId}</dd>
                <dt>{t("wh.state")}</dt>
                <dd>
                  <span class={`status status-${w().state}`} data-testid="wave-state">
                    {t(`wh.waveState.${w().state}`)}
                  </span>
                </dd>
                <dt>{t("wh.wave.kind")}</dt>
                <dd>{t(`wh.waveKind.${w().kind}`)}</dd>
                <dt>{t("wh.wave.size")}</dt>
                <dd>{t("wh.wave.sizeText", { parcels: w().parcelCount, lines: w().lineCount, pieces: w().pieces })}</dd>
                <dt>{t("wh.wave.createdAt")}</dt>
                <dd>
                  {time.dateTime(w().createdAt)} · <span class="mono">{w().createdBy}</span>
                </dd>
                <Show when={w().picker}>
                  <dt>{t("wh.wave.picker")}</dt>
                  <dd>
                    <span class="mono">{w().picker}</span> · {w().startedAt ? time.dateTime(w().startedAt!) : ""}
                    <Show when={w().completedAt}> → {time.dateTime(w().completedAt!)}</Show>
                  </dd>
                </Show>
              </dl>
              <Show when={w().state === "open" && can(SUPERVISORS)}>
                <ConfirmButton
                  label={t("wh.wave.cancel")}
                  title={t("wh.wave.cancelTitle")}
                  message={t("wh.wave.cancelMessage", { parcels: w().parcelCount })}
                  danger
                  onConfirm={async () => {
                    const summary = await PickingApi.cancel(w().waveId);
                    mutate({ ...w(), ...summary });
                  }}
                />
              </Show>
            </div>
            <Show when={w().state === "open"}>
              <Notice>{t("wh.wave.pickAtBench")}</Notice>
            </Show>
            <section>
              <h2>{t("wh.wave.pickList")}</h2>
              <table class="table" data-testid="wave-lines">
                <thead>
                  <tr>
                    <th class="col-narrow">#</th>
                    <th class="col-narrow">{t("wh.bin")}</th>
                    <th>{t("wh.sku")}</th>
                    <th class="num">{t("wh.wave.wanted")}</th>
                    <th class="num">{t("wh.wave.picked")}</th>
                    <th>{t("wh.wave.slots")}</th>
                    <th>{t("wh.wave.confirmedBy")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={w().pickList}>
                    {(l) => (
                      <tr data-line={l.lineNo} classList={{ "row-problem": l.picked !== undefined && l.picked < l.qty }}>
                        <td class="num">{l.lineNo}</td>
                        <td class="mono">{l.binCode}</td>
                        <td>
                          <SkuCell skuId={l.skuId} />
                        </td>
                        <td class="num">{l.qty}</td>
                        <td class="num strong">{l.picked ?? ""}</td>
                        <td class="small">{l.parcels.map((p) => `#${p.slot}×${p.qty}`).join(" ")}</td>
                        <td class="small">
                          <Show when={l.confirmedBy}>
                            <span class="mono">{l.confirmedBy}</span> · {l.confirmedAt ? time.time(l.confirmedAt) : ""}
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
            <section>
              <h2>{t("wh.wave.parcelsTitle")}</h2>
              <table class="table" data-testid="wave-parcels">
                <thead>
                  <tr>
                    <th class="col-narrow">{t("wh.wave.slot")}</th>
                    <th>{t("wh.parcel")}</th>
                    <th>{t("wh.parcel.orders")}</th>
                    <th>{t("wh.parcel.waybill")}</th>
                    <th>{t("wh.parcel.lines")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={w().parcels}>
                    {(p) => (
                      <tr data-parcel-id={p.parcelId}>
                        <td class="num strong">{p.slot}</td>
                        <td class="mono">{p.parcelId}</td>
                        <td class="mono small">{(p.orderIds ?? []).join(", ")}</td>
                        <td class="mono">{p.waybillNo ?? ""}</td>
                        <td class="small">
                          <For each={p.lines}>
                            {(line) => (
                              <div>
                                <SkuCell skuId={line.skuId} /> × {line.qty} <span class="muted mono">{line.binCode}</span>
                              </div>
                            )}
                          </For>
                          <Show when={p.remark}>
                            <div class="remark">{p.remark}</div>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
          </div>
        )}
      </Loadable>
    </Page>
  );
}
