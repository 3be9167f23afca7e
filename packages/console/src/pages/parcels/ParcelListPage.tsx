import { A, useSearchParams } from "@solidjs/router";
import { createEffect, createMemo, For, on, Show } from "solid-js";
import * as ParcelsApi from "../../api/parcels";
import type { ParcelFilter, ParcelInfo, ParcelState } from "../../api/parcels";
import { LoadMore } from "../../components/LoadMore";
import { Page } from "../../components/Page";
import { Empty, ErrorBanner, Loading } from "../../components/States";
import { useI18n } from "../../i18n";
import { createPagedList } from "../../lib/paged";
import { InterceptedBadge } from "../orders/Badges";
import { useCan } from "../orders/can";
import { allPages, toCsv, type CsvColumn } from "../../lib/csv";
import { ExportCsvButton } from "../../components/ExportCsvButton";
import { useShopTime } from "../orders/shop-time";
import { ParcelLookup } from "./ParcelLookup";
import { ParcelStateBadge } from "./ParcelStateBadge";
import { AllocatePanel } from "./AllocatePanel";
import { ALLOCATORS, WAYBILL_ASSIGNERS } from "./roles";

const STATES: readonly ParcelState[] = ["pending", "allocated", "picking", "packed", "handed_over", "cancelled"];
type View = ParcelState | "intercepted";
const VIEWS: readonly View[] = [...STATES, "intercepted"];

const filterOf = (view: View): ParcelFilter => (view === "intercepted" ? { intercepted: true } : { state: view });
const units = (parcel: ParcelInfo) => parcel.lines.reduce((sum, line) => sum + line.quantity, 0);

/** Parcels by state (oldest first, as they wait), or the intercepted ones; find one by any code. */
export function ParcelListPage() {
  const { t } = useI18n();
  const can = useCan();
  const clock = useShopTime();
  const [params, setParams] = useSearchParams<{ view?: string }>();
  const view = createMemo<View>(() => ((VIEWS as readonly string[]).includes(params.view ?? "") ? (params.view as View) : "pending"));
  const list = createPagedList((cursor) => ParcelsApi.list(filterOf(view()), cursor));
  createEffect(on(view, () => void list.reset()));

  const columns = (): CsvColumn<ParcelInfo>[] => [
    { header: t("parcels.parcelId"), value: (p) => p.parcelId },
    { header: t("parcels.stateColumn"), value: (p) => t(`parcels.state.${p.state}`) },
    { header: t("orders.tid"), value: (p) => p.tids.join(" ") },
    { header: t("orders.buyer"), value: (p) => p.buyerNick },
    { header: t("orders.receiver"), value: (p) => p.receiver.name },
    { header: t("parcels.city"), value: (p) => [p.receiver.state, p.receiver.city, p.receiver.district].filter(Boolean).join(" ") },
    { header: t("parcels.units"), value: (p) => units(p) },
    { header: t("parcels.carrier"), value: (p) => p.waybill?.carrier },
    { header: t("parcels.waybill"), value: (p) => p.waybill?.number },
    { header: t("orders.intercepted"), value: (p) => (p.intercepted ? t("ops.yes") : "") },
    { header: t("parcels.createdAt"), value: (p) => clock.dateTime(p.createdAt) },
  ];
  const exportAll = async () => {
    const { items, truncated } = await allPages((cursor) => ParcelsApi.list(filterOf(view()), cursor));
    return { csv: toCsv(columns(), items), truncated };
  };

  return (
    <Page
      title={t("parcels.title")}
      actions={
        <>
          <Show when={can(WAYBILL_ASSIGNERS)}>
            <A href="/parcels/waybills/import">{t("parcels.import.link")}</A>
          </Show>
          <ExportCsvButton fileName={() => `parcels-${view()}-${clock.day(Date.now())}.csv`} build={exportAll} disabled={list.items().length === 0} />
        </>
      }
    >
      <ParcelLookup />
      <div class="segmented" role="radiogroup" aria-label={t("parcels.stateColumn")}>
        <For each={VIEWS}>
          {(option) => (
            <label class="segmented-option" classList={{ active: view() === option, "segmented-danger": option === "intercepted" }}>
              <input type="radio" name="view" value={option} checked={view() === option} onChange={() => setParams({ view: option })} />
              {option === "intercepted" ? t("orders.intercepted") : t(`parcels.state.${option}`)}
            </label>
          )}
        </For>
      </div>
      <Show when={view() === "pending" && can(ALLOCATORS)}>
        <AllocatePanel onDone={() => void list.reset()} />
      </Show>
      <ErrorBanner error={list.error()} retry={() => void list.reset()} />
      <Show when={list.loaded()} fallback={<Show when={list.loading()}><Loading /></Show>}>
        <Show when={list.items().length > 0} fallback={<Empty>{t("parcels.empty")}</Empty>}>
          <table class="table" data-testid="parcels-table">
            <thead>
              <tr>
                <th class="col-narrow">{t("parcels.parcelId")}</th>
                <th class="col-narrow">{t("parcels.stateColumn")}</th>
                <th>{t("orders.receiver")}</th>
                <th>{t("orders.tid")}</th>
                <th class="col-narrow num">{t("parcels.units")}</th>
                <th>{t("parcels.waybill")}</th>
                <th class="col-narrow">{t("parcels.createdAt")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={list.items()}>
                {(parcel) => (
                  <tr data-parcel-id={parcel.parcelId} classList={{ "row-danger": parcel.intercepted }}>
                    <td class="mono">
                      <A href={`/parcels/${parcel.parcelId}`}>{parcel.parcelId}</A>
                    </td>
                    <td class="nowrap">
                      <ParcelStateBadge state={parcel.state} />
                      <Show when={parcel.intercepted}>
                        {" "}
                        <InterceptedBadge />
                      </Show>
                    </td>
                    <td>
                      <div>{parcel.receiver.name}</div>
                      <div class="muted small">{[parcel.receiver.city, parcel.receiver.district].filter(Boolean).join(" ")}</div>
                    </td>
                    <td class="mono small">
                      <For each={parcel.tids}>{(tid) => <div>{tid}</div>}</For>
                    </td>
                    <td class="num">{units(parcel)}</td>
                    <td class="mono">
                      <Show when={parcel.waybill} fallback={<span class="muted">{t("parcels.noWaybill")}</span>}>
                        {(waybill) => (
                          <>
                            <span class="muted">{waybill().carrier}</span> {waybill().number}
                          </>
                        )}
                      </Show>
                      <Show when={parcel.reprintRequired}>
                        <div class="status status-warn">{t("parcels.reprintRequired")}</div>
                      </Show>
                    </td>
                    <td class="nowrap">{clock.dateTime(parcel.createdAt)}</td>
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
