import { Show } from "solid-js";
import type { FlagName, OrderStatus } from "../../api/orders";
import { useI18n } from "../../i18n";

const FLAG_NAMES: readonly FlagName[] = ["none", "red", "yellow", "green", "blue", "purple"];

/** The seller flag (旗帜) as the platform colours it; nothing for "no flag". */
export function FlagBadge(props: { flag: number }) {
  const { t } = useI18n();
  const name = () => FLAG_NAMES[props.flag] ?? "none";
  return (
    <Show when={props.flag > 0}>
      <span class={`flag flag-${name()}`} data-flag={props.flag} title={t(`orders.flag.${name()}`)}>
        <span class="flag-mark" aria-hidden="true">
          ⚑
        </span>
        {t(`orders.flag.${name()}`)}
      </span>
    </Show>
  );
}

const STATUS_TONE: Record<OrderStatus, string> = {
  WAIT_BUYER_PAY: "status-warn",
  WAIT_SELLER_SEND_GOODS: "status-todo",
  allocated: "status-todo",
  picking: "status-todo",
  packed: "status-todo",
  handed_to_carrier: "status-ok",
  WAIT_BUYER_CONFIRM_GOODS: "status-ok",
  TRADE_FINISHED: "status-ok",
  TRADE_CLOSED: "status-off",
  TRADE_CLOSED_BY_TAOBAO: "status-off",
};

export function OrderStatusBadge(props: { status: string }) {
  const i18n = useI18n();
  return (
    <span class={`status ${STATUS_TONE[props.status as OrderStatus] ?? "status-off"}`} data-status={props.status}>
      {i18n.lookup(`orders.status.${props.status}`, props.status)}
    </span>
  );
}

/** The red "intercepted" (已拦截) marker: such a parcel must not be packed or handed over. */
export function InterceptedBadge() {
  const { t } = useI18n();
  return <span class="status status-danger">{t("orders.intercepted")}</span>;
}
