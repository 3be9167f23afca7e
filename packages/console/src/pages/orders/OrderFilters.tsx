import { createSignal, For } from "solid-js";
import type { OrderFilter, OrderStatus } from "../../api/orders";
import { Field, inputValue } from "../../components/Field";
import { useI18n } from "../../i18n";
import { FLAGS, monthApplies, ORDER_STATUSES } from "./filter";

/** Status, flag, intercepted, unpaid-due, month placed and buyer; applied together with one button. */
export function OrderFilters(props: { value: OrderFilter; defaultMonth: string; onApply: (filter: OrderFilter) => void }) {
  const { t } = useI18n();
  const [status, setStatus] = createSignal<string>(props.value.status ?? "");
  const [flag, setFlag] = createSignal<string>(props.value.flag === undefined ? "" : String(props.value.flag));
  const [intercepted, setIntercepted] = createSignal<string>(props.value.intercepted === undefined ? "" : String(props.value.intercepted));
  const [unpaidDue, setUnpaidDue] = createSignal(!!props.value.unpaidDue);
  const [month, setMonth] = createSignal(props.value.month ?? props.defaultMonth);
  const [buyerNick, setBuyerNick] = createSignal(props.value.buyerNick ?? "");

  const current = (): OrderFilter => {
    const filter: OrderFilter = {};
    if (status()) filter.status = status() as OrderStatus;
    if (flag() !== "") filter.flag = Number(flag());
    if (intercepted() !== "") filter.intercepted = intercepted() === "true";
    if (unpaidDue()) filter.unpaidDue = true;
    if (buyerNick().trim()) filter.buyerNick = buyerNick().trim();
    if (monthApplies(filter) && month() && month() !== props.defaultMonth) filter.month = month();
    return filter;
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    props.onApply(current());
  };
  const clear = () => {
    setStatus("");
    setFlag("");
    setIntercepted("");
    setUnpaidDue(false);
    setMonth(props.defaultMonth);
    setBuyerNick("");
    props.onApply({});
  };

  return (
    <form class="card filters" onSubmit={submit} data-testid="order-filters">
      <div class="form-row">
        <Field label={t("orders.filter.status")}>
          <select name="status" value={status()} disabled={unpaidDue()} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">{t("orders.filter.anyStatus")}</option>
            <For each={ORDER_STATUSES}>{(s) => <option value={s}>{t(`orders.status.${s}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("orders.filter.flag")}>
          <select name="flag" value={flag()} onChange={(e) => setFlag(e.currentTarget.value)}>
            <option value="">{t("orders.filter.anyFlag")}</option>
            <For each={FLAGS}>{(f) => <option value={String(f)}>{t(`orders.flagNo.${f}`)}</option>}</For>
          </select>
        </Field>
        <Field label={t("orders.filter.intercepted")}>
          <select name="intercepted" value={intercepted()} onChange={(e) => setIntercepted(e.currentTarget.value)}>
            <option value="">{t("orders.filter.either")}</option>
            <option value="true">{t("orders.filter.interceptedYes")}</option>
            <option value="false">{t("orders.filter.interceptedNo")}</option>
          </select>
        </Field>
        <Field label={t("orders.filter.month")} hint={monthApplies(current()) ? undefined : t("orders.filter.monthIgnored")}>
          <input name="month" type="month" value={month()} disabled={!monthApplies(current())} onInput={(e) => setMonth(inputValue(e))} />
        </Field>
        <Field label={t("orders.filter.buyerNick")}>
          <input name="buyerNick" value={buyerNick()} maxLength={100} onInput={(e) => setBuyerNick(inputValue(e))} />
        </Field>
        <label class="checkbox field">
          <input
            type="checkbox"
            name="unpaidDue"
            checked={unpaidDue()}
            onChange={(e) => {
              setUnpaidDue(e.currentTarget.checked);
              if (e.currentTarget.checked) setStatus("");
            }}
          />
          {t("orders.filter.unpaidDue")}
        </label>
        <div class="field field-button button-row">
          <button type="button" onClick={clear}>
            {t("ops.clearFilters")}
          </button>
          <button type="submit" class="button-primary">
            {t("ops.search")}
          </button>
        </div>
      </div>
    </form>
  );
}
