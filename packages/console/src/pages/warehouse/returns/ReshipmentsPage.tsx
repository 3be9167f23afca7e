import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, For, on, Show } from "solid-js";
import * as ReturnsApi from "../../../api/warehouse-returns";
import type { ReshipmentInfo, ReshipmentState } from "../../../api/warehouse-ops-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Segmented } from "../../../components/Segmented";
import { Empty, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import { CS_AND_SUPERVISORS, useCan } from "../access";
import { NewReshipmentDialog } from "./NewReshipmentDialog";

const STATES: readonly ReshipmentState[] = ["requested", "shipped", "cancelled"];

/** Reshipments (补发单) by state, or all of one order: customer service asks, the warehouse ships. */
export function ReshipmentsPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams<{ orderId: string }>();
  const [state, setState] = createSignal<ReshipmentState>("requested");
  const [orderText, setOrderText] = createSignal(params.orderId ?? "");
  const [creating, setCreating] = createSignal(false);
  const list = createPagedList((cursor) => ReturnsApi.reshipments(state(), cursor));
  createEffect(on(state, () => void list.reset()));
  const [ofOrder] = createResource(() => params.orderId?.trim() || undefined, ReturnsApi.reshipmentsOfOrder);
  const columns = [
    { header: t("wh.reshipment.createdAt"), value: (r: ReshipmentInfo) => time.dateTime(r.createdAt) },
    { header: t("wh.returns.order"), value: (r: ReshipmentInfo) => r.orderId },
    { header: t("wh.reason"), value: (r: ReshipmentInfo) => r.reason },
    { header: t("wh.reshipment.lines"), value: (r: ReshipmentInfo) => r.lines.map((l) => `${l.skuId}×${l.qty}`).join(" ") },
    { header: t("wh.state"), value: (r: ReshipmentInfo) => t(`wh.reshipmentState.${r.state}`) },
    { header: t("wh.reshipment.requestedBy"), value: (r: ReshipmentInfo) => r.requestedBy },
    { header: t("wh.reshipment.waybill"), value: (r: ReshipmentInfo) => r.waybillNo },
    { header: t("wh.reshipment.parcel"), value: (r: ReshipmentInfo) => r.parcelId },
    { header: t("wh.note"), value: (r: ReshipmentInfo) => r.note },
  ];
  const exportCsv = async () => {
    if (params.orderId) return { csv: toCsv(columns, ofOrder.latest ?? []) };
    const { items, truncated } = await allPages((cursor) => ReturnsApi.reshipments(state(), cursor));
    return { truncated, csv: toCsv(columns, items) };
  };
  const table = (items: ReshipmentInfo[]) => (
    <table class="table" data-testid="reshipments">
      <thead>
        <tr>
          <th class="col-narrow">{t("wh.reshipment.createdAt")}</th>
          <th>{t("wh.returns.order")}</th>
          <th>{t("wh.reason")}</th>
          <th class="num">{t("wh.reshipment.pieces")}</th>
          <th>{t("wh.state")}</th>
          <th>{t("wh.reshipment.waybill")}</th>
          <th class="col-actions" />
        </tr>
      </thead>
      <tbody>
        <For each={items}>
          {(r) => (
            <tr data-reshipment-id={r.reshipmentId}>
              <td class="nowrap">{time.dateTime(r.createdAt)}</td>
              <td class="mono">{r.orderId}</td>
              <td>{r.reason}</td>
              <td class="num">{r.lines.reduce((s, l) => s + l.qty, 0)}</td>
              <td>
                <span class={`status status-${r.state}`}>{t(`wh.reshipmentState.${r.state}`)}</span>
              </td>
              <td class="mono">{r.waybillNo}</td>
              <td class="col-actions">
                <A href={`/warehouse/reshipments/${r.reshipmentId}`}>{t("common.view")}</A>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );

  return (
    <Page
      title={t("wh.reshipments.title")}
      actions={
        <>
          <A href="/warehouse/returns">{t("wh.returns.title")}</A>
          <Show when={can(CS_AND_SUPERVISORS)}>
            <button type="button" class="button-primary" onClick={() => setCreating(true)}>
              {t("wh.reshipment.create")}
            </button>
          </Show>
        </>
      }
    >
      <div class="list-toolbar">
        <Show when={!params.orderId}>
          <Segmented name="state" label={t("wh.state")} options={STATES} value={state()} onChange={setState} text={(s) => t(`wh.reshipmentState.${s}`)} />
        </Show>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setParams({ orderId: orderText().trim() || undefined });
          }}
        >
          <input name="orderId" value={orderText()} placeholder={t("wh.reshipment.byOrder")} onInput={(e) => setOrderText(e.currentTarget.value)} />
          <button type="submit" class="button-small">
            {t("wh.show")}
          </button>
          <Show when={params.orderId}>
            <button
              type="button"
              class="button-small"
              onClick={() => {
                setOrderText("");
                setParams({ orderId: undefined });
              }}
            >
              {t("wh.reshipment.allOrders")}
            </button>
          </Show>
        </form>
        <ExportCsvButton fileName={() => `reshipments-${params.orderId || state()}.csv`} build={exportCsv} />
      </div>
      <Show when={params.orderId} fallback={<PagedView list={list} empty={t(`wh.reshipments.empty.${state()}`)}>{table(list.items())}</PagedView>}>
        <Loadable resource={ofOrder}>{(items) => <Show when={items().length > 0} fallback={<Empty>{t("wh.reshipments.noneForOrder")}</Empty>}>{table(items())}</Show>}</Loadable>
      </Show>
      <Show when={creating()}>
        <NewReshipmentDialog orderId={params.orderId} onClose={() => setCreating(false)} onCreated={(r) => navigate(`/warehouse/reshipments/${r.reshipmentId}`)} />
      </Show>
    </Page>
  );
}
