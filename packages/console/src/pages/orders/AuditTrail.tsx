import { For, Show } from "solid-js";
import type { OrderDetail } from "../../api/orders";
import { useI18n } from "../../i18n";
import { useShopTime } from "./shop-time";

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Who did what to this order, newest first, in shop time; changes folded away. */
export function AuditTrail(props: { entries: OrderDetail["audit"] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const clock = useShopTime();
  return (
    <section class="card" data-testid="order-audit">
      <h2>{t("orders.auditTrail")}</h2>
      <Show when={props.entries.length > 0} fallback={<p class="muted">{t("orders.noAudit")}</p>}>
        <table class="table">
          <thead>
            <tr>
              <th class="col-narrow">{t("audit.at")}</th>
              <th>{t("audit.action")}</th>
              <th>{t("audit.actor")}</th>
              <th>{t("audit.details")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.entries}>
              {(entry) => (
                <tr>
                  <td class="nowrap">{clock.dateTimeSeconds(entry.at)}</td>
                  <td class="nowrap" title={entry.action}>
                    {i18n.lookup(`audit.action.${entry.action}`, entry.action)}
                  </td>
                  <td>
                    {i18n.lookup(`audit.actor.${entry.actorType}`, entry.actorType)}
                    <Show when={entry.staffNo ?? entry.actorName ?? entry.deviceId}>{(who) => <span class="mono"> · {who()}</span>}</Show>
                  </td>
                  <td>
                    <Show when={entry.note}>
                      <div>{entry.note}</div>
                    </Show>
                    <Show when={entry.before !== undefined || entry.after !== undefined}>
                      <details>
                        <summary>{t("audit.changes")}</summary>
                        <div class="diff">
                          <Show when={entry.before !== undefined}>
                            <pre>{json(entry.before)}</pre>
                          </Show>
                          <Show when={entry.after !== undefined}>
                            <pre>{json(entry.after)}</pre>
                          </Show>
                        </div>
                      </details>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
