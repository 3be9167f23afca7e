import { createSignal, onCleanup, Show } from "solid-js";
import { BigMessage } from "../components/BigMessage";
import { Frame } from "../components/Frame";
import { useI18n } from "../i18n";

/** While the kiosk checks in with the API, or waits to try again. */
export function ConnectionScreen(props: { retryAt?: number }) {
  const { t } = useI18n();
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 500);
  onCleanup(() => clearInterval(timer));
  return (
    <Show when={props.retryAt} fallback={<Frame tone="busy"><BigMessage title={t("connecting")} /></Frame>}>
      {(retryAt) => (
        <Frame tone="error">
          <BigMessage
            role="alert"
            title={t("offline.title")}
            hint={t("offline.retrying", { seconds: Math.max(0, Math.ceil((retryAt() - now()) / 1000)) })}
          />
        </Frame>
      )}
    </Show>
  );
}
