import { createEffect, createResource, For, on, onCleanup, Show } from "solid-js";
import * as ImportsApi from "../../api/order-imports";
import type { ImportJob, ImportReject } from "../../api/order-imports";
import { LoadMore } from "../../components/LoadMore";
import { Empty, ErrorBanner, Loadable } from "../../components/States";
import { useI18n } from "../../i18n";
import { createPagedList } from "../../lib/paged";
import { allPages, toCsv, type CsvColumn } from "../../lib/csv";
import { ExportCsvButton } from "../../components/ExportCsvButton";
import { useShopTime } from "./shop-time";

/** How often a running import is asked for its progress. */
export const POLL_MS = 1000;

/** One import: a progress bar while it runs (polling), then the rows it refused and why. */
export function ImportProgress(props: { jobId: string; onFinished?: (job: ImportJob) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const clock = useShopTime();
  const [job, { refetch }] = createResource(() => props.jobId, ImportsApi.get);
  const done = () => job.latest?.state === "done";

  // Poll until the job is done; a failed poll is shown and retried on the next tick.
  const timer = setInterval(() => {
    if (!done()) void refetch();
  }, POLL_MS);
  onCleanup(() => clearInterval(timer));

  const rejects = createPagedList((cursor) => ImportsApi.rejects(props.jobId, cursor));
  createEffect(
    on(done, (finished) => {
      if (!finished) return;
      void rejects.reset();
      props.onFinished?.(job.latest!);
    }),
  );

  const field = (name: string | undefined) => (name ? i18n.lookup(`orders.import.field.${name}`, name) : "");
  const columns = (): CsvColumn<ImportReject>[] => [
    { header: t("orders.import.rowNo"), value: (r) => r.rowNo },
    { header: t("orders.tid"), value: (r) => r.tid },
    { header: t("orders.import.fieldColumn"), value: (r) => field(r.field) },
    { header: t("orders.import.reason"), value: (r) => r.reason },
  ];
  const exportRejects = async () => {
    const { items, truncated } = await allPages((cursor) => ImportsApi.rejects(props.jobId, cursor));
    return { csv: toCsv(columns(), items), truncated };
  };

  return (
    <section class="card" data-testid="import-progress" data-job-id={props.jobId}>
      <Loadable resource={job} retry={refetch}>
        {(current) => (
          <>
            <div class="card-header">
              <h2>
                {current().fileName} <span class="muted small">{clock.dateTime(current().createdAt)}</span>
              </h2>
              <span class={`status ${done() ? "status-ok" : "status-todo"}`} data-state={current().state}>
                {t(`orders.import.state.${current().state}`)}
              </span>
            </div>
            <div
              class="progress"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={current().percent}
              aria-label={t("orders.import.progress")}
            >
              <div class="progress-bar" style={{ width: `${current().percent}%` }} />
            </div>
            <p class="import-counts" data-testid="import-counts">
              {t("orders.import.counts", {
                done: current().rowsDone,
                total: current().totalRows,
                percent: current().percent,
                accepted: current().accepted,
                rejected: current().rejected,
              })}
            </p>
            <ErrorBanner error={job.error} />
          </>
        )}
      </Loadable>
      <Show when={done()}>
        <div class="card-header">
          <h3 class="subheading">{t("orders.import.rejectsTitle")}</h3>
          <ExportCsvButton fileName={() => `import-rejects-${props.jobId}.csv`} build={exportRejects} disabled={rejects.items().length === 0} />
        </div>
        <ErrorBanner error={rejects.error()} retry={() => void rejects.reset()} />
        <Show when={rejects.loaded()}>
          <Show when={rejects.items().length > 0} fallback={<Empty>{t("orders.import.noRejects")}</Empty>}>
            <table class="table" data-testid="import-rejects">
              <thead>
                <tr>
                  <th class="col-narrow">{t("orders.import.rowNo")}</th>
                  <th class="col-narrow">{t("orders.tid")}</th>
                  <th class="col-narrow">{t("orders.import.fieldColumn")}</th>
                  <th>{t("orders.import.reason")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={rejects.items()}>
                  {(reject) => (
                    <tr data-row-no={reject.rowNo}>
                      <td class="num">{reject.rowNo}</td>
                      <td class="mono">{reject.tid ?? ""}</td>
                      <td class="nowrap">{field(reject.field)}</td>
                      <td>{reject.reason}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
          <LoadMore list={rejects} />
        </Show>
      </Show>
    </section>
  );
}
