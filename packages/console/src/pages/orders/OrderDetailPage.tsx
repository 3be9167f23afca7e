import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, Show } from "solid-js";
import * as OrdersApi from "../../api/orders";
import { ConfirmButton } from "../../components/ConfirmButton";
import { Page } from "../../components/Page";
import { Loadable, Notice } from "../../components/States";
import { useI18n } from "../../i18n";
import { PARCEL_READERS } from "../parcels/roles";
import { useCan } from "./can";
import { FlagBadge, InterceptedBadge, OrderStatusBadge } from "./Badges";
import { AuditTrail } from "./AuditTrail";
import { OrderChases } from "./OrderChases";
import { OrderFacts } from "./OrderFacts";
import { OrderIntercepts } from "./OrderIntercepts";
import { OrderLines } from "./OrderLines";
import { OrderMemo } from "./OrderMemo";
import { OrderMessages } from "./OrderMessages";
import { OrderParcels } from "./OrderParcels";
import { ORDER_MAKERS } from "./roles";

/** One order: what was bought, by whom, for where; its memo and flag, chases, intercepts, parcels, and its history. */
export function OrderDetailPage() {
  const { t } = useI18n();
  const can = useCan();
  const params = useParams<{ tid: string }>();
  const [detail, { refetch }] = createResource(() => params.tid, OrdersApi.detail);
  const [notice, setNotice] = createSignal<string>();
  const changed = (message: string) => {
    setNotice(message);
    void refetch();
  };

  return (
    <Page
      title={t("orders.detailTitle", { tid: params.tid })}
      actions={
        <>
          <Show when={detail.state === "ready" && !detail.latest.order.readByOrderMaking && can(ORDER_MAKERS)}>
            <ConfirmButton
              label={t("orders.markRead")}
              title={t("orders.markRead")}
              message={t("orders.markReadMessage")}
              class="button-small"
              onConfirm={async () => {
                await OrdersApi.markRead(params.tid);
                changed(t("orders.markedRead"));
              }}
            />
          </Show>
          <A href="/orders">{t("common.back")}</A>
        </>
      }
    >
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <Loadable resource={detail} retry={refetch}>
        {(current) => (
          <div class="stack" data-testid="order-detail">
            <div class="order-headline">
              <OrderStatusBadge status={current().order.status} />
              <FlagBadge flag={current().order.sellerFlag} />
              <Show when={current().order.intercepts.some((i) => i.state === "open")}>
                <InterceptedBadge />
              </Show>
            </div>
            <OrderFacts order={current().order} />
            <OrderMemo order={current().order} />
            <OrderLines order={current().order} />
            <OrderIntercepts order={current().order} onReleased={() => changed(t("orders.release.done"))} />
            <OrderChases order={current().order} onRecorded={() => changed(t("orders.chase.done"))} />
            <Show when={can(PARCEL_READERS)}>
              <OrderParcels tid={current().order.tid} />
            </Show>
            <OrderMessages messages={current().messages} />
            <AuditTrail entries={current().audit} />
          </div>
        )}
      </Loadable>
    </Page>
  );
}
