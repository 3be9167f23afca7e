import { createSignal, For, Show } from "solid-js";
import type { OrderInfo } from "../../api/orders";
import { useI18n } from "../../i18n";
import { useCan } from "./can";
import { ReleaseDialog } from "./ReleaseDialog";
import { INTERCEPT_RELEASERS } from "./roles";
import { useShopTime } from "./shop-time";

/** The order's intercepts (拦截): why, since when, and whether a supervisor let it go. */
export function OrderIntercepts(props: { order: OrderInfo; onReleased: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const can = useCan();
  const clock = useShopTime();
  const [releasing, setReleasing] = createSignal(false);
  const open = () => props.order.intercepts.filter((i) => i.state === "open");
  return (
    <Show when={props.order.intercepts.length > 0}>
      <section class="card" classList={{ "card-danger": open().length > 0 }} data-testid="order-intercepts">
        <div class="card-header">
          <h2>{t("orders.intercepts")}</h2>
          <Show when={open().length > 0 && can(INTERCEPT_RELEASERS)}>
            <button type="button" class="button-danger button-small" onClick={() => setReleasing(true)}>
              {t("orders.release.button")}
            </button>
          </Show>
        </div>
        <table class="table table-compact">
          <tbody>
            <For each={props.order.intercepts}>
              {(intercept) => (
                <tr data-intercept-id={intercept.id}>
                  <td class="nowrap">{clock.dateTime(intercept.at)}</td>
                  <td>{t(`orders.interceptReason.${intercept.reason}`)}</td>
                  <td>
                    <span class={`status ${intercept.state === "open" ? "status-danger" : "status-off"}`}>
                      {t(`orders.interceptState.${intercept.state}`)}
                    </span>
                  </td>
                  <td class="muted">
                    <Show when={intercept.releasedAt}>
                      {clock.dateTime(intercept.releasedAt!)} · <span class="mono">{intercept.releasedBy}</span>
                    </Show>
                    <Show when={intercept.note}> — {intercept.note}</Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <Show when={releasing()}>
        <ReleaseDialog
          tid={props.order.tid}
          addressChanged={open().some((i) => i.reason === "address-changed")}
          onClose={() => setReleasing(false)}
          onReleased={() => {
            setReleasing(false);
            props.onReleased();
          }}
        />
      </Show>
    </Show>
  );
}
