import { For, Show } from "solid-js";
import type { OrderInfo } from "../../api/orders";
import { useI18n } from "../../i18n";
import { yuan } from "./money";
import { useShopTime } from "./shop-time";

/** The order's lines (子订单) with their refund state, and the items the customer added later. */
export function OrderLines(props: { order: OrderInfo }) {
  const i18n = useI18n();
  const { t } = i18n;
  const clock = useShopTime();
  return (
    <section class="card" data-testid="order-lines">
      <h2>{t("orders.lines")}</h2>
      <table class="table">
        <thead>
          <tr>
            <th>{t("orders.oid")}</th>
            <th>{t("orders.sku")}</th>
            <th>{t("orders.item")}</th>
            <th class="col-narrow num">{t("orders.quantity")}</th>
            <th class="col-narrow num">{t("orders.price")}</th>
            <th class="col-narrow num">{t("orders.linePayment")}</th>
            <th class="col-narrow">{t("orders.refund")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.order.lines}>
            {(line) => (
              <tr data-oid={line.oid} classList={{ "row-muted": line.refundStatus === "SUCCESS" }}>
                <td class="mono small">{line.oid}</td>
                <td class="mono">{line.outerSkuId ?? <span class="muted">{t("orders.noSku")}</span>}</td>
                <td>
                  <div>{line.title}</div>
                  <div class="muted small">{line.skuPropertiesName}</div>
                  <Show when={line.added}>
                    <span class="chip">{t("orders.addedLine")}</span>
                  </Show>
                </td>
                <td class="num">{line.num}</td>
                <td class="num nowrap">{yuan(line.priceFen)}</td>
                <td class="num nowrap">{yuan(line.paymentFen)}</td>
                <td class="nowrap">
                  <Show when={line.refundStatus !== "NO_REFUND"} fallback={<span class="muted">—</span>}>
                    <span class="status status-warn">{i18n.lookup(`orders.refundStatus.${line.refundStatus}`, line.refundStatus)}</span>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.order.additions.length > 0}>
        <h3 class="subheading">{t("orders.additions")}</h3>
        <ul class="plain-list">
          <For each={props.order.additions}>
            {(addition) => (
              <li>
                <span class="nowrap">{clock.dateTime(addition.at)}</span> · <span class="mono">{addition.by}</span> ·{" "}
                <strong>{t(`orders.addition.${addition.decision}`)}</strong>:{" "}
                {addition.lines.map((l) => `${l.title ?? l.outerSkuId} ×${l.num}`).join("，")}
                <Show when={addition.note}>
                  <span class="muted"> — {addition.note}</span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
