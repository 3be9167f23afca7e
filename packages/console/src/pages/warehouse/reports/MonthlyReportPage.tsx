import { A, useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import * as ReportsApi from "../../../api/warehouse-reports";
import type { MonthlySku } from "../../../api/warehouse-ops-types";
import { ExportCsvButton } from "../../../components/ExportCsvButton";
import { Page } from "../../../components/Page";
import { Loadable } from "../../../components/States";
import { useI18n } from "../../../i18n";
import { toCsv } from "../../../lib/csv";
import { useShopTime } from "../../../lib/shop-time";
import { SkuCell } from "../components/SkuCell";
import { signed } from "../labels";
import { useScopeText } from "../counts/scope-text";
import { isMovementType, MONTH, movementRows, shiftMonth } from "./report-rows";
import { PrintButton } from "../../../components/PrintButton";

/** "zone:A" from the report back into a scope the words know. */
const parseScope = (text: string) => {
  const [kind, ...rest] = text.split(":");
  return { kind: (kind === "zone" || kind === "binKind" || kind === "style" ? kind : "style") as "zone" | "binKind" | "style", value: rest.join(":") };
};

/**
 * The monthly summary of every movement (日清月结): totals by movement type, each SKU's pieces in,
 * out and net with the split by type, the counts approved this month and the zones not counted
 * within the interval the settings ask for.
 */
export function MonthlyReportPage() {
  const { t } = useI18n();
  const time = useShopTime();
  const scopeText = useScopeText();
  const [params, setParams] = useSearchParams<{ month: string }>();
  const month = () => (params.month && MONTH.test(params.month) ? params.month : time.thisMonth());
  const [report, { refetch }] = createResource(month, ReportsApi.monthly);
  const movementName = (type: string) => (isMovementType(type) ? t(`wh.movement.${type}`) : type);
  const typeText = (s: MonthlySku) =>
    Object.entries(s.types)
      .map(([type, qty]) => `${movementName(type)} ${signed(qty)}`)
      .join("，");

  const exportCsv = async () => {
    const r = report.latest!;
    const totals = movementRows(r.movements).map((m) => ({ skuId: "", in: m.pieces > 0 ? m.pieces : 0, out: m.pieces < 0 ? -m.pieces : 0, net: m.pieces, types: { [m.type]: m.pieces }, lines: m.lines }));
    return {
      csv: toCsv<MonthlySku & { lines?: number }>(
        [
          { header: t("wh.sku"), value: (s) => s.skuId || t("wh.monthly.allSkus") },
          { header: t("wh.monthly.in"), value: (s) => s.in },
          { header: t("wh.monthly.out"), value: (s) => s.out },
          { header: t("wh.monthly.net"), value: (s) => s.net },
          { header: t("wh.report.lines"), value: (s) => s.lines },
          { header: t("wh.monthly.byType"), value: typeText },
        ],
        [...totals, ...r.skus],
      ),
    };
  };

  return (
    <Page
      title={t("wh.monthly.title")}
      actions={
        <>
          <A href="/warehouse/reports/daily">{t("wh.daily.title")}</A>
          <ExportCsvButton fileName={() => `warehouse-month-${month()}.csv`} build={exportCsv} disabled={report.state !== "ready"} />
          <PrintButton>{t("wh.print")}</PrintButton>
        </>
      }
    >
      <form class="day-picker no-print" onSubmit={(e) => e.preventDefault()}>
        <button type="button" class="button-small" onClick={() => setParams({ month: shiftMonth(month(), -1) })}>
          ‹
        </button>
        <input type="month" name="month" value={month()} onChange={(e) => MONTH.test(e.currentTarget.value) && setParams({ month: e.currentTarget.value })} />
        <button type="button" class="button-small" onClick={() => setParams({ month: shiftMonth(month(), 1) })}>
          ›
        </button>
      </form>
      <Loadable resource={report} retry={refetch}>
        {(r) => (
          <div class="stack monthly-report" data-testid="monthly-report" data-month={r().month}>
            <h1 class="print-only">
              {t("wh.monthly.title")} {r().month}
            </h1>
            <section class="card">
              <h2>{t("wh.report.part.movements")}</h2>
              <Show when={movementRows(r().movements).length > 0} fallback={<p class="muted small">{t("wh.report.noMovements")}</p>}>
                <table class="table table-compact" data-testid="movements">
                  <thead>
                    <tr>
                      <th>{t("wh.card.type")}</th>
                      <th class="num">{t("wh.report.lines")}</th>
                      <th class="num">{t("wh.report.pieces")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={movementRows(r().movements)}>
                      {(m) => (
                        <tr data-type={m.type}>
                          <td>{movementName(m.type)}</td>
                          <td class="num">{m.lines}</td>
                          <td class="num strong">{m.pieces}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
            </section>
            <section class="card">
              <h2>{t("wh.monthly.counts")}</h2>
              <Show when={r().countsApproved.length > 0} fallback={<p class="muted small">{t("wh.monthly.noCounts")}</p>}>
                <ul>
                  <For each={r().countsApproved}>
                    {(c) => (
                      <li>
                        <A href={`/warehouse/counts/${c.countId}`}>{scopeText(parseScope(c.scope))}</A> · {time.dateTime(c.approvedAt)} · <span class="mono">{c.approvedBy}</span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={r().zonesNotCounted.length > 0}>
                <p class="field-message" data-testid="zones-not-counted">
                  {t("wh.monthly.zonesNotCounted", { zones: r().zonesNotCounted.join("、") })}
                </p>
              </Show>
            </section>
            <section class="card">
              <h2>{t("wh.monthly.bySku")}</h2>
              <Show when={r().skus.length > 0} fallback={<p class="muted small">{t("wh.report.noMovements")}</p>}>
                <table class="table table-compact" data-testid="monthly-skus">
                  <thead>
                    <tr>
                      <th>{t("wh.sku")}</th>
                      <th class="num">{t("wh.monthly.in")}</th>
                      <th class="num">{t("wh.monthly.out")}</th>
                      <th class="num">{t("wh.monthly.net")}</th>
                      <th>{t("wh.monthly.byType")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={r().skus}>
                      {(s) => (
                        <tr data-sku-id={s.skuId}>
                          <td>
                            <SkuCell skuId={s.skuId} href={`/warehouse/stock/sku/${s.skuId}`} />
                          </td>
                          <td class="num">{s.in}</td>
                          <td class="num">{s.out}</td>
                          <td class="num strong" classList={{ positive: s.net > 0, negative: s.net < 0 }}>
                            {signed(s.net)}
                          </td>
                          <td class="small">{typeText(s)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </Show>
            </section>
          </div>
        )}
      </Loadable>
    </Page>
  );
}
