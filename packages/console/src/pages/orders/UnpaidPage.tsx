import { A } from "@solidjs/router";
import { createSignal, For, onMount, Show } from "solid-js";
import * as OrdersApi from "../../api/orders";
import type { ChaseItem } from "../../api/orders";
import { LoadMore } from "../../components/LoadMore";
import { Page } from "../../components/Page";
import { Empty, ErrorBanner, Loading, Notice } from "../../components/States";
import { useI18n } from "../../i18n";
import { createPagedList } from "../../lib/paged";
import { useCan } from "./can";
import { ChaseDialog } from "./ChaseDialog";
import { allPages, toCsv, type CsvColumn } from "../../lib/csv";
import { ExportCsvButton } from "../../components/ExportCsvButton";
import { yuan, yuanPlain } from "./money";
import { ORDER_CHASERS } from "./roles";
import { useShopTime } from "./shop-time";
import { TimeLeft } from "./TimeLeft";

/**
 * The unpaid chase list (催付): every unpaid order, least time left before the chase deadline
 * first (the API's order), with the last chase and a button to record one.
 */
export function UnpaidPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const can = useCan();
  const clock = useShopTime();
  const list = createPagedList((cursor) => OrdersApi.unpaid(cursor));
  const [chasing, setChasing] = createSignal<ChaseItem>();
  const [notice, setNotice] = createSignal<string>();
  onMount(() => void list.reset());

  const lastChase = (item: ChaseItem) => {
    const last = item.chase.last;
    return last ? `${clock.dateTime(last.at)} · ${last.by} · ${i18n.lookup(`orders.chaseResult.${last.result}`, last.result)}` : "";
  };
  const columns = (): CsvColumn<ChaseItem>[] => [
    { header: t("orders.tid"), value: (o) => o.tid },
    { header: t("orders.buyer"), value: (o) => o.buyerNick },
    { header: t("orders.placedAt"), value: (o) => clock.dateTime(o.createdAt) },
    { header: t("orders.chaseDeadline"), value: (o) => clock.dateTime(o.chase.deadline) },
    { header: t("orders.paymentYuan"), value: (o) => yuanPlain(o.paymentFen) },
    { header: t("orders.chaseCount"), value: (o) => o.chase.count },
    { header: t("orders.lastChase"), value: (o) => lastChase(o) },
    { header: t("orders.chase.note"), value: (o) => o.chase.last?.note },
  ];
  const exportAll = async () => {
    const { items, truncated } = await allPages((cursor) => OrdersApi.unpaid(cursor));
    return { csv: toCsv(columns(), items), truncated };
  };

  return (
    <Page
      title={t("orders.unpaidTitle")}
      actions={<ExportCsvButton fileName={() => `unpaid-${clock.day(Date.now())}.csv`} build={exportAll} disabled={list.items().length === 0} />}
    >
      <p class="muted">{t("orders.unpaidHint")}</p>
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <ErrorBanner error={list.error()} retry={() => void list.reset()} />
      <Show when={list.loaded()} fallback={<Show when={list.loading()}><Loading /></Show>}>
        <Show when={list.items().length > 0} fallback={<Empty>{t("orders.unpaidEmpty")}</Empty>}>
          <table class="table" data-testid="unpaid-table">
            <thead>
              <tr>
                <th>{t("orders.tid")}</th>
                <th>{t("orders.buyer")}</th>
                <th class="col-narrow">{t("orders.placedAt")}</th>
                <th class="col-narrow">{t("orders.timeLeftColumn")}</th>
                <th class="col-narrow num">{t("orders.payment")}</th>
                <th>{t("orders.lastChase")}</th>
                <th class="col-actions" />
              </tr>
            </thead>
            <tbody>
              <For each={list.items()}>
                {(item) => (
                  <tr data-tid={item.tid} classList={{ "row-danger": item.chase.due && item.chase.secondsLeft < 0 }}>
                    <td class="mono">
                      <A href={`/orders/${item.tid}`}>{item.tid}</A>
                    </td>
                    <td>{item.buyerNick}</td>
                    <td class="nowrap">{clock.dateTime(item.createdAt)}</td>
                    <td class="nowrap">
                      <TimeLeft deadline={item.chase.deadline} chased={!item.chase.due} />
                    </td>
                    <td class="num nowrap">{yuan(item.paymentFen)}</td>
                    <td data-testid="last-chase">
                      <Show when={item.chase.last} fallback={<span class="muted">{t("orders.notChased")}</span>}>
                        {(last) => (
                          <>
                            <div>
                              {i18n.lookup(`orders.chaseResult.${last().result}`, last().result)}
                              <Show when={item.chase.count > 1}>
                                <span class="muted small"> ×{item.chase.count}</span>
                              </Show>
                            </div>
                            <div class="muted small">
                              {clock.dateTime(last().at)} · <span class="mono">{last().by}</span>
                              <Show when={last().note}> — {last().note}</Show>
                            </div>
                          </>
                        )}
                      </Show>
                    </td>
                    <td class="col-actions">
                      <Show when={can(ORDER_CHASERS)}>
                        <button type="button" class="button-small" onClick={() => setChasing(item)}>
                          {t("orders.chase.button")}
                        </button>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
        <LoadMore list={list} />
      </Show>
      <Show when={chasing()}>
        {(item) => (
          <ChaseDialog
            tid={item().tid}
            buyerNick={item().buyerNick}
            onClose={() => setChasing(undefined)}
            onRecorded={(order) => {
              setChasing(undefined);
              setNotice(t("orders.chase.done"));
              // A paid order leaves the list; otherwise the row shows the chase just recorded.
              if (order.status !== "WAIT_BUYER_PAY") list.remove((o) => o.tid === order.tid);
              else void list.reset();
            }}
          />
        )}
      </Show>
    </Page>
  );
}
