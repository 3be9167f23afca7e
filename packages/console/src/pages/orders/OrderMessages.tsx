import { For, Show } from "solid-js";
import type { OrderMessage } from "../../api/orders";
import { useI18n } from "../../i18n";
import { useShopTime } from "./shop-time";

/**
 * Every message applied to the order, oldest first, by the platform's time: what it said and the
 * status after it. Messages arrive out of order, so "applied at" can run backwards against "at".
 */
export function OrderMessages(props: { messages: OrderMessage[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const clock = useShopTime();
  const topic = (raw: string) => i18n.lookup(`orders.topic.${raw.replace(/^taobao_(trade|refund)_/, "")}`, raw);
  return (
    <section class="card" data-testid="order-messages">
      <h2>{t("orders.messages")}</h2>
      <Show when={props.messages.length > 0} fallback={<p class="muted">{t("orders.noMessages")}</p>}>
        <table class="table">
          <thead>
            <tr>
              <th class="col-narrow">{t("orders.messageAt")}</th>
              <th>{t("orders.messageTopic")}</th>
              <th>{t("orders.messageSummary")}</th>
              <th class="col-narrow">{t("orders.statusAfter")}</th>
              <th class="col-narrow">{t("orders.appliedAt")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.messages}>
              {(message) => (
                <tr data-message-id={message.messageId}>
                  <td class="nowrap">{clock.dateTimeSeconds(message.at)}</td>
                  <td>
                    <div title={message.topic}>{topic(message.topic)}</div>
                    <div class="muted small">
                      {i18n.lookup(`orders.source.${message.source}`, message.source)}
                      <Show when={message.actor}> · {message.actor}</Show>
                    </div>
                  </td>
                  <td>{message.summary}</td>
                  <td class="nowrap">{i18n.lookup(`orders.status.${message.statusAfter}`, message.statusAfter)}</td>
                  <td class="nowrap muted">{clock.dateTimeSeconds(message.appliedAt)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
