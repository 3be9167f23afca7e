import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as ParcelsApi from "../../api/parcels";
import { Loadable } from "../../components/States";
import { useI18n } from "../../i18n";
import { ParcelStateBadge } from "../parcels/ParcelStateBadge";
import { InterceptedBadge } from "./Badges";

/** The parcels the order went into (two when part of it waits for stock; merged ones carry other orders too). */
export function OrderParcels(props: { tid: string }) {
  const { t } = useI18n();
  const [parcels, { refetch }] = createResource(() => props.tid, ParcelsApi.byOrder);
  return (
    <section class="card" data-testid="order-parcels">
      <h2>{t("orders.parcels")}</h2>
      <Loadable resource={parcels} retry={refetch}>
        {(items) => (
          <Show when={items().length > 0} fallback={<p class="muted">{t("orders.noParcels")}</p>}>
            <table class="table table-compact">
              <tbody>
                <For each={items()}>
                  {(parcel) => (
                    <tr data-parcel-id={parcel.parcelId}>
                      <td class="mono">
                        <A href={`/parcels/${parcel.parcelId}`}>{parcel.parcelId}</A>
                      </td>
                      <td>
                        <ParcelStateBadge state={parcel.state} />
                        <Show when={parcel.intercepted}>
                          {" "}
                          <InterceptedBadge />
                        </Show>
                      </td>
                      <td class="mono">{parcel.waybill ? `${parcel.waybill.carrier} ${parcel.waybill.number}` : ""}</td>
                      <td class="muted">
                        <Show when={parcel.tids.length > 1}>{t("parcels.mergedOrders", { count: parcel.tids.length })}</Show>
                        <Show when={parcel.awaitingStock}> {t("parcels.awaitingStock")}</Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Loadable>
    </section>
  );
}
