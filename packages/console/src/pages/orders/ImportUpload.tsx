import { createSignal, Show } from "solid-js";
import * as ImportsApi from "../../api/order-imports";
import type { ImportJob } from "../../api/order-imports";
import { Field } from "../../components/Field";
import { ErrorBanner } from "../../components/States";
import { useI18n } from "../../i18n";
import { createAction } from "../../lib/action";
import { decodeExport, splitIntoParts } from "./import-file";

/**
 * Choose the seller centre's export and send it: read and decoded here (GBK or UTF-8), sent in
 * parts under the request limit (the first with the header), then the job runs on the server.
 */
export function ImportUpload(props: { onStarted: (job: ImportJob) => void }) {
  const { t } = useI18n();
  const [file, setFile] = createSignal<File>();
  const [sent, setSent] = createSignal<{ done: number; total: number }>();
  let input!: HTMLInputElement;

  const action = createAction(async (chosen: File) => {
    const parts = splitIntoParts(decodeExport(await chosen.arrayBuffer()));
    if (parts.length === 0) throw new Error("empty");
    setSent({ done: 0, total: parts.length });
    let job = await ImportsApi.create({ fileName: chosen.name, csv: parts[0]!.csv, more: parts[0]!.more });
    setSent({ done: 1, total: parts.length });
    for (const [i, part] of parts.slice(1).entries()) {
      job = await ImportsApi.addPart(job.jobId, part);
      setSent({ done: i + 2, total: parts.length });
    }
    return job;
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = file();
    if (!chosen) return;
    const outcome = await action.run(chosen);
    setSent(undefined);
    if (outcome.ok) {
      input.value = "";
      setFile(undefined);
      props.onStarted(outcome.value);
    }
  };

  return (
    <form class="card" onSubmit={submit} data-testid="import-upload">
      <h2>{t("orders.import.newTitle")}</h2>
      <p class="muted">{t("orders.import.hint")}</p>
      <div class="form-row">
        <Field label={t("orders.import.file")} invalid={action.invalid("csv")}>
          <input
            ref={input}
            type="file"
            name="file"
            accept=".csv,text/csv,.txt"
            onChange={(e) => {
              action.clear();
              setFile(e.currentTarget.files?.[0]);
            }}
          />
        </Field>
        <div class="field field-button">
          <button type="submit" class="button-primary" disabled={!file() || action.pending()}>
            {action.pending() ? t("orders.import.sending") : t("orders.import.start")}
          </button>
        </div>
      </div>
      <Show when={sent()}>
        {(progress) => (
          <p class="muted" role="status">
            {t("orders.import.sendingParts", { done: progress().done, total: progress().total })}
          </p>
        )}
      </Show>
      <Show when={action.error()}>
        {(error) => (error instanceof Error && error.message === "empty" ? <p class="banner banner-error">{t("orders.import.emptyFile")}</p> : <ErrorBanner error={error()} />)}
      </Show>
    </form>
  );
}
