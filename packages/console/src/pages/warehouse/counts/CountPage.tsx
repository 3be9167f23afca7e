import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import * as CountsApi from "../../../api/warehouse-counts";
import type { CountScanResult, CountSheetLine } from "../../../api/warehouse-ops-types";
import { ConfirmButton } from "../../../components/ConfirmButton";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { Loadable, Notice } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { SUPERVISORS, useCan } from "../access";
import { SkuCell } from "../components/SkuCell";
import { applyScan, sheetProgress } from "./count-rules";
import { CountScanBox } from "./CountScanBox";
import { useScopeText } from "./scope-text";
import { VariancePanel } from "./VariancePanel";

/**
 * One count (盘点单): while counting, the blind sheet and the scan input (nobody counting sees a
 * book quantity: the sheet never carries one); once handed in, the supervisor's variance report
 * with a reason per line, the approval that books the differences, or the cancellation.
 */
export function CountPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const can = useCan();
  const scopeText = useScopeText();
  const params = useParams<{ countId: string }>();
  const [sheet, { refetch, mutate }] = createResource(() => params.countId, CountsApi.sheet);
  const [notice, setNotice] = createSignal<string>();

  const scanned = (result: CountScanResult) => {
    const current = sheet.latest;
    const lines = current && applyScan(current.lines, result);
    if (!current || !lines) return void refetch();
    mutate({ ...current, lines });
  };
  const exportCsv = async () => ({
    csv: toCsv<CountSheetLine>(
      [
        { header: t("wh.bin"), value: (l) => l.binCode },
        { header: t("wh.sku"), value: (l) => l.skuId },
        { header: t("wh.styleCode"), value: (l) => l.styleCode },
        { header: t("wh.colour"), value: (l) => l.colour },
        { header: t("wh.size"), value: (l) => l.size },
        { header: t("wh.name"), value: (l) => l.name },
        { header: t("wh.count.counted"), value: (l) => l.counted },
        { header: t("wh.count.damaged"), value: (l) => l.damaged },
      ],
      sheet.latest?.lines ?? [],
    ),
  });

  return (
    <Page
      title={t("wh.count.title")}
      actions={
        <>
          <A href="/warehouse/counts">{t("common.back")}</A>
          <A href={`/warehouse/counts/${params.countId}/sheet`}>{t("wh.count.printSheet")}</A>
          <ExportCsvButton fileName={() => `count-sheet-${params.countId}.csv`} build={exportCsv} disabled={sheet.state !== "ready"} />
        </>
      }
    >
      <Show when={notice()}>
        <Notice>{notice()}</Notice>
      </Show>
      <Loadable resource={sheet} retry={refetch}>
        {(s) => (
          <div class="stack count" data-state={s().state}>
            <header class="card facts">
              <dl>
                <dt>{t("wh.count.no")}</dt>
                <dd class="mono">{s().countId}</dd>
                <dt>{t("wh.count.scope")}</dt>
                <dd>{scopeText(s().scope)}</dd>
                <dt>{t("wh.state")}</dt>
                <dd>
                  <span class={`status status-${s().state}`} data-testid="count-state">
                    {t(`wh.countState.${s().state}`)}
                  </span>
                </dd>
                <dt>{t("wh.count.createdAt")}</dt>
                <dd>{time.dateTime(s().createdAt)}</dd>
                <dt>{t("wh.count.progress")}</dt>
                <dd data-testid="count-progress">
                  {t("wh.count.progressText", { lines: s().lines.length, pieces: sheetProgress(s().lines).pieces, untouched: sheetProgress(s().lines).untouched })}
                </dd>
              </dl>
              <div class="page-actions no-print">
                <Show when={s().state === "counting"}>
                  <ConfirmButton
                    label={t("wh.count.submit")}
                    title={t("wh.count.submitTitle")}
                    message={t("wh.count.submitMessage", { untouched: sheetProgress(s().lines).untouched })}
                    class="button-primary"
                    onConfirm={async () => {
                      await CountsApi.submit(params.countId);
                      setNotice(t("wh.count.submitted"));
                      await refetch();
                    }}
                  />
                </Show>
                <Show when={can(SUPERVISORS) && (s().state === "counting" || s().state === "submitted")}>
                  <ConfirmButton
                    danger
                    label={t("wh.count.cancel")}
                    title={t("wh.count.cancelTitle")}
                    message={t("wh.count.cancelMessage")}
                    onConfirm={async () => {
                      await CountsApi.cancel(params.countId);
                      setNotice(t("wh.count.cancelled"));
                      await refetch();
                    }}
                  />
                </Show>
              </div>
            </header>
            <Show when={s().state === "counting"}>
              <CountScanBox countId={params.countId} onScanned={scanned} />
            </Show>
            <Show when={s().state !== "counting" && can(SUPERVISORS)}>
              <VariancePanel countId={params.countId} onDecided={(message) => { setNotice(message); void refetch(); }} />
            </Show>
            <Show when={s().state === "submitted" && !can(SUPERVISORS)}>
              <p class="muted">{t("wh.count.awaitingSupervisor")}</p>
            </Show>
            <section>
              <h2>{t("wh.count.sheet")}</h2>
              <table class="table" data-testid="count-sheet">
                <thead>
                  <tr>
                    <th class="col-narrow">{t("wh.bin")}</th>
                    <th>{t("wh.sku")}</th>
                    <th class="num">{t("wh.count.counted")}</th>
                    <th class="num">{t("wh.count.damaged")}</th>
                    <th class="col-actions no-print" />
                  </tr>
                </thead>
                <tbody>
                  <For each={s().lines}>
                    {(l) => (
                      <tr data-bin={l.binCode} data-sku-id={l.skuId} classList={{ muted: l.counted === 0 && l.damaged === 0 }}>
                        <td class="mono nowrap">{l.binCode}</td>
                        <td>
                          <SkuCell skuId={l.skuId} />
                        </td>
                        <td class="num strong" data-testid="counted">{l.counted}</td>
                        <td class="num" data-testid="damaged">{l.damaged}</td>
                        <td class="col-actions no-print">
                          <Show when={s().state === "counting" && (l.counted > 0 || l.damaged > 0)}>
                            <ConfirmButton
                              class="button-small"
                              label={t("wh.count.reset")}
                              title={t("wh.count.resetTitle")}
                              message={t("wh.count.resetMessage", { bin: l.binCode })}
                              onConfirm={async () => {
                                await CountsApi.resetLine(params.countId, l.binCode, l.skuId);
                                await refetch();
                              }}
                            />
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
          </div>
        )}
      </Loadable>
    </Page>
  );
}
