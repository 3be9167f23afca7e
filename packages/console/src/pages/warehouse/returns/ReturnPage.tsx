import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as ReturnsApi from "../../../api/warehouse-returns";
import { Page } from "../../../components/Page";
import { Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { useShopTime } from "../../../lib/shop-time";
import { CS_AND_SUPERVISORS, useCan } from "../access";
import { SkuCell } from "../components/SkuCell";
import { destinationOf, returnPieces } from "./return-rules";
import { PrintButton } from "../../../components/PrintButton";

/** One return taken in: its package, each item and where it went, and its anomalies with their follow-up. */
export function ReturnPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const params = useParams<{ returnId: string }>();
  const [ret, { refetch }] = createResource(() => params.returnId, ReturnsApi.get);
  const [anomalies] = createResource(
    () => (can(CS_AND_SUPERVISORS) ? params.returnId : undefined),
    (id) => ReturnsApi.anomaliesOfReturn(id),
  );
  return (
    <Page
      title={t("wh.return.title")}
      actions={
        <>
          <A href={`/warehouse/returns?day=${ret.latest?.day ?? ""}`}>{t("common.back")}</A>
          <PrintButton>{t("wh.print")}</PrintButton>
        </>
      }
    >
      <Loadable resource={ret} retry={refetch}>
        {(r) => (
          <div class="stack" data-testid="return" data-return-id={r().returnId}>
            <header class="card facts">
              <h1 class="print-only">{t("wh.return.title")}</h1>
              <dl>
                <dt>{t("wh.returns.waybill")}</dt>
                <dd class="mono">{r().waybillNo ?? "—"}</dd>
                <dt>{t("wh.returns.order")}</dt>
                <dd class="mono">
                  <Show when={r().orderId} fallback="—">
                    <A href={`/warehouse/reshipments?orderId=${r().orderId}`}>{r().orderId}</A>
                  </Show>
                </dd>
                <Show when={r().refundId}>
                  <dt>{t("wh.returns.refund")}</dt>
                  <dd class="mono">{r().refundId}</dd>
                </Show>
                <dt>{t("wh.returns.package")}</dt>
                <dd>
                  {t(`wh.returns.package.${r().packageCondition}`)}
                  <Show when={r().countedWithCourier}> · {t("wh.returns.countedWithCourier")}</Show>
                </dd>
                <dt>{t("wh.returns.receivedBy")}</dt>
                <dd>
                  <span class="mono">{r().receivedBy}</span> · {time.dateTime(r().receivedAt)}
                </dd>
                <dt>{t("wh.returns.pieces")}</dt>
                <dd>{returnPieces(r()).total}</dd>
              </dl>
            </header>
            <table class="table" data-testid="return-items">
              <thead>
                <tr>
                  <th>{t("wh.sku")}</th>
                  <th class="num">{t("wh.qty")}</th>
                  <th>{t("wh.returns.condition")}</th>
                  <th>{t("wh.returns.wentTo")}</th>
                  <th>{t("wh.note")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={r().items}>
                  {(i) => (
                    <tr data-sku-id={i.skuId} data-condition={i.condition}>
                      <td>
                        <SkuCell skuId={i.skuId} />
                      </td>
                      <td class="num">{i.qty}</td>
                      <td>{t(`wh.returns.condition.${i.condition}`)}</td>
                      <td>
                        <Show when={i.binCode} fallback={t(`wh.returns.to.${i.condition}`)}>
                          {t(`wh.returns.to.${i.condition}`)} · <A class="mono" href={`/warehouse/stock/sku/${i.skuId}/bin/${i.binCode}`}>{i.binCode}</A>
                        </Show>
                        <Show when={destinationOf(i.condition) === "production"}>
                          <span class="muted small"> {t("wh.returns.notBooked")}</span>
                        </Show>
                      </td>
                      <td>{i.note}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <section class="card">
              <h2>
                {t("wh.returns.anomalies")} <span class={`chip ${r().anomalies ? "chip-bad" : "chip-info"}`}>{r().anomalies}</span>
              </h2>
              <Show when={can(CS_AND_SUPERVISORS)} fallback={<p class="muted small">{t("wh.return.anomaliesToCs")}</p>}>
                <Loadable resource={anomalies}>
                  {(list) => (
                    <Show when={list().length > 0} fallback={<p class="muted small">{t("wh.report.none")}</p>}>
                      <ul data-testid="return-anomalies">
                        <For each={list()}>
                          {(a) => (
                            <li data-anomaly-id={a.anomalyId} data-state={a.state}>
                              <strong>{t(`wh.anomalyKind.${a.kind}`)}</strong> · {a.note} · <span class={`status status-${a.state}`}>{t(`wh.anomalyState.${a.state}`)}</span>
                              <For each={a.followUps}>
                                {(f) => (
                                  <div class="muted small">
                                    {time.dateTime(f.at)} <span class="mono">{f.by}</span>：{f.note}
                                  </div>
                                )}
                              </For>
                            </li>
                          )}
                        </For>
                      </ul>
                      <A href="/warehouse/return-anomalies">{t("wh.anomalies.title")}</A>
                    </Show>
                  )}
                </Loadable>
              </Show>
            </section>
          </div>
        )}
      </Loadable>
    </Page>
  );
}
