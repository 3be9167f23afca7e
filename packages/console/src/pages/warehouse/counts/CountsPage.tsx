import { A, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import * as CountsApi from "../../../api/warehouse-counts";
import type { CountState, CountSummary } from "../../../api/warehouse-ops-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { PagedView } from "../../../components/PagedView";
import { Segmented } from "../../../components/Segmented";
import { useI18n } from "../../../i18n";
import { allPages, toCsv } from "../../../lib/csv";
import { createPagedList } from "../../../lib/paged";
import { useShopTime } from "../../../lib/shop-time";
import { SUPERVISORS, useCan } from "../access";
import { NewCountDialog } from "./NewCountDialog";
import { useScopeText } from "./scope-text";

const STATES: readonly CountState[] = ["counting", "submitted", "approved", "cancelled"];

/** Stock counts (盘点) by state: being counted (blind), handed in for the variance report, approved. */
export function CountsPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const navigate = useNavigate();
  const scopeText = useScopeText();
  const [state, setState] = createSignal<CountState>("counting");
  const [creating, setCreating] = createSignal(false);
  const list = createPagedList((cursor) => CountsApi.list(state(), cursor));
  createEffect(on(state, () => void list.reset()));
  const exportCsv = async () => {
    const { items, truncated } = await allPages((cursor) => CountsApi.list(state(), cursor));
    return {
      truncated,
      csv: toCsv<CountSummary>(
        [
          { header: t("wh.count.no"), value: (c) => c.countId },
          { header: t("wh.count.scope"), value: (c) => scopeText(c.scope) },
          { header: t("wh.count.lines"), value: (c) => c.lineCount },
          { header: t("wh.state"), value: (c) => t(`wh.countState.${c.state}`) },
          { header: t("wh.count.createdBy"), value: (c) => c.createdBy },
          { header: t("wh.count.createdAt"), value: (c) => time.dateTime(c.createdAt) },
          { header: t("wh.count.submittedBy"), value: (c) => c.submittedBy },
          { header: t("wh.count.approvedBy"), value: (c) => c.approvedBy },
          { header: t("wh.count.approvedAt"), value: (c) => (c.approvedAt ? time.dateTime(c.approvedAt) : "") },
          { header: t("wh.count.report"), value: (c) => c.report },
        ],
        items,
      ),
    };
  };

  return (
    <Page
      title={t("wh.counts.title")}
      actions={
        <Show when={can(SUPERVISORS)}>
          <button type="button" class="button-primary" data-testid="new-count" onClick={() => setCreating(true)}>
            {t("wh.count.create")}
          </button>
        </Show>
      }
    >
      <p class="muted">{t("wh.counts.hint")}</p>
      <div class="list-toolbar">
        <Segmented name="state" label={t("wh.state")} options={STATES} value={state()} onChange={setState} text={(s) => t(`wh.countState.${s}`)} />
        <ExportCsvButton fileName={() => `counts-${state()}.csv`} build={exportCsv} disabled={list.items().length === 0} />
      </div>
      <PagedView list={list} empty={t(`wh.counts.empty.${state()}`)}>
        <table class="table" data-testid="counts">
          <thead>
            <tr>
              <th class="col-narrow">{t("wh.count.createdAt")}</th>
              <th>{t("wh.count.scope")}</th>
              <th class="num">{t("wh.count.lines")}</th>
              <th class="col-narrow">{t("wh.count.createdBy")}</th>
              <th>{t("wh.state")}</th>
              <th class="col-actions" />
            </tr>
          </thead>
          <tbody>
            <For each={list.items()}>
              {(c) => (
                <tr data-count-id={c.countId}>
                  <td class="nowrap">{time.dateTime(c.createdAt)}</td>
                  <td>{scopeText(c.scope)}</td>
                  <td class="num">{c.lineCount}</td>
                  <td class="mono">{c.createdBy}</td>
                  <td>
                    <span class={`status status-${c.state}`}>{t(`wh.countState.${c.state}`)}</span>
                    <Show when={c.approvedBy}>
                      <span class="muted small"> · {c.approvedBy}</span>
                    </Show>
                  </td>
                  <td class="col-actions">
                    <A href={`/warehouse/counts/${c.countId}`}>{t("common.view")}</A>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </PagedView>
      <Show when={creating()}>
        <NewCountDialog onClose={() => setCreating(false)} onCreated={(c) => navigate(`/warehouse/counts/${c.countId}`)} />
      </Show>
    </Page>
  );
}
