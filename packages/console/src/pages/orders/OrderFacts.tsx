import { For, Show } from "solid-js";
import type { OrderInfo } from "../../api/orders";
import { useI18n, type MessageKey } from "../../i18n";
import { yuan } from "./money";
import { useShopTime } from "./shop-time";

const STEPS = ["allocated", "picking", "packed", "handed_to_carrier"] as const;

/** Buyer and receiver, money, and when the order reached each step. */
export function OrderFacts(props: { order: OrderInfo }) {
  const { t } = useI18n();
  const clock = useShopTime();
  const o = () => props.order;
  const receiver = () => o().receiver;
  const address = () => {
    const r = receiver();
    return r ? [r.state, r.city, r.district, r.town, r.address].filter(Boolean).join(" ") : "";
  };
  const times = (): { label: MessageKey; at?: string }[] => [
    { label: "orders.placedAt", at: o().createdAt },
    { label: "orders.paidAt", at: o().paidAt },
    ...STEPS.map((step) => ({ label: `orders.status.${step}` as MessageKey, at: o().steps[step] })),
    { label: "orders.shippedAt", at: o().shippedAt },
    { label: "orders.finishedAt", at: o().finishedAt },
    { label: "orders.closedAt", at: o().closedAt },
  ];

  return (
    <div class="two-columns">
      <section class="card" data-testid="order-people">
        <h2>{t("orders.buyerAndReceiver")}</h2>
        <dl class="facts">
          <dt>{t("orders.buyer")}</dt>
          <dd>{o().buyerNick}</dd>
          <Show when={receiver()}>
            {(r) => (
              <>
                <dt>{t("orders.receiver")}</dt>
                <dd>{r().name}</dd>
                <dt>{t("orders.phone")}</dt>
                <dd class="mono">{[r().mobile, r().phone].filter(Boolean).join(" / ")}</dd>
                <dt>{t("orders.address")}</dt>
                <dd>
                  {address()}
                  <Show when={r().zip}>
                    <span class="muted"> ({r().zip})</span>
                  </Show>
                </dd>
              </>
            )}
          </Show>
          <dt>{t("orders.buyerMessage")}</dt>
          <dd class="note-text">{o().buyerMessage || <span class="muted">{t("orders.none")}</span>}</dd>
        </dl>
      </section>
      <section class="card" data-testid="order-money">
        <h2>{t("orders.moneyAndTimes")}</h2>
        <dl class="facts">
          <dt>{t("orders.payment")}</dt>
          <dd class="money">{yuan(o().paymentFen)}</dd>
          <dt>{t("orders.postFee")}</dt>
          <dd>{yuan(o().postFeeFen)}</dd>
          <dt>{t("orders.totalFee")}</dt>
          <dd>{yuan(o().totalFeeFen)}</dd>
          <For each={times().filter((time) => time.at)}>
            {(time) => (
              <>
                <dt>{t(time.label)}</dt>
                <dd class="nowrap">{clock.dateTime(time.at!)}</dd>
              </>
            )}
          </For>
          <Show when={o().readByOrderMaking}>
            {(read) => (
              <>
                <dt>{t("orders.readByOrderMaking")}</dt>
                <dd>
                  {clock.dateTime(read().at)} · <span class="mono">{read().by}</span>
                </dd>
              </>
            )}
          </Show>
        </dl>
      </section>
    </div>
  );
}
