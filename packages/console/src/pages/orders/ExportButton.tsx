import { createSignal, Show } from "solid-js";
import { ErrorBanner } from "../../components/States";
import { useI18n } from "../../i18n";
import { downloadCsv } from "./csv-export";

/**
 * "Export CSV": builds the file when pressed (often by reading every page of the list) and
 * offers it as a download; says so if the list was longer than one file takes.
 */
export function ExportButton(props: { fileName: () => string; build: () => Promise<{ csv: string; truncated?: boolean }>; disabled?: boolean }) {
  const { t } = useI18n();
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const [truncated, setTruncated] = createSignal(false);
  const run = async () => {
    setPending(true);
    setError(undefined);
    try {
      const { csv, truncated } = await props.build();
      setTruncated(!!truncated);
      downloadCsv(props.fileName(), csv);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };
  return (
    <span class="export-button">
      <button type="button" class="button-small" data-testid="export-csv" disabled={pending() || props.disabled} onClick={() => void run()}>
        {pending() ? t("ops.exporting") : t("ops.exportCsv")}
      </button>
      <Show when={truncated()}>
        <span class="muted small">{t("ops.exportTruncated")}</span>
      </Show>
      <Show when={error()}>
        <ErrorBanner error={error()} />
      </Show>
    </span>
  );
}
