import { createSignal, For, Show } from "solid-js";
import type { OrderInfo } from "../../api/orders";
import { useI18n } from "../../i18n";
import { useCan } from "./can";
import { ChaseDialog } from "./ChaseDialog";
import { ORDER_CHASERS } from "./roles";
import { useShopTime } from "./shop-time";
import { TimeLeft } from "./TimeLeft";

/** Chasing an unpaid order (催付): the deadline, who chased when with what result, and a button to record one. */
export function OrderChases(props: { order: OrderInfo; onRecorded: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const can = useCan();
  const clock = useShopTime();
  const [recording, setRecording] = createSignal(false);
  const unpaid = () => props.order.status === "WAIT_BUYER_PAY";
  return (
    <Show when={unpaid() || props.order.chases.length > 0}>
      <section class="card" data-testid="order-chases">
        <div class="card-header">
          <h2>{t("orders.chases")}</h2>
          <Show when={unpaid() && can(ORDER_CHASERS)}>
            <button type="button" class="button-small button-primary" onClick={() => setRecording(true)}>
              {t("orders.chase.button")}
            </button>
          </Show>
        </div>
        <Show when={props.order.chase}>
          {(chase) => (
            <p>
              {t("orders.chaseDeadline")}: <span class="nowrap">{clock.dateTime(chase().deadline)}</span>{" "}
              <TimeLeft deadline={chase().deadline} chased={!chase().due} />
            </p>
          )}
        </Show>
        <Show when={props.order.chases.length > 0} fallback={<p class="muted">{t("orders.notChased")}</p>}>
          <table class="table table-compact">
            <tbody>
              <For each={props.order.chases}>
                {(chase) => (
                  <tr>
                    <td class="nowrap">{clock.dateTime(chase.at)}</td>
                    <td class="mono">{chase.by}</td>
                    <td>{i18n.lookup(`orders.chaseResult.${chase.result}`, chase.result)}</td>
                    <td class="muted">{chase.note}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
      <Show when={recording()}>
        <ChaseDialog
          tid={props.order.tid}
          buyerNick={props.order.buyerNick}
          onClose={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            props.onRecorded();
          }}
        />
      </Show>
    </Show>
  );
}
