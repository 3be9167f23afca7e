import { useSearchParams } from "@solidjs/router";
import { For, onMount, Show } from "solid-js";
import * as ImportsApi from "../../api/order-imports";
import { LoadMore } from "../../components/LoadMore";
import { Page } from "../../components/Page";
import { Empty, ErrorBanner, Loading } from "../../components/States";
import { useI18n } from "../../i18n";
import { createPagedList } from "../../lib/paged";
import { ImportProgress } from "./ImportProgress";
import { ImportUpload } from "./ImportUpload";
import { useShopTime } from "./shop-time";

/**
 * First-time onboarding: import the seller centre's order export (订单报表). The job's progress is
 * in the address (?job=…), so a reload or a link comes back to the same import.
 */
export function ImportPage() {
  const { t } = useI18n();
  const clock = useShopTime();
  const [params, setParams] = useSearchParams<{ job?: string }>();
  const jobs = createPagedList((cursor) => ImportsApi.list(cursor));
  onMount(() => void jobs.reset());

  return (
    <Page title={t("orders.import.title")}>
      <div class="stack">
        <ImportUpload
          onStarted={(job) => {
            setParams({ job: job.jobId });
            void jobs.reset();
          }}
        />
        <Show when={params.job} keyed>
          {(jobId) => <ImportProgress jobId={jobId} onFinished={() => void jobs.reset()} />}
        </Show>
        <section class="card">
          <h2>{t("orders.import.history")}</h2>
          <ErrorBanner error={jobs.error()} retry={() => void jobs.reset()} />
          <Show when={jobs.loaded()} fallback={<Show when={jobs.loading()}><Loading /></Show>}>
            <Show when={jobs.items().length > 0} fallback={<Empty>{t("orders.import.none")}</Empty>}>
              <table class="table table-compact" data-testid="import-history">
                <thead>
                  <tr>
                    <th>{t("orders.import.file")}</th>
                    <th>{t("orders.import.startedAt")}</th>
                    <th>{t("orders.import.by")}</th>
                    <th>{t("orders.import.stateColumn")}</th>
                    <th class="num">{t("orders.import.accepted")}</th>
                    <th class="num">{t("orders.import.rejected")}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  <For each={jobs.items()}>
                    {(job) => (
                      <tr classList={{ "row-selected": params.job === job.jobId }}>
                        <td>{job.fileName}</td>
                        <td class="nowrap">{clock.dateTime(job.createdAt)}</td>
                        <td class="mono">{job.createdBy}</td>
                        <td>{t(`orders.import.state.${job.state}`)}</td>
                        <td class="num">{job.accepted}</td>
                        <td class="num">{job.rejected}</td>
                        <td class="col-actions">
                          <button type="button" class="button-link" onClick={() => setParams({ job: job.jobId })}>
                            {t("common.view")}
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
            <LoadMore list={jobs} />
          </Show>
        </section>
      </div>
    </Page>
  );
}
