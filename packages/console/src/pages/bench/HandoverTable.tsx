import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { HandoverBatch } from "../../api/bench";
import { useI18n } from "../../i18n";
import { useShopTime } from "../orders/shop-time";

/** Handover batches (交接批次): carrier, how many parcels, to which courier, and the printable list. */
export function HandoverTable(props: { batches: HandoverBatch[] }) {
  const { t } = useI18n();
  const clock = useShopTime();
  return (
    <table class="table" data-testid="handover-table">
      <thead>
        <tr>
          <th>{t("bench.carrier")}</th>
          <th class="num">{t("bench.parcelCount")}</th>
          <th>{t("bench.batchState")}</th>
          <th>{t("bench.courier")}</th>
          <th>{t("bench.bench")}</th>
          <th class="col-narrow">{t("bench.createdAt")}</th>
          <th class="col-narrow">{t("bench.closedAt")}</th>
          <th class="col-actions" />
        </tr>
      </thead>
      <tbody>
        <For each={props.batches}>
          {(batch) => (
            <tr data-batch-id={batch.batchId}>
              <td>{batch.carrierName}</td>
              <td class="num strong">{batch.count}</td>
              <td>
                <span class={`status ${batch.state === "closed" ? "status-ok" : "status-todo"}`}>{t(`bench.batchState.${batch.state}`)}</span>
              </td>
              <td>
                {batch.courierName ?? <span class="muted">—</span>}
                <Show when={batch.courierPhone}>
                  <span class="muted mono small"> {batch.courierPhone}</span>
                </Show>
              </td>
              <td>
                {batch.benchName ?? ""} <span class="muted mono small">{batch.createdBy}</span>
              </td>
              <td class="nowrap">{clock.dateTime(batch.createdAt)}</td>
              <td class="nowrap">{batch.closedAt ? clock.dateTime(batch.closedAt) : ""}</td>
              <td class="col-actions">
                <A href={`/bench/handover/${batch.batchId}`}>{t("bench.handoverList")}</A>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
