import { Show } from "solid-js";
import { useI18n } from "../i18n";

/**
 * "offline · N queued" while the API cannot be reached (or the queue waits for a badge), so the
 * worker sees that scans are kept, not lost. Online it shows nothing: calls then leave at once.
 */
export function OfflineBadge(props: { online: boolean; pending: number; held?: boolean }) {
  const { t } = useI18n();
  const text = () => {
    if (props.held) return t("queue.held", { count: props.pending });
    return props.online ? undefined : t("queue.offline", { count: props.pending });
  };
  return (
    <Show when={text()}>
      <span class="queue-badge" data-testid="queue-status" data-pending={props.pending} role="status">
        {text()}
      </span>
    </Show>
  );
}
