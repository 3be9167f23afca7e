import { createSignal, onCleanup } from "solid-js";
import { useI18n } from "../i18n";

/** The time in the shop's zone, so a terminal with a wrong system zone still shows shop time. */
export function Clock(props: { timeZone?: string }) {
  const { locale } = useI18n();
  const [now, setNow] = createSignal(new Date());
  const timer = setInterval(() => setNow(new Date()), 1000);
  onCleanup(() => clearInterval(timer));
  const text = () =>
    new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: props.timeZone }).format(now());
  return <span class="clock">{text()}</span>;
}
