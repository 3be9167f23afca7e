import { useSearchParams } from "@solidjs/router";
import { createEffect, createMemo, on, Show } from "solid-js";
import { AuditApi } from "../../api";
import { LoadMore } from "../../components/LoadMore";
import { Page } from "../../components/Page";
import { Empty, ErrorBanner, Loading } from "../../components/States";
import { useI18n } from "../../i18n";
import { createPagedList } from "../../lib/paged";
import { AuditFilters } from "./AuditFilters";
import { AuditTable } from "./AuditTable";
import { filterFromParams, paramsFromFilter } from "./filter";

/** Who did what, newest first, a page at a time. */
export function AuditPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = createMemo(() => filterFromParams(params), undefined, {
    equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const list = createPagedList((cursor) => AuditApi.list(filter(), cursor));
  createEffect(on(filter, () => void list.reset()));

  return (
    <Page title={t("audit.title")}>
      {/* Keyed: a link that changes the address while the page is open refills the form. */}
      <Show when={filter()} keyed>
        {(current) => <AuditFilters value={current} onApply={(next) => setParams(paramsFromFilter(next))} />}
      </Show>
      <ErrorBanner error={list.error()} retry={() => void list.reset()} />
      <Show when={list.loaded()} fallback={<Show when={list.loading()}><Loading /></Show>}>
        <Show when={list.items().length > 0} fallback={<Empty>{t("audit.empty")}</Empty>}>
          <AuditTable entries={list.items()} />
        </Show>
        <LoadMore list={list} />
      </Show>
    </Page>
  );
}
