import { Show } from "solid-js";
import { useI18n } from "../../i18n";
import { createNow } from "../../lib/now";

/** "3 h 12 min" of whole minutes, rounded down; for the chase deadline. */
export function hoursMinutes(ms: number) {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  return { h: Math.floor(minutes / 60), m: minutes % 60 };
}

/**
 * Time left until the chase deadline (催付时限), ticking; red once overdue, quiet once chased.
 * The deadline comes from the API (placed + the setting's hours), so the rule lives in one place.
 */
export function TimeLeft(props: { deadline: string; chased?: boolean }) {
  const { t } = useI18n();
  const now = createNow(30_000);
  const left = () => Date.parse(props.deadline) - now();
  return (
    <span
      class="time-left"
      classList={{ overdue: left() < 0 && !props.chased, soon: left() >= 0 && left() < 2 * 3600_000 && !props.chased, chased: props.chased }}
      data-testid="time-left"
    >
      <Show when={left() >= 0} fallback={t("orders.overdueBy", hoursMinutes(left()))}>
        {t("orders.timeLeft", hoursMinutes(left()))}
      </Show>
    </span>
  );
}
