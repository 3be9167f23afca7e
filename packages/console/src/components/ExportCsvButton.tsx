import { createSignal, Show } from "solid-js";
import { apiUrl, type Query } from "../api/client";
import { useI18n } from "../i18n";
import { downloadCsv } from "../lib/csv";
import { ErrorBanner } from "./States";

/**
 * "Export CSV" built in the browser when pressed (often by reading every page of the list first);
 * says so when the list was longer than one file takes.
 */
export function ExportCsvButton(props: { fileName: () => string; build: () => Promise<{ csv: string; truncated?: boolean }>; disabled?: boolean }) {
  const { t } = useI18n();
  const [pending, setPending] = createSignal(false);
  const [error, setError] = createSignal<unknown>();
  const [truncated, setTruncated] = createSignal(false);
  const run = async () => {
    setPending(true);
    setError(undefined);
    try {
      const built = await props.build();
      setTruncated(!!built.truncated);
      downloadCsv(props.fileName(), built.csv);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };
  return (
    <span class="export-csv no-print">
      <button type="button" class="button-small" data-testid="export-csv" disabled={pending() || props.disabled} onClick={() => void run()}>
        {pending() ? t("csv.exporting") : t("csv.export")}
      </button>
      <Show when={truncated()}>
        <span class="muted small">{t("csv.truncated")}</span>
      </Show>
      <ErrorBanner error={error()} />
    </span>
  );
}

/** A CSV the API writes itself (UTF-8 with BOM): a plain download link, the session cookie goes along. */
export function ApiCsvLink(props: { path: string; query?: Query; fileName?: string }) {
  const { t } = useI18n();
  return (
    <a class="button button-small no-print" data-testid="export-csv" href={apiUrl(props.path, props.query)} download={props.fileName ?? ""}>
      {t("csv.export")}
    </a>
  );
}
