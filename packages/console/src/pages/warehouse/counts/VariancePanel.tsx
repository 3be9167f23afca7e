import { createResource, createSignal, For, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { ApiError } from "../../../api/problem";
import * as CountsApi from "../../../api/warehouse-counts";
import type { CountReportLine } from "../../../api/warehouse-ops-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Field } from "../../../components/Field";
import { ErrorBanner, Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { createAction } from "../../../lib/action";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { SkuCell } from "../components/SkuCell";
import { signed } from "../labels";
import { lineKey, missingReasons, shownKinds } from "./count-rules";
import { PrintButton } from "../../../components/PrintButton";

/** Lines the API refused to approve without a reason, from the 409's `lines`. */
const refusedLines = (error: unknown) =>
  error instanceof ApiError && Array.isArray(error.problem.lines) ? (error.problem.lines as { binCode: string; skuId: string }[]).map(lineKey) : [];

/**
 * The variance report (盘点差异表), supervisors only: book against shelf per line (surplus,
 * shortage, damage), a reason for every line that differs, then the approval that books each
 * difference to the stock card (damaged pieces into the defect store).
 */
export function VariancePanel(props: { countId: string; onDecided: (message: string) => void }) {
  const { t } = useI18n();
  const time = useShopTime();
  const [report, { refetch, mutate }] = createResource(() => props.countId, CountsApi.report);
  const [drafts, setDrafts] = createStore<Record<string, string>>({});
  const [saveError, setSaveError] = createSignal<unknown>();
  const [saved, setSaved] = createSignal<Record<string, boolean>>({});
  const [summary, setSummary] = createSignal("");
  const approve = createAction(() => CountsApi.approve(props.countId, summary().trim()));
  const missing = () => {
    const r = report.latest;
    return r ? new Set(missingReasons(r).map(lineKey)) : new Set<string>();
  };
  const refused = () => new Set(refusedLines(approve.error()));

  const save = async (l: CountReportLine) => {
    const key = lineKey(l);
    const reason = (drafts[key] ?? "").trim();
    if (reason.length < 2) return;
    setSaveError(undefined);
    try {
      await CountsApi.explain(props.countId, l.binCode, l.skuId, reason);
      setSaved((s) => ({ ...s, [key]: true }));
      setDrafts(key, undefined!);
      await refetch();
    } catch (caught) {
      setSaveError(caught);
    }
  };
  const exportCsv = async () => ({
    csv: toCsv<CountReportLine>(
      [
        { header: t("wh.bin"), value: (l) => l.binCode },
        { header: t("wh.sku"), value: (l) => l.skuId },
        { header: t("wh.styleCode"), value: (l) => l.styleCode },
        { header: t("wh.colour"), value: (l) => l.colour },
        { header: t("wh.size"), value: (l) => l.size },
        { header: t("wh.name"), value: (l) => l.name },
        { header: t("wh.count.book"), value: (l) => l.book },
        { header: t("wh.count.counted"), value: (l) => l.counted },
        { header: t("wh.count.damaged"), value: (l) => l.damaged },
        { header: t("wh.count.difference"), value: (l) => l.difference },
        { header: t("wh.count.kinds"), value: (l) => shownKinds(l).map((k) => t(`wh.variance.${k}`)).join(" ") },
        { header: t("wh.reason"), value: (l) => l.reason },
        { header: t("wh.count.booked"), value: (l) => l.booked },
      ],
      report.latest?.lines ?? [],
    ),
  });

  return (
    <section class="card variance" data-testid="variance">
      <div class="list-toolbar">
        <h2>{t("wh.variance.title")}</h2>
        <ExportCsvButton fileName={() => `count-variance-${props.countId}.csv`} build={exportCsv} disabled={report.state !== "ready"} />
        <PrintButton class="button-small">{t("wh.print")}</PrintButton>
      </div>
      <Loadable resource={report} retry={refetch}>
        {(r) => (
          <>
            <p class="variance-totals" data-testid="variance-totals">
              {t("wh.variance.totals", { surplus: r().totals.surplus, shortage: r().totals.shortage, damaged: r().totals.damaged, lines: r().totals.linesWithVariance, missing: r().totals.missingReasons })}
            </p>
            <ErrorBanner error={saveError()} />
            <table class="table" data-testid="variance-lines">
              <thead>
                <tr>
                  <th class="col-narrow">{t("wh.bin")}</th>
                  <th>{t("wh.sku")}</th>
                  <th class="num">{t("wh.count.book")}</th>
                  <th class="num">{t("wh.count.counted")}</th>
                  <th class="num">{t("wh.count.damaged")}</th>
                  <th class="num">{t("wh.count.difference")}</th>
                  <th>{t("wh.count.kinds")}</th>
                  <th>{t("wh.reason")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={r().lines}>
                  {(l) => (
                    <tr data-bin={l.binCode} data-sku-id={l.skuId} data-kinds={l.kinds.join(" ")} classList={{ "row-warn": l.needsReason }}>
                      <td class="mono nowrap">{l.binCode}</td>
                      <td>
                        <SkuCell skuId={l.skuId} href={`/warehouse/stock/sku/${l.skuId}/bin/${l.binCode}`} />
                      </td>
                      <td class="num">{l.book}</td>
                      <td class="num">{l.counted}</td>
                      <td class="num">{l.damaged}</td>
                      <td class="num strong" classList={{ positive: l.difference > 0, negative: l.difference < 0 }}>
                        {signed(l.difference)}
                      </td>
                      <td>
                        <span class="chips">
                          <For each={shownKinds(l)}>{(k) => <span class={`chip ${k === "surplus" ? "chip-info" : k === "shortage" ? "chip-warn" : "chip-bad"}`}>{t(`wh.variance.${k}`)}</span>}</For>
                        </span>
                      </td>
                      <td classList={{ "field-invalid": missing().has(lineKey(l)) && refused().has(lineKey(l)) }}>
                        <Show
                          when={r().state === "submitted"}
                          fallback={<span data-testid="reason">{l.reason}</span>}
                        >
                          <form
                            class="inline-form no-print"
                            onSubmit={(e) => {
                              e.preventDefault();
                              void save(l);
                            }}
                          >
                            <input
                              name="reason"
                              value={drafts[lineKey(l)] ?? l.reason ?? ""}
                              placeholder={l.needsReason ? t("wh.variance.reasonNeeded") : t("wh.variance.reasonOptional")}
                              onInput={(e) => setDrafts(lineKey(l), e.currentTarget.value)}
                            />
                            <button type="submit" class="button-small" disabled={(drafts[lineKey(l)] ?? "").trim().length < 2}>
                              {t("common.save")}
                            </button>
                            <Show when={saved()[lineKey(l)] && l.reason}>
                              <span class="muted small" data-testid="reason-saved">✓</span>
                            </Show>
                          </form>
                          <span class="print-only">{l.reason}</span>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <Show
              when={r().state === "submitted"}
              fallback={
                <Show when={r().state === "approved"}>
                  <p data-testid="approved-by">
                    {t("wh.variance.approvedBy", { by: r().approvedBy ?? "", at: r().approvedAt ? time.dateTime(r().approvedAt!) : "" })}
                  </p>
                  <p>{r().report}</p>
                </Show>
              }
            >
              <form
                class="stack no-print"
                onSubmit={async (e) => {
                  e.preventDefault();
                  const outcome = await approve.run();
                  if (outcome.ok) {
                    mutate(outcome.value);
                    props.onDecided(t("wh.variance.approved"));
                  }
                }}
              >
                <Show when={refused().size === 0}>
                  <ErrorBanner error={approve.error()} />
                </Show>
                <Show when={missing().size > 0}>
                  <p class="field-message" data-testid="missing-reasons">{t("wh.variance.missingReasons", { count: missing().size })}</p>
                </Show>
                <Field label={t("wh.variance.summary")} invalid={approve.invalid("report")} hint={t("wh.variance.summaryHint")}>
                  <textarea name="approvalReport" rows={2} value={summary()} onInput={(e) => setSummary(e.currentTarget.value)} />
                </Field>
                <div>
                  <button type="submit" class="button-primary" data-testid="approve-count" disabled={approve.pending() || summary().trim().length < 2}>
                    {t("wh.variance.approve")}
                  </button>
                </div>
              </form>
            </Show>
          </>
        )}
      </Loadable>
    </section>
  );
}
