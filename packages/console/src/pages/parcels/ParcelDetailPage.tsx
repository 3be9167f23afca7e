import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import * as ParcelsApi from "../../api/parcels";
import { Page } from "../../components/Page";
import { Loadable, Notice } from "../../components/States";
import { useI18n } from "../../i18n";
import { useAuth } from "../../providers/auth";
import { ACTIVITY_READERS } from "../bench/roles";
import { InterceptedBadge } from "../orders/Badges";
import { useCan } from "../orders/can";
import { ORDER_READERS } from "../orders/roles";
import { useShopTime } from "../orders/shop-time";
import { BenchScans } from "./BenchScans";
import { ParcelStateBadge } from "./ParcelStateBadge";
import { WAYBILL_ASSIGNERS } from "./roles";
import { WaybillForm } from "./WaybillForm";

/** One parcel: what goes in it, for whom, why it is stopped, its label, and every bench scan. */
export function ParcelDetailPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const can = useCan();
  const auth = useAuth();
  const clock = useShopTime();
  const params = useParams<{ parcelId: string }>();
  const [parcel, { refetch, mutate }] = createResource(() => params.parcelId, ParcelsApi.get);
  const [notice, setNotice] = createSignal<string>();

  return (
    <Page
      title={t("parcels.detailTitle", { id: params.parcelId })}
      actions={
        <>
          <Show when={auth.isManager()}>
            <A href={`/audit?targetType=parcel&targetId=${params.parcelId}`}>{t("parcels.history")}</A>
          </Show>
          <A href="/parcels">{t("common.back")}</A>
        </>
      }
    >
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <Loadable resource={parcel} retry={refetch}>
        {(current) => (
          <div class="stack" data-testid="parcel-detail">
            <div class="order-headline">
              <ParcelStateBadge state={current().state} />
              <Show when={current().intercepted}>
                <InterceptedBadge />
              </Show>
              <Show when={current().awaitingStock}>
                <span class="status status-warn">{t("parcels.awaitingStock")}</span>
              </Show>
              <Show when={current().tids.length > 1}>
                <span class="status status-todo">{t("parcels.mergedOrders", { count: current().tids.length })}</span>
              </Show>
            </div>
            <Show when={current().intercepted}>
              <section class="card card-danger" data-testid="parcel-intercepts">
                <h2>{t("parcels.interceptedTitle")}</h2>
                <p>{t("parcels.interceptedHint")}</p>
                <ul class="plain-list">
                  <For each={current().intercepts}>
                    {(intercept) => (
                      <li>
                        <strong>{i18n.lookup(`orders.interceptReason.${intercept.reason}`, intercept.reason)}</strong> ·{" "}
                        <A href={`/orders/${intercept.tid}`} class="mono">
                          {intercept.tid}
                        </A>{" "}
                        · {clock.dateTime(intercept.at)}
                        <Show when={intercept.note}> — {intercept.note}</Show>
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            </Show>
            <div class="two-columns">
              <section class="card">
                <h2>{t("parcels.receiverTitle")}</h2>
                <dl class="facts">
                  <dt>{t("orders.buyer")}</dt>
                  <dd>{current().buyerNick}</dd>
                  <dt>{t("orders.receiver")}</dt>
                  <dd>{current().receiver.name}</dd>
                  <dt>{t("orders.phone")}</dt>
                  <dd class="mono">{[current().receiver.mobile, current().receiver.phone].filter(Boolean).join(" / ")}</dd>
                  <dt>{t("orders.address")}</dt>
                  <dd>
                    {[current().receiver.state, current().receiver.city, current().receiver.district, current().receiver.town, current().receiver.address]
                      .filter(Boolean)
                      .join(" ")}
                  </dd>
                  <dt>{t("orders.tid")}</dt>
                  <dd>
                    <For each={current().tids}>
                      {(tid) => (
                        <div class="mono">
                          <Show when={can(ORDER_READERS)} fallback={tid}>
                            <A href={`/orders/${tid}`}>{tid}</A>
                          </Show>
                        </div>
                      )}
                    </For>
                  </dd>
                  <dt>{t("parcels.createdAt")}</dt>
                  <dd>{clock.dateTime(current().createdAt)}</dd>
                </dl>
              </section>
              <section class="card" data-testid="parcel-waybill">
                <h2>{t("parcels.waybill")}</h2>
                <Show when={current().waybill} fallback={<p class="muted">{t("parcels.noWaybill")}</p>}>
                  {(waybill) => (
                    <p class="waybill-current">
                      <span class="mono waybill-number" data-testid="waybill-number">
                        {waybill().number}
                      </span>{" "}
                      <span>{t(`parcels.carrierName.${waybill().carrier}`)}</span>
                      <span class="muted small">
                        {" "}
                        · {clock.dateTime(waybill().assignedAt)}
                        <Show when={waybill().assignedBy}> · {waybill().assignedBy}</Show>
                      </span>
                    </p>
                  )}
                </Show>
                <Show when={current().reprintRequired}>
                  <p class="banner banner-warning">{t("parcels.reprintHint")}</p>
                </Show>
                <Show when={can(WAYBILL_ASSIGNERS)}>
                  <WaybillForm
                    parcel={current()}
                    onAssigned={(next, changed) => {
                      mutate(next);
                      setNotice(changed ? t("parcels.assigned", { number: next.waybill?.number ?? "" }) : t("parcels.unchanged"));
                    }}
                  />
                </Show>
              </section>
            </div>
            <section class="card" data-testid="parcel-lines">
              <h2>{t("parcels.lines")}</h2>
              <table class="table">
                <thead>
                  <tr>
                    <th>{t("orders.sku")}</th>
                    <th>{t("orders.item")}</th>
                    <th class="col-narrow num">{t("orders.quantity")}</th>
                    <th class="col-narrow">{t("orders.tid")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={current().lines}>
                    {(line) => (
                      <tr>
                        <td class="mono">{line.sku}</td>
                        <td>
                          <div>{line.title}</div>
                          <div class="muted small">{line.skuProperties}</div>
                        </td>
                        <td class="num">{line.quantity}</td>
                        <td class="mono small">{line.tid}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <For each={current().notes.filter((n) => n.buyerMessage || n.sellerMemo)}>
                {(note) => (
                  <div class="parcel-note">
                    <span class="mono muted small">{note.tid}</span>
                    <Show when={note.buyerMessage}>
                      <div>
                        <strong>{t("orders.buyerMessage")}:</strong> {note.buyerMessage}
                      </div>
                    </Show>
                    <Show when={note.sellerMemo}>
                      <div>
                        <strong>{t("orders.sellerMemo")}:</strong> {note.sellerMemo}
                      </div>
                    </Show>
                  </div>
                )}
              </For>
            </section>
            <Show when={can(ACTIVITY_READERS)}>
              <BenchScans parcelId={current().parcelId} />
            </Show>
          </div>
        )}
      </Loadable>
    </Page>
  );
}
