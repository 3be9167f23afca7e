import { useNavigate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { useI18n } from "../../i18n";

/** Straight to one order by its number (typed, pasted or scanned from a slip). */
export function OrderJump() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [tid, setTid] = createSignal("");
  const valid = () => /^\d{1,25}$/.test(tid().trim());
  return (
    <form
      class="inline-form order-jump"
      data-testid="order-jump"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid()) navigate(`/orders/${tid().trim()}`);
      }}
    >
      <input name="tid" inputmode="numeric" autocomplete="off" aria-label={t("orders.jump")} placeholder={t("orders.jump")} value={tid()} onInput={(e) => setTid(e.currentTarget.value)} />
      <button type="submit" class="button-small" disabled={!valid()}>
        {t("orders.jumpGo")}
      </button>
    </form>
  );
}
