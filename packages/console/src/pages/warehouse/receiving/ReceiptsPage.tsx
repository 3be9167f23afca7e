import { A, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as ReceivingApi from "../../../api/warehouse-receiving";
import type { ReceiptInfo, ReceiptState } from "../../../api/warehouse-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Segmented } from "../../../components/Segmented";
import { useI18n } from "../../../i18n";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import { RECEIVERS, useCan } from "../access";
import { NewReceiptDialog } from "./NewReceiptDialog";

const STATES: readonly ReceiptState[] = ["receiving", "booked", "done", "cancelled"];

/** Inbound receipts (入库单) by state: being received, booked and waiting for inspection or put-away, done. */
export function ReceiptsPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const navigate = useNavigate();
  const [state, setState] = createSignal<ReceiptState>("receiving");
  const [creating, setCreating] = createSignal(false);
  const list = createPagedList((cursor) => ReceivingApi.list(state(), cursor));
  createEffect(on(state, () => void list.reset()));
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => ReceivingApi.list(state(), cursor));
    return {
      truncated,
      csv: toCsv<ReceiptInfo>(
        [
          { header: t("wh.receipt.no"), value: (r) => r.receiptId },
          { header: t("wh.receipt.createdAt"), value: (r) => time.dateTime(r.createdAt) },
          { header: t("wh.receipt.supplier"), value: (r) => r.supplier },
          { header: t("wh.receipt.deliveryNote"), value: (r) => r.deliveryNote },
          { header: t("wh.receipt.deliverer"), value: (r) => r.deliverer },
          { header: t("wh.receipt.lines"), value: (r) => r.lineCount },
          { header: t("wh.receipt.toInspect"), value: (r) => r.linesToInspect },
          { header: t("wh.receipt.awaitingPutaway"), value: (r) => r.awaitingPutaway },
          { header: t("wh.receipt.openReturns"), value: (r) => r.openReturns },
          { header: t("wh.state"), value: (r) => t(`wh.receiptState.${r.state}`) },
          { header: t("wh.receipt.createdBy"), value: (r) => r.createdBy },
          { header: t("wh.receipt.bookedBy"), value: (r) => r.bookedBy },
        ],
        items,
      ),
    };
  };

  return (
    <Page
      title={t("wh.receipts.title")}
      actions={
        <>
          <A href="/warehouse/supplier-returns">{t("wh.supplierReturns.title")}</A>
          <Show when={can(RECEIVERS)}>
            <button type="button" class="button-primary" onClick={() => setCreating(true)}>
              {t("wh.receipt.create")}
            </button>
          </Show>
        </>
      }
    >
      <div class="list-toolbar">
        <Segmented name="state" label={t("wh.state")} options={STATES} value={state()} onChange={setState} text={(s) => t(`wh.receiptState.${s}`)} />
        <ExportCsvButton fileName={() => `receipts-${state()}.csv`} build={exportCsv} disabled={list.items().length === 0} />
      </div>
      <PagedView list={list} empty={t(`wh.receipts.empty.${state()}`)}>
        <table class="table" data-testid="receipts">
          <thead>
            <tr>
              <th class="col-narrow">{t("wh.receipt.createdAt")}</th>
              <th>{t("wh.receipt.supplier")}</th>
              <th>{t("wh.receipt.deliveryNote")}</th>
              <th class="num">{t("wh.receipt.lines")}</th>
              <th>{t("wh.receipt.progress")}</th>
              <th class="col-narrow">{t("wh.receipt.createdBy")}</th>
              <th class="col-actions" />
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(r) => (
                <tr data-receipt-id={r.receiptId}>
                  <td class="nowrap">{time.dateTime(r.createdAt)}</td>
                  <td>{r.supplier}</td>
                  <td>{r.deliveryNote}</td>
                  <td class="num">{r.lineCount}</td>
                  <td>
                    <span class="chips">
                      <Show when={r.linesToInspect > 0}>
                        <span class="chip chip-warn">{t("wh.receipt.toInspectCount", { count: r.linesToInspect })}</span>
                      </Show>
                      <Show when={r.awaitingPutaway > 0}>
                        <span class="chip chip-info">{t("wh.receipt.awaitingPutawayCount", { count: r.awaitingPutaway })}</span>
                      </Show>
                      <Show when={r.openReturns > 0}>
                        <span class="chip chip-bad">{t("wh.receipt.openReturnsCount", { count: r.openReturns })}</span>
                      </Show>
                      <Show when={r.state === "cancelled" && r.cancelReason}>
                        <span class="muted small">{r.cancelReason}</span>
                      </Show>
                    </span>
                  </td>
                  <td class="mono">{r.createdBy}</td>
                  <td class="col-actions">
                    <A href={`/warehouse/receipts/${r.receiptId}`}>{t("common.view")}</A>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </PagedView>
      <Show when={creating()}>
        <NewReceiptDialog onClose={() => setCreating(false)} onCreated={(r) => navigate(`/warehouse/receipts/${r.receiptId}`)} />
      </Show>
    </Page>
  );
}
