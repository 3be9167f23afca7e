import { A, useSearchParams } from "@solidjs/router";
import { createEffect, For, on, Show } from "solid-js";
import * as BinsApi from "../../../api/warehouse-bins";
import type { BinFilter } from "../../../api/warehouse-bins";
import type { BinKind } from "../../../api/warehouse-types";
import { LoadMore } from "../../../components/LoadMore";
import { Page } from "../../../components/Page";
import { Empty, ErrorBanner, Loading } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createPagedList } from "../../../lib/paged";
import { Code } from "../components/Code";
import { PrintButton } from "../../../components/PrintButton";

/**
 * Bin labels (库位标签) to print and stick on the shelves: the code large enough to read from the
 * aisle and as a Code 128 barcode (RULES.md §4: locations labelled, visible, easy to count).
 */
export function BinLabelsDoc() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const filter = (): BinFilter => ({ kind: (search.kind as BinKind | undefined) || undefined, zone: (search.zone as string | undefined) || undefined });
  const list = createPagedList((cursor) => BinsApi.labels(filter(), cursor));
  createEffect(on(() => JSON.stringify(filter()), () => void list.reset()));
  return (
    <Page
      title={t("wh.bins.labelsTitle")}
      actions={
        <div class="no-print page-actions">
          <A href="/warehouse/bins">{t("common.back")}</A>
          <PrintButton class="button-primary">{t("wh.print")}</PrintButton>
        </div>
      }
    >
      <ErrorBanner error={list.error()} retry={() => void list.reset()} />
      <Show when={list.loaded()} fallback={<Loading />}>
        <Show when={list.items().length > 0} fallback={<Empty>{t("wh.bins.empty")}</Empty>}>
          <div class="label-sheet bin-labels" data-testid="bin-labels">
            <For each={list.items()}>
              {(label) => (
                <article class="label-card bin-label" data-bin={label.binCode}>
                  <div class="bin-label-code mono">{label.binCode}</div>
                  <div class="muted">
                    {t(`wh.binKind.${label.kind}`)}
                    <Show when={label.name}> · {label.name}</Show>
                  </div>
                  <Code value={label.barcode.value} height={40} width={1.6} showText={false} />
                </article>
              )}
            </For>
          </div>
        </Show>
        <div class="no-print">
          <LoadMore list={list} />
        </div>
      </Show>
    </Page>
  );
}
