import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as BenchApi from "../../api/bench";
import { Page } from "../../components/Page";
import { Loadable } from "../../components/States";
import { useI18n } from "../../i18n";
import { Barcode } from "../badges/Barcode";
import { useShopTime } from "../orders/shop-time";
import { PrintButton } from "../../components/PrintButton";

/**
 * The handover list (交接清单) handed to the courier and signed by both sides: every parcel of the
 * batch with its waybill number as a scannable barcode, the count, and signature lines. The print
 * stylesheet drops the console around it.
 */
export function HandoverListPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const clock = useShopTime();
  const params = useParams<{ batchId: string }>();
  const [batch, { refetch }] = createResource(() => params.batchId, BenchApi.handoverBatch);

  return (
    <Page
      title={t("bench.handoverList")}
      class="print-document-page"
      actions={
        <div class="no-print page-actions">
          <A href="/bench/handover">{t("common.back")}</A>
          <PrintButton class="button-primary">{t("bench.print")}</PrintButton>
        </div>
      }
    >
      <Loadable resource={batch} retry={refetch}>
        {(b) => (
          <article class="print-document handover-list" data-testid="handover-list" data-batch-id={b().batchId}>
            <header class="print-document-header">
              <h1>
                {t("bench.handoverListTitle", { carrier: b().carrierName })}
                <Show when={b().state !== "closed"}>
                  <span class="status status-warn no-print"> {t(`bench.batchState.${b().state}`)}</span>
                </Show>
              </h1>
              <dl class="print-facts">
                <dt>{t("bench.day")}</dt>
                <dd>{b().day}</dd>
                <dt>{t("bench.parcelCount")}</dt>
                <dd class="strong" data-testid="handover-count">
                  {b().count}
                </dd>
                <dt>{t("bench.courier")}</dt>
                <dd>
                  {b().courierName ?? "______"} {b().courierPhone ?? ""}
                </dd>
                <dt>{t("bench.bench")}</dt>
                <dd>
                  {b().benchName ?? ""} · {b().createdBy}
                </dd>
                <dt>{t("bench.closedAt")}</dt>
                <dd>{b().closedAt ? clock.dateTime(b().closedAt!) : "—"}</dd>
              </dl>
              <div class="print-batch-code">
                <Barcode value={b().batchId} height={36} label={t("bench.batchId")} />
              </div>
            </header>
            <table class="table print-table">
              <thead>
                <tr>
                  <th class="col-narrow">#</th>
                  <th>{t("bench.waybill")}</th>
                  <th>{t("parcels.parcelId")}</th>
                  <th>{t("orders.receiver")}</th>
                  <th class="col-narrow">{t("bench.scannedAt")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={b().parcels}>
                  {(parcel, i) => (
                    <tr data-parcel-id={parcel.parcelId}>
                      <td class="num">{i() + 1}</td>
                      <td class="waybill-cell">
                        <Barcode value={parcel.waybill} height={28} />
                      </td>
                      <td class="mono">{parcel.parcelId}</td>
                      <td>
                        {parcel.receiverName}
                        <Show when={parcel.receiverCity}>
                          <span class="muted"> · {parcel.receiverCity}</span>
                        </Show>
                      </td>
                      <td class="nowrap">{clock.time(parcel.scannedAt)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <footer class="signatures">
              <div>
                {t("bench.signWarehouse")}: ______________ {t("bench.signDate")}: ____________
              </div>
              <div>
                {t("bench.signCourier")}: ______________ {t("bench.signDate")}: ____________
              </div>
              <p class="muted small">{t("bench.handoverFootnote", { count: b().count, id: b().batchId })}</p>
            </footer>
          </article>
        )}
      </Loadable>
    </Page>
  );
}
