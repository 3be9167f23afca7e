import { A } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as OrdersApi from "../../api/orders";
import type { InterceptItem, InterceptState } from "../../api/orders";
import { LoadMore } from "../../components/LoadMore";
import { Page } from "../../components/Page";
import { Empty, ErrorBanner, Loading, Notice } from "../../components/States";
import { useI18n } from "../../i18n";
import { createPagedList } from "../../lib/paged";
import { useCan } from "./can";
import { allPages, toCsv, type CsvColumn } from "../../lib/csv";
import { ExportCsvButton } from "../../components/ExportCsvButton";
import { ReleaseDialog } from "./ReleaseDialog";
import { INTERCEPT_RELEASERS } from "./roles";
import { useShopTime } from "./shop-time";

const STATES: readonly InterceptState[] = ["open", "released", "too-late", "not-needed", "order-closed"];

/**
 * Intercepts (拦截): a refund request or an address change on an order not yet handed to the
 * carrier stops its parcel. Open ones wait longest first; a supervisor releases them with a reason.
 */
export function InterceptsPage() {
  const { t } = useI18n();
  const can = useCan();
  const clock = useShopTime();
  const [state, setState] = createSignal<InterceptState>("open");
  const [releasing, setReleasing] = createSignal<InterceptItem>();
  const [notice, setNotice] = createSignal<string>();
  const list = createPagedList((cursor) => OrdersApi.intercepts(state(), cursor));
  createEffect(on(state, () => void list.reset()));

  const columns = (): CsvColumn<InterceptItem>[] => [
    { header: t("orders.tid"), value: (i) => i.tid },
    { header: t("orders.interceptReasonColumn"), value: (i) => t(`orders.interceptReason.${i.reason}`) },
    { header: t("orders.interceptedAt"), value: (i) => clock.dateTime(i.at) },
    { header: t("orders.buyer"), value: (i) => i.buyerNick },
    { header: t("orders.receiver"), value: (i) => i.receiverName },
    { header: t("orders.interceptStateColumn"), value: (i) => t(`orders.interceptState.${i.state}`) },
    { header: t("orders.releasedAt"), value: (i) => (i.releasedAt ? clock.dateTime(i.releasedAt) : "") },
    { header: t("orders.releasedBy"), value: (i) => i.releasedBy },
    { header: t("orders.release.note"), value: (i) => i.note },
  ];
  const exportAll = async () => {
    const { items, truncated } = await allPages((cursor) => OrdersApi.intercepts(state(), cursor));
    return { csv: toCsv(columns(), items), truncated };
  };

  return (
    <Page
      title={t("orders.interceptsTitle")}
      actions={
        <>
          <div class="segmented" role="radiogroup" aria-label={t("orders.interceptStateColumn")}>
            <For each={STATES}>
              {(option) => (
                <label class="segmented-option" classList={{ active: state() === option }}>
                  <input type="radio" name="state" value={option} checked={state() === option} onChange={() => setState(option)} />
                  {t(`orders.interceptState.${option}`)}
                </label>
              )}
            </For>
          </div>
          <ExportCsvButton fileName={() => `intercepts-${state()}-${clock.day(Date.now())}.csv`} build={exportAll} disabled={list.items().length === 0} />
        </>
      }
    >
      <p class="muted">{t("orders.interceptsHint")}</p>
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <ErrorBanner error={list.error()} retry={() => void list.reset()} />
      <Show when={list.loaded()} fallback={<Show when={list.loading()}><Loading /></Show>}>
        <Show when={list.items().length > 0} fallback={<Empty>{t(`orders.interceptsEmpty.${state()}`)}</Empty>}>
          <table class="table" data-testid="intercepts-table">
            <thead>
              <tr>
                <th class="col-narrow">{t("orders.interceptedAt")}</th>
                <th>{t("orders.tid")}</th>
                <th>{t("orders.interceptReasonColumn")}</th>
                <th>{t("orders.buyer")}</th>
                <th>{state() === "open" ? "" : t("orders.releasedColumn")}</th>
                <th class="col-actions" />
              </tr>
            </thead>
            <tbody>
              <For each={list.items()}>
                {(item) => (
                  <tr data-tid={item.tid} data-intercept-id={item.interceptId}>
                    <td class="nowrap">{clock.dateTime(item.at)}</td>
                    <td class="mono">
                      <A href={`/orders/${item.tid}`}>{item.tid}</A>
                    </td>
                    <td>
                      <span class="status status-danger">{t(`orders.interceptReason.${item.reason}`)}</span>
                    </td>
                    <td>
                      <div>{item.buyerNick}</div>
                      <div class="muted small">{item.receiverName}</div>
                    </td>
                    <td class="muted">
                      <Show when={item.releasedAt}>
                        {clock.dateTime(item.releasedAt!)} · <span class="mono">{item.releasedBy}</span>
                      </Show>
                      <Show when={item.note}>
                        <div>{item.note}</div>
                      </Show>
                    </td>
                    <td class="col-actions">
                      <Show when={item.state === "open" && can(INTERCEPT_RELEASERS)}>
                        <button type="button" class="button-small button-danger" onClick={() => setReleasing(item)}>
                          {t("orders.release.button")}
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
      <Show when={releasing()}>
        {(item) => (
          <ReleaseDialog
            tid={item().tid}
            interceptIds={[item().interceptId]}
            addressChanged={item().reason === "address-changed"}
            onClose={() => setReleasing(undefined)}
            onReleased={() => {
              const { tid, interceptId } = item();
              setReleasing(undefined);
              setNotice(t("orders.release.doneFor", { tid }));
              list.remove((i) => i.interceptId === interceptId);
            }}
          />
        )}
      </Show>
    </Page>
  );
}
