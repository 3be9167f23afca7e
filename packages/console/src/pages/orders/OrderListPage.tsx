import { A, useSearchParams } from "@solidjs/router";
import { createEffect, createMemo, For, on, Show } from "solid-js";
import * as OrdersApi from "../../api/orders";
import type { OrderFilter, OrderSummary } from "../../api/orders";
import { LoadMore } from "../../components/LoadMore";
import { Page } from "../../components/Page";
import { Empty, ErrorBanner, Loading } from "../../components/States";
import { useI18n } from "../../i18n";
import { createPagedList } from "../../lib/paged";
import { FlagBadge, InterceptedBadge, OrderStatusBadge } from "./Badges";
import { allPages, toCsv, type CsvColumn } from "../../lib/csv";
import { ExportCsvButton } from "../../components/ExportCsvButton";
import { filterFromParams, paramsFromFilter } from "./filter";
import { yuan, yuanPlain } from "./money";
import { OrderFilters } from "./OrderFilters";
import { OrderJump } from "./OrderJump";
import { useShopTime } from "./shop-time";
import { TimeLeft } from "./TimeLeft";

/** Orders newest first, filtered by status, flag, intercepted, unpaid-due, month or buyer. */
export function OrderListPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const clock = useShopTime();
  const [params, setParams] = useSearchParams();
  const filter = createMemo(() => filterFromParams(params), undefined, { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  const list = createPagedList((cursor) => OrdersApi.list(filter(), cursor));
  createEffect(on(filter, () => void list.reset()));

  const columns = (): CsvColumn<OrderSummary>[] => [
    { header: t("orders.tid"), value: (o) => o.tid },
    { header: t("orders.placedAt"), value: (o) => clock.dateTime(o.createdAt) },
    { header: t("orders.paidAt"), value: (o) => (o.paidAt ? clock.dateTime(o.paidAt) : "") },
    { header: t("orders.buyer"), value: (o) => o.buyerNick },
    { header: t("orders.receiver"), value: (o) => o.receiverName },
    { header: t("orders.statusColumn"), value: (o) => i18n.lookup(`orders.status.${o.status}`, o.status) },
    { header: t("orders.flagColumn"), value: (o) => i18n.lookup(`orders.flagNo.${o.sellerFlag}`, String(o.sellerFlag)) },
    { header: t("orders.paymentYuan"), value: (o) => yuanPlain(o.paymentFen) },
    { header: t("orders.lineCount"), value: (o) => o.lineCount },
    { header: t("orders.creditedStaff"), value: (o) => o.creditedStaffNo },
    { header: t("orders.intercepted"), value: (o) => (o.intercepted ? t("ops.yes") : "") },
  ];
  const exportAll = async () => {
    const { items, truncated } = await allPages((cursor) => OrdersApi.list(filter(), cursor, 200));
    return { csv: toCsv(columns(), items), truncated };
  };

  return (
    <Page
      title={t("orders.title")}
      actions={
        <>
          <OrderJump />
          <ExportCsvButton fileName={() => `orders-${clock.day(Date.now())}.csv`} build={exportAll} disabled={list.items().length === 0} />
        </>
      }
    >
      <Show when={filter()} keyed>
        {(current) => <OrderFilters value={current} defaultMonth={clock.month(Date.now())} onApply={(next) => setParams(paramsFromFilter(next))} />}
      </Show>
      <ErrorBanner error={list.error()} retry={() => void list.reset()} />
      <Show when={list.loaded()} fallback={<Show when={list.loading()}><Loading /></Show>}>
        <Show when={list.items().length > 0} fallback={<Empty>{t("orders.empty")}</Empty>}>
          <table class="table orders-table" data-testid="orders-table">
            <thead>
              <tr>
                <th>{t("orders.tid")}</th>
                <th class="col-narrow">{t("orders.placedAt")}</th>
                <th>{t("orders.buyer")}</th>
                <th class="col-narrow">{t("orders.statusColumn")}</th>
                <th class="col-narrow">{t("orders.flagColumn")}</th>
                <th class="col-narrow num">{t("orders.payment")}</th>
                <th class="col-narrow">{t("orders.creditedStaff")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              <For each={list.items()}>
                {(order) => (
                  <tr data-tid={order.tid} classList={{ "row-danger": order.intercepted }}>
                    <td class="mono">
                      <A href={`/orders/${order.tid}`}>{order.tid}</A>
                    </td>
                    <td class="nowrap">{clock.dateTime(order.createdAt)}</td>
                    <td class="col-buyer">
                      <div>{order.buyerNick}</div>
                      <Show when={order.receiverName}>
                        <div class="muted small">{order.receiverName}</div>
                      </Show>
                    </td>
                    <td>
                      <OrderStatusBadge status={order.status} />
                    </td>
                    <td>
                      <FlagBadge flag={order.sellerFlag} />
                    </td>
                    <td class="num nowrap">{yuan(order.paymentFen)}</td>
                    <td class="mono">{order.creditedStaffNo ?? ""}</td>
                    <td class="nowrap">
                      <Show when={order.intercepted}>
                        <InterceptedBadge />
                      </Show>
                      <Show when={order.chase}>{(chase) => <TimeLeft deadline={chase().deadline} chased={!chase().due} />}</Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <LoadMore list={list} />
      </Show>
    </Page>
  );
}
