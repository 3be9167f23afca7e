import { For, Show } from "solid-js";
import type { OrderInfo } from "../../api/orders";
import { useI18n } from "../../i18n";
import { FlagBadge } from "./Badges";
import { useShopTime } from "./shop-time";

/**
 * The seller memo (卖家备注) and flag: the CS agent credited with the sale (staff number in the
 * memo), the warehouse's handler code (with the yellow flag), and every earlier memo.
 */
export function OrderMemo(props: { order: OrderInfo }) {
  const { t } = useI18n();
  const clock = useShopTime();
  const o = () => props.order;
  return (
    <section class="card" data-testid="order-memo">
      <h2>{t("orders.memoAndFlag")}</h2>
      <dl class="facts">
        <dt>{t("orders.sellerMemo")}</dt>
        <dd class="note-text">{o().sellerMemo || <span class="muted">{t("orders.none")}</span>}</dd>
        <dt>{t("orders.flagColumn")}</dt>
        <dd>
          <Show when={o().sellerFlag > 0} fallback={<span class="muted">{t("orders.flag.none")}</span>}>
            <FlagBadge flag={o().sellerFlag} />
          </Show>
        </dd>
        <dt>{t("orders.creditedStaff")}</dt>
        <dd>
          <Show when={o().creditedStaffNo} fallback={<span class="muted">{t("orders.noCredit")}</span>}>
            <span class="mono" data-testid="credited-staff">
              {o().creditedStaffNo}
            </span>
          </Show>
        </dd>
        <Show when={o().warehouseMark}>
          {(mark) => (
            <>
              <dt>{t("orders.warehouseMark")}</dt>
              <dd class="mono">{mark().handlerCode}</dd>
            </>
          )}
        </Show>
      </dl>
      <Show when={o().memoHistory.length > 0}>
        <h3 class="subheading">{t("orders.memoHistory")}</h3>
        <table class="table table-compact" data-testid="memo-history">
          <tbody>
            <For each={[...o().memoHistory].reverse()}>
              {(entry) => (
                <tr>
                  <td class="nowrap">{clock.dateTime(entry.at)}</td>
                  <td class="note-text">{entry.memo || <span class="muted">{t("orders.memoCleared")}</span>}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
